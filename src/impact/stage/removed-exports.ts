/**
 * The exports that changed public modules lost, taken from the results of
 * earlier runs where both versions are the same. Reading the export lists
 * of large modules was the most costly step of a warm run's risk: about
 * 40 ms of CPU time for three modules of vitest-dev/vitest.
 */
import { removedExportsKey } from '../graph/graph-cache-key.js';
import { compareExports, comparesExports, type ModuleVersions, type PublicModules, type RemovedExports } from '../risk/deleted-exports.js';

/**
 * Returns `modules` with `removed` set on each one whose exports the risk
 * compares, from `memo` or computed and added to it. The key contains the path
 * (whose extension selects the syntax), both texts and the lost specifiers,
 * which are everything `compareExports` reads.
 */
export function withRemovedExports(modules: readonly ModuleVersions[], publicModules: PublicModules, memo: Map<string, RemovedExports>): ModuleVersions[] {
  return modules.map((versions) => {
    const { baseText } = versions;
    if (!comparesExports(versions, publicModules) || baseText === null) return versions;
    const key = removedExportsKey(versions.path, baseText, versions.headText, versions.lostModules);
    let removed = memo.get(key);
    if (removed === undefined) {
      removed = compareExports({ ...versions, baseText });
      memo.set(key, removed);
    }
    return { ...versions, removed };
  });
}
