/**
 * Detects what a pull request, a push or a local working tree changed: the
 * commit to compare from, the head commit, and the changed files. When the
 * history to compare with cannot be had, the scope has `baseSha: null` and a
 * `fullRunReason` that names the cause and the fix, so the run covers
 * everything. A `UserError` means invalid input: a ref that starts with `-`,
 * a branch or tag that does not exist, or a head commit that is neither in
 * the clone nor fetchable.
 */
import { chooseDefaultBase, findDefaultBaseRef } from '../../git/default-branch.js';
import { assertSafeRef, repositoryRoot, resolveCommitPair } from '../../git/git.js';
import type { IndexListing } from '../../git/index-listing.js';
import type { ChangeScope } from '../model.js';
import { diffCommits, diffWorkingTree } from './changed-files.js';
import { countOf, listNames } from '../risk/detail-text.js';
import { isZeroSha, lookUpCommit, requireCommit, requireHeadCommit, revParseHead, shortSha, type CommitLookup } from './commit-lookup.js';
import { findMergeBase, type MergeBaseSearch } from './merge-base-search.js';

/**
 * The comparison to make, by kind:
 * - `pull-request`: the head branch's changes since it left the base branch,
 *   as GitHub shows them on a pull request.
 * - `push`: the changes of a push event. `before` is all zeros when the push
 *   created the branch.
 * - `local`: a local branch's changes since its merge base with `base`
 *   (default: the default branch). Without `head`, the head is HEAD and the
 *   scope includes uncommitted changes and the untracked files that are not ignored.
 * - `unknown-base`: a pull request whose base could not be found (a run
 *   without its event payload); `reason` says why. Nothing can be left out,
 *   so the scope asks for a full run.
 */
export type ChangeRequest =
  | { kind: 'pull-request'; baseRef: string; headRef: string }
  | { kind: 'unknown-base'; headRef: string; reason: string }
  | { kind: 'push'; before: string; after: string }
  | { kind: 'local'; base?: string; head?: string };

export interface DetectChangeOptions {
  /** Remote to fetch missing commits and history from. Default `origin`. */
  remote?: string;
  /** Commits that the first `--deepen` fetch adds; each later fetch doubles it. Default 64. */
  initialDeepen?: number;
  /** Commits that `--deepen` fetches may add before one `--unshallow` fetches the rest. Default 2048. */
  maxDeepen?: number;
  /**
   * Repository paths that are never part of the change, such as the scan
   * cache file when it lies in the working tree: a local run would
   * otherwise count the file that the previous run wrote.
   */
  ignoredPaths?: readonly string[];
  /** Receives the listing of the index that a diff against the working tree read, so that the caller need not list the index again. */
  onWorkingTreeIndex?: (index: IndexListing) => void;
}

/** The commits that a request compares, found before the diff runs. */
interface Comparison {
  mode: ChangeScope['mode'];
  base: CommitLookup;
  headSha: string;
  /** Diff against the working tree instead of the head commit. */
  workingTree: boolean;
  /** Whether the clone is shallow, when it was read after the last fetch of the detection. */
  shallow?: boolean;
}

/** Detects the change that `request` describes in the repository that contains `cwd`. */
export async function detectChange(
  cwd: string,
  request: ChangeRequest,
  options: DetectChangeOptions = {},
): Promise<ChangeScope> {
  const remote = options.remote ?? 'origin';
  assertSafeRef(remote, 'remote');
  const search: MergeBaseSearch = { root: await repositoryRoot(cwd), remote, notes: [] };
  if (options.initialDeepen !== undefined) search.initialDeepen = options.initialDeepen;
  if (options.maxDeepen !== undefined) search.maxDeepen = options.maxDeepen;

  const ignored = new Set(options.ignoredPaths ?? []);
  const comparison = await planComparison(search, request, ignored);
  const scope = await buildScope(search, comparison, options.onWorkingTreeIndex);
  return { ...scope, files: scope.files.filter((file) => !ignored.has(file.path)) };
}

function planComparison(search: MergeBaseSearch, request: ChangeRequest, ignored: ReadonlySet<string>): Promise<Comparison> {
  switch (request.kind) {
    case 'pull-request':
      return planPullRequest(search, request.baseRef, request.headRef);
    case 'unknown-base':
      return planUnknownBase(search, request.headRef, request.reason);
    case 'push':
      return planPush(search, request.before, request.after);
    case 'local':
      return planLocal(search, request.base, request.head, ignored);
  }
}

