/**
 * Finding the commits that a change request names, with the fetches that a
 * shallow CI checkout needs. Missing history is a result with a reason, not
 * an exception, so the caller can fall back or run every test.
 */
import { UserError } from '../../errors.js';
import { isCommitSha } from '../../git/commit-sha.js';
import { ensureCommits } from '../../git/ensure-commits.js';
import { assertSafeRef, resolveCommit } from '../../git/git.js';
import { runGit } from '../../git/run-git.js';

/** A commit that was found, or the reason it could not be. */
export type CommitLookup = { found: true; sha: string } | { found: false; reason: string };

/** Repository, remote and user notes that the lookups of one detection share. */
export interface LookupContext {
  /** Top folder of the working tree. */
  root: string;
  /** Remote to fetch missing commits and history from. */
  remote: string;
  notes: string[];
}

/** Checks for the SHA that GitHub sends as `before` when a push creates a branch. */
export function isZeroSha(value: string): boolean {
  return /^0{40}(?:0{24})?$/.test(value);
}

/** Short form of a SHA for notes and messages. */
export function shortSha(sha: string): string {
  return sha.slice(0, 12);
}

/**
 * Resolves `ref` to a commit SHA. A full SHA that the clone lacks, as in a
 * shallow CI checkout, is fetched from the remote first, and the fetch adds
 * a note. When that fetch fails, the result contains the reason. A ref that
 * starts with `-`, and a missing ref that is not a full SHA, are a `UserError`.
 *
 * @param role what the ref is, for messages, such as `base ref`
 */
export async function lookUpCommit(context: LookupContext, ref: string, role: string): Promise<CommitLookup> {
  assertSafeRef(ref, role);
  const present = await revParseCommit(context.root, ref);
  if (present !== null) return { found: true, sha: present };
  await rejectOtherObject(context.root, ref, role);
  if (!isCommitSha(ref)) {
    // Only a full SHA can be fetched by itself, so resolveCommit rejects this ref with its "was not found" message.
    return { found: true, sha: await resolveCommit(context.root, ref) };
  }

  try {
    await ensureCommits(context.root, [ref], context.remote);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { found: false, reason: error.message };
  }
  context.notes.push(`Fetched the ${role} ${shortSha(ref)} from ${context.remote}, because the clone did not contain it.`);
  return { found: true, sha: await resolveCommit(context.root, ref) };
}

/**
 * Throws a `UserError` when `ref` names an object of the clone that is no
 * commit, such as a tree or a blob SHA, or a tag of one. Fetching it as a
 * missing commit would fail with a message about the clone's history.
 */
async function rejectOtherObject(root: string, ref: string, role: string): Promise<void> {
  const typed = await runGit(root, ['cat-file', '-t', '--end-of-options', ref]);
  const type = typed.stdout.toString('utf8').trim();
  if (typed.exitCode !== 0 || type === '' || type === 'commit') return;
  const kind = type === 'tag' ? 'a tag that points to no commit' : `a ${type}`;
  throw new UserError(`The ${role} "${ref}" names ${kind}, not a commit. Pass a commit SHA, or a branch or tag that points to a commit.`);
}

/** Like `lookUpCommit`, but a commit that cannot be fetched is a `UserError` too. */
export async function requireCommit(context: LookupContext, ref: string, role: string): Promise<string> {
  const lookup = await lookUpCommit(context, ref, role);
  if (!lookup.found) throw new UserError(lookup.reason);
  return lookup.sha;
}

/**
 * Resolves HEAD like `requireCommit`. When HEAD names a branch without
 * commits (a new repository, or after `git switch --orphan`), the
 * `UserError` names the branch and the fix, instead of reporting HEAD as not found.
 */
export async function requireHeadCommit(context: LookupContext): Promise<string> {
  const present = await revParseCommit(context.root, 'HEAD');
  if (present !== null) return present;
  const branch = await runGit(context.root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const name = branch.stdout.toString('utf8').trim();
  if (branch.exitCode === 0 && name !== '') {
    throw new UserError(
      `HEAD names the branch ${name}, which has no commits yet, so there is no change to analyse. ` +
        'Commit the files first (git add -A, then git commit), or pass --head REF to analyse another commit.',
    );
  }
  return requireCommit(context, 'HEAD', 'head');
}

/** SHA of the commit that is checked out, or null on a branch without commits. */
export function revParseHead(root: string): Promise<string | null> {
  return revParseCommit(root, 'HEAD');
}

async function revParseCommit(root: string, ref: string): Promise<string | null> {
  const result = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  return result.exitCode === 0 && sha.length > 0 ? sha : null;
}
