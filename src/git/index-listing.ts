/**
 * The index, the working tree files that differ from it, and the untracked
 * files, read by one `git ls-files` process. A run on the working tree needs
 * all three, and each listing stats every tracked file or walks the folders,
 * so one process does what took two.
 */
import { decodeNulFields } from './git-path.js';
import { listingReadFiles, refreshIndexTimestamps } from './index-refresh.js';
import { runGitChecked } from './run-git.js';

export interface IndexEntry {
  path: string;
  mode: string;
  blob: string;
  /** Marked assume-unchanged or skip-worktree, so git's own status does not report changes to it. */
  unchecked: boolean;
}

/** The index, the tracked paths whose working tree file differs from it, and the untracked paths that are not ignored. */
export interface IndexListing {
  entries: IndexEntry[];
  /** `M` when modified, `D` when deleted, by path. An intent-to-add entry (`git add -N`) always counts as modified. */
  changes: Map<string, 'M' | 'D'>;
  /** Untracked paths that .gitignore, .git/info/exclude and core.excludesFile do not exclude; a nested repository ends with `/`. */
  untracked: string[];
  /** True when some path has a merge conflict, so the index has more than one stage for it. */
  unmerged: boolean;
}

/** File mode of a submodule entry. */
export const GITLINK_MODE = '160000';

/**
 * Reads the listing from `git ls-files -c -s -v -m -d -o --exclude-standard -z`
 * records, without `-o` and its untracked paths unless `options.untracked`
 * is set. An untracked file's record is `? <path>`. An index record is
 * `<tag> <mode> <sha> <stage>\t<path>`, followed for a modified file by one
 * with the tag `C` and for a deleted file by one with `R` (and `C`). `-v`
 * writes a tag in lower case for assume-unchanged, and `S` marks
 * skip-worktree. A path with a merge conflict has one record per stage, and
 * only its first is kept, because the working tree file replaces it anyway.
 *
 * `-m` reads a file whose timestamps changed but whose size did not, and
 * does not report it when its content matches the index. Such a file keeps
 * the index SHA, which is what hashing it would give. This replaced a
 * separate `git diff-files` process.
 */
export async function readIndexListing(root: string, options: { untracked: boolean }): Promise<IndexListing> {
  // Without -o, git does not walk the folders, which took about a fifth of the listing's CPU time on a generated repository of 10,000 files.
  const others = options.untracked ? ['-o', '--exclude-standard'] : [];
  // process.hrtime, because the first use of the global `performance` loads nine internal modules of Node.js.
  const started = process.hrtime.bigint();
  const output = await runGitChecked(root, ['ls-files', '-c', '-s', '-v', '-m', '-d', ...others, '-z', '--full-name']);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const listing = parseIndexListing(output);
  if (listingReadFiles(elapsedMs, listing.entries.length)) await refreshIndexTimestamps(root);
  return listing;
}

/** Parses the records of `readIndexListing`'s command. */
function parseIndexListing(output: Buffer): IndexListing {
  const listing: IndexListing = { entries: [], changes: new Map(), untracked: [], unmerged: false };
  let previousPath: string | undefined;
  // The fields before the tab are ASCII, so decoding the record with its path gives them unchanged.
  for (const record of decodeNulFields(output)) {
    if (record.startsWith('? ')) {
      listing.untracked.push(record.slice(2));
      continue;
    }
    const tab = record.indexOf('\t');
    const [tag, mode, blob, stage] = record.slice(0, Math.max(tab, 0)).split(' ');
    if (tab < 0 || !tag || !mode || !blob || !stage) throw new Error(`unexpected git ls-files -s -v -m -d -o record: ${JSON.stringify(record)}`);
    const path = record.slice(tab + 1);
    const change = changeOfTag(tag);
    if (change !== undefined) {
      if (listing.changes.get(path) !== 'D') listing.changes.set(path, change);
      continue;
    }
    if (stage !== '0') listing.unmerged = true;
    if (path === previousPath) continue;
    listing.entries.push({ path, mode, blob, unchecked: tag === 'S' || tag !== tag.toUpperCase() });
    previousPath = path;
  }
  return listing;
}

/**
 * Checks whether `git diff --cached` against a commit prints what the same
 * diff against the working tree would. That holds when every tracked file
 * matches the index: none is modified, deleted or intent-to-add, and none
 * has a merge conflict. Files whose changes git hides (assume-unchanged,
 * skip-worktree) do not count: the working tree diff takes their index
 * version, as `--cached` does, so a sparse checkout keeps the quicker diff.
 * Submodules are left to the working tree diff, which compares their
 * checked-out commit rather than the one the index records.
 */
export function workingTreeMatchesIndex(listing: IndexListing): boolean {
  if (listing.changes.size > 0 || listing.unmerged) return false;
  return !listing.entries.some((entry) => entry.mode === GITLINK_MODE);
}

/** Returns the change that a tag of `ls-files -m -d` marks, or undefined for the tag of an index record. */
function changeOfTag(tag: string): 'M' | 'D' | undefined {
  if (tag === 'C' || tag === 'c') return 'M';
  return tag === 'R' || tag === 'r' ? 'D' : undefined;
}
