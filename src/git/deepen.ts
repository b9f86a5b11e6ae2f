import { UserError } from '../errors.js';
import { assertSafeRef, isShallow, mergeBasesOfCommits, resolveCommit } from './git.js';
import { oneLine, runGit } from './run-git.js';

export interface DeepenOptions {
  /** Remote to fetch history from. Default `origin`. */
  remote?: string;
  /** Refspecs passed to `git fetch`; by default the remote's configured refspecs. */
  refspecs?: string[];
  /** Commits added by the first `--deepen` step; each later step doubles it. Default 64. */
  initialStep?: number;
  /** Maximum commits that `--deepen` steps add before one `--unshallow` fetches the rest. Default 2048. */
  maxDeepen?: number;
  /** Receives one line before each fetch, for the action log. */
  log?: (message: string) => void;
  /** SHAs that the caller has already resolved `base` and `head` to, which saves two git calls. */
  resolved?: { baseSha: string; headSha: string };
}

/**
 * Finds the merge base of two refs, fetching more history while the clone
 * is shallow and the merge base lies beyond its boundary.
 *
 * Each step fetches `--deepen=N` with N doubling, so a branch point k commits
 * back costs about log2(k) fetches. Past `maxDeepen` commits one
 * `--unshallow` fetches the rest. Refs are resolved to SHAs first, because a
 * fetch may move remote-tracking refs such as `origin/main`.
 */
export async function deepenUntilMergeBase(
  cwd: string,
  base: string,
  head: string,
  options: DeepenOptions = {},
): Promise<string> {
  return (await deepenUntilMergeBases(cwd, base, head, options))[0]!;
}

/**
 * Like `deepenUntilMergeBase`, but returns every merge base, as
 * `git merge-base --all` lists them: more than one after criss-cross
 * merges. The first is the one `deepenUntilMergeBase` returns.
 */
export async function deepenUntilMergeBases(
  cwd: string,
  base: string,
  head: string,
  options: DeepenOptions = {},
): Promise<string[]> {
  const remote = options.remote ?? 'origin';
  const refspecs = options.refspecs ?? [];
  assertSafeRef(remote, 'remote');
  for (const refspec of refspecs) assertSafeRef(refspec, 'refspec');

  const baseSha = options.resolved?.baseSha ?? (await resolveCommit(cwd, base));
  const headSha = options.resolved?.headSha ?? (await resolveCommit(cwd, head));
  const maxDeepen = options.maxDeepen ?? 2048;
  let step = Math.max(1, options.initialStep ?? 64);
  let deepened = 0;

  for (;;) {
    const found = await mergeBasesOfCommits(cwd, baseSha, headSha);
    if (found.length > 0) return found;

    if (!(await isShallow(cwd))) {
      throw unrelatedHistoriesError(base, head, deepened > 0);
    }

    const fetchDepth = deepened + step <= maxDeepen ? `--deepen=${step}` : '--unshallow';
    options.log?.(`No merge base of ${base} and ${head} yet; running git fetch ${fetchDepth} ${remote}`);
    await fetchMoreHistory(cwd, remote, refspecs, fetchDepth, base, head);

    deepened += step;
    step *= 2;
  }
}

async function fetchMoreHistory(
  cwd: string,
  remote: string,
  refspecs: readonly string[],
  fetchDepth: string,
  base: string,
  head: string,
): Promise<void> {
  const args = ['fetch', '--quiet', '--no-tags', fetchDepth, '--end-of-options', remote, ...refspecs];
  const result = await runGit(cwd, args);
  if (result.exitCode !== 0) {
    throw new UserError(
      `No merge base of ${JSON.stringify(base)} and ${JSON.stringify(head)} was found in the shallow clone, ` +
        `and git fetch ${fetchDepth} ${remote} failed: ${oneLine(result.stderr)}. ` +
        'Set fetch-depth: 0 on actions/checkout so the clone contains the full history',
    );
  }
}

function unrelatedHistoriesError(base: string, head: string, fetched: boolean): UserError {
  const history = fetched ? 'even after fetching the full history' : 'in the full history of this clone';
  return new UserError(
    `${JSON.stringify(base)} and ${JSON.stringify(head)} have no common ancestor ${history}. ` +
      'Compare against the branch the pull request was created from, and keep fetch-depth: 0 on actions/checkout',
  );
}
