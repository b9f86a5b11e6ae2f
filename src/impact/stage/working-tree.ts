/**
 * The head files of a run on the working tree, with the blob SHAs that key
 * the scan and graph caches. Each key must describe the text that the run
 * reads, so a symlink is keyed by its target's content, and a run that saves
 * the caches checks first that no file changed while it ran.
 */
import type { IndexListing } from '../../git/index-listing.js';
import { listIndexedFiles } from '../../git/tree-view.js';
import { hashWorkingTreeFiles } from '../../git/working-tree-hash.js';
import { sha1Hex } from '../../run/crypto-on-demand.js';
import type { ChangeScope } from '../model.js';
import { countOf, listNames } from '../risk/detail-text.js';
import { readDiskView } from '../resolve/disk-view.js';
import type { RepositoryView } from '../resolve/index.js';

/** A head tree as the graph reads it. */
export interface TreeInput {
  view: RepositoryView;
  blobHashes: Map<string, string>;
  /** Files marked assume-unchanged or skip-worktree whose content differs from the index; `git diff` leaves them out of the change. */
  hiddenChanges?: string[];
}

/**
 * Reads the tracked files of the working tree with their blob SHAs, plus the
 * untracked files a local change added, hashed as `git add` would hash them.
 * `index` is a listing that the change detection has just read, if any.
 */
export async function readWorkingTree(root: string, scope: ChangeScope, index?: IndexListing): Promise<TreeInput> {
  const indexed = await listIndexedFiles(root, index);
  const blobHashes = new Map(indexed.map((file) => [file.path, file.blob]));
  const files = new Set(blobHashes.keys());
  if (scope.mode === 'local') {
    const untracked = scope.files.filter((change) => change.status === 'added' && !files.has(change.path)).map((change) => change.path);
    for (const path of untracked) files.add(path);
    for (const [path, blob] of await hashWorkingTreeFiles(root, untracked)) blobHashes.set(path, blob);
  }
  for (const change of scope.files) if (change.status === 'deleted') files.delete(change.path);
  const view = readDiskView(root, [...files].sort());
  // The disk view reads a symlink's target, so its key must follow that text, not the link's own blob.
  for (const file of indexed) if (file.symlink && files.has(file.path)) blobHashes.set(file.path, linkKey(view, blobHashes, file.path));
  const hiddenChanges = indexed.filter((file) => file.hiddenChange && files.has(file.path)).map((file) => file.path);
  return { view, blobHashes, ...(hiddenChanges.length > 0 ? { hiddenChanges } : {}) };
}

/**
 * Adds the files whose changes git hides (marked assume-unchanged or
 * skip-worktree, then edited) to a local change as modified files, because
 * the run reads and tests their current text. Their line counts are unknown
 * and count as 0, and a note names them.
 */
export function withHiddenChanges(scope: ChangeScope, hidden: readonly string[] | undefined, notes: string[]): ChangeScope {
  const listed = new Set(scope.files.map((change) => change.path));
  const added = (hidden ?? []).filter((path) => !listed.has(path));
  if (added.length === 0) return scope;
  notes.push(
    `${countOf(added.length, 'file', 'files')} marked assume-unchanged or skip-worktree ${added.length === 1 ? 'differs' : 'differ'} from the index and ${added.length === 1 ? 'counts' : 'count'} as modified: ${listNames(added)}.`,
  );
  const files = [...scope.files, ...added.map((path) => ({ path, status: 'modified' as const, binary: false, addedLines: 0, deletedLines: 0 }))];
  return { ...scope, files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** Checks whether a working-tree file now has another blob SHA than when the run listed it. */
export async function changedDuringRun(root: string, scope: ChangeScope, listed: ReadonlyMap<string, string>): Promise<boolean> {
  const now = (await readWorkingTree(root, scope)).blobHashes;
  if (now.size !== listed.size) return true;
  for (const [path, blob] of now) if (listed.get(path) !== blob) return true;
  return false;
}

/**
 * Cache key of a link that reads as absent: the SHA-1 of the text
 * `testmaster: unreadable link target` (a test checks the value), 40 hex
 * digits like a blob SHA, because the graph cache stores the keys of a tree
 * side by side at one width. Commit snapshots key such a link the same way.
 */
export const UNREADABLE_LINK_KEY = 'b449207ba74391f0f2a4ca41d141ab0efea94826';

/**
 * Returns the key of the symlink at `path`: the blob SHA of the tracked file
 * it leads to, which the listing contains already, or else the SHA of the
 * text read through it. The listing's SHA is the one `git add` would store for
 * the file's current content, so it changes whenever that text does, and a
 * repository with links to its own files hashes nothing, which spares
 * loading node:crypto. A link's target, resolved to the end, is never a link
 * itself, so the keys already set for other links leave its entry as the
 * listing gave it.
 */
function linkKey(view: RepositoryView, blobHashes: ReadonlyMap<string, string>, path: string): string {
  const target = view.realPath?.(path);
  const blob = target === undefined ? undefined : blobHashes.get(target);
  return blob ?? contentKey(view.readText(path));
}

/**
 * Returns the git blob SHA of a text, as `git hash-object` gives it for the
 * same bytes, or a fixed key for a link whose target cannot be read. It keys
 * the caches for a tracked symlink by what the disk view reads through it.
 */
function contentKey(text: string | undefined): string {
  if (text === undefined) return UNREADABLE_LINK_KEY;
  const bytes = Buffer.from(text, 'utf8');
  return sha1Hex(`blob ${bytes.length}\0`, bytes);
}
