/**
 * Keeps the impact stage's scan cache in the GitHub Actions cache. Entries
 * are immutable, so each run saves under a key of its own and restores the
 * newest entry by key prefix. The scans are keyed by file content inside,
 * so an entry from any branch is safe to reuse.
 */
import { join } from 'node:path';
import * as cache from '@actions/cache';
import type { ScanCache } from '../impact/graph/index.js';
import { readScanCacheFile, writeScanCacheFile } from '../impact/graph/scan-cache-file.js';
import type { ScanCacheStore } from '../impact/stage/scan-cache-store.js';

/** Folder under the workspace where the cache file is restored to and saved from. */
export const SCAN_CACHE_FOLDER = '.testmaster/impact';
const KEY_PREFIX = 'testmaster-impact-scan-';

export function actionsScanCacheStore(workspace: string, runKey: string): ScanCacheStore {
  const folder = join(workspace, SCAN_CACHE_FOLDER);
  const file = join(folder, 'scan-cache.json');
  return {
    file,
    load: async () => {
      if (!cache.isFeatureAvailable()) return { cache: new Map(), note: 'The Actions cache is not available, so every file is scanned.' };
      try {
        await cache.restoreCache([folder], `${KEY_PREFIX}${runKey}`, [KEY_PREFIX]);
      } catch (error) {
        return { cache: new Map(), note: `Restoring the scan cache failed (${(error as Error).message}); every file is scanned.` };
      }
      return readScanCacheFile(file);
    },
    save: async (scans: ScanCache) => {
      if (!cache.isFeatureAvailable()) return undefined;
      try {
        writeScanCacheFile(file, scans);
        // @actions/cache 6.3 returns -1 instead of throwing when it did not save, and logs the cause.
        const cacheId = await cache.saveCache([folder], `${KEY_PREFIX}${runKey}`);
        return cacheId === -1 ? `Saving the scan cache failed (see the Actions cache message above); the next run scans every file.` : undefined;
      } catch (error) {
        return `Saving the scan cache failed (${(error as Error).message}); the next run scans every file.`;
      }
    },
  };
}
