/**
 * One PR comment per report name that every run edits in place. The comment
 * is recognised by a hidden marker that the caller's renderer writes, and only
 * among comments written by the same identity as the token, so a marker pasted
 * by someone else is never overwritten.
 */
import type { GitHubClient } from './client.js';
import { GitHubApiError, withGitHubErrors } from './errors.js';

/** The login that GitHub shows for comments written with the workflow's `GITHUB_TOKEN`. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface StickyComment {
  /** Hidden text that identifies the comment, such as `<!-- testmaster:report=coverage -->`. */
  marker: string;
  /** The rendered comment; the marker is prepended when the body does not contain it. */
  body: string;
  /** Login of the token's identity; see `resolveTokenLogin`. */
  login: string;
}

export interface StickyCommentOutcome {
  action: 'created' | 'updated' | 'unchanged';
  commentId: number;
  url: string;
  /** Duplicate marked comments of the same identity that were deleted. */
  deduplicated: number;
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

/**
 * Returns the login the token writes as, from `GET /user` for user tokens.
 * Installation tokens (such as `GITHUB_TOKEN`) get 403 there, so they write as
 * the fallback login, for example `my-app[bot]` for a GitHub App.
 */
export async function resolveTokenLogin(client: GitHubClient, fallbackLogin: string = DEFAULT_BOT_LOGIN): Promise<string> {
  try {
    const { data } = await withGitHubErrors(() => client.rest.users.getAuthenticated());
    return data.login;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 403) return fallbackLogin;
    throw error;
  }
}

/** Creates or updates the marked comment and deletes duplicates left by concurrent runs. */
export async function upsertStickyComment(
  client: GitHubClient,
  pull: PullRequestRef,
  comment: StickyComment,
): Promise<StickyCommentOutcome> {
  const body = comment.body.includes(comment.marker) ? comment.body : `${comment.marker}\n${comment.body}`;
  const existing = await listMarkedComments(client, pull, comment);

  if (existing.length > 0) {
    const outcome = await updateOldest(client, pull, existing, body);
    if (outcome) return outcome;
    // The comment was deleted between listing and updating, so start over with a new one.
  }

  const created = await withGitHubErrors(() =>
    client.rest.issues.createComment({ owner: pull.owner, repo: pull.repo, issue_number: pull.pullNumber, body }),
  );
  const afterCreate = await listMarkedComments(client, pull, comment);
  if (afterCreate.length <= 1) {
    return { action: 'created', commentId: created.data.id, url: created.data.html_url, deduplicated: 0 };
  }
  const converged = await updateOldest(client, pull, afterCreate, body);
  return {
    action: 'created',
    commentId: converged?.commentId ?? created.data.id,
    url: converged?.url ?? created.data.html_url,
    deduplicated: converged?.deduplicated ?? 0,
  };
}

/** Lists, over all pages, the comments by `comment.login` that contain the marker, oldest first. */
async function listMarkedComments(
  client: GitHubClient,
  pull: PullRequestRef,
  comment: StickyComment,
): Promise<ListedComment[]> {
  const all: ListedComment[] = await withGitHubErrors(() =>
    client.paginate(client.rest.issues.listComments, {
      owner: pull.owner,
      repo: pull.repo,
      issue_number: pull.pullNumber,
      per_page: 100,
    }),
  );
  const login = comment.login.toLowerCase();
  return all
    .filter((entry) => entry.user?.login.toLowerCase() === login && (entry.body ?? '').includes(comment.marker))
    .sort((left, right) => left.id - right.id);
}

/**
 * Writes `body` into the oldest comment and deletes the rest, so runs that
 * race converge on the same comment. Returns `undefined` when the oldest
 * comment no longer exists.
 */
async function updateOldest(
  client: GitHubClient,
  pull: PullRequestRef,
  marked: ListedComment[],
  body: string,
): Promise<StickyCommentOutcome | undefined> {
  const [oldest, ...duplicates] = marked;
  if (!oldest) return undefined;

  let action: StickyCommentOutcome['action'] = 'unchanged';
  if (oldest.body !== body) {
    try {
      await withGitHubErrors(() =>
        client.rest.issues.updateComment({ owner: pull.owner, repo: pull.repo, comment_id: oldest.id, body }),
      );
      action = 'updated';
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  for (const duplicate of duplicates) {
    await deleteIfPresent(client, pull, duplicate.id);
  }
  return { action, commentId: oldest.id, url: oldest.html_url, deduplicated: duplicates.length };
}

async function deleteIfPresent(client: GitHubClient, pull: PullRequestRef, commentId: number): Promise<void> {
  try {
    await withGitHubErrors(() =>
      client.rest.issues.deleteComment({ owner: pull.owner, repo: pull.repo, comment_id: commentId }),
    );
  } catch (error) {
    // A concurrent run deleting the same duplicate first is the expected race, not a failure.
    if (error instanceof GitHubApiError && error.status === 404) return;
    throw error;
  }
}
