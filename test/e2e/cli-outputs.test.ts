/** Output files of the CLI: one path that cannot be written costs that file alone, and exit code 2 names it. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let scenario: PullRequestScenario | undefined;

afterEach(() => {
  scenario?.repo.remove();
  scenario = undefined;
});

it('writes the Markdown when the JSON path fails', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  const folder = join(scenario.dir, 'taken');
  mkdirSync(folder);

  const result = await runCli(scenario.dir, ['coverage', '--json', folder, '--markdown', 'report.md']);

  expect(result.exitCode).toBe(2);
  expect(result.stderr).toMatch(/Could not write .*taken/);
  expect(existsSync(join(scenario.dir, 'report.md'))).toBe(true);
});

it('rejects two outputs on standard output', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);

  const result = await runCli(scenario.dir, ['coverage', '--json', '-', '--markdown', '-']);

  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain('--json - and --markdown - both write to standard output');
  expect(result.stdout).toBe('');
});

it.runIf(existsSync('/proc/self'))('fails an HTML folder under /proc at once', async () => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);

  const result = await runCli(scenario.dir, ['coverage', '--html', '/proc/testmaster-missing/html', '--markdown', 'report.md']);

  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain('Could not write the HTML report to /proc/testmaster-missing/html');
  expect(existsSync(join(scenario.dir, 'report.md'))).toBe(true);
}, 60_000);
