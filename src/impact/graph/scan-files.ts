/**
 * Scans the files of a graph build, reusing cached scans of contents that
 * were scanned before.
 */
import type { RepositoryView } from '../resolve/index.js';
import { scanModuleReferences, type ModuleReference } from '../scan/index.js';
import { scanCacheKey, scanFlavorOf, withoutPath, withPath, type CachedScan, type ScanCache } from './scan-cache.js';

export interface FileScan {
  path: string;
  references: readonly ModuleReference[];
  /** The scanner's errors, each starting with `path`. */
  errors: string[];
}

export interface ScanRun {
  scans: FileScan[];
  /** The entries of every file with a blob SHA in this run: the reused ones and the new ones. */
  cache: ScanCache;
  /** Files read and scanned in this run. */
  scanned: number;
  /** Files whose scan came from the cache. */
  reused: number;
  /** Files listed in the view whose text could not be read. They have no references. */
  unreadable: string[];
}

/**
 * Scans every TypeScript, JavaScript, `.vue` and `.svelte` file of `view`.
 * A file with an entry in `blobHashes` whose key is in `cache` is not read.
 * The returned cache contains only this run's files, so entries of contents
 * that left the repository are dropped. A caller that builds two graphs and
 * wants to keep both sets of entries merges the two caches.
 *
 * `blobHashes` must describe the text that `view.readText` returns. A work
 * tree edit that is not staged makes the two differ, and then the stale
 * scan is reused.
 */
export function scanRepositoryFiles(
  view: RepositoryView,
  blobHashes: ReadonlyMap<string, string> | undefined,
  cache: ReadonlyMap<string, CachedScan> | undefined,
): ScanRun {
  const run: ScanRun = { scans: [], cache: new Map(), scanned: 0, reused: 0, unreadable: [] };
  for (const path of view.files) {
    const flavor = scanFlavorOf(path);
    if (flavor === undefined) continue;

    const blobSha = blobHashes?.get(path);
    const key = blobSha === undefined ? undefined : scanCacheKey(blobSha, flavor);
    const cached = key === undefined ? undefined : cache?.get(key);
    if (key !== undefined && cached) {
      run.reused++;
      run.cache.set(key, cached);
      run.scans.push({ path, references: cached.references, errors: withPath(path, cached.errors) });
      continue;
    }

    const text = view.readText(path);
    if (text === undefined) {
      run.unreadable.push(path);
      continue;
    }
    const result = scanModuleReferences(path, text);
    run.scanned++;
    if (key !== undefined) run.cache.set(key, { references: result.references, errors: withoutPath(path, result.errors) });
    run.scans.push({ path, references: result.references, errors: result.errors });
  }
  return run;
}
