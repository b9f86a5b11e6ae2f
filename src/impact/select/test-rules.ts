/**
 * Rules that decide whether a repository file is a test, as vitest and jest
 * decide it, plus the setup files that a runner loads before the tests.
 */
import picomatch from 'picomatch';
import { toVirtualPath } from '../resolve/aliases/static-value.js';
import { describeFolder, isInside, relativeInside } from '../resolve/repo-path.js';

export interface TestRule {
  /** The config file the rule comes from, `settings` for the impact settings, or `defaults` when no config was found. */
  source: string;
  /** One line for explanations: the globs or patterns and the folder they are matched from. */
  description: string;
  /** Folders the rule searches for tests: vitest's `dir` or root, jest's `roots`. */
  folders: readonly string[];
  matches(path: string): boolean;
}

/** A file that a runner loads before or around the tests, so a change to it can change any test of that runner. */
export interface SetupFile {
  path: string;
  /** The option that names it, such as `test.setupFiles` or `globalSetup`. */
  option: string;
  config: string;
}

/** Vitest 4.1's `configDefaults.include` and `configDefaults.exclude`, from its `defaults` chunk. */
export const VITEST_DEFAULT_INCLUDE: readonly string[] = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
export const VITEST_DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/**
 * Jest 30's default `testMatch`, as jest's configuration docs give it. Jest
 * 29's default has no `?([mc])` part, so it matches a subset of these
 * files, because jest 30 added `.mjs`, `.cjs`, `.mts` and `.cts` tests.
 */
export const JEST_DEFAULT_TEST_MATCH: readonly string[] = [
  '**/__tests__/**/*.?([mc])[jt]s?(x)',
  '**/?(*.)+(spec|test).?([mc])[jt]s?(x)',
];
export const JEST_DEFAULT_IGNORE: readonly string[] = ['/node_modules/'];

export interface VitestProject {
  source: string;
  /** Folder the globs are matched from: `test.dir`, else the root. */
  folder: string;
  include: readonly string[];
  exclude: readonly string[];
  /** Names the options for explanations, such as `test.include`, or `vitest's default include`. */
  includeLabel: string;
}

/**
 * Returns a vitest rule: the file is below the folder and matches an include
 * glob and no exclude glob. Names that start with a dot match, as they do
 * in vitest's glob, which sets `dot: true`.
 */
export function vitestRule(project: VitestProject): TestRule {
  const isIncluded = anyGlobMatcher(project.include);
  const isExcluded = project.exclude.length > 0 ? anyGlobMatcher(project.exclude) : () => false;
  const globs = project.include.map((glob) => JSON.stringify(glob)).join(', ');
  const excluded = project.exclude.length > 0 ? `, except ${project.exclude.map((glob) => JSON.stringify(glob)).join(', ')}` : '';
  return {
    source: project.source,
    description: `${project.includeLabel} ${globs}${excluded}, matched from ${describeFolder(project.folder)} (${project.source})`,
    folders: [project.folder],
    matches(path) {
      if (!isInside(path, project.folder)) return false;
      const relative = relativeInside(path, project.folder);
      return isIncluded(relative) && !isExcluded(relative);
    },
  };
}

export interface JestProject {
  source: string;
  /** Folders that jest searches, as repository paths (`roots`, default the root folder). */
  roots: readonly string[];
  /** Globs with `<rootDir>` replaced, matched against the virtual absolute path, as jest matches absolute paths. */
  testMatch: readonly string[];
  /** Regular expressions that replace `testMatch` when set. */
  testRegex: readonly RegExp[];
  ignore: readonly RegExp[];
  label: string;
}

/**
 * Returns a jest rule. Jest matches `testMatch`, `testRegex` and
 * `testPathIgnorePatterns` against absolute paths, so the repository path
 * is placed under the virtual root that `<rootDir>` also expands to.
 */
export function jestRule(project: JestProject): TestRule {
  const isMatched =
    project.testRegex.length > 0
      ? (absolute: string) => project.testRegex.some((pattern) => pattern.test(absolute))
      : anyGlobMatcher(project.testMatch);
  return {
    source: project.source,
    description: `${project.label}, below ${project.roots.map(describeFolder).join(', ')} (${project.source})`,
    folders: project.roots,
    matches(path) {
      if (!project.roots.some((root) => isInside(path, root))) return false;
      const absolute = toVirtualPath(path);
      return isMatched(absolute) && !project.ignore.some((pattern) => pattern.test(absolute));
    },
  };
}

/** Returns the rule of the impact settings' `tests.include` globs, matched from the repository root. */
export function settingsRule(include: readonly string[]): TestRule {
  const isIncluded = anyGlobMatcher(include);
  return {
    source: 'settings',
    description: `impact settings tests.include ${include.map((glob) => JSON.stringify(glob)).join(', ')}`,
    folders: [''],
    matches: (path) => isIncluded(path),
  };
}

/** The rules, setup files and warnings of one runner config. */
export interface RunnerConfig {
  path: string;
  runner: 'vitest' | 'jest';
  /** The config's own rule first, then one per inline project. */
  rules: TestRule[];
  setupFiles: SetupFile[];
  /** Options that could not be read without running the config, each naming the file, the option and the fallback. */
  warnings: string[];
}

/**
 * Matchers by glob, shared by the rules of every config. The configs of one
 * repository repeat the same few globs, and compiling a glob costs far more
 * than looking it up.
 */
const matchersByGlob = new Map<string, (path: string) => boolean>();

/** Returns a test whether a path matches any of `globs`, with the result of `picomatch(globs, { dot: true })`. */
function anyGlobMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => {
    let matcher = matchersByGlob.get(glob);
    if (!matcher) {
      matcher = picomatch(glob, { dot: true });
      matchersByGlob.set(glob, matcher);
    }
    return matcher;
  });
  return (path) => matchers.some((matches) => matches(path));
}