/**
 * Compares the head with its merge base with the base branch, not with the
 * base branch's tip: commits that landed on the base after the branch point
 * are not changes of the pull request.
 */
async function planPullRequest(search: MergeBaseSearch, baseRef: string, headRef: string): Promise<Comparison> {
  const headSha = await requireCommit(search, headRef, 'head ref');
  const base = await lookUpCommit(search, baseRef, 'base ref');
  const mergeBase = base.found
    ? await findMergeBase(search, { ref: baseRef, sha: base.sha }, { ref: headRef, sha: headSha }, true)
    : base;
  return { mode: 'pull-request', base: mergeBase, headSha, workingTree: false };
}

async function planUnknownBase(search: MergeBaseSearch, headRef: string, reason: string): Promise<Comparison> {
  const headSha = await requireCommit(search, headRef, 'head ref');
  return { mode: 'pull-request', base: { found: false, reason }, headSha, workingTree: false };
}

/**
 * Compares `before` with `after`. When the push created the branch, or
 * `before` is gone from the history (a force push), compares with the merge
 * base of the default branch instead.
 */
async function planPush(search: MergeBaseSearch, before: string, after: string): Promise<Comparison> {
  const afterSha = await requireCommit(search, after, 'after commit');
  const plan = (base: CommitLookup): Comparison => ({ mode: 'push', base, headSha: afterSha, workingTree: false });

  if (isZeroSha(before)) {
    return plan(await mergeBaseWithDefaultBranch(search, afterSha, 'The push created the branch'));
  }
  const beforeCommit = await lookUpCommit(search, before, 'before commit');
  if (beforeCommit.found) return plan(beforeCommit);

  search.notes.push(
    `The before commit ${shortSha(before)} of the push is not in the history, so the push is compared with the merge base of the default branch. ${beforeCommit.reason}`,
  );
  const fallback = await mergeBaseWithDefaultBranch(search, afterSha, `The before commit ${shortSha(before)} of the push is missing`);
  if (fallback.found && fallback.sha === afterSha) {
    // The pushed commit is on the default branch, so the merge base hides every pushed change.
    return plan({
      found: false,
      reason:
        `The before commit ${shortSha(before)} of the push is missing, and the after commit ${shortSha(afterSha)} is on the default branch, ` +
        'so the pushed commits cannot be told apart. Set fetch-depth: 0 on actions/checkout so the clone contains the history of the push',
    });
  }
  return plan(fallback);
}

/**
 * Compares with the merge base of `base` (default: the default branch) and
 * the head. Without `head`, the working tree is compared, so uncommitted
 * and untracked files count too.
 */
async function planLocal(
  search: MergeBaseSearch,
  base: string | undefined,
  head: string | undefined,
  ignored: ReadonlySet<string>,
): Promise<Comparison> {
  const headRef = head ?? 'HEAD';
  // One process resolves both refs and their merge base when all is in the clone; otherwise each step below runs on its own.
  const pair = base !== undefined && isPlainRef(base) && isPlainRef(headRef) ? await resolveCommitPair(search.root, base, headRef) : null;
  const headSha = pair?.headSha ?? (headRef === 'HEAD' ? await requireHeadCommit(search) : await requireCommit(search, headRef, 'head'));
  const plan = (found: CommitLookup): Comparison => ({ mode: 'local', base: found, headSha, workingTree: head === undefined });
  if (head !== undefined) await noteUncommittedWork(search, headRef, headSha, ignored);
  for (const name of pair?.ambiguousRefs ?? []) search.notes.push(ambiguousRefNote(name));
  if (pair !== null && base !== undefined) {
    // No fetch ran, so the shallow flag that came with the commits still holds.
    if (pair.mergeBase !== undefined) return { ...plan({ found: true, sha: pair.mergeBase }), shallow: pair.shallow };
    return plan(await findMergeBase(search, { ref: base, sha: pair.baseSha }, { ref: headRef, sha: headSha }, false));
  }

  let baseRef = base;
  if (baseRef === undefined) {
    const defaultBase = await chooseDefaultBase(search.root, headRef);
    if (defaultBase.ref === null) return plan({ found: false, reason: defaultBase.reason });
    if (defaultBase.note) search.notes.push(defaultBase.note);
    baseRef = defaultBase.ref;
  }
  const baseCommit = await lookUpCommit(search, baseRef, base === undefined ? 'default branch' : 'base');
  if (!baseCommit.found) return plan(baseCommit);
  return plan(await findMergeBase(search, { ref: baseRef, sha: baseCommit.sha }, { ref: headRef, sha: headSha }, false));
}

