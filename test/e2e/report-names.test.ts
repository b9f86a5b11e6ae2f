/**
 * Report names of the bundled actions on one pull request: each single-stage
 * action keeps its own sticky comment and check-run name, and the suite's
 * failure annotation lists only the stages that failed.
 */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { createPullRequest, type FileSet, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

const BASE: FileSet = {
  'src/parse.ts': 'export function parse(text: string): number {\n  return Number(text);\n}\n',
  'test/parse.test.ts': "import { parse } from '../src/parse.js';\n\nexport const parsed = parse('1');\n",
};

/** The change reaches one test, and the workflow's expression injection fails static validation. */
const HEAD: FileSet = {
  'src/parse.ts': 'export function parse(text: string): number {\n  return Number.parseFloat(text);\n}\n',
  '.github/workflows/ci.yml': [
    'on: pull_request',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo "${{ github.event.pull_request.title }}"',
    '',
  ].join('\n'),
};

async function pullRequest(base: FileSet = {}): Promise<{ pull: PullRequestScenario; server: StandIn }> {
  scenario = createPullRequest({ ...BASE, ...base }, HEAD);
  standIn = await startStandInFor(scenario);
  return { pull: scenario, server: standIn };
}

it('impact and validation keep separate comments and check runs', async () => {
  const { pull, server } = await pullRequest();

  const impact = await runOnPullRequest(pull, server, { action: 'impact-analysis' });
  const validation = await runOnPullRequest(pull, server, { action: 'static-validate' });
  const impactAgain = await runOnPullRequest(pull, server, { action: 'impact-analysis' });

  expect(impact.exitCode, impact.stdout).toBe(0);
  expect(validation.exitCode, validation.stdout).toBe(1);
  expect(impactAgain.exitCode, impactAgain.stdout).toBe(0);
  expect(server.state.checkRuns.map((run) => `${run.name} ${run.conclusion}`)).toEqual([
    'TestMaster impact success',
    'TestMaster validation failure',
    'TestMaster impact success',
  ]);
  const comments = server.state.commentsOn(pull.number);
  expect(comments).toHaveLength(2);
  const validationComments = comments.filter((comment) => comment.body.includes('workflow/expression-injection'));
  expect(validationComments).toHaveLength(1);
  expect(validationComments[0]!.body).toContain('TestMaster validation');
  expect(validation.summary).toContain('TestMaster validation: failed');
});

const CONFIG_NAMED_CI: FileSet = { '.github/testmaster.yml': 'report:\n  name: CI\n' };

it.each<{ name: string; base: FileSet; inputs: Record<string, string>; expected: string }>([
  { name: 'config report.name gets the suffix', base: CONFIG_NAMED_CI, inputs: {}, expected: 'CI impact' },
  { name: 'report-name input is used as set', base: {}, inputs: { 'report-name': 'Affected tests' }, expected: 'Affected tests' },
  {
    name: 'report-name input wins over the config',
    base: CONFIG_NAMED_CI,
    inputs: { 'report-name': 'Affected tests' },
    expected: 'Affected tests',
  },
])('$name', async ({ base, inputs, expected }) => {
  const { pull, server } = await pullRequest(base);

  const result = await runOnPullRequest(pull, server, { action: 'impact-analysis', inputs });

  expect(result.exitCode, result.stdout).toBe(0);
  expect(server.state.checkRuns.map((run) => run.name)).toEqual([expected]);
});

it('suite keeps its name and annotates only the failing stage', async () => {
  const { pull, server } = await pullRequest();

  const result = await runOnPullRequest(pull, server, { action: 'suite', inputs: { stages: 'impact,validate' } });

  expect(result.exitCode, result.stdout).toBe(1);
  expect(server.state.checkRuns.map((run) => run.name)).toEqual(['TestMaster']);
  const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(annotations).toHaveLength(1);
  expect(annotations[0]).toMatch(/^::error::Static validation: 1 error, .* on added and changed lines; 1 finding fails the gate\.$/);
  expect(annotations[0]).not.toContain('Risk');
});
