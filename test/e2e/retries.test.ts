/**
 * The bundled action retries 502 responses and secondary rate limits on the
 * comment and check-run routes and still publishes. The bundle runs with the
 * production retry policy, so each retry costs real waits: n² seconds of
 * backoff before the n-th retry of a 502, `retry-after: 1` after a rate
 * limit, and one second between writes.
 */
import { afterEach, expect, it } from 'vitest';
import type { FaultRule, StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

it.each<[string, FaultRule[], RegExp[]]>([
  ['502 on listing comments', [{ kind: 'server-error', method: 'GET', route: COMMENTS }], [/GET \S+ got HTTP 502 \(attempt 1 of 4\)/]],
  ['502 on the comment', [{ kind: 'server-error', method: 'POST', route: COMMENTS }], [/POST \S+ got HTTP 502 \(attempt 1 of 4\)/]],
  [
    '502 twice on the check run',
    [{ kind: 'server-error', method: 'POST', route: CHECK_RUNS, times: 2 }],
    [/POST \S+check-runs got HTTP 502 \(attempt 1 of 4\)/, /POST \S+check-runs got HTTP 502 \(attempt 2 of 4\)/],
  ],
  [
    // Each request counts its own attempts, so an earlier retried request does not lengthen later backoffs.
    '502 on both routes',
    [
      { kind: 'server-error', method: 'POST', route: COMMENTS },
      { kind: 'server-error', method: 'POST', route: CHECK_RUNS },
    ],
    [/POST \S+comments got HTTP 502 \(attempt 1 of 4\)/, /POST \S+check-runs got HTTP 502 \(attempt 1 of 4\)/],
  ],
  [
    'rate limit on the comment',
    [{ kind: 'secondary-rate-limit', method: 'POST', route: COMMENTS, retryAfterSeconds: 1 }],
    [/secondary rate limit on POST \S+comments: retry 1 in 1 s\./],
  ],
  [
    'rate limit on the check run',
    [{ kind: 'secondary-rate-limit', method: 'POST', route: CHECK_RUNS, retryAfterSeconds: 1 }],
    [/secondary rate limit on POST \S+check-runs: retry 1 in 1 s\./],
  ],
  [
    // Four rate limits in one run exceed the three retries that one request may take, so each request counts its own.
    'two rate limits on both routes',
    [
      { kind: 'secondary-rate-limit', method: 'POST', route: COMMENTS, retryAfterSeconds: 1, times: 2 },
      { kind: 'secondary-rate-limit', method: 'POST', route: CHECK_RUNS, retryAfterSeconds: 1, times: 2 },
    ],
    [/comments: retry 2 in 1 s\./, /check-runs: retry 2 in 1 s\./],
  ],
])('publish retries %s', async (_case, faults, logLines) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);
  for (const fault of faults) standIn.inject(fault);

  const result = await runOnPullRequest(scenario, standIn);

  expect(result.exitCode, result.stdout).toBe(0);
  expect(standIn.state.commentsOn(scenario.number)).toHaveLength(1);
  expect(standIn.state.checkRuns).toHaveLength(1);
  const failedRequests = standIn.requests.filter((request) => request.status >= 400 && request.route !== '/user');
  expect(failedRequests).toHaveLength(faults.reduce((sum, fault) => sum + (fault.times ?? 1), 0));
  for (const line of logLines) expect(result.stdout).toMatch(line);
  console.info(`${_case}: the step took ${result.seconds.toFixed(1)} s`);
});
