import type { ParsedReport } from '../model.js';
import { goModuleFilePath, type GoModule } from './go-modules.js';
import {
  ancestorFolders,
  decodePercentEscapes,
  escapesRoot,
  hasPercentEscape,
  isAbsolute,
  joinPaths,
  normalizePath,
  parentFolder,
  relativeTo,
} from './normalize.js';
import { applyRewrites, compileRewrites, type CompiledRewrites, type PathMappingOptions } from './options.js';
import type { SuffixMatch, TrackedFileIndex } from './tracked-index.js';

/** Source folders of JVM build layouts that JaCoCo's `package/File.java` paths are relative to. */
export const DEFAULT_SOURCE_ROOTS: readonly string[] = [
  'src/main/java',
  'src/test/java',
  'src/main/kotlin',
  'src/test/kotlin',
  'src/main/scala',
  'src/test/scala',
];

export interface PathMappingContext {
  trackedFiles: TrackedFileIndex;
  /** Repository-relative path of the report file; relative report paths are tried against its folders. */
  reportPath?: string;
  /** Absolute path of the repository root on the machine that ran the tests. */
  repositoryRoot?: string;
  goModules?: readonly GoModule[];
  options?: PathMappingOptions;
}

export type PathResolution =
  | { kind: 'matched'; path: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unmatched'; outside: boolean };

const UNMATCHED: PathResolution = { kind: 'unmatched', outside: false };
const OUTSIDE: PathResolution = { kind: 'unmatched', outside: true };

/**
 * Resolves the paths of one report onto tracked files. Everything that does
 * not depend on the single path is prepared once in the constructor.
 */
export class ReportPathResolver {
  private readonly index: TrackedFileIndex;
  private readonly rewrites: CompiledRewrites;
  private readonly repositoryRoot: string | undefined;
  /** Folders of the report file, deepest first, ending with the repository root `''`. */
  private readonly reportFolders: string[];
  /** Report roots inside the repository, as repository-relative folders. */
  private readonly localRoots: string[] = [];
  /** Absolute report roots from another machine, only usable for suffix matching. */
  private readonly foreignRoots: string[] = [];
  private readonly sourceRoots: string[];
  private readonly goModules: readonly GoModule[];
  private readonly modulePath: string | undefined;

  constructor(report: Pick<ParsedReport, 'roots' | 'modulePath'>, context: PathMappingContext) {
    this.index = context.trackedFiles;
    this.rewrites = compileRewrites(context.options);
    this.repositoryRoot = context.repositoryRoot === undefined ? undefined : normalizePath(context.repositoryRoot);
    this.reportFolders = this.foldersOfReport(context.reportPath);
    this.goModules = context.goModules ?? [];
    this.modulePath = report.modulePath;
    this.sourceRoots = [...DEFAULT_SOURCE_ROOTS, ...this.rewrites.roots.filter((root) => !isAbsolute(root))];
    this.classifyRoots([...report.roots, ...(context.options?.roots ?? [])]);
  }

  /**
   * Maps one report path. A path with a backslash is first tried as a POSIX
   * name that contains it, and a second try decodes `%XX` escapes outside
   * `file:` URIs.
   */
  resolve(reportPath: string): PathResolution {
    const posixName = this.trackedNameWithBackslash(reportPath);
    if (posixName !== undefined) return { kind: 'matched', path: posixName };

    const first = this.resolveVariant(reportPath);
    if (first.kind === 'matched' || /^file:/i.test(reportPath) || !hasPercentEscape(reportPath)) return first;

    const decoded = decodePercentEscapes(reportPath);
    if (decoded === undefined || decoded === reportPath) return first;
    const second = this.resolveVariant(decoded);
    if (second.kind === 'matched') return second;
    return first.kind === 'ambiguous' ? first : second;
  }

  /**
   * Returns the tracked file whose POSIX name contains the report path's
   * backslashes as they stand, or `undefined`. Only a file that git tracks
   * under that exact name, from the runner's root or a folder of the report,
   * keeps the backslash. Every other path reads it as a Windows separator.
   */
  private trackedNameWithBackslash(reportPath: string): string | undefined {
    if (!reportPath.includes('\\') || /^file:/i.test(reportPath)) return undefined;
    const path = normalizePath(reportPath, 'name');
    if (path === '' || escapesRoot(path)) return undefined;

    const underRoot = this.repositoryRoot === undefined ? undefined : relativeTo(path, this.repositoryRoot);
    const candidates = underRoot !== undefined ? [underRoot] : isAbsolute(path) ? [] : this.reportFolders.map((folder) => (folder === '' ? path : `${folder}/${path}`));
    return candidates.find((candidate) => this.index.has(candidate));
  }

  private resolveVariant(reportPath: string): PathResolution {
    const path = applyRewrites(normalizePath(reportPath), this.rewrites.rewrites);
    if (path === '') return UNMATCHED;

    if (!isAbsolute(path) && escapesRoot(path)) return this.resolveParentRelative(path);
    const underRoot = this.repositoryRoot === undefined ? undefined : relativeTo(path, this.repositoryRoot);
    if (underRoot !== undefined) return this.resolveUnderRoot(underRoot);

    for (const candidate of this.exactCandidates(path)) {
      if (this.index.has(candidate)) return { kind: 'matched', path: candidate };
    }
    return this.resolveBySuffix(path);
  }

  /**
   * Resolves a path that starts with `..` only relative to the report's
   * folders. It is outside the repository when even the deepest folder cannot
   * hold it. It never goes to suffix matching, which would ignore the `..`.
   */
  private resolveParentRelative(path: string): PathResolution {
    const deepest = joinPaths(this.reportFolders[0]!, path);
    if (escapesRoot(deepest)) return OUTSIDE;

    for (const folder of this.reportFolders) {
      const candidate = joinPaths(folder, path);
      if (escapesRoot(candidate)) break;
      if (this.index.has(candidate)) return { kind: 'matched', path: candidate };
    }
    return UNMATCHED;
  }

  /**
   * Resolves a path under the repository root the runner reported. Such a
   * path names one place, so it matches only that tracked file, ignoring
   * letter case as a second try. It never goes to suffix matching, which
   * would map `node_modules/pkg/src/x.ts` or a build copy onto a source file.
   */
  private resolveUnderRoot(inside: string): PathResolution {
    if (inside === '') return UNMATCHED;
    if (this.index.has(inside)) return { kind: 'matched', path: inside };

    const folded = this.index.ignoringCase().matchSuffix(inside);
    if (folded.kind === 'unique' && folded.path.toLowerCase() === inside.toLowerCase()) {
      return { kind: 'matched', path: folded.path };
    }
    return UNMATCHED;
  }

  /** Repository-relative paths the report path may name, most likely first. */
  private *exactCandidates(path: string): Generator<string> {
    if (isAbsolute(path)) return;

    const fromGoMod = goModuleFilePath(path, this.goModules);
    if (fromGoMod !== undefined) yield* this.inside(fromGoMod);
    const insideModule = this.pathInsideReportModule(path);
    if (insideModule !== undefined) {
      for (const folder of this.reportFolders) yield* this.inside(joinPaths(folder, insideModule));
    }
    for (const root of this.localRoots) yield* this.inside(joinPaths(root, path));
    for (const folder of this.reportFolders) yield* this.inside(joinPaths(folder, path));
    for (const folder of this.reportFolders) {
      for (const root of this.sourceRoots) yield* this.inside(joinPaths(folder, root, path));
    }
  }

  private *inside(candidate: string): Generator<string> {
    if (candidate !== '' && !isAbsolute(candidate) && !escapesRoot(candidate)) yield candidate;
  }

  /**
   * Strips the module path that the report itself names (a Go profile's
   * module). The rest is relative to the module folder, which is unknown
   * without a `go.mod`, so callers try it against the report's folders.
   */
  private pathInsideReportModule(path: string): string | undefined {
    if (this.modulePath === undefined || !path.startsWith(`${this.modulePath}/`)) return undefined;
    return path.slice(this.modulePath.length + 1);
  }

  /**
   * Matches by trailing segments. An absolute path may differ from the
   * repository in its leading folders (another machine, a container), but a
   * relative path must appear whole at the end of the tracked file.
   */
  private resolveBySuffix(path: string): PathResolution {
    const inputs: string[] = [];
    if (!isAbsolute(path)) {
      for (const root of this.foreignRoots) inputs.push(joinPaths(root, path));
      const fromGoMod = goModuleFilePath(path, this.goModules);
      if (fromGoMod !== undefined) inputs.push(fromGoMod);
      const insideModule = this.pathInsideReportModule(path);
      if (insideModule !== undefined) inputs.push(insideModule);
    }
    inputs.push(path);

    const exactCase = this.bestSuffixMatch(this.index, inputs);
    if (exactCase.kind !== 'none') return toResolution(exactCase);
    return toResolution(this.bestSuffixMatch(this.index.ignoringCase(), inputs));
  }

  private bestSuffixMatch(index: TrackedFileIndex, inputs: readonly string[]): SuffixMatch {
    let best: SuffixMatch = { kind: 'none' };
    let bestSegments = 0;
    for (const input of inputs) {
      const match = index.matchSuffix(input);
      if (match.kind === 'none' || !isAcceptable(match, input)) continue;
      if (match.segments > bestSegments) {
        best = match;
        bestSegments = match.segments;
      }
    }
    return best;
  }

  private foldersOfReport(reportPath: string | undefined): string[] {
    if (reportPath === undefined) return [''];
    let path = normalizePath(reportPath);
    if (isAbsolute(path)) {
      const inside = this.repositoryRoot === undefined ? undefined : relativeTo(path, this.repositoryRoot);
      if (inside === undefined) return [''];
      path = inside;
    }
    if (escapesRoot(path)) return [''];
    return ancestorFolders(parentFolder(path));
  }

  private classifyRoots(roots: readonly string[]): void {
    for (const raw of roots) {
      const root = normalizePath(raw);
      if (!isAbsolute(root)) {
        for (const folder of this.reportFolders) this.pushUnique(this.localRoots, joinPaths(folder, root));
        continue;
      }
      const inside = this.repositoryRoot === undefined ? undefined : relativeTo(root, this.repositoryRoot);
      if (inside !== undefined) this.pushUnique(this.localRoots, inside);
      else this.pushUnique(this.foreignRoots, root);
    }
  }

  private pushUnique(list: string[], value: string): void {
    if (!escapesRoot(value) && !list.includes(value)) list.push(value);
  }
}

/**
 * Checks whether a suffix match is strong enough to use. A relative input must match
 * whole. An absolute one must share two segments or match a whole tracked
 * path, so `/usr/lib/node_modules/x/index.js` does not land on some
 * `index.js` by its name alone.
 */
function isAcceptable(match: SuffixMatch, input: string): boolean {
  if (match.kind === 'none') return false;
  const inputSegments = input.split('/').filter((segment) => segment !== '').length;
  if (!isAbsolute(input)) return match.segments === inputSegments;
  if (match.segments >= 2) return true;
  return match.kind === 'unique' && !match.path.includes('/');
}

function toResolution(match: SuffixMatch): PathResolution {
  switch (match.kind) {
    case 'none':
      return UNMATCHED;
    case 'unique':
      return { kind: 'matched', path: match.path };
    case 'ambiguous':
      return { kind: 'ambiguous', candidates: match.candidates };
  }
}
