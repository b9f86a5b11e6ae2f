/**
 * Reads a commit's files without checking it out, and the tracked files of the
 * working tree with their blob SHAs. A blob SHA is the hash of a file's content,
 * so a cache of per-file results can key on it across commits. Paths are
 * repository-relative and decoded by `decodeGitPath`.
 */
import { UserError } from '../errors.js';
import { BATCH_FORMAT, batchInput, parseBatchOutput } from './cat-file-batch.js';
import { isCommitSha } from './commit-sha.js';
import { assertSafeRef, repositoryRoot } from './git.js';
import { decodeNulFields, encodeGitPath } from './git-path.js';
import { GITLINK_MODE, readIndexListing, type IndexListing } from './index-listing.js';
import { runGit, runGitChecked, runGitWithInputChecked } from './run-git.js';
import { hashWorkingTreeFiles } from './working-tree-hash.js';

/**
 * Lists every path in the tree of `revision` (a commit SHA or any ref),
 * whichever folder `cwd` is. Like `git ls-files`, the list contains symlinks
 * and the paths of submodules.
 */
export async function listTreeFiles(cwd: string, revision: string): Promise<string[]> {
  return (await listTreeEntries(cwd, revision)).map((entry) => entry.path);
}

export interface TreeEntry {
  path: string;
  /** Git blob SHA of the file's content; a submodule entry has its commit SHA here. */
  blob: string;
  /** True for a submodule, whose content is not a file of this repository. */
  submodule: boolean;
  /** Set for a symbolic link, whose blob holds the link's target path. */
  symlink?: true;
}

/** Lists the paths of `listTreeFiles` with their blob SHAs, from `<mode> <type> <sha>\t<path>` records. */
export async function listTreeEntries(cwd: string, revision: string): Promise<TreeEntry[]> {
  const tree = await resolveTree(cwd, revision);
  const output = await runGitChecked(cwd, ['ls-tree', '-r', '-z', '--full-tree', tree]);
  const entries: TreeEntry[] = [];
  // As in readIndex, the fields before the tab are ASCII.
  for (const record of decodeNulFields(output)) {
    const tab = record.indexOf('\t');
    const [mode, type, blob] = record.slice(0, Math.max(tab, 0)).split(' ');
    if (tab < 0 || !type || !blob) throw new Error(`unexpected git ls-tree record: ${JSON.stringify(record)}`);
    const path = record.slice(tab + 1);
    entries.push({ path, blob, submodule: type === 'commit', ...(mode === SYMLINK_MODE ? { symlink: true as const } : {}) });
  }
  return entries;
}

/**
 * Reads the content of `paths` in the tree of `revision`, through one
 * `git cat-file --batch` process for all of them. The map has an entry for
 * each path that names a blob (a file or a symlink, whose blob is the link
 * target). Paths that are missing, folders or submodules have no entry.
 * When `ids` is given, it receives the blob SHA of each path read.
 */
export async function readBlobs(cwd: string, revision: string, paths: readonly string[], ids?: Map<string, string>): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  // A path with a NUL byte cannot be in a git tree, and it would end the request early.
  const requested = [...new Set(paths)].filter((path) => !path.includes('\0'));
  if (requested.length === 0) return blobs;

  // A full SHA is checked by the same process that reads the blobs, with a first request for its tree, which saves one git process.
  const checkedInBatch = isCommitSha(revision);
  const prefix = checkedInBatch ? revision : await resolveTree(cwd, revision);
  const checks = checkedInBatch ? [Buffer.from(`${revision}^{tree}`, 'latin1')] : [];
  const requests = requested.map((path) => Buffer.concat([Buffer.from(`${prefix}:`, 'latin1'), encodeGitPath(path)]));
  const output = await runGitWithInputChecked(
    cwd,
    ['cat-file', `--batch=${BATCH_FORMAT}`, '-z', '--buffer'],
    batchInput([...checks, ...requests]),
  );

  const objects = parseBatchOutput(output, [...checks, ...requests]);
  if (checkedInBatch && objects[0]?.type !== 'tree') throw revisionNotFound(cwd, revision);
  objects.slice(checks.length).forEach((object, index) => {
    if (object?.type !== 'blob') return;
    blobs.set(requested[index]!, object.content);
    ids?.set(requested[index]!, object.id);
  });
  return blobs;
}

export interface IndexedFile {
  path: string;
  /** SHA of the blob that `git add` would store for the file as it is in the working tree now. */
  blob: string;
  /** Set for a symbolic link, whose blob holds the link's target path, not the content read through it. */
  symlink?: true;
  /** Set for a file marked assume-unchanged or skip-worktree whose content differs from the index, a change that `git diff` does not show. */
  hiddenChange?: true;
}

/** File mode of a symbolic link entry. */
const SYMLINK_MODE = '120000';

/**
 * Lists the tracked files that exist in the working tree, sorted as git sorts
 * them, with the blob SHA of their current content. Files that match the index
 * keep the index's SHA. Modified files, and files marked assume-unchanged or
 * skip-worktree (whose changes git does not report), are hashed with `git hash-object`,
 * which applies the same clean filters and line-ending rules as `git add`.
 * Files deleted from the working tree are left out. A submodule keeps the
 * commit SHA that the index records. A caller that has just read the
 * index with `readIndexListing` passes that listing, and the index is not
 * read again.
 */
export async function listIndexedFiles(cwd: string, listing?: IndexListing): Promise<IndexedFile[]> {
  const root = await repositoryRoot(cwd);
  const { entries, changes: changed } = listing ?? (await readIndexListing(root, { untracked: false }));

  // git does not compare files marked assume-unchanged or skip-worktree with the index, so they are hashed here.
  const toHash = entries.filter((entry) => (changed.has(entry.path) || entry.unchecked) && entry.mode !== GITLINK_MODE);
  const hashes = await hashWorkingTreeFiles(
    root,
    toHash.map((entry) => entry.path),
  );

  const files: IndexedFile[] = [];
  for (const entry of entries) {
    const status = changed.get(entry.path);
    const symlink = entry.mode === SYMLINK_MODE ? { symlink: true as const } : {};
    if ((status === undefined && !entry.unchecked) || entry.mode === GITLINK_MODE) {
      files.push({ path: entry.path, blob: entry.blob, ...symlink });
      continue;
    }
    const hash = status === 'D' ? undefined : hashes.get(entry.path);
    const hidden = entry.unchecked && hash !== undefined && hash !== entry.blob ? { hiddenChange: true as const } : {};
    if (hash !== undefined) files.push({ path: entry.path, blob: hash, ...symlink, ...hidden });
  }
  return files;
}

/** Full SHA of the tree of `revision`; a missing revision is a `UserError`. */
async function resolveTree(cwd: string, revision: string): Promise<string> {
  assertSafeRef(revision, 'revision');
  const result = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{tree}`]);
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode !== 0 || sha.length === 0) throw revisionNotFound(cwd, revision);
  return sha;
}

function revisionNotFound(cwd: string, revision: string): UserError {
  return new UserError(
    `The revision ${JSON.stringify(revision)} was not found in the repository at ${cwd}. ` +
      'Pass a commit SHA or ref that the clone contains, or fetch it first (git fetch origin REF)',
  );
}
