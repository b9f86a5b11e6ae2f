/**
 * Writes fresh file timestamps into the index after a listing that had to
 * read files to tell whether they changed.
 *
 * Why: git trusts a file's timestamps only when they are older than the
 * index. A checkout writes its files and the index within the same second,
 * and `touch` or a copy gives unchanged files new timestamps. Until some
 * command writes the index again, every `git ls-files -m` reads each such
 * file and hashes it: 33 ms of git CPU time per listing on vitest-dev/vitest
 * after its checkout, 4 ms after `git update-index --refresh`. The impact
 * stage's listing writes nothing, and its diff of the index does not either
 * (see `diffWorkingTree`), so without this step a fresh CI checkout paid that
 * cost in every run, and twice when it also diffed the working tree.
 *
 * Git does not say whether it read files, so the listing's duration
 * decides: a listing that took much longer per entry than stat calls alone
 * take gets one refresh, and the next run lists quickly. A wrong guess costs
 * one extra git process and changes no result, because a refresh only
 * rewrites timestamps of files whose content matches the index.
 */
import { runGit } from './run-git.js';

/** Time that spawning git and walking the folders may take whatever the index holds, in milliseconds. */
const FIXED_ALLOWANCE_MS = 5;

/**
 * Time one entry may take, in milliseconds. Trusted timestamps cost 1.3 to
 * 3 µs per entry on the repositories of bench/impact-speed, and files read
 * again cost 10 to 38 µs, so 6 µs keeps a margin for a loaded machine.
 */
const PER_ENTRY_ALLOWANCE_MS = 0.006;

/** Returns whether a listing of `entries` index entries that took `elapsedMs` likely read files whose timestamps git could not trust. */
export function listingReadFiles(elapsedMs: number, entries: number): boolean {
  return elapsedMs > FIXED_ALLOWANCE_MS + PER_ENTRY_ALLOWANCE_MS * entries;
}

/**
 * Runs `git update-index -q --refresh` in `root`, unless `GIT_OPTIONAL_LOCKS`
 * is `0`, git's setting for processes that must not take the index lock
 * for work that is only an optimization. Failures are ignored: another git
 * process may hold the lock, or the repository may be read-only, and the
 * run's results never depend on the refresh.
 */
export async function refreshIndexTimestamps(root: string, environment: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (environment['GIT_OPTIONAL_LOCKS'] === '0') return;
  try {
    await runGit(root, ['update-index', '-q', '--refresh']);
  } catch {
    // A git that cannot start failed the listing before this point; anything else here only loses the optimization.
  }
}
