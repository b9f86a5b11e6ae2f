import { UserError } from '../errors.js';
import { isCommitSha } from './commit-sha.js';
import { assertSafeRef } from './git.js';
import { oneLine, runGit } from './run-git.js';

/**
 * Makes sure each commit SHA is in the clone, fetching a missing one from
 * `remote` with depth 1. A shallow checkout of a pull request's merge commit
 * lacks the base and head commits that the diff needs; GitHub serves commits
 * by SHA, so one small fetch each brings them in before deepening.
 */
export async function ensureCommits(cwd: string, shas: readonly string[], remote = 'origin'): Promise<void> {
  assertSafeRef(remote, 'remote');
  for (const sha of shas) {
    if (!isCommitSha(sha)) {
      throw new UserError(`"${sha}" is not a full commit SHA.`);
    }
    const present = await runGit(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    if (present.exitCode === 0) continue;
    const fetched = await runGit(cwd, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', remote, sha]);
    if (fetched.exitCode !== 0) {
      throw new UserError(
        `Commit ${sha} is not in the clone and git fetch ${remote} ${sha} failed: ${oneLine(fetched.stderr)}. ` +
          'If the commit was force-pushed away, the remote no longer has it and only a run on the current commits helps; otherwise set fetch-depth: 0 on actions/checkout.',
      );
    }
  }
}
