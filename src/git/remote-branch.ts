import { assertSafeRef, isShallow } from './git.js';
import { oneLine, runGit } from './run-git.js';

/** The commit of a remote branch, or the reason it could not be had. */
export type RemoteBranchLookup = { found: true; ref: string; sha: string } | { found: false; reason: string };

/**
 * Resolves `remote/branch` to a commit SHA. When the clone lacks that
 * remote-tracking ref, as a checkout of a pull request's merge commit does,
 * the branch is fetched into it first. A shallow clone fetches it with depth
 * 1 to keep the fetch small, and the caller deepens from there.
 */
export async function resolveRemoteBranch(cwd: string, branch: string, remote = 'origin'): Promise<RemoteBranchLookup> {
  assertSafeRef(remote, 'remote');
  const ref = `${remote}/${branch}`;
  const invalid = { found: false as const, reason: `${JSON.stringify(branch)} is not a valid branch name` };
  if (branch.startsWith('-')) return invalid;
  const valid = await runGit(cwd, ['check-ref-format', '--branch', branch]);
  if (valid.exitCode !== 0) return invalid;

  const present = await revParseCommit(cwd, `refs/remotes/${ref}`);
  if (present !== null) return { found: true, ref, sha: present };

  const depth = (await isShallow(cwd)) ? ['--depth=1'] : [];
  const refspec = `+refs/heads/${branch}:refs/remotes/${ref}`;
  const fetched = await runGit(cwd, ['fetch', '--quiet', '--no-tags', ...depth, '--end-of-options', remote, refspec]);
  if (fetched.exitCode !== 0) {
    return { found: false, reason: `${ref} is not in the clone, and git fetch ${remote} ${refspec} failed: ${oneLine(fetched.stderr)}` };
  }
  const sha = await revParseCommit(cwd, `refs/remotes/${ref}`);
  return sha === null ? { found: false, reason: `${ref} is not in the clone, and fetching it gave no commit` } : { found: true, ref, sha };
}

async function revParseCommit(cwd: string, ref: string): Promise<string | null> {
  const result = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  return result.exitCode === 0 && sha !== '' ? sha : null;
}
