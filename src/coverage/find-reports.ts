import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { isInsideFolder } from './repository-bounds.js';

/** Folders never searched for reports: dependencies and version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface FindOptions {
  /**
   * Accept absolute paths outside the repository. This is only for paths the
   * user typed (CLI arguments, workflow inputs). Paths from a config file never
   * get it, because a pull request can change that file and error messages
   * quote report content.
   */
  allowOutside?: boolean;
}

export interface FoundReports {
  /**
   * Repository-relative POSIX paths of the reports found, sorted, without
   * duplicates; absolute paths for reports outside the repository.
   */
  files: string[];
  /** Patterns that matched no file. */
  unmatched: string[];
}

/**
 * Finds coverage reports under `root` for paths and globs. Each glob is walked
 * from its static base folder only, so `packages/*\/coverage/lcov.info` does
 * not read the whole tree. Patterns may not leave the repository.
 */
export async function findReports(root: string, patterns: string[], options: FindOptions = {}): Promise<FoundReports> {
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const matches =
      options.allowOutside && isOutside(root, pattern) ? await findOutside(pattern) : await findPattern(root, pattern);
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) found.add(match);
  }
  return { files: [...found].sort(), unmatched };
}

/**
 * Explains named reports that matched nothing for a cause other than a
 * missing file: `-`, which would mean standard input, and a folder.
 */
export async function unmatchedReasons(root: string, patterns: readonly string[]): Promise<string[]> {
  const reasons: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      reasons.push('A report cannot be read from standard input ("-"). Write the report to a file and name that file.');
      continue;
    }
    if (picomatch.scan(pattern).isGlob) continue;
    const path = isAbsolute(pattern) ? pattern : join(root, pattern);
    const stats = await stat(path).catch(() => undefined);
    if (stats?.isDirectory()) {
      reasons.push(`Coverage report ${pattern} is a folder. Name the report file in it, such as ${pattern}/lcov.info, or a glob such as ${pattern}/**/lcov.info.`);
    }
  }
  return reasons;
}

function isOutside(root: string, pattern: string): boolean {
  return isAbsolute(pattern) && !isInsideFolder(root, pattern);
}

/** Finds an explicit file outside the repository; globs are not expanded there. */
async function findOutside(path: string): Promise<string[]> {
  try {
    return (await stat(path)).isFile() ? [path] : [];
  } catch {
    return [];
  }
}

async function findPattern(root: string, pattern: string): Promise<string[]> {
  const normalized = normalizePattern(root, pattern);
  const scan = picomatch.scan(normalized);
  if (!scan.isGlob) {
    return (await isFileInside(root, normalized)) ? [normalized] : [];
  }
  const matcher = picomatch(normalized, { dot: true });
  const base = scan.base;
  // The walk skips links inside the tree, but the base folder itself is opened
  // by name, so check that it does not lead out of the repository.
  if (base && !(await isInside(root, base))) return [];
  const matches: string[] = [];
  await walk(root, base, (path) => {
    if (matcher(path)) matches.push(path);
  });
  return matches;
}

/** Turns a user pattern into a repository-relative POSIX pattern, rejecting ones outside the repository. */
function normalizePattern(root: string, pattern: string): string {
  let value = pattern.trim().replaceAll('\\', '/');
  if (isAbsolute(value)) {
    if (!isInsideFolder(root, value)) {
      throw new UserError(
        `Report path "${pattern}" is outside the repository ${root}. Give a path inside the repository, relative to its root.`,
      );
    }
    value = relative(root, value).split(sep).join('/');
  }
  value = value.replace(/^(\.\/)+/, '');
  if (value.split('/').includes('..')) {
    throw new UserError(
      `Report path "${pattern}" contains "..". Give a path inside the repository, relative to its root.`,
    );
  }
  return value;
}

async function walk(root: string, folder: string, visit: (path: string) => void): Promise<void> {
  let entries;
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch {
    return; // A base folder that does not exist simply matches nothing.
  }
  for (const entry of entries) {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(root, path, visit);
    } else if (entry.isFile()) {
      visit(path);
    }
  }
}

/** True for a regular file whose real path, after following links, is inside the repository. */
async function isFileInside(root: string, path: string): Promise<boolean> {
  try {
    return (await isInside(root, path)) && (await stat(join(root, path))).isFile();
  } catch {
    return false;
  }
}

/** True when the real path of `path`, after following links, is inside the real repository root. */
async function isInside(root: string, path: string): Promise<boolean> {
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(join(root, path))]);
    return isInsideFolder(realRoot, realTarget);
  } catch {
    return false;
  }
}
