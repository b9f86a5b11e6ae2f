/**
 * Git adapter: every function takes the working folder as its first argument
 * and runs git through `runGit`, never through a shell.
 */

import { UserError } from '../errors.js';
import { decodeNulFields } from './git-path.js';
import { DIFF_ARGUMENTS, parseDiff, type ChangeSet, type FileChange } from './diff-parse.js';
import { GitCommandError, oneLine, runGit, runGitChecked } from './run-git.js';

/**
 * Top folders that git returned in this process. Asked from such a folder,
 * `git rev-parse --show-toplevel` returns the folder itself, so it is not
 * asked again: one run reads the root in the CLI, in the change detection
 * and in the file listing.
 */
const knownRoots = new Set<string>();

/** Absolute path of the top folder of the working tree that contains `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  if (knownRoots.has(cwd)) return cwd;
  const result = await runGit(cwd, ['rev-parse', '--show-toplevel']);
  if (result.exitCode !== 0) throw new UserError(notRepositoryMessage(cwd, result.stderr));
  const root = result.stdout.toString('utf8').trimEnd();
  knownRoots.add(root);
  return root;
}

/**
 * Explains why `rev-parse --show-toplevel` failed. Git refuses a repository
 * owned by another user (`safe.directory`) with the same exit code as a
 * folder outside any repository, and the two need different fixes.
 */
function notRepositoryMessage(cwd: string, stderr: string): string {
  if (/dubious ownership/i.test(stderr)) {
    return `git refuses to read the repository at ${cwd} because another user owns it (${oneLine(stderr)}). Add it to safe.directory with git config --global --add safe.directory, or run TestMaster as the user who owns the checkout`;
  }
  return `${cwd} is not inside a git working tree (${oneLine(stderr)}). Run TestMaster in a checkout of the repository, after actions/checkout`;
}

/**
 * Rejects a ref that git could read as an option, a range (`^main`,
 * `main..feat`), whose commits no single SHA stands for, and refs with
 * control characters, which no valid ref or revision contains.
 */
export function assertSafeRef(ref: string, role = 'ref'): void {
  if (ref.length === 0) {
    throw new UserError(`The ${role} is empty. Pass a branch name, tag or commit SHA`);
  }
  if (ref.startsWith('-')) {
    throw new UserError(
      `The ${role} ${JSON.stringify(ref)} starts with "-", which git would read as an option. Pass a branch name, tag or commit SHA`,
    );
  }
  if (ref.startsWith('^') || ref.includes('..')) {
    throw new UserError(
      `The ${role} ${JSON.stringify(ref)} names a range of commits, not one commit. Pass a branch name, tag or commit SHA`,
    );
  }
  if (/[\u0000-\u001f\u007f]/.test(ref)) {
    throw new UserError(
      `The ${role} ${JSON.stringify(ref)} contains a control character. Pass a branch name, tag or commit SHA`,
    );
  }
}

/** Full SHA of the commit that `ref` names; a missing ref or a ref to a non-commit is a `UserError`. */
export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  assertSafeRef(ref);
  const result = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode !== 0 || sha.length === 0) throw commitNotFound(cwd, ref);
  return sha;
}

/**
 * Returns what `resolveCommit` and `isShallow` return, from one git
 * process: `rev-parse` prints the shallow flag on the first line and the
 * verified SHA on the second.
 */
