/**
 * Keys of the results that the resolved-graph cache keeps per pair of file
 * versions: equivalence verdicts and removed exports.
 */

/**
 * Returns the key of an equivalence verdict: the path, whose extension
 * decides how the versions are read, and the git blob SHAs of both
 * versions. Git has computed those already, so looking a verdict up hashes
 * no text and loads no hashing code. The tsconfig emit options that the
 * check also reads are fixed by the graph entry the verdict is stored in
 * (see `head-graph.ts`).
 */
export function verdictKey(path: string, baseBlob: string, headBlob: string): string {
  return `${path}\0${baseBlob}\0${headBlob}`;
}

/**
 * Returns the key of a removed-exports result: the path, whose extension
 * selects the syntax, the blob SHAs of both versions (`-` for a deleted
 * head) and the re-exported specifiers that the head lost.
 */
export function removedExportsKey(path: string, baseBlob: string, headBlob: string | null, lostModules: readonly string[] = []): string {
  return [path, baseBlob, headBlob ?? '-', ...[...lostModules].sort()].join('\0');
}
