/**
 * Storage of the scan cache and the resolved-graph cache between runs: two
 * files in one folder for the CLI, one entry of the Actions cache for the
 * actions. Both return notes instead of throwing, because a missing or
 * broken cache only costs time.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ParsedGraphCache, ResolvedGraphEntry } from '../graph/graph-cache-format.js';
import type { ScanCache } from '../graph/index.js';

export interface ScanCacheStore {
  /**
   * Absolute paths of the files that keep the caches between runs. When
   * they lie in the working tree, the stage leaves them out of the change,
   * because a local run would otherwise count the files that the previous
   * run wrote.
   */
  readonly files?: readonly string[];
  /** The stored scans, empty when there are none, with a note when they were discarded. */
  load(): Promise<{ cache: ScanCache; note?: string }>;
  /** The stored resolved graph, absent when there is none, with a note when it was discarded. */
  loadGraph(): Promise<ParsedGraphCache>;
  /**
   * Stores the scans, unless `cache` is null, and the resolved graph when
   * given; a file that is not given keeps its content. Returns a note when
   * that failed.
   */
  save(cache: ScanCache | null, graph?: ResolvedGraphEntry): Promise<string | undefined>;
}

/**
 * Returns the path of the resolved-graph cache that goes with the scan cache
 * at `scanPath`: `x.json` gives `x.graph.json` for runs on the working tree,
 * and `x.commit.graph.json` for runs on a commit (`--head`, `check`). Each
 * kind of run keeps its own graph, so alternating them reuses both.
 */
export function graphCachePath(scanPath: string, headSource: HeadSource = 'working-tree'): string {
  const stem = scanPath.replace(/\.json$/, '');
  return headSource === 'commit' ? `${stem}.commit.graph.json` : `${stem}.graph.json`;
}

/** Where a run reads the head files from, as the impact stage names it. */
type HeadSource = 'working-tree' | 'commit';

/**
 * Returns the CLI's store. The cache files' readers are imported on first
 * use, so that commands without impact analysis do not load them, and a run
 * that reuses the resolved graph does not load the scan cache's.
 */
export function fileScanCacheStore(path: string, headSource: HeadSource = 'working-tree'): ScanCacheStore {
  const graphPath = graphCachePath(path, headSource);
  return {
    // Both graph files are listed, so that neither counts as a change of a local run.
    files: [path, graphCachePath(path, 'working-tree'), graphCachePath(path, 'commit')],
    load: async () => (await import('../graph/scan-cache-file.js')).readScanCacheFile(path),
    loadGraph: async () => (await import('../graph/graph-cache-file.js')).readGraphCacheFile(graphPath),
    save: async (cache, graph) => {
      if (cache) {
        const { writeScanCacheFile } = await import('../graph/scan-cache-file.js');
        const note = writeUnlessForeign(path, 'scan cache', () => writeScanCacheFile(path, cache));
        if (note) return note;
      }
      if (graph) {
        const { writeGraphCacheFile } = await import('../graph/graph-cache-file.js');
        return writeUnlessForeign(graphPath, 'resolved-graph cache', () => writeGraphCacheFile(graphPath, graph));
      }
      return undefined;
    },
  };
}

function writeUnlessForeign(path: string, what: string, write: () => void): string | undefined {
  if (!isReplaceable(path)) {
    // Each later run finds the same file, so the note says that the cache stays off, and how to turn it back on.
    return `The ${what} is off: ${path} exists and is not a ${what}, so it is never overwritten, and every run builds it again. Move that file away, or set impact.cache.path to a file of its own.`;
  }
  try {
    write();
    return undefined;
  } catch (error) {
    return `The ${what} could not be written to ${path} (${(error as Error).message}); the next run builds it again.`;
  }
}

/** Start of every file that `serializeScanCache` and `serializeGraphCache` write. */
const CACHE_FILE_START = '{"format":';

/**
 * Checks that writing a cache to `path` destroys nothing: the file is
 * absent, or is a cache already. The path comes from the config, which a
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
    // An empty file, as a full disk or a killed copy leaves it, holds nothing to destroy.
    return length === 0 || start.toString('utf8', 0, length) === CACHE_FILE_START;
  } catch {
    return false;
  } finally {
    closeSync(descriptor);
  }
}
