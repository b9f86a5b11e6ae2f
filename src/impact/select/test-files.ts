/**
 * Finds which tracked files are tests, from the vitest and jest configs of
 * the repository and the impact settings, and which files the runners load
 * as setup. Each workspace package, and each folder with its own config,
 * is read with its own config. The nearest vitest config and the nearest
 * jest config at or above a file decide for it, as a runner started in
 * that folder would. A config whose `root`, `dir` or `roots` point
 * elsewhere also decides for the files there.
 *
 * NOTE: a config in a fixture folder that the outer config excludes still
 * decides for the files below it, so fixture files named like tests count
 * as tests. `vitest.workspace` files are not read, but their projects'
 * configs are.
 */
import picomatch from 'picomatch';
import { isJsonObject, type JsonObject } from '../resolve/config-reader.js';
import { indexOfFiles, type FileIndex } from '../resolve/file-index.js';
import type { RepositoryView } from '../resolve/index.js';
import { folderOf, selfAndAncestors } from '../resolve/repo-path.js';
import type { ImpactSettings } from '../model.js';
import { readJestJsonConfig, readJestSourceConfig } from './jest-config.js';
import {
  JEST_DEFAULT_IGNORE,
  JEST_DEFAULT_TEST_MATCH,
  jestRule,
  settingsRule,
  VITEST_DEFAULT_EXCLUDE,
  VITEST_DEFAULT_INCLUDE,
  vitestRule,
  type RunnerConfig,
  type SetupFile,
  type TestRule,
} from './test-rules.js';
import { readVitestConfig } from './vitest-config.js';

const SCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];
/** Vitest reads vitest.config before vite.config in the same folder. */
const VITEST_CONFIG_NAMES = [
  ...SCRIPT_EXTENSIONS.map((extension) => `vitest.config.${extension}`),
  ...SCRIPT_EXTENSIONS.map((extension) => `vite.config.${extension}`),
];
const JEST_CONFIG_NAMES = [...SCRIPT_EXTENSIONS.map((extension) => `jest.config.${extension}`), 'jest.config.json'];

export interface DiscoverTestFilesInput {
  view: RepositoryView;
  settings: ImpactSettings['tests'];
}

/** The test files of one tree, with what selection and explanations need to know about them. */
export interface TestCatalog {
  /** Repository paths of the test files. */
  readonly files: ReadonlySet<string>;
  /** Files that runners load before the tests. A change to one widens the run. */
  readonly setupFiles: readonly SetupFile[];
  /** Descriptions of the rules that decide whether `path` is a test, for "not a test file" explanations. */
  patternsFor(path: string): string[];
}

export interface TestDiscovery extends TestCatalog {
  /** Runner configs read, sorted. */
  configs: string[];
  /** Options that could not be read without running a config, each with its fallback. */
  warnings: string[];
}

/** Returns the test files and setup files of `input.view`. */
export function discoverTestFiles(input: DiscoverTestFilesInput): TestDiscovery {
  const index = indexOfFiles(input.view.files);
  const configs = readRunnerConfigs(input.view, index);
  const scopes = new RuleScopes(configs.values());
  const settingsRules = input.settings.include.length > 0 ? [settingsRule(input.settings.include)] : [];
  const isExcluded = input.settings.exclude.length > 0 ? picomatch([...input.settings.exclude], { dot: true }) : () => false;

  const files = new Set<string>();
  for (const path of input.view.files) {
    if (isExcluded(path)) continue;
    const rules = scopes.rulesFor(path);
    if (rules.some((rule) => rule.matches(path)) || settingsRules.some((rule) => rule.matches(path))) files.add(path);
  }

  const excludeNote =
    input.settings.exclude.length > 0
      ? [`and outside impact settings tests.exclude ${input.settings.exclude.map((glob) => JSON.stringify(glob)).join(', ')}`]
      : [];
  return {
    files,
    setupFiles: [...configs.values()].flatMap((config) => config.setupFiles),
    patternsFor: (path) => {
      const rules = [...scopes.rulesFor(path), ...settingsRules];
      return [...rules.map((rule) => rule.description), ...excludeNote];
    },
    configs: [...configs.keys()].sort(),
    warnings: [...configs.values()].flatMap((config) => config.warnings),
  };
}

/**
 * Reads the runner configs of the repository, keyed by path: in each
 * folder the first vitest config of `VITEST_CONFIG_NAMES`, as vitest picks
 * it, and the first jest config, else a package.json with a `jest` field.
 * Configs of vendored packages under node_modules are skipped.
 */
