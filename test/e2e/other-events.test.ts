/**
 * A patch threshold on events other than pull requests: a merge group
 * measures its base_sha..head_sha as impact analysis does, and a push names
 * the threshold as not checked instead of dropping it unseen.
 */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { PR_BRANCH, REPOSITORY, samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

const repository = { full_name: REPOSITORY, default_branch: 'main' };
const INPUTS = { comment: 'false', 'check-run': 'false', 'patch-threshold': '90' };

interface CoverageResult {
  coverage: { gate: { checks: { kind: string; passed: boolean; message: string }[] }; warnings: string[] };
}

it('merge group measures the patch', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);
  const payload = {
    merge_group: { head_sha: scenario.headSha, base_sha: scenario.baseSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc', base_ref: 'refs/heads/main' },
    repository,
  };

  const { exitCode, outputs } = await runOnPullRequest(scenario, standIn, { eventName: 'merge_group', payload, inputs: INPUTS });
  const result = JSON.parse(outputs.result ?? 'null') as CoverageResult;

  expect(exitCode).toBe(1);
  expect(outputs['coverage-patch']).toBe('20.00');
  expect(result.coverage.gate.checks).toContainEqual(expect.objectContaining({ kind: 'patch', passed: false }));
});

it('merge group without base_sha fails the threshold', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);
  const payload = { merge_group: { head_sha: scenario.headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' }, repository };

  const { exitCode, outputs } = await runOnPullRequest(scenario, standIn, { eventName: 'merge_group', payload, inputs: INPUTS });
  const result = JSON.parse(outputs.result ?? 'null') as CoverageResult;
  const patchCheck = result.coverage.gate.checks.find((check) => check.kind === 'patch');

  expect(exitCode).toBe(1);
  expect(outputs['coverage-patch']).toBe('');
  expect(patchCheck?.passed).toBe(false);
  expect(patchCheck?.message).toContain('The merge_group event has no base_sha.');
});

it('push names the unchecked threshold', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);
  const payload = { ref: `refs/heads/${PR_BRANCH}`, before: scenario.baseSha, after: scenario.headSha, repository };

  const { exitCode, outputs, summary } = await runOnPullRequest(scenario, standIn, { eventName: 'push', payload, inputs: INPUTS });
  const result = JSON.parse(outputs.result ?? 'null') as CoverageResult;
  const warning =
    'Patch coverage applies to pull requests and merge groups; this run was started by push. ' +
    'The 90% patch threshold was not checked, so it neither passed nor failed.';

  expect(exitCode).toBe(0);
  expect(outputs['coverage-patch']).toBe('');
  expect(result.coverage.gate.checks.filter((check) => check.kind === 'patch')).toEqual([]);
  expect(result.coverage.warnings).toContain(warning);
  expect(summary).toContain('The 90% patch threshold was not checked');
});
