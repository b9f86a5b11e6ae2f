/**
 * Loads tsconfig and jsconfig files with their `extends` chains. Options
 * merge as TypeScript merges them: each option of a later config replaces
 * the whole option of an earlier one, entries of an `extends` array apply in
 * order, and the extending config applies last. A path option stays relative
 * to the config that set it, except `${configDir}`, which is the folder of
 * the config being compiled.
 */
import { isJsonObject, type ConfigReader, type JsonObject } from '../config-reader.js';
import type { FileIndex } from '../file-index.js';
import { folderOf, joinInRepository } from '../repo-path.js';
import type { WarningLog } from '../warning-log.js';
import { resolveExtendsTarget, type ExtendsContext } from './extends-target.js';
import { resolveTemplate, type DeclaredPath, type TsconfigFile } from './tsconfig-file.js';

/** An option value as written, with the config file that set it. */
interface Declared<T> {
  value: T;
  declaredIn: string;
}

/** Options merged along the `extends` chain, not yet resolved against the compiled config. */
interface MergedOptions {
  baseUrl?: Declared<string>;
  paths?: Declared<Record<string, string[]>>;
  outDir?: Declared<string>;
  rootDir?: Declared<string>;
  files?: Declared<string[]>;
  include?: Declared<string[]>;
  exclude?: Declared<string[]>;
  jsx?: Declared<string>;
  jsxImportSource?: Declared<string>;
  emitDecoratorMetadata?: Declared<boolean>;
  verbatimModuleSyntax?: Declared<boolean>;
  preserveValueImports?: Declared<boolean>;
}

/** Options of the automatic JSX runtime, which are plain strings rather than paths. */
const JSX_OPTIONS = ['jsx', 'jsxImportSource'] as const;

/** Options that decide what type erasure keeps at run time. */
const EMIT_OPTIONS = ['emitDecoratorMetadata', 'verbatimModuleSyntax', 'preserveValueImports'] as const;

const PATH_OPTIONS = ['baseUrl', 'outDir', 'rootDir'] as const;
const SELECTION_OPTIONS = ['files', 'include', 'exclude'] as const;

export class TsconfigLoader {
  private readonly merged = new Map<string, MergedOptions>();
  private readonly loaded = new Map<string, TsconfigFile | undefined>();

  constructor(
    private readonly index: FileIndex,
    private readonly reader: ConfigReader,
    private readonly warnings: WarningLog,
    private readonly extendsContext: ExtendsContext,
  ) {}

  /**
   * Loads the config at `path` with its `extends` chain applied. Returns
   * undefined when the file is not tracked. An invalid file loads with no options, so that
   * it still counts as the nearest config of its folder.
   */
  load(path: string): TsconfigFile | undefined {
    if (this.loaded.has(path)) return this.loaded.get(path);
    const config = this.index.has(path) ? this.finish(path) : undefined;
    this.loaded.set(path, config);
    return config;
  }

  private finish(path: string): TsconfigFile {
    const folder = folderOf(path);
    const options = this.mergeChain(path, []);
    const resolvePath = (declared: Declared<string> | undefined): DeclaredPath | undefined =>
      declared && this.resolveDeclaredPath(declared, folder);

    const baseUrl = resolvePath(options.baseUrl);
    const config: TsconfigFile = {
      path,
      folder,
      selection: {},
      references: this.readReferences(path),
    };
    if (baseUrl) config.baseUrl = baseUrl;
    const outDir = resolvePath(options.outDir);
    if (outDir) config.outDir = outDir;
    const rootDir = resolvePath(options.rootDir);
    if (rootDir) config.rootDir = rootDir;

    if (options.paths) {
      config.paths = {
        patterns: options.paths.value,
        base: baseUrl?.path ?? folderOf(options.paths.declaredIn),
        configDir: folder,
        declaredIn: options.paths.declaredIn,
      };
    }
    if (options.jsxImportSource && (options.jsx?.value === 'react-jsx' || options.jsx?.value === 'react-jsxdev')) {
      config.jsxRuntime = `${options.jsxImportSource.value}/jsx-runtime`;
    }
    config.emit = {
      emitDecoratorMetadata: options.emitDecoratorMetadata?.value === true,
      keepValueImports: options.verbatimModuleSyntax?.value === true || options.preserveValueImports?.value === true,
    };
    for (const key of SELECTION_OPTIONS) {
      const declared = options[key];
      if (!declared) continue;
      config.selection[key] = declared.value
        .map((pattern) => resolveTemplate(pattern, folderOf(declared.declaredIn), folder))
        .filter((pattern): pattern is string => pattern !== undefined);
    }
    return config;
  }

