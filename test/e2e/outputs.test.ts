/** Both bundled actions set the documented outputs, with the whole result as JSON. */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { parseOutputFile, type ActionName } from './support/run-bundle.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

interface Count {
  covered: unknown;
  total: unknown;
}

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

function expectCount(count: Count | null | undefined, covered: number, total: number): void {
  expect(Number.isInteger(count?.covered)).toBe(true);
  expect(Number.isInteger(count?.total)).toBe(true);
  expect(count).toMatchObject({ covered, total });
}

it.each<ActionName>(['coverage-gate', 'suite'])('%s sets the outputs', async (action) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);

  const { exitCode, outputs } = await runOnPullRequest(scenario, standIn, { action, inputs: { comment: 'false', 'check-run': 'false' } });

  expect(exitCode).toBe(0);
  expect(outputs.passed).toBe('true');
  expect(outputs.status).toBe('passed');
  expect(outputs['coverage-lines']).toBe('63.63');
  expect(outputs['coverage-patch']).toBe('20.00');
  // Istanbul JSON has no classes, so the output is present but empty.
  expect(outputs['coverage-classes']).toBe('');
  const result = JSON.parse(outputs.result ?? 'null') as {
    coverage: { totals: Record<string, Count | null>; patch: Count; gate: { passed: unknown } };
  };
  expectCount(result.coverage.totals.lines, 21, 33);
  expectCount(result.coverage.totals.branches, 15, 27);
  expectCount(result.coverage.patch, 2, 10);
  expect(result.coverage.totals.classes).toBeNull();
  expect(result.coverage.gate.passed).toBe(true);
  expect(standIn.requests.filter((request) => request.method !== 'GET')).toEqual([]);
});

it.each([
  ['heredoc values', 'passed<<ghadelimiter_1\ntrue\nghadelimiter_1\nresult<<ghadelimiter_2\n{"a":\n1}\nghadelimiter_2\n', { passed: 'true', result: '{"a":\n1}' }],
  ['empty heredoc value', 'coverage-classes<<EOF\n\nEOF\n', { 'coverage-classes': '' }],
  ['name=value lines', 'status=passed\nempty=\n', { status: 'passed', empty: '' }],
])('parseOutputFile reads %s', (_case, text, expected) => {
  expect(parseOutputFile(text)).toEqual(expected);
});
