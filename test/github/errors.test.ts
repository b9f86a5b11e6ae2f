import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { publishCheckRun } from '../../src/github/check-run.js';
import { GitHubApiError, isResourceNotAccessible, toGitHubApiError, withGitHubErrors } from '../../src/github/errors.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { clientFor, closeAndAssertClean, HEAD_SHA, OWNER, READ_ONLY_TOKEN, REPO, startTestStandIn } from './fixture.js';

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitHubApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('GitHubApiError from real answers', () => {
  it('names status, route, message and checks: write for a read-only check run', async () => {
    standIn = await startTestStandIn();
    const client = clientFor(standIn, READ_ONLY_TOKEN);

    const error = await failure(
      publishCheckRun(client, {
        owner: OWNER,
        repo: REPO,
        name: 'coverage',
        headSha: HEAD_SHA,
        conclusion: 'success',
        title: 't',
        summary: 's',
        annotations: [],
      }),
    );

    expect(error.status).toBe(403);
    expect(error.exitCode).toBe(EXIT.githubApi);
    expect(error.route).toBe('/repos/{owner}/{repo}/check-runs');
    expect(error.permission).toBe('checks: write');
    expect(error.message).toContain('POST /repos/{owner}/{repo}/check-runs failed with HTTP 403');
    expect(error.message).toContain('Resource not accessible by integration');
    expect(error.message).toContain('"checks: write"');
    expect(isResourceNotAccessible(error)).toBe(true);
  });

  it('names pull-requests: write for a read-only comment', async () => {
    standIn = await startTestStandIn();

    const error = await failure(
      withGitHubErrors(() =>
        clientFor(standIn!, READ_ONLY_TOKEN).rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'x' }),
      ),
    );

    expect(error.message).toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments failed with HTTP 403');
    expect(error.message).toContain('"pull-requests: write"');
    expect(error.message).toContain('forks');
  });

  it('names pull-requests: read for a missing pull request', async () => {
    standIn = await startTestStandIn();

    const error = await failure(
      withGitHubErrors(() => clientFor(standIn!).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 404 })),
    );

    expect(error.status).toBe(404);
    expect(error.message).toContain('GET /repos/{owner}/{repo}/pulls/{pull_number} failed with HTTP 404: Not Found.');
    expect(error.message).toContain('"pull-requests: read"');
    expect(isResourceNotAccessible(error)).toBe(false);
  });

  it('explains a bad token', async () => {
    standIn = await startTestStandIn();

    const error = await failure(withGitHubErrors(() => clientFor(standIn!, 'wrong-token').rest.users.getAuthenticated()));

    expect(error.status).toBe(401);
    expect(error.message).toContain('GET /user failed with HTTP 401: Bad credentials.');
    expect(error.message).toContain('invalid or expired');
  });
});

describe('toGitHubApiError', () => {
  it.each([
    [new Error('boom')],
    ['text'],
    [{ status: 200 }],
    [null],
  ])('ignores %j', (value) => {
    expect(toGitHubApiError(value)).toBeUndefined();
  });

  it('keeps a GHES prefix out of the route match', () => {
    const error = toGitHubApiError({
      status: 403,
      request: { method: 'PATCH', url: 'https://ghe.example/api/v3/repos/o/r/check-runs/5' },
      response: { headers: {}, data: { message: 'Resource not accessible by integration' } },
    });
    expect(error?.route).toBe('/repos/{owner}/{repo}/check-runs/{check_run_id}');
    expect(error?.permission).toBe('checks: write');
  });

  it('lists validation errors of a 422', () => {
    const error = toGitHubApiError({
      status: 422,
      request: { method: 'POST', url: 'https://api.github.com/repos/o/r/check-runs' },
      response: { headers: {}, data: { message: 'Validation Failed', errors: [{ field: 'head_sha', code: 'invalid' }] } },
    });
    expect(error?.message).toContain('Validation Failed');
    expect(error?.message).toContain('"field":"head_sha"');
  });
});
