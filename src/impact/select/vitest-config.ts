/**
 * Reads the test files and setup files of a vitest config, or of a vite
 * config that vitest reads when no vitest config sits beside it, through
 * the syntax reader of src/impact/syntax/.
 */
import { exportedConfigObjects } from '../resolve/aliases/config-object.js';
import { createEvaluationContext, parseConfigSource } from '../resolve/aliases/static-value.js';
import type { FileIndex } from '../resolve/file-index.js';
import { folderOf } from '../resolve/repo-path.js';
import { astOptions, type ConfigOptions, type KnownLists } from './config-options.js';
import { resolveFolderOption, resolveSetupPath } from './setup-paths.js';
import {
  VITEST_DEFAULT_EXCLUDE,
  VITEST_DEFAULT_INCLUDE,
  vitestRule,
  type RunnerConfig,
  type SetupFile,
} from './test-rules.js';

/** Names under which configs use vitest's defaults, as in `exclude: [...configDefaults.exclude, 'e2e/**']`. */
const VITEST_KNOWN_LISTS: KnownLists = new Map([
  ['configDefaults.include', VITEST_DEFAULT_INCLUDE],
  ['configDefaults.exclude', VITEST_DEFAULT_EXCLUDE],
  ['defaultInclude', VITEST_DEFAULT_INCLUDE],
  ['defaultExclude', VITEST_DEFAULT_EXCLUDE],
]);

const SETUP_OPTIONS = ['setupFiles', 'globalSetup'] as const;

/** The options of one project: the config's own `test` section, or an inline entry of `test.projects`. */
interface ProjectOptions {
  /** Label for messages, such as `test` or `test.projects[1].test`. */
  label: string;
  /** Top-level options, which hold Vite's `root`. */
  top: ConfigOptions;
  test: ConfigOptions | undefined;
}

/**
 * Reads the config at `path`. An export that is not an object literal, and
 * options that are not static values, fall back to vitest's defaults with a
 * warning. Inline projects of `test.projects` (and the older `test.workspace`)
 * add a rule each. Project entries that name folders or config files are
 * covered by those configs themselves.
 *
 * NOTE: options an inline project would inherit through `extends: true`
 * are not merged into it, and `mergeConfig` with an imported config reads
 * only the object literals in this file.
 */
export function readVitestConfig(path: string, text: string, index: FileIndex): RunnerConfig {
  const config: RunnerConfig = { path, runner: 'vitest', rules: [], setupFiles: [], warnings: [] };
  const source = parseConfigSource(path, text);
  const context = createEvaluationContext(path, source);
  const objects = exportedConfigObjects(source, context).map((object) => astOptions(object, context, VITEST_KNOWN_LISTS));
  const configFolder = folderOf(path);

  if (objects.length === 0) {
    config.warnings.push(
      `${path}: the exported config is not an object literal that impact analysis can read without running the file, so vitest's default include is assumed. Export the config as an object literal or defineConfig({ … }).`,
    );
    config.rules.push(
      vitestRule({
        source: path,
        folder: configFolder,
        include: VITEST_DEFAULT_INCLUDE,
        exclude: VITEST_DEFAULT_EXCLUDE,
        includeLabel: "vitest's default include",
      }),
    );
    return config;
  }

  const reader = new VitestOptionReader(config, configFolder, index);
  const parts = objects.map((top): ProjectOptions => ({ label: 'test', top, test: top.section('test') }));
  const root = reader.readProject(parts, configFolder);
  for (const part of parts) {
    for (const key of ['projects', 'workspace']) {
      part.test?.sections(key).forEach((project, position) => {
        reader.readProject([{ label: `test.${key}[${position}].test`, top: project, test: project.section('test') }], root);
      });
    }
  }
  return config;
}

class VitestOptionReader {
  constructor(
    private readonly config: RunnerConfig,
    private readonly configFolder: string,
    private readonly index: FileIndex,
  ) {}

