/**
 * Keeps the impact stage's scan cache and resolved-graph cache in the
 * GitHub Actions cache, as two files of one folder saved as one entry.
 * Entries are immutable, so each run saves under a key of its own and
 * restores the newest entry by key prefix. The scans are keyed by file
 * content, and the resolved graph by the content of every head file, so an
 * entry from any branch is safe to reuse.
 */
import { join } from 'node:path';
import * as cache from '@actions/cache';
import type { ScanCache } from '../impact/graph/index.js';
import { readGraphCacheFile, writeGraphCacheFile } from '../impact/graph/graph-cache-file.js';
import { readScanCacheFile, writeScanCacheFile } from '../impact/graph/scan-cache-file.js';
import type { ScanCacheStore } from '../impact/stage/scan-cache-store.js';

/** Folder under the workspace where the cache files are restored to and saved from. */
export const SCAN_CACHE_FOLDER = '.testmaster/impact';
const KEY_PREFIX = 'testmaster-impact-scan-';

export function actionsScanCacheStore(workspace: string, runKey: string): ScanCacheStore {
  const folder = join(workspace, SCAN_CACHE_FOLDER);
  const file = join(folder, 'scan-cache.json');
  const graphFile = join(folder, 'graph-cache.json');
  // Both loads need the folder, which one download restores.
  let restored: Promise<string | undefined> | undefined;
  const restore = (): Promise<string | undefined> => (restored ??= restoreFolder(folder, runKey));
  return {
    files: [file, graphFile],
    load: async () => {
      const note = await restore();
      return note === undefined ? readScanCacheFile(file) : { cache: new Map(), note: `${note}, so every file is scanned.` };
    },
    loadGraph: async () => {
      const note = await restore();
      // The scan cache's load reports the same note, so it is not repeated here.
      return note === undefined ? readGraphCacheFile(graphFile) : {};
    },
    save: async (scans: ScanCache | null, graph) => {
      if (!cache.isFeatureAvailable()) return undefined;
      try {
        if (scans) writeScanCacheFile(file, scans);
        if (graph) writeGraphCacheFile(graphFile, graph);
        // @actions/cache 6.3 returns -1 instead of throwing when it did not save, and logs the cause.
        const cacheId = await cache.saveCache([folder], `${KEY_PREFIX}${runKey}`);
        return cacheId === -1 ? `Saving the scan cache failed (see the Actions cache message above); the next run scans every file.` : undefined;
      } catch (error) {
        return `Saving the scan cache failed (${(error as Error).message}); the next run scans every file.`;
      }
    },
  };
}

/** Restores the newest cache entry into `folder`; returns the reason when there is none to use. */
async function restoreFolder(folder: string, runKey: string): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) return 'The Actions cache is not available';
  try {
    await cache.restoreCache([folder], `${KEY_PREFIX}${runKey}`, [KEY_PREFIX]);
    return undefined;
  } catch (error) {
    return `Restoring the scan cache failed (${(error as Error).message})`;
  }
}
