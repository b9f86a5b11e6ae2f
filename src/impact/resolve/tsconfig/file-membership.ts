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
  // Compiled on the first included file: many configs of a repository include none of the files asked about.
  let isExcluded: MembershipTest | undefined;
  return (path) => listed.has(path) || (isIncluded(path) && !(isExcluded ??= globTest(excludes.map(toGlob)))(path));
}

/**
 * Returns a test whether a path matches any of `globs`, with the result of
 * `picomatch(globs)` under its default options: a non-empty path that equals
 * a glob or matches its regular expression. Testing the expressions directly
 * skips the result object that picomatch's matcher builds on every call.
 */
function globTest(globs: readonly string[]): MembershipTest {
  if (globs.length === 0) return () => false;
  const patterns = globs.map((glob) => ({ glob, regex: picomatch.makeRe(glob) }));
  return (path) => path !== '' && patterns.some(({ glob, regex }) => path === glob || regex.test(path));
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
