/**
 * Storage of the scan cache between runs: a file for the CLI, the Actions
 * cache for the actions. Both return notes instead of throwing, because a
 * missing or broken cache only costs time.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ScanCache } from '../graph/index.js';

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

/**
 * Returns the CLI's store. The cache file's reader is imported on first use,
 * so that commands without impact analysis do not load the scanner it
 * depends on.
 */
export function fileScanCacheStore(path: string): ScanCacheStore {
  return {
    file: path,
    load: async () => (await import('../graph/scan-cache-file.js')).readScanCacheFile(path),
    save: async (cache) => {
      const { writeScanCacheFile } = await import('../graph/scan-cache-file.js');
      if (!isReplaceable(path)) {
        // Each later run finds the same file, so the note says that the cache stays off, and how to turn it back on.
        return `The scan cache is off: ${path} exists and is not a scan cache, so it is never overwritten, and every run scans every file again. Move that file away, or set impact.cache.path to a file of its own.`;
      }
      try {
        writeScanCacheFile(path, cache);
        return undefined;
      } catch (error) {
        return `The scan cache could not be written to ${path} (${(error as Error).message}); the next run scans every file again.`;
      }
    },
  };
}

/** Start of every file that `serializeScanCache` writes. */
const CACHE_FILE_START = '{"format":';

/**
 * Checks that writing the cache to `path` destroys nothing: the file is
 * absent, or is a scan cache already. The path comes from the config, which a
 * pull request can change, so it could name a source file or git's own files.
 */
function isReplaceable(path: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  try {
    const start = Buffer.alloc(CACHE_FILE_START.length);
    const length = readSync(descriptor, start, 0, start.length, 0);
    return start.toString('utf8', 0, length) === CACHE_FILE_START;
  } catch {
    return false;
  } finally {
    closeSync(descriptor);
  }
}
