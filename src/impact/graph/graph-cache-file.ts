/** Reads and writes the resolved-graph cache file. */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../../run/atomic-write.js';
import { parseGraphCache, serializeGraphCache, type ParsedGraphCache, type ResolvedGraphEntry } from './graph-cache-format.js';

/**
 * Reads the entry at `path`. A missing file gives no entry and no note, as
 * on a first run. An unreadable, corrupt or outdated file gives no entry and
 * a note with the reason.
 */
export function readGraphCacheFile(path: string): ParsedGraphCache {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { note: `The resolved-graph cache ${path} could not be read (${(error as Error).message}); the graph is built again.` };
  }
  const parsed = parseGraphCache(text);
  return parsed.note === undefined ? parsed : { note: `${path}: ${parsed.note}` };
}

/** Writes `entry` to `path` through a temporary file, creating its folder. */
export function writeGraphCacheFile(path: string, entry: ResolvedGraphEntry): void {
  writeFileAtomically(path, serializeGraphCache(entry));
}
