/** Shared set-up for the GitHub tests: a stand-in per test and clients whose waits are short. */
import { expect } from 'vitest';
import { createGitHubClient, type GitHubClient, type RetryPolicy } from '../../src/github/client.js';
import { DEFAULT_TOKEN, startStandIn, type StandIn, type StandInOptions } from '../support/github-stand-in/index.js';

/** Waits shortened so a `retry-after: 1` costs 10 ms; the counts of retries stay as in production. */
export const FAST_RETRY: Partial<RetryPolicy> = {
  serverErrorBackoffMs: 1,
  millisecondsPerSecond: 10,
  writeIntervalMs: 0,
  notificationIntervalMs: 0,
};

export const OWNER = 'octo-org';
export const REPO = 'octo-repo';
export const HEAD_SHA = 'a'.repeat(40);
export const READ_ONLY_TOKEN = 'fork-token';
export const INSTALLATION_TOKEN = 'installation-token';
export const OTHER_USER_TOKEN = 'other-user-token';

export const TOKENS: StandInOptions['tokens'] = {
  [DEFAULT_TOKEN]: { login: 'testmaster-user' },
  [INSTALLATION_TOKEN]: { login: 'github-actions[bot]', installation: true },
  [READ_ONLY_TOKEN]: { login: 'github-actions[bot]', installation: true, readOnly: true },
  [OTHER_USER_TOKEN]: { login: 'someone-else' },
};

export async function startTestStandIn(options: StandInOptions = {}): Promise<StandIn> {
  return startStandIn({ owner: OWNER, repo: REPO, tokens: TOKENS, ...options });
}

export function clientFor(
  standIn: StandIn,
  token: string = DEFAULT_TOKEN,
  retry: Partial<RetryPolicy> = {},
  log?: (message: string) => void,
): GitHubClient {
  return createGitHubClient({ token, baseUrl: standIn.url, retry: { ...FAST_RETRY, ...retry }, log });
}

/** Asserts that every request matched GitHub's description and every response matched its schema, then stops the server. */
export async function closeAndAssertClean(standIn: StandIn | undefined): Promise<void> {
  if (!standIn) return;
  await standIn.close();
  expect(standIn.violations).toEqual([]);
  expect(standIn.responseViolations).toEqual([]);
}
