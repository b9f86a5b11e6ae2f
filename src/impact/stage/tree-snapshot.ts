/**
 * A `RepositoryView` of a commit that is not checked out, such as the merge
 * base. The view's `readText` is synchronous, so the files it may be asked
 * for are read up front, in one `git cat-file --batch` process. They are the
 * configs that the resolver and the test discovery read, the script files
 * that the scan cache does not already cover, and the files the caller names,
 * such as the changed lockfiles.
 */
import { listTreeEntries, readBlobs, type TreeEntry } from '../../git/tree-view.js';
import { folderOf, joinInRepository } from '../resolve/repo-path.js';
import { scanCacheKey, scanFlavorOf, type ScanCache } from '../graph/scan-cache.js';
import type { RepositoryView } from '../resolve/index.js';
import { UNREADABLE_LINK_KEY } from './working-tree.js';

/** File names that the resolver and the test discovery read: package, TypeScript, workspace and test-runner configs. */
const CONFIG_NAME = /(^|\/)(package\.json|pnpm-workspace\.yaml|[jt]sconfig[^/]*\.json|(vite|vitest|jest)\.config\.[cm]?[jt]s|jest\.config\.json|vitest\.workspace\.[cm]?[jt]s)$/;

export interface TreeSnapshot {
  view: RepositoryView;
  blobHashes: Map<string, string>;
}

export async function readTreeSnapshot(root: string, commit: string, cache: ScanCache | undefined, alsoRead: readonly string[] = []): Promise<TreeSnapshot> {
  const named = new Set(alsoRead);
  const listed = (await listTreeEntries(root, commit)).filter((entry) => !entry.submodule);
  const links = await followSymlinks(root, commit, listed);
  const entries = listed.map((entry) => (links.has(entry.path) ? { ...entry, blob: links.get(entry.path)!.blob } : entry));
  const blobHashes = new Map(entries.map((entry) => [entry.path, entry.blob]));
  const readPaths = entries.filter((entry) => named.has(entry.path) || CONFIG_NAME.test(entry.path) || needsScan(entry.path, entry.blob, cache)).map((entry) => entry.path);
  // A link is read as the file it points at; a link with no such file reads as absent.
  const sourceOf = (path: string): string | undefined => (links.has(path) ? links.get(path)!.target : path);
  const sources = readPaths.map(sourceOf).filter((path): path is string => path !== undefined);
  const contents = await readBlobs(root, commit, sources);
  const files = entries.map((entry) => entry.path).sort();
  return {
    blobHashes,
    view: {
      files,
      // NOTE: a file that is neither a config, an uncached script nor named by the caller reads as absent,
      // so an import of a JSON or asset file still resolves by name but its content is unknown.
      readText: (path) => {
        const source = sourceOf(path);
        return source === undefined ? undefined : contents.get(source)?.toString('utf8');
      },
    },
  };
}

/** What a symlink of the tree reads as: the tracked file it points at and that file's blob, or no file. */
interface FollowedLink {
  target: string | undefined;
  blob: string;
}

/**
 * Follows each symlink of the tree to the tracked file it points at, as the
 * working tree's disk view reads the target through the link, so that the
 * link's scan is keyed by that file's blob. A link to a link is followed on,
 * up to the same depth that Linux allows a path lookup. A link whose target
 * leaves the repository, is no file of the tree, or is part of a loop or a
 * longer chain reads as absent.
 */
async function followSymlinks(root: string, commit: string, entries: readonly TreeEntry[]): Promise<Map<string, FollowedLink>> {
  const followed = new Map<string, FollowedLink>();
  const links = entries.filter((entry) => entry.symlink);
  if (links.length === 0) return followed;
  const files = new Map(entries.filter((entry) => !entry.symlink).map((entry) => [entry.path, entry.blob]));
  const texts = await readBlobs(root, commit, links.map((link) => link.path));
  const nextHop = new Map<string, string | undefined>();
  for (const link of links) {
    const text = texts.get(link.path)?.toString('utf8');
    nextHop.set(link.path, text === undefined ? undefined : joinInRepository(folderOf(link.path), text));
  }
  for (const link of links) {
    const target = finalTarget(link.path, nextHop);
    const blob = target === undefined ? undefined : files.get(target);
    followed.set(link.path, blob === undefined ? { target: undefined, blob: UNREADABLE_LINK_KEY } : { target, blob });
  }
  return followed;
}

/** Linux's limit on links followed in one path lookup (MAXSYMLINKS in include/linux/namei.h). A longer chain fails there with ELOOP. */
const MAX_LINK_HOPS = 40;

/** Returns the path where the chain of links from `link` ends, or undefined for a loop, a chain too long, or a target outside the repository. */
function finalTarget(link: string, nextHop: ReadonlyMap<string, string | undefined>): string | undefined {
  let path: string | undefined = link;
  for (let hop = 0; hop < MAX_LINK_HOPS && path !== undefined; hop += 1) {
    if (!nextHop.has(path)) return path;
    path = nextHop.get(path);
  }
  return undefined;
}

function needsScan(path: string, blob: string, cache: ScanCache | undefined): boolean {
  const flavor = scanFlavorOf(path);
  if (flavor === undefined) return false;
  return !cache?.has(scanCacheKey(blob, flavor));
}
