/** The options of one tsconfig.json that the resolver uses, after `extends`. */
import type { EmitOptions } from '../../model.js';
import { joinInRepository } from '../repo-path.js';

/** A path option resolved to a repository path, with the config file that set it. */
export interface DeclaredPath {
  /** Repository path (a folder for `baseUrl`, `outDir`, `rootDir`). */
  path: string;
  /** The option as written, for `via` texts and messages. */
  written: string;
  /** Repository path of the config file that set the option. */
  declaredIn: string;
}

/** `compilerOptions.paths` with what its substitutions are relative to. */
export interface PathsOption {
  patterns: Readonly<Record<string, readonly string[]>>;
  /** Folder that substitutions are relative to: `baseUrl` when set, else the folder of `declaredIn`. */
  base: string;
  /** Folder of the config that TypeScript compiles with, which `${configDir}` expands to. */
  configDir: string;
  declaredIn: string;
}

/** File selection of a config: `files`, `include` and `exclude` as repository-relative globs. */
export interface FileSelection {
  files?: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
}

export interface TsconfigFile {
  path: string;
  folder: string;
  baseUrl?: DeclaredPath;
  paths?: PathsOption;
  outDir?: DeclaredPath;
  rootDir?: DeclaredPath;
  selection: FileSelection;
  /** Repository paths of the config files in `references`; TypeScript does not inherit these through `extends`. */
  references: readonly string[];
  /**
   * Module that every JSX file imports for its elements under the automatic
   * runtime: `jsxImportSource` plus `/jsx-runtime`, set only when `jsx` is
   * `react-jsx` or `react-jsxdev` and a source other than the default is named.
   */
  jsxRuntime?: string;
  /** The options that decide what type erasure keeps at run time; `runtime-equivalence.ts` reads them. */
  emit?: EmitOptions;
}

/** Template that TypeScript 5.5 and later replaces with the folder of the config being compiled. */
export const CONFIG_DIR_TEMPLATE = '${configDir}';

/**
 * Resolves a path option written in the config at `declaredFolder`. A value
 * starting with `${configDir}` is relative to `configDir`, the folder of the
 * config being compiled. Returns undefined for a path outside the repository.
 */
export function resolveTemplate(value: string, declaredFolder: string, configDir: string): string | undefined {
  if (value.startsWith(CONFIG_DIR_TEMPLATE)) {
    const rest = value.slice(CONFIG_DIR_TEMPLATE.length).replace(/^\/+/, '');
    return joinInRepository(configDir, rest === '' ? '.' : rest);
  }
  return joinInRepository(declaredFolder, value);
}