function readRunnerConfigs(view: RepositoryView, index: FileIndex): Map<string, RunnerConfig> {
  const configs = new Map<string, RunnerConfig>();
  const folders = new Set<string>();
  for (const path of view.files) {
    if (!path.split('/').includes('node_modules')) folders.add(folderOf(path));
  }
  const vitestPaths = firstByFolder(index, VITEST_CONFIG_NAMES);
  const jestPaths = firstByFolder(index, JEST_CONFIG_NAMES);

  for (const folder of folders) {
    const vitestPath = vitestPaths.get(folder);
    const vitestText = vitestPath === undefined ? undefined : view.readText(vitestPath);
    if (vitestPath !== undefined && vitestText !== undefined) configs.set(vitestPath, readVitestConfig(vitestPath, vitestText, index));

    const jestPath = jestPaths.get(folder);
    const jest = jestPath === undefined ? readPackageJest(view, index, folder) : readJestFile(view, index, jestPath);
    if (jest) configs.set(jest.path, jest);
  }
  return configs;
}

/**
 * Returns, by folder, the file of the first of `names` that the folder
 * contains. It reads the index by name, because building and looking up each
 * name in each folder took about 3 ms in CPU profiles for the 489 folders of
 * TanStack/query.
 */
function firstByFolder(index: FileIndex, names: readonly string[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const name of names) {
    for (const path of index.named(name)) {
      const folder = folderOf(path);
      if (!paths.has(folder)) paths.set(folder, path);
    }
  }
  return paths;
}

function readPackageJest(view: RepositoryView, index: FileIndex, folder: string): RunnerConfig | undefined {
  const path = folder === '' ? 'package.json' : `${folder}/package.json`;
  const jest = index.has(path) ? parseJson(view.readText(path))?.['jest'] : undefined;
  return isJsonObject(jest) ? readJestJsonConfig(path, jest, 'jest.', index) : undefined;
}

function readJestFile(view: RepositoryView, index: FileIndex, path: string): RunnerConfig | undefined {
  const text = view.readText(path);
  if (text === undefined) return undefined;
  if (!path.endsWith('.json')) return readJestSourceConfig(path, text, index);

  const object = parseJson(text);
  if (object) return readJestJsonConfig(path, object, '', index);
  return {
    path,
    runner: 'jest',
    rules: [],
    setupFiles: [],
    warnings: [`${path}: invalid JSON, so impact analysis reads no tests from it. Fix the syntax.`],
  };
}

/** Parses a JSON object, or returns undefined for anything else. The resolver already warns about a broken package.json. */
function parseJson(text: string | undefined): JsonObject | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The rules that apply in each folder. A config's rules are placed at the
 * config's folder and at each folder they search (vitest's `dir` or root,
 * jest's `roots`). A file is decided by the rules of the deepest such
 * folder at or above it, separately for vitest and for jest, so a
 * package's own config wins over the root's. Below no config of either
 * runner, vitest's and jest's defaults apply from the repository root.
 * Cached per folder, so each folder is looked up once.
 */
class RuleScopes {
  private readonly placed: Record<RunnerConfig['runner'], Map<string, TestRule[]>> = { vitest: new Map(), jest: new Map() };
  private readonly rulesByFolder = new Map<string, TestRule[]>();
  private readonly defaults: TestRule[] = [
    vitestRule({
      source: 'defaults',
      folder: '',
      include: VITEST_DEFAULT_INCLUDE,
      exclude: VITEST_DEFAULT_EXCLUDE,
      includeLabel: "vitest's default include, as no vitest or jest config is above this file,",
    }),
    jestRule({
      source: 'defaults',
      roots: [''],
      testMatch: JEST_DEFAULT_TEST_MATCH,
      testRegex: [],
      ignore: JEST_DEFAULT_IGNORE.map((pattern) => new RegExp(pattern)),
      label: `jest's default testMatch ${JEST_DEFAULT_TEST_MATCH.map((glob) => JSON.stringify(glob)).join(', ')}`,
    }),
  ];

  constructor(configs: Iterable<RunnerConfig>) {
    for (const config of configs) {
      const folders = new Set([folderOf(config.path), ...config.rules.flatMap((rule) => rule.folders)]);
      for (const folder of folders) {
        const rules = this.placed[config.runner].get(folder);
        if (rules) rules.push(...config.rules);
        else this.placed[config.runner].set(folder, [...config.rules]);
      }
    }
  }

  rulesFor(path: string): TestRule[] {
    const folder = folderOf(path);
    let rules = this.rulesByFolder.get(folder);
    if (!rules) {
      rules = [...this.deepest(folder, this.placed.vitest), ...this.deepest(folder, this.placed.jest)];
      if (rules.length === 0) rules = this.defaults;
      this.rulesByFolder.set(folder, rules);
    }
    return rules;
  }

  private deepest(folder: string, placed: ReadonlyMap<string, TestRule[]>): TestRule[] {
    for (const candidate of selfAndAncestors(folder)) {
      const rules = placed.get(candidate);
      if (rules) return rules;
    }
    return [];
  }
}
