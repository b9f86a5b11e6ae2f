import { runGit } from './run-git.js';

/** Branch names tried, in order, when the remote does not name its default branch. */
const USUAL_DEFAULT_BRANCHES = ['origin/main', 'origin/master', 'main', 'master'];

/**
 * Finds the ref of the default branch to diff a local branch against:
 * `origin/HEAD` when the clone records it, else the first of origin/main,
 * origin/master, main and master that exists. Returns null when none does.
 */
export async function findDefaultBaseRef(cwd: string): Promise<string | null> {
  const remoteHead = await runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remoteHead.exitCode === 0) {
    const ref = remoteHead.stdout.toString('utf8').trim();
    if (ref) return ref;
  }
  for (const candidate of USUAL_DEFAULT_BRANCHES) {
    const exists = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
    if (exists.exitCode === 0) return candidate;
  }
  return null;
}
