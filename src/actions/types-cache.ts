/**
 * Keeps the type checker's build information in the GitHub Actions cache.
 * Entries are immutable, so each run saves under a key of its own and
 * restores the newest entry by key prefix. TypeScript compares file hashes
 * before it trusts the build information, so an entry from another branch
 * only costs a recheck of what differs.
 */
import * as cache from '@actions/cache';
import type { TypesCacheStore } from '../validate/stage/types-cache-store.js';

const KEY_PREFIX = 'testmaster-types-';

export function actionsTypesCacheStore(folder: string, runKey: string): TypesCacheStore {
  return {
    folder,
    restore: async () => {
      if (!cache.isFeatureAvailable()) return undefined;
      try {
        await cache.restoreCache([folder], `${KEY_PREFIX}${runKey}`, [KEY_PREFIX]);
        return undefined;
      } catch (error) {
        return `Restoring the type-check cache failed (${(error as Error).message}); every file is checked.`;
      }
    },
    save: async () => {
      if (!cache.isFeatureAvailable()) return undefined;
      try {
        // @actions/cache 6.3 returns -1 instead of throwing when it did not save, and logs the cause.
        const cacheId = await cache.saveCache([folder], `${KEY_PREFIX}${runKey}`);
        return cacheId === -1 ? `Saving the type-check cache failed (see the Actions cache message above); the next run checks every file.` : undefined;
      } catch (error) {
        return `Saving the type-check cache failed (${(error as Error).message}); the next run checks every file.`;
      }
    },
  };
}