  private resolveDeclaredPath(declared: Declared<string>, configDir: string): DeclaredPath | undefined {
    const path = resolveTemplate(declared.value, folderOf(declared.declaredIn), configDir);
    return path === undefined ? undefined : { path, written: declared.value, declaredIn: declared.declaredIn };
  }

  /** Merges the options of `path` over those of the configs it extends; `visiting` detects cycles. */
  private mergeChain(path: string, visiting: readonly string[]): MergedOptions {
    const cached = this.merged.get(path);
    if (cached) return cached;

    const raw = this.reader.readJsonc(path) ?? {};
    let options: MergedOptions = {};
    for (const target of this.extendsEntries(path, raw)) {
      const resolved = resolveExtendsTarget(path, target, this.extendsContext);
      if (resolved.kind === 'missing') {
        this.warnings.add(resolved.message);
        continue;
      }
      if (visiting.includes(resolved.path) || resolved.path === path) {
        this.warnings.add(
          `${path}: extends "${target}" leads back to ${resolved.path}, a loop. Remove one of the extends entries.`,
        );
        continue;
      }
      options = { ...options, ...this.mergeChain(resolved.path, [...visiting, path]) };
    }

    options = { ...options, ...this.ownOptions(path, raw) };
    this.merged.set(path, options);
    return options;
  }

  private extendsEntries(path: string, raw: JsonObject): string[] {
    const field = raw['extends'];
    if (field === undefined) return [];
    if (typeof field === 'string') return [field];
    if (Array.isArray(field) && field.every((entry) => typeof entry === 'string')) return field;
    this.warnings.add(`${path}: "extends" must be a string or an array of strings. Fix the value; until then it is ignored.`);
    return [];
  }

  /** Reads the options this file sets itself, warning about values of the wrong type. */
  private ownOptions(path: string, raw: JsonObject): MergedOptions {
    const own: MergedOptions = {};
    const compilerOptions = raw['compilerOptions'];
    const compiler = isJsonObject(compilerOptions) ? compilerOptions : {};

    for (const key of [...PATH_OPTIONS, ...JSX_OPTIONS]) {
      const value = compiler[key];
      if (typeof value === 'string') own[key] = { value, declaredIn: path };
      else if (value !== undefined) this.warnWrongType(path, `compilerOptions.${key}`, 'a string');
    }

    for (const key of EMIT_OPTIONS) {
      const value = compiler[key];
      if (typeof value === 'boolean') own[key] = { value, declaredIn: path };
      else if (value !== undefined) this.warnWrongType(path, `compilerOptions.${key}`, 'true or false');
    }

    const paths = compiler['paths'];
    if (isPathsMap(paths)) own.paths = { value: paths, declaredIn: path };
    else if (paths !== undefined) {
      this.warnWrongType(path, 'compilerOptions.paths', 'an object whose values are arrays of strings');
    }

    for (const key of SELECTION_OPTIONS) {
      const value = raw[key];
      if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
        own[key] = { value, declaredIn: path };
      } else if (value !== undefined) {
        this.warnWrongType(path, key, 'an array of strings');
      }
    }
    return own;
  }

  private readReferences(path: string): string[] {
    const field = this.reader.readJsonc(path)?.['references'];
    if (field === undefined) return [];
    if (!Array.isArray(field)) {
      this.warnWrongType(path, 'references', 'an array of { "path": … } objects');
      return [];
    }

    const references: string[] = [];
    for (const entry of field) {
      const written = isJsonObject(entry) ? entry['path'] : undefined;
      if (typeof written !== 'string') {
        this.warnWrongType(path, 'references', 'an array of { "path": … } objects');
        continue;
      }
      const target = this.referenceTarget(path, written);
      if (target) references.push(target);
    }
    return references;
  }

  /** Finds the config that a reference names: a config file, or a folder that contains tsconfig.json. */
  private referenceTarget(path: string, written: string): string | undefined {
    const joined = joinInRepository(folderOf(path), written);
    if (joined !== undefined && joined.endsWith('.json') && this.index.has(joined)) return joined;
    const inFolder = joined === undefined ? undefined : joinInRepository(joined, 'tsconfig.json');
    if (inFolder !== undefined && this.index.has(inFolder)) return inFolder;

    this.warnings.add(
      `${path}: references entry "${written}" matches no tracked tsconfig file. Fix the path; until then files of that project use ${path}.`,
    );
    return undefined;
  }

  private warnWrongType(path: string, key: string, expected: string): void {
    this.warnings.add(`${path}: "${key}" must be ${expected}. Fix the value; until then it is ignored.`);
  }
}

function isPathsMap(value: unknown): value is Record<string, string[]> {
  if (!isJsonObject(value)) return false;
  return Object.values(value).every(
    (substitutions) => Array.isArray(substitutions) && substitutions.every((entry) => typeof entry === 'string'),
  );
}
