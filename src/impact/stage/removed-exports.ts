/**
 * The exports that changed public modules lost, taken from the results of
 * earlier runs where both versions are the same. Reading the export lists
 * of large modules was the most costly step of a warm run's risk: about
 * 40 ms of CPU time for three modules of vitest-dev/vitest.
 */
import { removedExportsKey } from '../graph/graph-cache-key.js';
import { comparesExports, type ModuleVersions, type PublicModules, type RemovedExports } from '../risk/deleted-exports.js';

/** Blob SHAs of the versions in `ModuleVersions`, by path, as git lists them. */
export interface VersionBlobs {
  base: ReadonlyMap<string, string>;
  head: ReadonlyMap<string, string>;
}

/**
 * Returns `modules` with `removed` set on each one whose exports the risk
 * compares, from `memo` or computed and added to it. The key contains the path
 * (whose extension selects the syntax), the blob SHAs of both texts and the
 * lost specifiers, which describe everything `compareExports` reads. A module
 * whose blob SHAs are not known is compared and its result not kept. The
 * comparison's code loads only on a miss.
 */
export async function withRemovedExports(
  modules: readonly ModuleVersions[],
  publicModules: PublicModules,
  memo: Map<string, RemovedExports>,
  blobs: VersionBlobs,
): Promise<ModuleVersions[]> {
  let comparison: typeof import('../risk/export-comparison.js') | undefined;
  const results: ModuleVersions[] = [];
  for (const versions of modules) {
    if (!comparesExports(versions, publicModules)) {
      results.push(versions);
      continue;
    }
    const key = keyOf(versions, blobs);
    let removed = key === undefined ? undefined : memo.get(key);
    if (removed === undefined) {
      comparison ??= await import('../risk/export-comparison.js');
      removed = comparison.compareExports(versions);
      if (key !== undefined) memo.set(key, removed);
    }
    results.push({ ...versions, removed });
  }
  return results;
}

/** Returns the memo key of `versions`, or undefined when the blob SHA of one of its texts is not known. */
function keyOf(versions: ModuleVersions, blobs: VersionBlobs): string | undefined {
  const baseBlob = blobs.base.get(versions.path);
  const headBlob = versions.headText === null ? null : blobs.head.get(versions.path);
  if (baseBlob === undefined || headBlob === undefined) return undefined;
  return removedExportsKey(versions.path, baseBlob, headBlob, versions.lostModules);
}
