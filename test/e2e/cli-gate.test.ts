/** `testmaster check` and `testmaster coverage` gate a real repository and report through the exit code. */
import { afterEach, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let scenario: PullRequestScenario | undefined;

afterEach(() => {
  scenario?.repo.remove();
  scenario = undefined;
});

it.each([
  ['passing config thresholds', 'coverage:\n  thresholds:\n    lines: 60\n    branches: 50\n', 0, '[PASS] TestMaster: passed'],
  ['failing config thresholds', 'coverage:\n  thresholds:\n    lines: 99\n', 1, '[FAIL] TestMaster: failed'],
  ['failing patch threshold', 'coverage:\n  patch:\n    threshold: 50\n', 1, '[FAIL] TestMaster: failed'],
])('check with %s', async (_case, config, exitCode, headline) => {
  scenario = samplePullRequest();
  // coverage/coverage-final.json is one of the default report locations.
  writeSampleReport(scenario);
  scenario.repo.write('.github/testmaster.yml', config);

  const result = await runCli(scenario.dir, ['check']);

  expect(result.exitCode, result.stdout + result.stderr).toBe(exitCode);
  expect(result.stdout).toContain(headline);
  expect(result.stdout).toContain('2 of 10 changed lines are covered (20.00%)');
  expect(result.stderr).toContain('Read coverage/coverage-final.json (istanbul-json, 3 files).');
});

it.each([
  ['no threshold', [], 0],
  ['a met threshold', ['--threshold', 'lines=60'], 0],
  ['a missed threshold', ['--threshold', 'lines=99'], 1],
  ['a missed patch threshold', ['--patch-threshold', '21'], 1],
])('coverage with %s', async (_case, flags, exitCode) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);

  const result = await runCli(scenario.dir, ['coverage', ...flags]);

  expect(result.exitCode, result.stdout + result.stderr).toBe(exitCode);
});

it('check runs from a subfolder', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  scenario.repo.write('.github/testmaster.yml', 'coverage:\n  thresholds:\n    lines: 99\n');

  const result = await runCli(`${scenario.dir}/src`, ['check']);

  expect(result.exitCode).toBe(1);
  expect(result.stdout).toContain('src/unused.js');
});
