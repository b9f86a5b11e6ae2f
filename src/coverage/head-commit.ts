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

/** Rejects `head` unless it resolves to the commit that HEAD names; `flag` is how the user named it, such as `--head`. */
export async function assertHeadIsCheckedOut(root: string, head: string, flag: string): Promise<void> {
  const headSha = await resolveCommit(root, head);
  const checkedOut = await resolveCommit(root, 'HEAD');
  if (headSha === checkedOut) return;
  throw new UserError(
    `${flag} ${JSON.stringify(head)} is commit ${shortSha(headSha)}, but the checked-out commit is ${shortSha(checkedOut)}. ` +
      'Coverage reports are matched against the checked-out files, so files that only the head commit has would be dropped. ' +
      `Check out ${head} first (git checkout, or git worktree add for a second folder) and run the command there, or leave out ${flag}`,
  );
}
