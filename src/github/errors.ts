/**
 * Turns a failed GitHub API request into a message that names the request,
 * the HTTP status, GitHub's message and the fix, usually a permission to add
 * to the workflow's `permissions:` block.
 */
import { EXIT } from '../errors.js';

/** A GitHub API request that failed and was not retried (or ran out of retries). */
export class GitHubApiError extends Error {
  readonly exitCode = EXIT.githubApi;

  constructor(
    readonly status: number,
    readonly method: string,
    /** The route template, such as `/repos/{owner}/{repo}/check-runs`, or the path when no template is known. */
    readonly route: string,
    readonly githubMessage: string,
    /** The workflow permission that the request needs, such as `checks: write`. */
    readonly permission: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GitHubApiError';
  }
}

interface KnownRoute {
  method: string;
  template: string;
  pattern: RegExp;
  permission?: string;
}

/** Routes that TestMaster calls and the permission each needs. Patterns allow a GHES prefix such as `/api/v3`. */
const KNOWN_ROUTES: KnownRoute[] = [
  { method: 'GET', template: '/user', pattern: /\/user$/ },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    pattern: /\/repos\/[^/]+\/[^/]+\/issues\/[^/]+\/comments$/,
    permission: 'pull-requests: read',
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    pattern: /\/repos\/[^/]+\/[^/]+\/issues\/[^/]+\/comments$/,
    permission: 'pull-requests: write',
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    pattern: /\/repos\/[^/]+\/[^/]+\/issues\/comments\/[^/]+$/,
    permission: 'pull-requests: write',
  },
  {
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    pattern: /\/repos\/[^/]+\/[^/]+\/issues\/comments\/[^/]+$/,
    permission: 'pull-requests: write',
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/check-runs',
    pattern: /\/repos\/[^/]+\/[^/]+\/check-runs$/,
    permission: 'checks: write',
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    pattern: /\/repos\/[^/]+\/[^/]+\/check-runs\/[^/]+$/,
    permission: 'checks: write',
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    pattern: /\/repos\/[^/]+\/[^/]+\/pulls\/[^/]+$/,
    permission: 'pull-requests: read',
  },
];

export interface HttpErrorShape {
  status: number;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  message?: string;
}

function isHttpError(error: unknown): error is HttpErrorShape {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    (error as { status: number }).status >= 400
  );
}

/** Returns true for GitHub's 403 response to a write with a read-only token, as `GITHUB_TOKEN` is on a fork PR. */
export function isResourceNotAccessible(error: unknown): boolean {
  if (error instanceof GitHubApiError) {
    return error.status === 403 && /resource not accessible by integration/i.test(error.githubMessage);
  }
  return isHttpError(error) && error.status === 403 && /resource not accessible by integration/i.test(githubMessageOf(error));
}

/** Converts an Octokit request error; returns `undefined` for anything that is not an HTTP error. */
export function toGitHubApiError(error: unknown, now: Date = new Date()): GitHubApiError | undefined {
  if (error instanceof GitHubApiError) return error;
  if (!isHttpError(error)) return undefined;

  const method = (error.request?.method ?? 'GET').toUpperCase();
  const path = pathOf(error.request?.url ?? '');
  const known = KNOWN_ROUTES.find((route) => route.method === method && route.pattern.test(path));
  const route = known?.template ?? path;
  if (isUnreachable(error)) {
    const message =
      `GitHub API request ${method} ${route} could not reach ${originOf(error.request?.url ?? '')}: ${networkCause(error)}. ` +
      "Check GITHUB_API_URL and the runner's network access.";
    return new GitHubApiError(error.status, method, route, '', known?.permission, message, { cause: error });
  }
  const githubMessage = githubMessageOf(error);
  const fix = describeFix(error, known, now);
  const message =
    `GitHub API request ${method} ${route} failed with HTTP ${error.status}: ${githubMessage || 'no message'}.` +
    (fix ? ` ${fix}` : '');
  return new GitHubApiError(error.status, method, route, githubMessage, known?.permission, message, { cause: error });
}

/** Runs `request` and rethrows an HTTP failure as a `GitHubApiError`. */
export async function withGitHubErrors<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toGitHubApiError(error) ?? error;
  }
}

function describeFix(error: HttpErrorShape, known: KnownRoute | undefined, now: Date): string {
  const headers = error.response?.headers ?? {};
  const message = githubMessageOf(error);
  const permission = known?.permission;
  const addPermission = permission
    ? `Add "${permission}" to the workflow's \`permissions:\` block (and "contents: read" to read the repository).`
    : '';

  if ((error.status === 403 || error.status === 429) && String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
    const wait = when ? Math.max(Math.ceil((when.getTime() - now.getTime()) / 1000), 0) : undefined;
    return when
      ? `The primary rate limit is exhausted until ${when.toISOString()} (${wait} s from now), longer than the client may wait. Re-run the job after that time.`
      : 'The primary rate limit is exhausted. Re-run the job later.';
  }
  if (/secondary rate limit/i.test(message)) {
    return 'GitHub applied a secondary rate limit and the retries ran out. Re-run the job in a few minutes.';
  }
  switch (error.status) {
    case 401:
      return 'The token is invalid or expired. Pass a valid token, for example `${{ github.token }}`.';
    case 403:
      if (/resource not accessible by integration/i.test(message)) {
        return `The token lacks a permission. ${addPermission} On pull requests from forks GITHUB_TOKEN is read-only; publish from a workflow_run workflow instead.`.trim();
      }
      return `The token is not allowed to make this request. ${addPermission}`.trim();
    case 404:
      return `Check that the repository and the number or id in the request exist, and that the token can see them. ${addPermission}`.trim();
    case 422:
      return `GitHub rejected the request data${validationDetails(error)}.`;
    default:
      return error.status >= 500 ? 'GitHub kept failing after the retries. Re-run the job; see https://www.githubstatus.com.' : '';
  }
}

function validationDetails(error: HttpErrorShape): string {
  const data = error.response?.data as { errors?: unknown[] } | undefined;
  if (!Array.isArray(data?.errors) || data.errors.length === 0) return '';
  return `: ${JSON.stringify(data.errors)}`;
}

function githubMessageOf(error: HttpErrorShape): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  if (typeof data === 'string' && data !== '') return data;
  return error.message ?? '';
}

/**
 * Checks for a request that got no HTTP response at all, such as a refused
 * connection. Octokit reports those as status 500 without a response.
 */
export function isUnreachable(error: HttpErrorShape): boolean {
  return error.status === 500 && error.response === undefined;
}

/** Describes a network failure by its system error code when it has one, such as ECONNREFUSED. */
function networkCause(error: HttpErrorShape): string {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `${error.message ?? 'request failed'} (${code})`;
    cause = (cause as { cause?: unknown }).cause;
  }
  return error.message ?? 'request failed';
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the API';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://github.invalid').pathname;
  } catch {
    return url;
  }
}
