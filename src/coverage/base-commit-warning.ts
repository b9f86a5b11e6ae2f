/**
 * The warning for a base summary of a commit other than the merge base. Such
 * a summary is still used, because a near commit is often the best base at
 * hand, but its deltas then measure more or less than the branch's change.
 */
import { isCommitSha } from '../git/commit-sha.js';
import { shortSha } from './gate/delta.js';

export interface BaseCommitCheck {
  /** Commit that the base summary measured, or a description for a base measured in this run. */
  summaryCommit: string;
  /** Merge base of the base and head refs, where the diff starts. */
  mergeBase: string;
  /** The refs as the user or the workflow named them. */
  base: string;
  head: string;
  /** Names the summary in the warning, such as `The base summary coverage/base.json`. */
  summaryName: string;
}

/** Returns the warning when the summary's commit is not the merge base, else null. */
export function baseCommitWarning(check: BaseCommitCheck): string | null {
  // A base report parsed in this run names no commit, so there is nothing to compare.
  if (!isCommitSha(check.summaryCommit)) return null;
  if (check.summaryCommit.toLowerCase() === check.mergeBase.toLowerCase()) return null;

  const summary = shortSha(check.summaryCommit);
  const mergeBase = shortSha(check.mergeBase);
  return (
    `${check.summaryName} is of commit ${summary}, not of ${mergeBase}, the merge base of ${check.base} and ${check.head}. ` +
    `The change from base therefore compares ${check.head} with ${summary}, not with the point where the branch left ${check.base}, ` +
    `so it can include changes of other commits or leave out some of this branch. ` +
    `To compare with the branch point, write the summary on ${mergeBase} (testmaster coverage --write-summary FILE).`
  );
}
