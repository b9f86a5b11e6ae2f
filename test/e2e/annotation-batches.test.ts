/** The bundled action sends annotations in batches of 50 over one check run, and at most 1,000 of them. */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { createPullRequest, lcovReport, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

/** Creates a PR that adds `count` executable lines with every even line uncovered, so `count / 2` separate uncovered ranges. */
function alternatingPullRequest(count = 240): PullRequestScenario {
  const lines = Array.from({ length: count }, (_, index) => `export const value${index + 1} = ${index + 1};`);
  const created = createPullRequest(
    { 'src/existing.ts': 'export const existing = 1;\n' },
    { 'src/generated.ts': `${lines.join('\n')}\n` },
  );
  const hits: Record<number, number> = {};
  for (let line = 1; line <= count; line += 1) hits[line] = line % 2 === 1 ? 1 : 0;
  created.repo.write('coverage/lcov.info', lcovReport([{ path: 'src/generated.ts', hits }, { path: 'src/existing.ts', hits: { 1: 1 } }]));
  return created;
}

it('check run sends 120 annotations in three requests', async () => {
  scenario = alternatingPullRequest();
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn, { inputs: { comment: 'false' } });

  expect(result.exitCode).toBe(0);
  expect(standIn.count('POST', '/repos/{owner}/{repo}/check-runs')).toBe(1);
  expect(standIn.count('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}')).toBe(2);
  const batches = standIn.requests
    .filter((request) => request.route?.startsWith('/repos/{owner}/{repo}/check-runs'))
    .map((request) => (request.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0);
  expect(batches).toEqual([50, 50, 20]);
  expect(standIn.state.checkRuns).toHaveLength(1);
  const stored = standIn.state.checkRuns[0]!;
  expect(stored.annotations).toHaveLength(120);
  expect(new Set(stored.annotations.map((annotation) => annotation.start_line))).toEqual(
    new Set(Array.from({ length: 120 }, (_, index) => (index + 1) * 2)),
  );
  expect(stored.status).toBe('completed');
  expect(stored.conclusion).toBe('success');
  expect(standIn.state.comments).toHaveLength(0);
});

it('check run sends at most 1,000 annotations', async () => {
  scenario = alternatingPullRequest(2_010);
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn, { inputs: { comment: 'false' } });

  expect(result.exitCode, result.stdout).toBe(0);
  expect(standIn.count('POST', '/repos/{owner}/{repo}/check-runs')).toBe(1);
  expect(standIn.count('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}')).toBe(19);
  const stored = standIn.state.checkRuns[0]!;
  expect(stored.annotations).toHaveLength(1_000);
  expect(stored.output.text).toContain('5 annotations of 1,005 were left out, because a check run gets at most 1,000, the most severe first.');
});
