/**
 * Reads the test files and setup files of a jest config: jest.config.js,
 * .ts, .mjs, .cjs, .mts or .cts through the syntax reader of src/impact/syntax/, jest.config.json,
 * or the `jest` field of package.json.
 */
import { exportedConfigObjects } from '../resolve/aliases/config-object.js';
import { createEvaluationContext, parseConfigSource, toVirtualPath } from '../resolve/aliases/static-value.js';
import type { FileIndex } from '../resolve/file-index.js';
import { describeFolder, folderOf, selfAndAncestors } from '../resolve/repo-path.js';
import { countOf } from '../../report/count-text.js';
import { astOptions, jsonOptions, type ConfigOptions } from './config-options.js';
import { resolveFolderOption, resolveSetupPath } from './setup-paths.js';
import { JEST_DEFAULT_IGNORE, JEST_DEFAULT_TEST_MATCH, jestRule, type RunnerConfig } from './test-rules.js';

const ROOT_DIR_TOKEN = '<rootDir>';
const SETUP_OPTIONS = ['setupFiles', 'setupFilesAfterEnv', 'setupFilesAfterEach', 'globalSetup', 'globalTeardown'] as const;

/** Reads a JavaScript or TypeScript jest config. An export that is not an object literal falls back to jest's defaults with a warning. */
export function readJestSourceConfig(path: string, text: string, index: FileIndex): RunnerConfig {
  const source = parseConfigSource(path, text);
  const context = createEvaluationContext(path, source);
  const objects = exportedConfigObjects(source, context).map((object) => astOptions(object, context, new Map()));
  const reader = new JestOptionReader(path, '', index, text);
  if (objects.length === 0) {
    reader.config.warnings.push(
      `${path}: the exported config is not an object literal that impact analysis can read without running the file, so jest's default testMatch is assumed. Export the config as an object literal.`,
    );
    reader.readProject(jsonOptions({}), folderOf(path));
    return reader.config;
  }
  for (const options of objects) reader.readConfig(options);
  return reader.config;
}

/**
 * Reads a parsed JSON config. `keyPrefix` is `jest.` for the `jest` field of
 * package.json, so that messages name the option as the user wrote it.
 */
export function readJestJsonConfig(path: string, object: Record<string, unknown>, keyPrefix: string, index: FileIndex): RunnerConfig {
  const reader = new JestOptionReader(path, keyPrefix, index);
  reader.readConfig(jsonOptions(object));
  return reader.config;
}

class JestOptionReader {
  readonly config: RunnerConfig;

  /** @param text the config file's source, when it is a script, for the paths of projects that cannot be read */
  constructor(
    path: string,
    private readonly keyPrefix: string,
    private readonly index: FileIndex,
    private readonly text?: string,
  ) {
    this.config = { path, runner: 'jest', rules: [], setupFiles: [], warnings: [] };
  }

  /**
   * Reads the config's own options, then each inline object of `projects`,
   * whose `rootDir` defaults to the config's. Project entries that are
   * paths are covered by the configs in those folders.
   */
  readConfig(options: ConfigOptions): void {
    const rootDir = this.readProject(options, folderOf(this.config.path));
    options.sections('projects').forEach((project, position) => {
      this.readProject(project, rootDir, `projects[${position}].`);
    });
    if (options.isUnreadableList('projects')) this.readUnreadableProjects(rootDir);
  }

  /**
   * Handles `projects` built at run time, such as `projects: getProjects()`.
   * Their test globs fall back to the config's own, and every path literal
   * of the file that names a tracked file counts as a setup file. That can
   * widen the run for a file the projects do not use, but a setup file that
   * only such a project names is never missed.
   */
  private readUnreadableProjects(rootDir: string): void {
    const found = new Set<string>();
    for (const literal of pathLiterals(this.text ?? '')) {
      // Only names of files count: a folder such as roots' "<rootDir>/src" is no setup file.
      if (!/\.[A-Za-z0-9]+$/.test(literal)) continue;
      // jest resolves a project's relative rootDir such as "." from the folder it runs in, which the config does
      // not name, so every folder from the config's rootDir up to the repository root is tried.
      for (const folder of selfAndAncestors(rootDir)) {
        const path = resolveFolderOption(literal.replaceAll(ROOT_DIR_TOKEN, toVirtualPath(folder)), folder);
        if (path === undefined || !this.index.has(path) || path === this.config.path || found.has(path)) continue;
        found.add(path);
        this.config.setupFiles.push({ path, option: `${this.keyPrefix}projects`, config: this.config.path });
      }
    }
    this.config.warnings.push(
      `${this.config.path}: ${this.keyPrefix}projects is not a static list, so its projects' test globs are not read, and ${countOf(found.size, 'tracked file', 'tracked files')} that the config's string literals name count as setup files. Write projects as an array of object literals.`,
    );
  }

