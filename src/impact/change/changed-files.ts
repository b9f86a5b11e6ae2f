/**
 * The files that differ between two commits, or between a commit and the
 * working tree, read from `git diff` in one process per comparison.
 */
import { readIndexListing, workingTreeMatchesIndex, type IndexListing } from '../../git/index-listing.js';
import { runGitChecked } from '../../git/run-git.js';
import type { ChangedFile } from '../model.js';
import { parseDiffRecords } from './diff-records.js';
import { describeUntrackedFiles } from './untracked-files.js';

/**
 * Options that fix the output format and override settings that user or
 * repository configuration could change:
 * - `--no-renames` reports a rename as a deletion plus an addition, whatever `diff.renames` is set to.
 * - `--no-textconv` and `--no-ext-diff` keep configured drivers from running and from changing the counts.
 * - `--no-relative` keeps paths repository-relative under `diff.relative`.
 * - `--ignore-submodules=untracked` overrides an `ignore = all` that a pull
 *   request could put in .gitmodules to hide a submodule update. Untracked files
 *   inside a submodule's working tree still do not make it modified.
 * - `diff.autoRefreshIndex=true` makes a working tree diff compare content, so a
 *   file whose timestamp changed but whose content did not is not reported.
 */
const DIFF_OPTIONS: readonly string[] = [
  '-c',
  'diff.autoRefreshIndex=true',
  'diff',
  '--no-renames',
  '--raw',
  '--numstat',
  '-z',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--ignore-submodules=untracked',
];

/** Files that differ from `baseSha` to `headSha`, sorted by path. */
export async function diffCommits(root: string, baseSha: string, headSha: string): Promise<ChangedFile[]> {
  const output = await runGitChecked(root, [...DIFF_OPTIONS, '--end-of-options', baseSha, headSha]);
  return sortByPath(parseDiffRecords(output));
}

/** A working tree diff, and the listing of the index that it read first, which the caller may reuse. */
export interface WorkingTreeDiff {
  files: ChangedFile[];
  index: IndexListing;
}

/**
 * Files that differ from `baseSha` to the working tree, staged or not, plus
 * the untracked files that are not ignored, sorted by path.
 *
 * When every tracked file matches the index, the diff compares `baseSha`
 * with the index (`--cached`), which prints the same records without a
 * second stat of every tracked file.
 *
 * Git reads a file again on every listing while it cannot trust the
 * timestamps the index holds for it: after `touch` or a copy, and after a
 * checkout that wrote the file in the same second as the index. The diff of
 * the index writes nothing, and the working tree diff leaves the second case
 * as it is, so `readIndexListing` refreshes the index itself when its listing
 * took long enough to have read such files (see `index-refresh.ts`).
 */
export async function diffWorkingTree(root: string, baseSha: string): Promise<WorkingTreeDiff> {
  const index = await readIndexListing(root, { untracked: true });
  const against = workingTreeMatchesIndex(index) ? ['--cached'] : [];
  const output = await runGitChecked(root, [...DIFF_OPTIONS, ...against, '--end-of-options', baseSha]);
  const tracked = parseDiffRecords(output);
  const untracked = await describeUntrackedFiles(root, index.untracked);
  return { files: sortByPath(addUntracked(tracked, untracked)), index };
}

/**
 * Adds the untracked files to the diff. An untracked file whose path the diff
 * reports as deleted was removed from the index only (`git rm --cached`), so
 * it exists at both ends and counts as modified.
 */
function addUntracked(tracked: ChangedFile[], untracked: ChangedFile[]): ChangedFile[] {
  const byPath = new Map(tracked.map((file) => [file.path, file]));
  for (const file of untracked) {
    const listed = byPath.get(file.path);
    if (listed === undefined) {
      byPath.set(file.path, file);
    } else if (listed.status === 'deleted') {
      // NOTE: the counts are an upper bound: every old line deleted, every current line added.
      byPath.set(file.path, {
        path: file.path,
        status: 'modified',
        binary: file.binary || listed.binary,
        addedLines: file.addedLines,
        deletedLines: listed.deletedLines,
      });
    }
  }
  return [...byPath.values()];
}

/**
 * Sorts by UTF-16 code units, for a stable order. It can differ from git's
 * byte order for characters above U+FFFF and for paths that are not UTF-8.
 */
function sortByPath(files: ChangedFile[]): ChangedFile[] {
  return files.sort((left, right) => compareText(left.path, right.path));
}

function compareText(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}