export async function resolveCommitInClone(cwd: string, ref: string): Promise<{ sha: string; shallow: boolean }> {
  assertSafeRef(ref);
  const result = await runGit(cwd, ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const [shallow, sha = ''] = result.stdout.toString('utf8').trim().split('\n');
  if (result.exitCode !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) throw commitNotFound(cwd, ref);
  return { sha, shallow: shallow === 'true' };
}

function commitNotFound(cwd: string, ref: string): UserError {
  return new UserError(
    `The ref or commit ${JSON.stringify(ref)} was not found in the repository at ${cwd}. ` +
      'Check the spelling, fetch it (git fetch origin REF), or set fetch-depth: 0 on actions/checkout so the history contains it',
  );
}

/** Two commits and their merge base, read by `resolveCommitPair`. */
export interface CommitPair {
  baseSha: string;
  headSha: string;
  /** Whether the clone is shallow, as `isShallow` returns. */
  shallow: boolean;
  /** The one merge base of the two commits; undefined when they have none or several, which `git merge-base` decides. */
  mergeBase?: string;
  /** Names that git found under more than one ref, such as a tag and a branch, and resolved by its lookup order. */
  ambiguousRefs: string[];
}

/**
 * Resolves two refs to commits, finds their merge base and checks whether
 * the clone is shallow, in one `git rev-parse` process in place of the
 * three of `resolveCommit` twice and `mergeBaseOfCommits`. `rev-parse B...H` prints both ends and then each
 * merge base after a `^`. With exactly one, it is the commit that
 * `git merge-base` returns. Returns null when either ref does not resolve
 * or the output has another form, so that the caller runs the separate
 * calls, which report each problem as before.
 */
export async function resolveCommitPair(cwd: string, base: string, head: string): Promise<CommitPair | null> {
  const baseCommit = `${base}^{commit}`;
  const headCommit = `${head}^{commit}`;
  // --revs-only drops a ref that does not resolve instead of failing, so the line count shows it.
  const result = await runGit(cwd, ['rev-parse', '--is-shallow-repository', '--revs-only', '--end-of-options', headCommit, baseCommit, `${baseCommit}...${headCommit}`]);
  if (result.exitCode !== 0) return null;
  const [shallow, headSha, baseSha, end1, end2, ...mergeBases] = result.stdout.toString('utf8').trim().split('\n');
  if (shallow !== 'true' && shallow !== 'false') return null;
  if (!isFullSha(headSha) || !isFullSha(baseSha) || !isFullSha(end1) || !isFullSha(end2)) return null;
  if (!((end1 === headSha && end2 === baseSha) || (end1 === baseSha && end2 === headSha))) return null;
  if (!mergeBases.every((line) => line.startsWith('^') && isFullSha(line.slice(1)))) return null;
  return {
    baseSha,
    headSha,
    shallow: shallow === 'true',
    ...(mergeBases.length === 1 ? { mergeBase: mergeBases[0]!.slice(1) } : {}),
    ambiguousRefs: ambiguousRefsOf(result.stderr),
  };
}

/** Returns the names of git's `warning: refname 'NAME' is ambiguous.` lines, once each, in order. */
function ambiguousRefsOf(stderr: string): string[] {
  const names = [...stderr.matchAll(/^warning: refname '(.*)' is ambiguous\.$/gm)].map((match) => match[1]!);
  return [...new Set(names)];
}

function isFullSha(text: string | undefined): text is string {
  return text !== undefined && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(text);
}

/**
 * SHA of the best common ancestor of two refs, or `null` when the histories
 * share no commit, which in a shallow clone usually means too little history.
 */
export async function mergeBase(cwd: string, base: string, head: string): Promise<string | null> {
  const baseSha = await resolveCommit(cwd, base);
  const headSha = await resolveCommit(cwd, head);
  return mergeBaseOfCommits(cwd, baseSha, headSha);
}

/** Like `mergeBase`, but takes SHAs that `resolveCommit` already returned. */
export async function mergeBaseOfCommits(cwd: string, baseSha: string, headSha: string): Promise<string | null> {
  return (await mergeBasesOfCommits(cwd, baseSha, headSha))[0] ?? null;
}

/**
 * Returns every best common ancestor of two commits, as `git merge-base --all`
 * lists them, or none for unrelated histories. Criss-cross merges give more
 * than one. git's single answer is the first of this list.
 */
export async function mergeBasesOfCommits(cwd: string, baseSha: string, headSha: string): Promise<string[]> {
  const result = await runGit(cwd, ['merge-base', '--all', '--end-of-options', baseSha, headSha]);
  // git merge-base exits with 1 and prints nothing when there is no common ancestor.
  if (result.exitCode === 1 && result.stdout.length === 0) return [];
  if (result.exitCode !== 0) {
    throw new UserError(`git merge-base ${baseSha} ${headSha} failed: ${oneLine(result.stderr)}`);
  }
  return result.stdout.toString('utf8').trim().split('\n');
}

/**
 * Changes that `headRef` makes on top of the merge base of the two refs, the
 * same as the three-dot `git diff base...head`, so commits that landed on the
 * base branch after the branch point are not reported as changes of the head.
 */
export async function changedLines(cwd: string, baseRef: string, headRef: string): Promise<ChangeSet> {
  const base = await resolveCommit(cwd, baseRef);
  const head = await resolveCommit(cwd, headRef);
  const mergeBaseSha = await mergeBaseOfCommits(cwd, base, head);
  if (mergeBaseSha === null) {
    throw await noMergeBaseError(cwd, baseRef, headRef);
  }

  return { mergeBase: mergeBaseSha, base, head, files: await diffLines(cwd, mergeBaseSha, head) };
}

/** Changes from commit `from` to commit `to`, or to the working tree when `to` is null, with their changed lines. */
export async function diffLines(cwd: string, from: string, to: string | null): Promise<FileChange[]> {
  const revisions = to === null ? [from] : [from, to];
  const output = await runGitChecked(cwd, ['-c', 'core.quotePath=false', 'diff', ...DIFF_ARGUMENTS, '--end-of-options', ...revisions]);
  return parseDiff(output);
}

/** Tracked files as repository-relative POSIX paths, wherever in the tree `cwd` is. */
export async function listFiles(cwd: string): Promise<string[]> {
  const output = await runGitChecked(cwd, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--full-name', '--', ':(top)']);
  return decodeNulFields(output);
}

/**
 * Checks whether the working tree holds exactly the files of `sha`: no
 * tracked file differs from the commit, and there is no untracked file that
 * the ignore rules do not cover.
 */
export async function workingTreeMatches(cwd: string, sha: string): Promise<boolean> {
  const diff = await runGit(cwd, ['diff', '--quiet', '--no-ext-diff', '--no-textconv', '--end-of-options', sha, '--']);
  if (diff.exitCode === 1) return false;
  if (diff.exitCode !== 0) throw new GitCommandError(['diff', '--quiet', sha], diff.exitCode, diff.stderr);
  const untracked = await runGitChecked(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', ':(top)']);
  return untracked.length === 0;
}

/** Checks whether the repository is a shallow clone, whose history is cut at some depth. */
export async function isShallow(cwd: string): Promise<boolean> {
  const output = await runGitChecked(cwd, ['rev-parse', '--is-shallow-repository']);
  return output.toString('utf8').trim() === 'true';
}

/** Checks whether the working tree is a sparse checkout, which leaves some tracked files out of the working tree. */
export async function isSparseCheckout(cwd: string): Promise<boolean> {
  const result = await runGit(cwd, ['config', '--type=bool', '--get', 'core.sparseCheckout']);
  return result.exitCode === 0 && result.stdout.toString('utf8').trim() === 'true';
}

/** Builds the error for two refs without a common ancestor, with the fix that fits the clone. */
export async function noMergeBaseError(cwd: string, baseRef: string, headRef: string): Promise<UserError> {
  const shallow = await isShallow(cwd);
  const names = `${JSON.stringify(baseRef)} and ${JSON.stringify(headRef)}`;
  if (shallow) {
    return new UserError(
      `No merge base of ${names} was found because the clone is shallow. ` +
        'Set fetch-depth: 0 on actions/checkout, or fetch more history with git fetch --deepen',
    );
  }
  return new UserError(
    `${names} have no common ancestor. Compare the pull request against the branch it was created from`,
  );
}