  /** Adds the rule and setup files of one project and returns its `rootDir`. */
  readProject(options: ConfigOptions, defaultRootDir: string, projectPrefix = ''): string {
    const prefix = `${this.keyPrefix}${projectPrefix}`;
    const rootDir = this.rootDir(options, defaultRootDir, prefix);
    const expand = (value: string): string => value.replaceAll(ROOT_DIR_TOKEN, toVirtualPath(rootDir));

    const roots = this.strings(options, 'roots', prefix) ?? [ROOT_DIR_TOKEN];
    const regexValues = this.strings(options, 'testRegex', prefix) ?? [];
    const testRegex = this.patterns(regexValues, expand, `${prefix}testRegex`);
    const customMatch = this.strings(options, 'testMatch', prefix);
    const matchValues = customMatch ?? JEST_DEFAULT_TEST_MATCH;
    const ignoreValues = this.strings(options, 'testPathIgnorePatterns', prefix) ?? JEST_DEFAULT_IGNORE;

    // Jest uses testRegex in place of testMatch when it is set. The label quotes the values as written.
    let label: string;
    if (testRegex.length > 0) label = `${prefix}testRegex ${quoteAll(regexValues)}`;
    else if (customMatch) label = `${prefix}testMatch ${quoteAll(matchValues)}`;
    else label = `jest's default testMatch ${quoteAll(matchValues)}`;

    this.config.rules.push(
      jestRule({
        source: this.config.path,
        roots: roots.map((root) => resolveFolderOption(expand(root), rootDir)).filter((root) => root !== undefined),
        testMatch: matchValues.map(expand),
        testRegex,
        ignore: this.patterns(ignoreValues, expand, `${prefix}testPathIgnorePatterns`),
        label,
      }),
    );
    this.addSetupFiles(options, rootDir, expand, prefix);
    return rootDir;
  }

  private rootDir(options: ConfigOptions, defaultRootDir: string, prefix: string): string {
    const value = options.strings('rootDir');
    if (!value) return defaultRootDir;
    const folder = value.values[0] === undefined || value.dynamic ? undefined : resolveFolderOption(value.values[0], folderOf(this.config.path));
    if (folder !== undefined) return folder;
    this.config.warnings.push(
      `${this.config.path}: ${prefix}rootDir is not a static path inside the repository, so <rootDir> is taken to be ${describeFolder(defaultRootDir)}. Write rootDir as a string literal.`,
    );
    return defaultRootDir;
  }

  /** Reads a list option. A partly dynamic list keeps the values it could read, and an unreadable one counts as unset. */
  private strings(options: ConfigOptions, key: string, prefix: string): string[] | undefined {
    const list = options.strings(key);
    if (!list) return undefined;
    if (list.dynamic) {
      const fallback = list.values.length > 0 ? 'the values it could read' : "jest's default";
      this.config.warnings.push(
        `${this.config.path}: ${prefix}${key} is not a static list of strings, so impact analysis uses ${fallback}. Write the values as string literals.`,
      );
    }
    return list.values.length > 0 ? list.values : undefined;
  }

  private patterns(values: readonly string[], expand: (value: string) => string, label: string): RegExp[] {
    const patterns: RegExp[] = [];
    for (const value of values) {
      try {
        patterns.push(new RegExp(expand(value)));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.config.warnings.push(`${this.config.path}: ${label} "${value}" is not a valid regular expression (${message}), so it is ignored. Fix the pattern.`);
      }
    }
    return patterns;
  }

  private addSetupFiles(options: ConfigOptions, rootDir: string, expand: (value: string) => string, prefix: string): void {
    for (const option of SETUP_OPTIONS) {
      const list = options.strings(option);
      if (list?.dynamic) {
        this.config.warnings.push(
          `${this.config.path}: ${prefix}${option} is not a static list of paths, so a change to the files it names may not widen the run. Write the paths as string literals with <rootDir>.`,
        );
      }
      for (const value of list?.values ?? []) {
        const path = resolveSetupPath(expand(value), rootDir, this.index);
        if (path !== undefined) this.config.setupFiles.push({ path, option: `${prefix}${option}`, config: this.config.path });
      }
    }
  }
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Quoted strings that look like file paths: `<rootDir>/…`, `./…` or `../…`. */
function pathLiterals(text: string): string[] {
  const literals: string[] = [];
  for (const match of text.matchAll(/(['"`])((?:<rootDir>|\.{1,2})\/[^'"`\s]+)\1/g)) literals.push(match[2]!);
  return literals;
}
