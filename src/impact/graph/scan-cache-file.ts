/**
 * Reads and writes a scan cache file. This and `graph-cache-file.ts` are the
 * only modules of the graph that touch the disk.
 */
import { readFileSync } from 'node:fs';
import type { CachedScan } from './scan-cache.js';
import { parseScanCache, serializeScanCache, type ParsedScanCache } from './scan-cache-format.js';
import { writeFileAtomically } from '../../run/atomic-write.js';

/**
 * Reads the cache at `path`. A missing file gives an empty cache without a
 * note, as on a first run. An unreadable, corrupt or outdated file gives an
 * empty cache and a note with the reason.
 */
export function readScanCacheFile(path: string): ParsedScanCache {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: new Map() };
    const message = error instanceof Error ? error.message : String(error);
    return { cache: new Map(), note: `The scan cache ${path} could not be read (${message}); every file is scanned again.` };
  }
  const parsed = parseScanCache(text);
  return parsed.note === undefined ? parsed : { cache: parsed.cache, note: `${path}: ${parsed.note}` };
}

/**
 * Writes `cache` to `path`, creating its folder, through a temporary file
 * that is renamed over `path`, so a reader never sees a partial write.
 */
export function writeScanCacheFile(path: string, cache: ReadonlyMap<string, CachedScan>): void {
  writeFileAtomically(path, serializeScanCache(cache));
}
