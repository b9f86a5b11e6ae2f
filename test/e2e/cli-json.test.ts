/** `testmaster coverage --json -` prints the coverage result as JSON on standard output. */
import { afterEach, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let scenario: PullRequestScenario | undefined;

afterEach(() => {
  scenario?.repo.remove();
  scenario = undefined;
});

interface CoverageJson {
  totals: Record<string, { covered: unknown; total: unknown; percent: unknown } | null>;
  gate: { passed: unknown };
  patch: { covered: unknown; total: unknown };
}

it.each([
  ['a met threshold', 'lines=60', 0, true],
  ['a missed threshold', 'lines=99', 1, false],
])('coverage JSON with %s', async (_case, threshold, exitCode, passed) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);

  const result = await runCli(scenario.dir, ['coverage', '--json', '-', '--threshold', threshold]);

  expect(result.exitCode).toBe(exitCode);
  const json = JSON.parse(result.stdout) as CoverageJson;
  expect(Number.isInteger(json.totals.lines?.covered)).toBe(true);
  expect(Number.isInteger(json.totals.lines?.total)).toBe(true);
  expect(json.totals.lines).toEqual({ covered: 21, total: 33, percent: 63.63 });
  expect(json.totals.functions).toEqual({ covered: 8, total: 13, percent: 61.53 });
  // Istanbul JSON has no class counters.
  expect(json.totals.classes).toBeNull();
  expect(json.gate.passed).toBe(passed);
  expect(json.patch).toMatchObject({ covered: 2, total: 10 });
  // The text report moves to standard error, so standard output stays parseable.
  expect(result.stderr).toContain('Patch coverage');
});