/** Returns the note for a ref name that matches several refs: which one git took, and how to name another. */
function ambiguousRefNote(name: string): string {
  return `The ref name "${name}" matches more than one ref, such as a tag and a branch. git resolved it in its lookup order (refs/tags before refs/heads before refs/remotes); name the one you mean in full, for example refs/heads/${name}.`;
}

/**
 * Checks whether a ref can go into `resolveCommitPair`: one that
 * `assertSafeRef` accepts and that is no range, whose `..` would change
 * what `rev-parse` prints.
 */
function isPlainRef(ref: string): boolean {
  return ref.length > 0 && !ref.startsWith('-') && !ref.startsWith('^') && !ref.includes('..') && !/[\u0000-\u001f\u007f]/.test(ref);
}

/**
 * Notes the files with uncommitted changes when an explicit head is the
 * commit that is checked out, because a user who edits files and then names
 * HEAD (or runs `testmaster check`, which compares commits) may expect them
 * to count.
 */
async function noteUncommittedWork(search: MergeBaseSearch, headRef: string, headSha: string, ignored: ReadonlySet<string>): Promise<void> {
  const checkedOut = await revParseHead(search.root);
  if (checkedOut !== headSha) return;
  const uncommitted = (await diffWorkingTree(search.root, headSha)).files.filter((file) => !ignored.has(file.path));
  if (uncommitted.length === 0) return;
  const one = uncommitted.length === 1;
  search.notes.push(
    `The change ends at the commit ${headRef}, so ${countOf(uncommitted.length, 'file', 'files')} with uncommitted changes ${one ? 'is' : 'are'} left out: ` +
      `${listNames(uncommitted.map((file) => file.path))}. Commit ${one ? 'it to include it' : 'them to include them'}; testmaster impact without --head compares the working tree instead.`,
  );
}

/** Merge base of the default branch and `headSha`, or the reason there is none, starting with `situation`. */
async function mergeBaseWithDefaultBranch(search: MergeBaseSearch, headSha: string, situation: string): Promise<CommitLookup> {
  const defaultRef = await findDefaultBaseRef(search.root);
  if (defaultRef === null) {
    return {
      found: false,
      reason:
        `${situation}, and no default branch (origin/HEAD, origin/main, origin/master, main or master) is in the clone to compare with. ` +
        'Set fetch-depth: 0 on actions/checkout so the clone contains the default branch',
    };
  }
  const defaultCommit = await lookUpCommit(search, defaultRef, 'default branch');
  const mergeBase = defaultCommit.found
    ? await findMergeBase(search, { ref: defaultRef, sha: defaultCommit.sha }, { ref: headSha, sha: headSha }, true)
    : defaultCommit;
  if (mergeBase.found) return mergeBase;
  return {
    found: false,
    reason: `${situation}, so it is compared with its merge base with ${defaultRef}, which was not found. ${mergeBase.reason}`,
  };
}

async function buildScope(search: MergeBaseSearch, comparison: Comparison, onWorkingTreeIndex?: (index: IndexListing) => void): Promise<ChangeScope> {
  const scope = { mode: comparison.mode, headSha: comparison.headSha, notes: search.notes, ...(comparison.shallow === undefined ? {} : { shallow: comparison.shallow }) };
  if (!comparison.base.found) {
    return { ...scope, baseSha: null, files: [], fullRunReason: comparison.base.reason };
  }
  const baseSha = comparison.base.sha;
  if (!comparison.workingTree) return { ...scope, baseSha, files: await diffCommits(search.root, baseSha, comparison.headSha), fullRunReason: null };
  const diff = await diffWorkingTree(search.root, baseSha);
  onWorkingTreeIndex?.(diff.index);
  return { ...scope, baseSha, files: diff.files, fullRunReason: null };
}
