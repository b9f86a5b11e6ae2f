import { UserError } from '../../errors.js';
import { deepenUntilMergeBases } from '../../git/deepen.js';
import type { CommitLookup, LookupContext } from './commit-lookup.js';

/** A commit with the ref it was named by, which messages show. */
export interface NamedCommit {
  ref: string;
  sha: string;
}

export interface MergeBaseSearch extends LookupContext {
  /** Commits added by the first `--deepen` fetch; see `deepenUntilMergeBase`. */
  initialDeepen?: number;
  /** Commits that `--deepen` fetches may add before one `--unshallow` fetches the rest. */
  maxDeepen?: number;
}

/**
 * Finds the merge base of two commits, fetching more history step by step
 * while the clone is shallow. Each fetch adds a note. When no merge base can
 * be had (the fetch fails, there is no remote, or the histories are
 * unrelated), the result contains the reason and the fix.
 *
 * @param fetchCommits whether the deepening fetches name the two SHAs. A CI
 *   checkout fetched them by SHA, so they are the shallow boundaries to
 *   deepen and the remote has them. A local run leaves them out: the remote
 *   may lack local commits, and deepening the remote's branches reaches the
 *   clone's boundary.
 */
export async function findMergeBase(
  search: MergeBaseSearch,
  base: NamedCommit,
  head: NamedCommit,
  fetchCommits: boolean,
): Promise<CommitLookup> {
  const options = {
    remote: search.remote,
    log: (message: string) => search.notes.push(message),
    resolved: { baseSha: base.sha, headSha: head.sha },
    ...(fetchCommits ? { refspecs: [base.sha, head.sha] } : {}),
    ...(search.initialDeepen !== undefined ? { initialStep: search.initialDeepen } : {}),
    ...(search.maxDeepen !== undefined ? { maxDeepen: search.maxDeepen } : {}),
  };
  try {
    const all = await deepenUntilMergeBases(search.root, base.ref, head.ref, options);
    if (all.length > 1) return { found: false, reason: severalMergeBasesReason(base, head, all) };
    return { found: true, sha: all[0]! };
  } catch (error) {
    // The refs resolved before this call, so a UserError here means the history is missing.
    if (!(error instanceof UserError)) throw error;
    return { found: false, reason: error.message };
  }
}

/**
 * Explains a run of every test after criss-cross merges. With several merge
 * bases, a diff from any one of them can leave out a file that merging the
 * head into the base changes, so no single diff is the change.
 */
function severalMergeBasesReason(base: NamedCommit, head: NamedCommit, mergeBases: readonly string[]): string {
  const shown = mergeBases.map((sha) => sha.slice(0, 12)).join(', ');
  return (
    `${base.ref} and ${head.ref} have ${mergeBases.length} merge bases (${shown}), left by criss-cross merges, ` +
    'so a diff from one of them can miss files that the merge changes. Merge the base branch into the head branch to leave one merge base'
  );
}
