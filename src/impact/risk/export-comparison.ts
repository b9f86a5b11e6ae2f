/**
 * The comparison of a module's export lists between base and head. It reads
 * both texts with the impact syntax reader, so callers load this module only
 * when a comparison is not cached: the reader and its lexer are about 90 kB
 * of bundled code, which a warm run need not load.
 */

import { comparesExports, type ModuleVersions, type PublicModules, type RemovedExports } from './deleted-exports.js';
import { listExportedNames } from './exported-names.js';

/** Returns the exports of the base text that the head text no longer has. The result depends only on the path's extension, both texts and `lostModules`. */
export function compareExports(versions: ModuleVersions & { baseText: string }): RemovedExports {
  const base = listExportedNames(versions.path, versions.baseText);
  const head = versions.headText === null ? { names: [], wildcards: [] } : listExportedNames(versions.path, versions.headText, new Set(versions.lostModules));
  return {
    names: base.names.filter((name) => !head.names.includes(name)),
    wildcards: base.wildcards.filter((specifier) => !head.wildcards.includes(specifier)),
  };
}

/** Returns `modules` with `removed` set on each module whose exports `findDeletedExports` compares and that has none yet. */
export function withComparedExports(modules: readonly ModuleVersions[], publicModules: PublicModules): ModuleVersions[] {
  return modules.map((versions) => (versions.removed === undefined && comparesExports(versions, publicModules) ? { ...versions, removed: compareExports(versions) } : versions));
}
