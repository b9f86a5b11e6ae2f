/**
 * Where the scan cache lives between runs: a file for the CLI, the Actions
 * cache for the actions. Both return notes instead of throwing, because a
 * missing or broken cache only costs time.
 */
import type { ScanCache } from '../graph/index.js';
import { readScanCacheFile, writeScanCacheFile } from '../graph/scan-cache-file.js';

export interface ScanCacheStore {
  /**
   * Absolute path of the file that keeps the cache between runs. When it lies
   * in the working tree, the stage leaves it out of the change, because a
   * local run would otherwise count the file that the previous run wrote.
   */
  readonly file?: string;
  /** The stored cache, empty when there is none, with a note when one was discarded. */
  load(): Promise<{ cache: ScanCache; note?: string }>;
  /** Stores the cache; returns a note when that failed. */
  save(cache: ScanCache): Promise<string | undefined>;
}

export function fileScanCacheStore(path: string): ScanCacheStore {
  return {
    file: path,
    load: async () => readScanCacheFile(path),
    save: async (cache) => {
      try {
        writeScanCacheFile(path, cache);
        return undefined;
      } catch (error) {
        return `The scan cache could not be written to ${path} (${(error as Error).message}); the next run scans every file again.`;
      }
    },
  };
}
