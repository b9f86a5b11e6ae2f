/**
 * Deleted exports: names that a public module exported at the base of the
 * change and no longer exports at its head. Importers outside the package
 * that use such a name break, often in repositories this one cannot test.
 */

import type { RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, listNames, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';

/**
 * Deleted exports at which the score is 0.63. It is low because removing a
 * public name is a breaking change: one name scores 0.39, two 0.63 and five
 * 0.92.
 */
export const DELETED_EXPORTS_SCALE = 2;

/** Script extensions whose exports are compared: TypeScript and JavaScript, declaration files included. */
const SCRIPT_MODULE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Both versions of a changed module. */
export interface ModuleVersions {
  /** Repository-relative path at the head, or at the base for a deleted module. */
  path: string;
  /** Text at the base of the change, or null when the module was added. */
  baseText: string | null;
  /** Text at the head of the change, or null when the module was deleted. */
  headText: string | null;
  /**
   * Specifiers that the head text re-exports from modules the change
   * deleted. Those names are lost at the head although the text still
   * lists them, as when a package entry re-exports a deleted file.
   */
  lostModules?: readonly string[];
  /**
   * The result of `compareExports` (export-comparison.ts) for these
   * versions. `findDeletedExports` requires it on every module it compares,
   * so that the risk factor does not load the syntax reader itself.
   */
  removed?: RemovedExports;
}

/** Exported names and `export * from` specifiers of the base that the head no longer has, sorted. */
export interface RemovedExports {
  names: string[];
  wildcards: string[];
}

/**
 * Modules whose exports other packages may use. Both sets contain
 * repository-relative paths. For a deleted or moved module the caller takes
 * them from the base graph, because the head graph no longer contains it.
 */
export interface PublicModules {
  /** Entry points of workspace packages (`main`, `module`, `exports` targets). */
  entryPoints: ReadonlySet<string>;
  /** Modules that a file of another package imports. */
  importedFromOutside: ReadonlySet<string>;
}

export interface DeletedExports {
  path: string;
  /** Exported names of the base that the head does not export, sorted. */
  names: string[];
  /** `export * from` specifiers of the base that the head no longer has, sorted. */
  wildcards: string[];
}

/** Checks whether the path is a public module by either rule of `PublicModules`. */
export function isPublicModule(path: string, publicModules: PublicModules): boolean {
  return publicModules.entryPoints.has(path) || publicModules.importedFromOutside.has(path);
}

/**
 * Collects the exports that each public TypeScript or JavaScript module lost
 * between base and head, from `removed`. A deleted module loses every export
 * and an added one loses none. Only modules that lost something are
 * returned. Throws when a module that `comparesExports` accepts has no
 * `removed`, which `withComparedExports` or `compareExports` sets.
 */
export function findDeletedExports(modules: readonly ModuleVersions[], publicModules: PublicModules): DeletedExports[] {
  const results: DeletedExports[] = [];
  for (const versions of modules) {
    if (!comparesExports(versions, publicModules)) continue;
    if (versions.removed === undefined) {
      throw new Error(`The exports of ${versions.path} were not compared: set removed with compareExports from export-comparison.ts first.`);
    }
    const { names, wildcards } = versions.removed;
    if (names.length > 0 || wildcards.length > 0) results.push({ path: versions.path, names: [...names], wildcards: [...wildcards] });
  }
  return results;
}

/** Checks whether `findDeletedExports` compares the exports of these versions: a public script module that existed at the base. */
export function comparesExports(versions: ModuleVersions, publicModules: PublicModules): versions is ModuleVersions & { baseText: string } {
  return SCRIPT_MODULE.test(versions.path) && isPublicModule(versions.path, publicModules) && versions.baseText !== null;
}

/**
 * Measures the deleted names of public modules. A removed `export * from`
 * counts as one, because the names behind it are not expanded.
 */
export function deletedExportsFactor(modules: readonly ModuleVersions[], publicModules: PublicModules, weight: number): RiskFactor {
  const deleted = findDeletedExports(modules, publicModules);
  const count = deleted.reduce((sum, entry) => sum + removedCount(entry), 0);
  return weighFactor(
    {
      id: 'deletedExports',
      value: count,
      unit: count === 1 ? 'export' : 'exports',
      score: saturatingScore(count, DELETED_EXPORTS_SCALE),
      detail: describe(deleted, count),
    },
    weight,
  );
}

function removedCount(entry: DeletedExports): number {
  return entry.names.length + entry.wildcards.length;
}

function describe(deleted: readonly DeletedExports[], count: number): string {
  // The module that lost the most comes first, and ties keep the input order.
  const top = [...deleted].sort((a, b) => removedCount(b) - removedCount(a))[0];
  if (top === undefined) return 'No public module lost an export.';

  const parts: string[] = [];
  if (top.names.length > 0) parts.push(`no longer exports ${listNames(top.names)}`);
  if (top.wildcards.length > 0) parts.push(`no longer re-exports everything from ${listNames(top.wildcards)}`);
  const total = `${countOf(count, 'export', 'exports')} of public modules ${count === 1 ? 'was' : 'were'} deleted`;
  return `${total}; ${quoteName(top.path)} ${parts.join(' and ')}.`;
}
