/**
 * The exports that changed public modules lost, taken from the results of
 * earlier runs where both versions are the same. Reading the export lists
 * of large modules was the most costly step of a warm run's risk: about
 * 40 ms of CPU time for three modules of vitest-dev/vitest.
 */
import { removedExportsKey } from '../graph/graph-cache-key.js';
import { comparesExports, type ModuleVersions, type PublicModules, type RemovedExports } from '../risk/deleted-exports.js';

/**
 * Returns `modules` with `removed` set on each one whose exports the risk
 * compares, from `memo` or computed and added to it. The key contains the path
 * (whose extension selects the syntax), both texts and the lost specifiers,
 * which are everything `compareExports` reads. The comparison's code loads
 * only on a miss.
 */
export async function withRemovedExports(modules: readonly ModuleVersions[], publicModules: PublicModules, memo: Map<string, RemovedExports>): Promise<ModuleVersions[]> {
  let comparison: typeof import('../risk/export-comparison.js') | undefined;
  const results: ModuleVersions[] = [];
  for (const versions of modules) {
    if (!comparesExports(versions, publicModules)) {
      results.push(versions);
      continue;
    }
    const key = removedExportsKey(versions.path, versions.baseText, versions.headText, versions.lostModules);
    let removed = memo.get(key);
    if (removed === undefined) {
      comparison ??= await import('../risk/export-comparison.js');
      removed = comparison.compareExports(versions);
      memo.set(key, removed);
    }
    results.push({ ...versions, removed });
  }
  return results;
}
