import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubApiError, withGitHubErrors } from '../../src/github/errors.js';
import type { FaultRule, StandIn } from '../support/github-stand-in/index.js';
import { clientFor, closeAndAssertClean, FAST_RETRY, OWNER, REPO, startTestStandIn } from './fixture.js';

const PULL_ROUTE = '/repos/{owner}/{repo}/pulls/{pull_number}';
const COMMENTS_ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

describe('createGitHubClient retries', () => {
  it.each<[string, FaultRule, number]>([
    ['one 502', { kind: 'server-error', route: PULL_ROUTE }, 2],
    ['three 502s', { kind: 'server-error', route: PULL_ROUTE, times: 3 }, 4],
    ['a 503', { kind: 'server-error', status: 503, route: PULL_ROUTE }, 2],
    ['a secondary rate limit', { kind: 'secondary-rate-limit', route: PULL_ROUTE }, 2],
    ['a secondary rate limit as 429', { kind: 'secondary-rate-limit', status: 429, route: PULL_ROUTE }, 2],
    ['a secondary rate limit without retry-after', { kind: 'secondary-rate-limit', retryAfterSeconds: null, route: PULL_ROUTE }, 2],
    ['a primary rate limit (403)', { kind: 'primary-rate-limit', route: PULL_ROUTE }, 2],
    ['a primary rate limit (429)', { kind: 'primary-rate-limit', status: 429, route: PULL_ROUTE }, 2],
  ])('succeeds after %s', async (_name, fault, requests) => {
    standIn = await startTestStandIn();
    standIn.inject(fault);
    const messages: string[] = [];

    const { data } = await clientFor(standIn, undefined, { secondaryRateLimitFallbackSeconds: 1 }, (message) =>
      messages.push(message),
    ).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 });

    expect(data.number).toBe(1);
    expect(standIn.count('GET', PULL_ROUTE)).toBe(requests);
    expect(messages.length).toBeGreaterThan(0);
  });

  it('retries a write after a secondary rate limit', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'secondary-rate-limit', method: 'POST', route: COMMENTS_ROUTE, times: 2 });

    await clientFor(standIn).rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'hello' });

    expect(standIn.count('POST', COMMENTS_ROUTE)).toBe(3);
    expect(standIn.state.commentsOn(1)).toHaveLength(1);
  });

  it('gives up after the maximum 5xx retries', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'server-error', route: PULL_ROUTE, times: 10 });

    const request = withGitHubErrors(() =>
      clientFor(standIn!, undefined, { maxServerErrorRetries: 2 }).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 }),
    );

    await expect(request).rejects.toBeInstanceOf(GitHubApiError);
    await expect(request).rejects.toThrow(/HTTP 502/);
    expect(standIn.count('GET', PULL_ROUTE)).toBe(3);
  });

  it('gives up when the rate-limit reset is beyond the maximum wait', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'primary-rate-limit', route: PULL_ROUTE, resetInSeconds: 3600 });
    const messages: string[] = [];

    const request = withGitHubErrors(() =>
      clientFor(standIn!, undefined, { maxRateLimitWaitSeconds: 60 }, (message) => messages.push(message)).rest.pulls.get({
        owner: OWNER,
        repo: REPO,
        pull_number: 1,
      }),
    );

    await expect(request).rejects.toThrow(/primary rate limit is exhausted until .* Re-run the job/);
    expect(standIn.count('GET', PULL_ROUTE)).toBe(1);
    expect(messages.join('\n')).toMatch(/exceeds the maximum of 60 s/);
  });

  it('gives up after the maximum secondary rate-limit retries', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'secondary-rate-limit', route: PULL_ROUTE, times: 10 });

    const request = withGitHubErrors(() =>
      clientFor(standIn!, undefined, { maxRateLimitRetries: 2 }).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 }),
    );

    await expect(request).rejects.toThrow(/secondary rate limit/);
    expect(standIn.count('GET', PULL_ROUTE)).toBe(3);
  });

  it('does not retry a 404', async () => {
    standIn = await startTestStandIn();

    const request = withGitHubErrors(() =>
      clientFor(standIn!).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 99 }),
    );

    await expect(request).rejects.toThrow(/HTTP 404/);
    expect(standIn.count('GET', PULL_ROUTE)).toBe(1);
  });
});

describe('createGitHubClient without a server', () => {
  it('names a refused connection', async () => {
    const port = await closedPort();
    const messages: string[] = [];
    const client = createGitHubClient({
      token: 'test-token',
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { ...FAST_RETRY, maxServerErrorRetries: 1 },
      log: (message) => messages.push(message),
    });

    const request = withGitHubErrors(() => client.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 }));

    await expect(request).rejects.toThrow(`GitHub API request GET /repos/{owner}/{repo}/pulls/{pull_number} could not reach http://127.0.0.1:${port}`);
    await expect(request).rejects.toThrow(/ECONNREFUSED/);
    expect(messages).toContain(`GitHub API request GET /repos/{owner}/{repo}/pulls/{pull_number} could not be sent (connect ECONNREFUSED 127.0.0.1:${port}) (attempt 1 of 2).`);
  });
});

/** Returns a loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