  /**
   * Adds the rule and setup files of one project, whose options may be
   * spread over several objects (`mergeConfig(a, b)`). Lists from the
   * objects are joined, as Vite's `mergeConfig` joins arrays, and the last
   * `root` wins. Returns the project's root folder.
   */
  readProject(parts: ProjectOptions[], defaultRoot: string): string {
    let root = defaultRoot;
    let dir: string | undefined;
    const include: string[] = [];
    const exclude: string[] = [];
    let hasInclude = false;
    let hasExclude = false;
    for (const part of parts) {
      const topLabel = part.label === 'test' ? 'root' : part.label.replace(/\.test$/, '.root');
      root = this.folderOption(part.test, 'root', `${part.label}.root`) ?? this.folderOption(part.top, 'root', topLabel) ?? root;
      dir = this.folderOption(part.test, 'dir', `${part.label}.dir`) ?? dir;
      const included = this.globs(part.test, 'include', `${part.label}.include`);
      const excluded = this.globs(part.test, 'exclude', `${part.label}.exclude`);
      if (included) {
        hasInclude = true;
        include.push(...included);
      }
      if (excluded) {
        hasExclude = true;
        exclude.push(...excluded);
      }
    }

    const label = parts[0]?.label ?? 'test';
    const spread = parts.find((part) => part.test?.hasSpread());
    if (!hasInclude && spread) {
      this.config.warnings.push(
        `${this.config.path}: ${spread.label} spreads an object that impact analysis does not read, so the include it may set is unknown and vitest's default include is assumed. Write include as a list of string literals in this config.`,
      );
    }
    this.config.rules.push(
      vitestRule({
        source: this.config.path,
        folder: dir ?? root,
        include: hasInclude ? include : VITEST_DEFAULT_INCLUDE,
        exclude: hasExclude ? exclude : VITEST_DEFAULT_EXCLUDE,
        includeLabel: hasInclude ? `${label}.include` : "vitest's default include",
      }),
    );
    for (const part of parts) this.addSetupFiles(part, root);
    return root;
  }

  /** Reads a list of globs. A partly dynamic list keeps the globs it could read, and an unreadable one counts as unset. */
  private globs(options: ConfigOptions | undefined, key: string, label: string): string[] | undefined {
    const list = options?.strings(key);
    if (!list) return undefined;
    if (list.dynamic) {
      const fallback = list.values.length > 0 ? 'the globs it could read' : "vitest's default";
      this.config.warnings.push(
        `${this.config.path}: ${label} is not a static list of strings, so impact analysis uses ${fallback}. Write the globs as string literals.`,
      );
    }
    return list.values.length > 0 ? list.values : undefined;
  }

  /**
   * Reads `root` or `dir`, relative to the config's folder.
   *
   * NOTE: Vite and vitest resolve a relative `root` or `dir` against the
   * working folder, which this takes to be the config's folder, where the runner usually starts.
   */
  private folderOption(options: ConfigOptions | undefined, key: string, label: string): string | undefined {
    const value = options?.strings(key);
    if (!value) return undefined;
    const folder = value.values[0] === undefined || value.dynamic ? undefined : resolveFolderOption(value.values[0], this.configFolder);
    if (folder === undefined) {
      this.config.warnings.push(
        `${this.config.path}: ${label} is not a static path inside the repository, so impact analysis ignores it. Write it as a string literal relative to the config.`,
      );
    }
    return folder;
  }

  private addSetupFiles(part: ProjectOptions, root: string): void {
    for (const option of SETUP_OPTIONS) {
      const list = part.test?.strings(option);
      if (list?.dynamic) {
        this.config.warnings.push(
          `${this.config.path}: ${part.label}.${option} is not a static list of paths, so a change to the files it names may not widen the run. Write the paths as string literals.`,
        );
      }
      for (const value of list?.values ?? []) {
        const path = resolveSetupPath(value, root, this.index);
        if (path !== undefined) this.config.setupFiles.push(setupFile(path, `${part.label}.${option}`, this.config.path));
      }
    }
  }
}

function setupFile(path: string, option: string, config: string): SetupFile {
  return { path, option, config };
}
