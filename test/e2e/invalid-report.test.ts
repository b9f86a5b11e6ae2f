/**
 * A malformed coverage report or action input is invalid input: the bundled
 * action exits 2, names the file and the position or the input in the log,
 * and still writes the job summary (and, for a report, the `result` output).
 */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { renderGfm } from '../report/fixtures.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { createPullRequest, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

it.each([
  // The write stopped inside the second record: no end_of_record and no final newline.
  ['truncated lcov', 'coverage/lcov.info', 'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\nSF:src/b.ts\nDA:1,1', /coverage\/lcov\.info at line 6: .*truncated/],
  ['bad lcov count', 'coverage/lcov.info', 'TN:\nSF:src/a.ts\nDA:1,many\nend_of_record\n', /coverage\/lcov\.info at line 3: /],
  ['truncated Istanbul JSON', 'coverage/coverage-final.json', '{"src/a.ts": {"path": "src/a.ts", "statementMap": {', /coverage\/coverage-final\.json at (line|byte) \d+/],
])('%s exits 2 with summary', async (_case, reportPath, content, logLine) => {
  scenario = createPullRequest(
    { 'src/a.ts': 'export const a = 1;\n' },
    { 'src/a.ts': 'export const a = 2;\n', 'src/b.ts': 'export const b = 1;\nexport const c = 2;\n' },
  );
  scenario.repo.write(reportPath, content);
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn);

  expect(result.exitCode).toBe(2);
  expect(result.stdout).toMatch(logLine);
  expect(result.stdout).toMatch(/^::error::/m);
  expect(result.summary).not.toBe('');
  expect(renderGfm(result.summary)).toMatch(logLine);
  expect(result.outputs.status).toBe('error');
  expect(result.outputs.passed).toBe('false');
  expect(() => JSON.parse(result.outputs.result ?? '')).not.toThrow();
});

it('invalid input writes the summary', async () => {
  scenario = createPullRequest({ 'src/a.ts': 'export const a = 1;\n' }, { 'src/a.ts': 'export const a = 2;\n' });
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn, { inputs: { thresholds: 'lines=abc' } });

  expect(result.exitCode).toBe(2);
  expect(result.stdout).toMatch(/^::error::Input thresholds lines: "abc" is not a percentage/m);
  expect(renderGfm(result.summary)).toContain('Action setup could not run: invalid input.');
  expect(result.summary).toContain('Input thresholds lines: "abc" is not a percentage');
});

it('an empty token skips publishing', async () => {
  scenario = createPullRequest({ 'src/a.ts': 'export const a = 1;\n' }, { 'src/a.ts': 'export const a = 2;\n' });
  scenario.repo.write('coverage/lcov.info', 'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\n');
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn, { inputs: { 'github-token': '' } });

  expect(result.exitCode).toBe(0);
  expect(result.stdout).toMatch(/^::warning::The github-token input is empty, so the PR comment and the check run were skipped/m);
  expect(standIn.requests).toEqual([]);
  expect(result.summary).not.toBe('');
});
