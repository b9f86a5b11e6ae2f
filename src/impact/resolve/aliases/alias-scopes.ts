/**
 * Finds the alias rules that apply to an importer. Rules of a config apply
 * to files under the config's folder, and the nearest config wins, because a
 * test runner uses one config per project. In one folder, vitest.config
 * rules come before vite.config rules: vitest reads vitest.config when both
 * exist, and such a config often merges vite.config in with `mergeConfig`.
 * Jest rules follow the vite rules.
 */
import type { ConfigReader } from '../config-reader.js';
import type { FileIndex } from '../file-index.js';
import type { ManifestStore } from '../packages/manifest.js';
import { folderOf } from '../repo-path.js';
import type { RepositoryView } from '../repository-view.js';
import type { WarningLog } from '../warning-log.js';
import type { AliasRule, JestMapperRule, ViteAliasRule } from './alias-rule.js';
import { readJestJson, readJestSource } from './jest-mapper.js';
import { readViteAliases } from './vite-aliases.js';

const SCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];
const VITEST_CONFIGS = SCRIPT_EXTENSIONS.map((extension) => `vitest.config.${extension}`);
const VITE_CONFIGS = SCRIPT_EXTENSIONS.map((extension) => `vite.config.${extension}`);
const JEST_CONFIGS = [...SCRIPT_EXTENSIONS.map((extension) => `jest.config.${extension}`), 'jest.config.json'];

/** The rules of the nearest config of one runner family, with that config's folder. */
interface RunnerScope<Rule> {
  folder: string;
  rules: Rule[];
}

export class AliasScopes {
  private readonly viteByFolder = new Map<string, RunnerScope<ViteAliasRule> | undefined>();
  private readonly jestByFolder = new Map<string, RunnerScope<JestMapperRule> | undefined>();
  private readonly rulesByFolder = new Map<string, readonly AliasRule[]>();

  /** Reads every vite, vitest and jest config file up front, so that their warnings are complete. */
  constructor(
    private readonly index: FileIndex,
    private readonly view: RepositoryView,
    private readonly reader: ConfigReader,
    private readonly manifests: ManifestStore,
    private readonly warnings: WarningLog,
  ) {
    for (const name of [...VITEST_CONFIGS, ...VITE_CONFIGS]) {
      for (const path of index.named(name)) this.viteScope(folderOf(path));
    }
    for (const name of JEST_CONFIGS) {
      for (const path of index.named(name)) this.jestScope(folderOf(path));
    }
  }

  /** Returns the rules that apply to `importer`, in the order they are tried. Cached per folder. */
  rulesFor(importer: string): readonly AliasRule[] {
    const folder = folderOf(importer);
    let rules = this.rulesByFolder.get(folder);
    if (!rules) {
      rules = [...(this.viteScope(folder)?.rules ?? []), ...(this.jestScope(folder)?.rules ?? [])];
      this.rulesByFolder.set(folder, rules);
    }
    return rules;
  }

  /** Returns the folder of the nearest vite or vitest config, which Vite treats as the root for `/src/x` specifiers. */
  viteRootFor(importer: string): string | undefined {
    return this.viteScope(folderOf(importer))?.folder;
  }

  private viteScope(folder: string): RunnerScope<ViteAliasRule> | undefined {
    if (this.viteByFolder.has(folder)) return this.viteByFolder.get(folder);

    const configs = [firstTracked(this.index, folder, VITEST_CONFIGS), firstTracked(this.index, folder, VITE_CONFIGS)];
    let scope: RunnerScope<ViteAliasRule> | undefined;
    if (configs.some((path) => path !== undefined)) {
      const rules = configs.flatMap((path) => (path === undefined ? [] : this.readSource(path, readViteAliases)));
      scope = { folder, rules };
    } else if (folder !== '') {
      scope = this.viteScope(folderOf(folder));
    }
    this.viteByFolder.set(folder, scope);
    return scope;
  }

  private jestScope(folder: string): RunnerScope<JestMapperRule> | undefined {
    if (this.jestByFolder.has(folder)) return this.jestByFolder.get(folder);

    let scope: RunnerScope<JestMapperRule> | undefined;
    const configPath = firstTracked(this.index, folder, JEST_CONFIGS);
    const packageJest = configPath === undefined ? this.manifests.inFolder(folder)?.fields['jest'] : undefined;
    if (configPath?.endsWith('.json')) {
      const config = this.reader.readJson(configPath);
      scope = { folder, rules: config ? readJestJson(configPath, config, '', this.warnings) : [] };
    } else if (configPath !== undefined) {
      scope = { folder, rules: this.readSource(configPath, readJestSource) };
    } else if (packageJest !== undefined) {
      scope = { folder, rules: this.readPackageJest(folder, packageJest) };
    } else if (folder !== '') {
      scope = this.jestScope(folderOf(folder));
    }
    this.jestByFolder.set(folder, scope);
    return scope;
  }

  private readPackageJest(folder: string, field: unknown): JestMapperRule[] {
    const manifestPath = folder === '' ? 'package.json' : `${folder}/package.json`;
    if (typeof field !== 'object' || field === null || Array.isArray(field)) {
      this.warnings.add(`${manifestPath}: "jest" must be an object of jest options. Fix the field; until then it is ignored.`);
      return [];
    }
    return readJestJson(manifestPath, field as Record<string, unknown>, 'jest.', this.warnings);
  }

  private readSource<Rule>(path: string, read: (path: string, text: string, warnings: WarningLog) => Rule[]): Rule[] {
    const text = this.view.readText(path);
    return text === undefined ? [] : read(path, text, this.warnings);
  }
}

function firstTracked(index: FileIndex, folder: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const path = folder === '' ? name : `${folder}/${name}`;
    if (index.has(path)) return path;
  }
  return undefined;
}
