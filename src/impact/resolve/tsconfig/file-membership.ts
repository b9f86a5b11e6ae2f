/**
 * Whether a tsconfig compiles a file, from its `files`, `include` and
 * `exclude`, so that a file picks the project among `references` that owns
 * it. Follows TypeScript's defaults: without `files` and `include` the
 * config includes every file below its folder, and without `exclude` it
 * excludes node_modules, bower_components, jspm_packages and `outDir`.
 */
import picomatch from 'picomatch';
import { baseName } from '../repo-path.js';
import type { TsconfigFile } from './tsconfig-file.js';

const DEFAULT_EXCLUDES = ['node_modules', 'bower_components', 'jspm_packages'];

const SLASH = 0x2f;

/** A path with an empty segment, a `.` or `..` segment, or a trailing `/`, none of which `git ls-files` prints. */
const UNLISTED_PATH = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;

export type MembershipTest = (path: string) => boolean;

export function createMembershipTest(config: TsconfigFile): MembershipTest {
  const { files, include, exclude } = config.selection;
  const listed = new Set(files ?? []);
  let includes = include ?? [];
  if (include === undefined && files === undefined) includes = [config.folder === '' ? '**/*' : `${config.folder}/**/*`];
  const excludes = exclude ?? defaultExcludes(config);

  const isIncluded = globTest(includes.map(toGlob));
  // Built on the first included file, because many configs of a repository include none of the files asked about.
  let isExcluded: MembershipTest | undefined;
  return (path) => listed.has(path) || (isIncluded(path) && !(isExcluded ??= globTest(excludes.map(toGlob)))(path));
}

/**
 * Returns a test whether a path matches any of `globs`, with the result of
 * `picomatch(globs)` under its default options: a non-empty path that equals
 * a glob or matches its regular expression. The expressions of globstar
 * patterns backtrack, so a glob with a static folder (`pkg/src/**`) is
 * run only for paths in that folder, which are the only ones it can match.
 */
function globTest(globs: readonly string[]): MembershipTest {
  if (globs.length === 0) return () => false;
  const patterns = globs.map((glob) => new GlobPattern(glob));
  return (path) => path !== '' && patterns.some((pattern) => pattern.matches(path));
}

/**
 * Expressions of the part of a glob after its static folder, by that part.
 * The tsconfigs of a repository repeat a few such parts under many folders
 * (`src/**\/*`, `*.config.ts`): TanStack/query's 147 configs ask for about
 * 300 globs with 15 distinct parts. Compiling each glob took about 20 µs in
 * picomatch, and V8 compiled each expression again on its first runs:
 * about 15 ms in CPU profiles of a cold run there.
 */
const tailExpressions = new Map<string, RegExp>();

class GlobPattern {
  private readonly folder: string | undefined;
  /** The glob after the static folder and its `/`. */
  private readonly tail: string;
  private regex: RegExp | undefined;

  constructor(private readonly glob: string) {
    const split = staticSplit(glob);
    this.folder = split?.folder;
    this.tail = split?.tail ?? '';
  }

  matches(path: string): boolean {
    if (path === this.glob) return true;
    const folder = this.folder;
    if (folder === undefined) return this.wholeTest(path);
    if (!path.startsWith(folder) || (path.length > folder.length && path.charCodeAt(folder.length) !== SLASH)) return false;
    // Below the folder, the glob's expression matches what the expression of its tail matches on the rest of the path (see the tests).
    // The folder itself, and paths that git never lists, take the whole expression: on a rest that ends in `/`, has an empty
    // segment or a `.` or `..` segment, the tail's expression alone may decide otherwise.
    const rest = path.slice(folder.length + 1);
    if (rest === '' || this.tail === '' || UNLISTED_PATH.test(rest)) return this.wholeTest(path);
    return tailExpression(this.tail).test(rest);
  }

  private wholeTest(path: string): boolean {
    this.regex ??= picomatch.makeRe(this.glob);
    return this.regex.test(path);
  }
}

function tailExpression(tail: string): RegExp {
  let regex = tailExpressions.get(tail);
  if (!regex) {
    regex = picomatch.makeRe(tail);
    tailExpressions.set(tail, regex);
  }
  return regex;
}

/**
 * Returns the leading segments of `glob` without wildcards, which every
 * matching path starts with, and the rest of the glob, from
 * `picomatch.scan`. Returns undefined when there are no such segments, or
 * when the glob is negated or has escapes, because then the folder text
 * differs from the paths the glob matches.
 */
function staticSplit(glob: string): { folder: string; tail: string } | undefined {
  const { base, glob: tail, negated, prefix } = picomatch.scan(glob);
  if (negated || prefix !== '' || base === '' || base.includes('\\')) return undefined;
  return { folder: base, tail };
}

function defaultExcludes(config: TsconfigFile): string[] {
  const prefix = config.folder === '' ? '' : `${config.folder}/`;
  const excludes = DEFAULT_EXCLUDES.map((name) => prefix + name);
  if (config.outDir) excludes.push(config.outDir.path);
  return excludes;
}

/**
 * Turns an `include` or `exclude` entry into a glob. As in TypeScript, an
 * entry whose last segment has neither a wildcard nor a `.` names a folder
 * and covers every file below it. picomatch runs with `dot: false`, so
 * wildcards skip names that start with a dot unless the entry spells them.
 */
function toGlob(pattern: string): string {
  if (pattern === '') return '**/*';
  const last = baseName(pattern);
  if (/[*?]/.test(last) || last.includes('.')) return pattern;
  return `${pattern}/**/*`;
}
