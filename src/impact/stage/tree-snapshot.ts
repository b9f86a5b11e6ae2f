/**
 * A `RepositoryView` of a commit that is not checked out, such as the merge
 * base. The view's `readText` is synchronous, so the files it may be asked
 * for are read up front, in one `git cat-file --batch` process. They are the
 * configs that the resolver and the test discovery read, the script files
 * that the scan cache does not already cover, and the files the caller names,
 * such as the changed lockfiles.
 */
import { listTreeEntries, readBlobs } from '../../git/tree-view.js';
import { scanCacheKey, scanFlavorOf, type ScanCache } from '../graph/scan-cache.js';
import type { RepositoryView } from '../resolve/index.js';

/** File names that the resolver and the test discovery read: package, TypeScript, workspace and test-runner configs. */
const CONFIG_NAME = /(^|\/)(package\.json|pnpm-workspace\.yaml|[jt]sconfig[^/]*\.json|(vite|vitest|jest)\.config\.[cm]?[jt]s|jest\.config\.json|vitest\.workspace\.[cm]?[jt]s)$/;

export interface TreeSnapshot {
  view: RepositoryView;
  blobHashes: Map<string, string>;
}

export async function readTreeSnapshot(root: string, commit: string, cache: ScanCache | undefined, alsoRead: readonly string[] = []): Promise<TreeSnapshot> {
  const named = new Set(alsoRead);
  const entries = (await listTreeEntries(root, commit)).filter((entry) => !entry.submodule);
  const blobHashes = new Map(entries.map((entry) => [entry.path, entry.blob]));
  const readPaths = entries.filter((entry) => named.has(entry.path) || CONFIG_NAME.test(entry.path) || needsScan(entry.path, entry.blob, cache)).map((entry) => entry.path);
  const contents = await readBlobs(root, commit, readPaths);
  const files = entries.map((entry) => entry.path).sort();
  return {
    blobHashes,
    view: {
      files,
      // NOTE: a file that is neither a config, an uncached script nor named by the caller reads as absent,
      // so an import of a JSON or asset file still resolves by name but its content is unknown.
      readText: (path) => contents.get(path)?.toString('utf8'),
    },
  };
}

function needsScan(path: string, blob: string, cache: ScanCache | undefined): boolean {
  const flavor = scanFlavorOf(path);
  if (flavor === undefined) return false;
  return !cache?.has(scanCacheKey(blob, flavor));
}
