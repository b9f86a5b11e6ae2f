/**
 * Maps the file paths that other tools report (absolute, relative, Windows,
 * `file://` URIs) to repository-relative POSIX paths.
 *
 * Relative paths resolve against the repository root first, because linters
 * and scanners usually run there and GitHub code scanning reads relative
 * URIs the same way. When the caller can tell which files exist, a relative
 * path that is no file under the root is tried against the report's folder
 * next, which covers tools run inside a subfolder that write their report
 * there. When neither is a file, the path counts as missing, because a
 * finding on a file that is not in the checkout cannot be shown on a line.
 */
import { posix } from 'node:path';
import type { ReportContext } from './report-context.js';

/**
 * Resolution of a reported path: a repository path, or a path kept as text
 * for warnings that lies outside the root or, with `missing`, is no file in it.
 */
export type ResolvedPath = { inside: true; path: string } | { inside: false; shown: string; missing?: true };

const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;

/** Turns backslashes into slashes and removes a trailing slash, except from `/` and `C:/`. */
export function toPosixPath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  if (slashed === '/' || /^[A-Za-z]:\/$/.test(slashed)) return slashed;
  return slashed.endsWith('/') ? slashed.slice(0, -1) : slashed;
}

/** True for `/x`, `C:\x`, `C:/x` and UNC paths `\\server\share`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\\\') || WINDOWS_DRIVE.test(path);
}

/**
 * Returns the repository-relative path of an absolute path, or null when it
 * lies outside the root. Roots with a drive letter compare without case,
 * as Windows file systems do.
 */
export function relativeToRoot(absolute: string, root: string): string | null {
  const rootPath = toPosixPath(root);
  const path = normalizeAbsolute(toPosixPath(absolute));
  const windows = WINDOWS_DRIVE.test(rootPath);
  const comparedPath = windows ? path.toLowerCase() : path;
  const comparedRoot = windows ? rootPath.toLowerCase() : rootPath;
  const prefix = comparedRoot.endsWith('/') ? comparedRoot : `${comparedRoot}/`;
  if (!comparedPath.startsWith(prefix)) return null;
  const relative = path.slice(prefix.length);
  return relative.length > 0 ? relative : null;
}

/** Normalises `.` and `..` segments of an absolute POSIX or drive-letter path. */
function normalizeAbsolute(path: string): string {
  const drive = /^[A-Za-z]:/.exec(path);
  if (!drive) return posix.normalize(path);
  return drive[0] + posix.normalize(path.slice(2));
}

/** Joins a relative path to an absolute folder and normalises it. */
export function joinAbsolute(folder: string, relative: string): string {
  return normalizeAbsolute(`${toPosixPath(folder)}/${relative.replace(/\\/g, '/')}`);
}

/** Absolute folder of the report, from a report path that may be relative to the root. */
export function reportFolder(context: ReportContext): string {
  const report = toPosixPath(context.reportPath);
  const absolute = isAbsolutePath(report) ? report : joinAbsolute(context.root, report);
  return posix.dirname(absolute);
}

/**
 * Resolves a path as a linter printed it: absolute paths must lie under the
 * root, and relative paths follow the order in this file's header.
 */
export function resolveReportedPath(reported: string, context: ReportContext): ResolvedPath {
  if (isAbsolutePath(reported)) return requireFile(insideOrNot(reported, context.root), context);
  return resolveRelative(reported, context);
}

/** Marks a repository path as missing when the caller can check files and the path is not a file. */
export function requireFile(resolved: ResolvedPath, context: ReportContext): ResolvedPath {
  if (!resolved.inside || !context.isFile || context.isFile(resolved.path)) return resolved;
  return { inside: false, shown: resolved.path, missing: true };
}

/** Resolves a relative path against the root, then against the report's folder when the caller can check files. */
export function resolveRelative(relative: string, context: ReportContext): ResolvedPath {
  const fromRoot = insideOrNot(joinAbsolute(context.root, relative), context.root);
  if (!context.isFile || (fromRoot.inside && context.isFile(fromRoot.path))) return fromRoot;

  const fromReport = insideOrNot(joinAbsolute(reportFolder(context), relative), context.root);
  if (fromReport.inside && context.isFile(fromReport.path)) return fromReport;
  return requireFile(fromRoot, context);
}

/** Maps an absolute path to the repository, or marks it as outside. */
export function insideOrNot(absolute: string, root: string): ResolvedPath {
  const path = relativeToRoot(absolute, root);
  return path === null ? { inside: false, shown: absolute } : { inside: true, path };
}
