/**
 * A pull request whose base commit the clone lacks and cannot fetch: the
 * action still reports the totals and the global gate, marks patch coverage
 * and the base as not measured, and exits 2.
 */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { pullRequestEvent, samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';
import { TestRepo } from '../git/fixture.js';
import { renderGfm } from '../report/fixtures.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

it('unfetchable base keeps the totals', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  standIn = await startStandInFor(scenario);
  // A base SHA that the repository lacks; it has no origin to fetch it from.
  const missing = 'f'.repeat(40);
  const payload = pullRequestEvent({ ...scenario, baseSha: missing });

  const { exitCode, outputs, summary } = await runOnPullRequest(scenario, standIn, {
    payload,
    inputs: { comment: 'false', 'check-run': 'false', thresholds: 'lines=90' },
  });
  const result = JSON.parse(outputs.result ?? 'null') as {
    coverage: { totals: { lines: { covered: number; total: number } }; gate: { checks: { kind: string; passed: boolean }[] }; error: { message: string } };
  };

  expect(exitCode).toBe(2);
  expect(outputs['coverage-lines']).toBe('63.63');
  expect(result.coverage.totals.lines).toMatchObject({ covered: 21, total: 33 });
  expect(result.coverage.gate.checks).toContainEqual(expect.objectContaining({ kind: 'global', passed: false }));
  expect(result.coverage.error.message).toContain(missing);
  expect(summary).toContain('63\\.63%');
  expect(summary).toContain(missing);
});

it('force-pushed base falls back to the branch', async () => {
  scenario = samplePullRequest();
  standIn = await startStandInFor(scenario);
  const origin = scenario;
  // The runner's checkout: a clone whose origin is the scenario repository, on the head commit.
  const clone = TestRepo.clone(origin.repo);
  clone.git('checkout', '--quiet', origin.headSha);
  writeSampleReport({ ...origin, repo: clone, dir: clone.dir });
  const payload = pullRequestEvent({ ...origin, baseSha: 'e'.repeat(40) });

  try {
    const { exitCode, outputs, summary } = await runOnPullRequest({ ...origin, repo: clone, dir: clone.dir }, standIn, {
      payload,
      inputs: { comment: 'false', 'check-run': 'false' },
    });

    expect(exitCode).toBe(0);
    expect(outputs['coverage-patch']).toBe('20.00');
    expect(renderGfm(summary)).toContain("The pull request's base commit eeeeeeeeeeee could not be fetched, so the base is origin/main");
  } finally {
    clone.remove();
  }
});
