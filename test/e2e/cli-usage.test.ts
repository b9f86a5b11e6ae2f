/** Usage errors and a broken config exit 2 with a message that points at the cause; `--help` documents every option. */
import { afterEach, expect, it } from 'vitest';
import { CHECK_COMMAND } from '../../src/cli/commands/check.js';
import { COVERAGE_COMMAND } from '../../src/cli/commands/coverage.js';
import { runCli } from './support/run-cli.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let scenario: PullRequestScenario | undefined;

afterEach(() => {
  scenario?.repo.remove();
  scenario = undefined;
});

it.each([
  ['a wrong value type', 'coverage:\n  thresholds:\n    lines: ninety\n', /\.github\/testmaster\.yml line 3: coverage\.thresholds\.lines must be a number/],
  ['an unknown key', 'coverage:\n  thresholds:\n    lines: 80\n  tresholds: {}\n', /\.github\/testmaster\.yml line 4: coverage\.tresholds is not a known key\. .*Did you mean "thresholds"\?/],
  ['invalid YAML', 'coverage:\n  thresholds:\n    lines: [80\n', /\.github\/testmaster\.yml line 4, column 1: invalid YAML/],
])('broken config with %s exits 2', async (_case, config, message) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);
  scenario.repo.write('.github/testmaster.yml', config);

  const result = await runCli(scenario.dir, ['check']);

  expect(result.exitCode).toBe(2);
  expect(result.stdout).toMatch(message);
});

it.each([
  ['an unknown flag', ['coverage', '--bogus'], /Unknown option '--bogus'/],
  ['a flag of another command', ['check', '--threshold', 'lines=80'], /Unknown option '--threshold'/],
  ['a missing flag value', ['coverage', '--format'], /--format/],
  ['an unknown command', ['covrage'], /Unknown command "covrage"/],
  ['an invalid threshold', ['coverage', '--threshold', 'lines=120'], /--threshold/],
])('%s exits 2', async (_case, args, message) => {
  scenario = samplePullRequest();
  writeSampleReport(scenario);

  const result = await runCli(scenario.dir, args);

  expect(result.exitCode).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).toBe('');
});

it.each([
  ['check', CHECK_COMMAND],
  ['coverage', COVERAGE_COMMAND],
])('%s --help lists options with defaults', async (_name, spec) => {
  scenario = samplePullRequest();

  const result = await runCli(scenario.dir, [spec.name, '--help']);

  expect(result.exitCode).toBe(0);
  const help = result.stdout;
  for (const option of spec.options) {
    const row = help.split('\n').find((line) => new RegExp(`^ +(-\\w, )?--${option.name}( |$)`).test(line));
    expect(row, `--${option.name} is missing`).toBeDefined();
    // --help prints and exits, so it has no default to show.
    if (option.name === 'help') continue;
    expect(option.defaultText, `--${option.name} has no default`).toBeDefined();
    expect(row, `--${option.name} shows no default`).toContain(`Default: ${option.defaultText}.`);
  }
});
