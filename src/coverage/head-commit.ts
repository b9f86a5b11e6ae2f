/**
 * The check that a named head ref is the checked-out commit.
 *
 * Report paths are matched against the files of the working tree, not of the
 * head commit, and so are the parts that read files: go.mod files for Go
 * import paths and the sources of the HTML report. Matching paths against
 * `git ls-tree` of another commit would fix only the file list, and the
 * report would mix two trees. A report is also made by running the tests of
 * a checkout, so the sound request is to check that commit out, which this
 * check names as the fix.
 */
import { UserError } from '../errors.js';
import { resolveCommit } from '../git/git.js';
import { shortSha } from './gate/delta.js';

/**
 * Checks that `head` resolves to the commit that HEAD names; `flag` is how the
 * user named it, such as `--head`. A head of another commit is rejected before
 * any report is read, because the totals would come from the wrong files. A
 * head that does not resolve is returned as a problem instead: the reports
 * still give correct totals for the checked-out files, and only the parts
 * that need the head commit (the diff and the base) are lost.
 */
export async function checkHeadIsCheckedOut(root: string, head: string, flag: string): Promise<UserError | null> {
  let headSha: string;
  try {
    headSha = await resolveCommit(root, head);
  } catch (error) {
    if (error instanceof UserError) return new UserError(`${flag} ${JSON.stringify(head)}: ${error.message}`);
    throw error;
  }
  const checkedOut = await resolveCommit(root, 'HEAD');
  if (headSha === checkedOut) return null;
  throw new UserError(
    `${flag} ${JSON.stringify(head)} is commit ${shortSha(headSha)}, but the checked-out commit is ${shortSha(checkedOut)}. ` +
      'Coverage reports are matched against the checked-out files, so files that only the head commit has would be dropped. ' +
      `Check out ${head} first (git checkout, or git worktree add for a second folder) and run the command there, or leave out ${flag}`,
  );
}
