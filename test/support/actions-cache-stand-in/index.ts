/**
 * A local stand-in of the GitHub Actions cache service v2 for tests. Usage:
 *
 *   const cacheService = await startCacheStandIn();
 *   // give the step cacheService.environment(): ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN
 *   cacheService.inject({ operations: ['GetCacheEntryDownloadURL'], status: 500, times: 5 });
 *   ...
 *   await cacheService.close();
 *   expect(cacheService.rejections()).toEqual([]);
 */
export { startCacheStandIn, DEFAULT_CACHE_TOKEN } from './server.js';
export type { CacheStandIn, CacheFault, CacheOperation, RecordedCacheRequest } from './server.js';
export type { CacheEntry } from './state.js';
