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
 * compiled and run only for paths in that folder, which are the only ones
 * it can match.
 */
function globTest(globs: readonly string[]): MembershipTest {
  if (globs.length === 0) return () => false;
  const patterns = globs.map((glob) => new GlobPattern(glob));
  return (path) => path !== '' && patterns.some((pattern) => pattern.matches(path));
}

class GlobPattern {
  private readonly folder: string | undefined;
  private regex: RegExp | undefined;

  constructor(private readonly glob: string) {
    this.folder = staticFolder(glob);
  }

  matches(path: string): boolean {
    if (path === this.glob) return true;
    if (this.folder !== undefined && path !== this.folder && !path.startsWith(`${this.folder}/`)) return false;
    this.regex ??= picomatch.makeRe(this.glob);
    return this.regex.test(path);
  }
}

/**
 * Returns the leading segments of `glob` without wildcards, which every
 * matching path starts with, from `picomatch.scan`. Returns undefined when
 * there are none, or when the glob is negated or has escapes, because then
 * the folder text differs from the paths the glob matches.
 */
function staticFolder(glob: string): string | undefined {
  const { base, negated, prefix } = picomatch.scan(glob);
  if (negated || (prefix !== '' && prefix !== './') || base === '' || base.includes('\\')) return undefined;
  return base;
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
