/**
 * Reads and writes a scan cache file. This is the only module of the graph
 * that touches the disk.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { CachedScan } from './scan-cache.js';
import { parseScanCache, serializeScanCache, type ParsedScanCache } from './scan-cache-format.js';
import { makeParentFolders } from '../../run/output-folder.js';

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
 * Writes `cache` to `path`, creating its folder. The text goes to a
 * temporary file in the same folder that is then renamed over `path`, so a
 * reader sees the old file or the new one, never a partial write. Errors
 * are thrown after the temporary file is removed.
 */
export function writeScanCacheFile(path: string, cache: ReadonlyMap<string, CachedScan>): void {
  makeParentFolders(path);
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, serializeScanCache(cache));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
