/**
 * Writes the files of one commit into a folder outside the working tree. The
 * repository's index, working tree and worktree list stay untouched, because
 * git reads the commit's tree into an index file of its own and checks that
 * index out into the folder. No hook runs: checkout-index has none, and read-tree
 * runs with an empty hooks path.
 */
import { join } from 'node:path';
import { GitCommandError, runGitWithEnvironment } from './run-git.js';

/**
 * Checks out `sha` into `folder`, an empty folder that exists. `indexFile`
 * names a file that git may create; it must lie outside `folder`, so that
 * the checkout contains the commit's files only.
 */
export async function exportTree(root: string, sha: string, folder: string, indexFile: string): Promise<void> {
  const environment = { GIT_INDEX_FILE: indexFile };
  // read-tree would run the repository's post-index-change hook for the private index.
  await checked(root, ['-c', `core.hooksPath=${NO_HOOKS}`, 'read-tree', '--end-of-options', sha], environment);
  // The trailing separator makes checkout-index write under the folder rather than beside it.
  await checked(root, [`--work-tree=${folder}`, 'checkout-index', '--all', '--force', `--prefix=${join(folder, '/')}`], environment);
}

/** A hooks folder that holds no hook: the null device on every platform git runs on. */
const NO_HOOKS = process.platform === 'win32' ? 'NUL' : '/dev/null';

async function checked(root: string, args: string[], environment: Record<string, string>): Promise<void> {
  const result = await runGitWithEnvironment(root, args, environment);
  if (result.exitCode !== 0) throw new GitCommandError(args, result.exitCode, result.stderr);
}
