/**
 * Keys of the resolved-graph cache. One SHA-256 pass over the head files
 * with their blob SHAs decides whether a stored graph still applies.
 */
import { createHash } from 'node:crypto';
import { GRAPH_CACHE_VERSION } from './graph-cache-format.js';

/**
 * Returns the key of a head graph: the cache version, the settings that
 * shape the graph and the test discovery (as canonical JSON from the
 * caller), and every file with its blob SHA, in view order. Paths and SHAs
 * cannot contain a NUL byte, so the separators make the encoding unambiguous.
 */
export function resolvedGraphKey(paths: readonly string[], blobs: readonly string[], settings: string): string {
  const hash = createHash('sha256');
  hash.update(`${GRAPH_CACHE_VERSION}\0${settings}\0`);
  for (let index = 0; index < paths.length; index++) hash.update(`${paths[index]}\0${blobs[index]}\0`);
  return hash.digest('hex');
}

/**
 * Returns the key of an equivalence verdict: the path, whose extension
 * decides how the versions are read, and the SHA-256 of both versions. The
 * tsconfig emit options that the check also reads are fixed by the graph
 * entry the verdict is stored in (see `head-graph.ts`).
 */
export function verdictKey(path: string, baseText: string, headText: string): string {
  return `${path}\0${digestOf(baseText)}\0${digestOf(headText)}`;
}

/**
 * Returns the key of a removed-exports result: the path, whose extension
 * selects the syntax, the SHA-256 of both versions (`-` for a deleted head)
 * and the re-exported specifiers that the head lost.
 */
export function removedExportsKey(path: string, baseText: string, headText: string | null, lostModules: readonly string[] = []): string {
  return [path, digestOf(baseText), headText === null ? '-' : digestOf(headText), ...[...lostModules].sort()].join('\0');
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
