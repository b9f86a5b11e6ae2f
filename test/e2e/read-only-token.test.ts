/**
 * With a read-only token, as on a pull request from a fork, the bundled action
 * falls back to the job summary, the log and workflow-command annotations,
 * and its exit code still follows the gate.
 */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, READ_ONLY_TOKEN, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { pullRequestEvent, samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

it.each([
  ['passing gate', 'lines=50', 0, 'passed'],
  ['failing gate', 'lines=99', 1, 'failed'],
])('read-only token with %s', async (_case, thresholds, exitCode, status) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn, {
    inputs: { 'github-token': READ_ONLY_TOKEN, thresholds },
    payload: pullRequestEvent(scenario, { headRepository: 'contributor/octo-repo' }),
  });

  expect(result.exitCode).toBe(exitCode);
  expect(result.outputs.status).toBe(status);
  expect(result.summary).toContain(`TestMaster coverage: ${status}`);
  expect(result.summary).toContain('src/unused.js');
  // The plain-text report in the log.
  expect(result.stdout).toContain('2 of 10 changed lines are covered (20.00%)');
  // Workflow commands that the runner turns into annotations on the changed lines.
  expect(result.stdout).toMatch(/^::warning file=src\/unused\.js,line=6,endLine=7,title=[^:]+::Lines 6-7 were changed but no test covers them\.$/m);
  expect(result.stdout).toMatch(/^::warning file=src\/pricing\.js,line=25,endLine=25,/m);
  expect(result.stdout).toMatch(/^::warning::.*"pull-requests: write"/m);
  expect(standIn.state.comments).toHaveLength(0);
  expect(standIn.state.checkRuns).toHaveLength(0);
});
