/**
 * The bundled static-validate action, run as the runner runs it, on a pull
 * request that adds a hard-coded token, a workflow injection and a function
 * above the cyclomatic limit, to a base that already has problems of the same
 * kinds in lines the pull request does not touch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { seededRandom } from '../../bench/seeded-random.js';
import { closeAndAssertClean, READ_ONLY_TOKEN, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { createPullRequest, pullRequestEvent, type PullRequestScenario } from './support/scenario.js';

const ACTION = 'static-validate';

/** Inside the workspace, because the runner's temporary folder is removed when the step ends. */
const SARIF_FILE = 'reports/testmaster.sarif';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

/** A token of GitHub's classic format, generated here so that no token-shaped text is committed. */
function fakeGitHubToken(): string {
  const random = seededRandom(7);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const body = Array.from({ length: 36 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  return ['ghp', body].join('_');
}

/** A switch of `cases` cases: cyclomatic complexity 1 + cases, cognitive complexity 1. */
function switchFunction(name: string, cases: number): string {
  const lines = [`export function ${name}(code: number): string {`, '  switch (code) {'];
  for (let index = 0; index < cases; index++) lines.push(`    case ${index}: return 'code ${index}';`);
  lines.push("    default: return 'unknown';", '  }', '}');
  return `${lines.join('\n')}\n`;
}

const WORKFLOW_BASE = `name: ci
on: pull_request
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

/** The injection lands on line 11 of the workflow, columns 20 to 56. */
const WORKFLOW_HEAD = `${WORKFLOW_BASE}      - run: echo "\${{ github.event.pull_request.title }}"
`;

/** Base problems in lines the pull request leaves alone: an eval and a function above the limit. */
const LEGACY_BASE = `export function evaluate(text: string): unknown {
  return eval(text);
}

${switchFunction('describeOld', 12)}`;

function validatePullRequest(): PullRequestScenario {
  scenario = createPullRequest(
    { 'src/legacy.ts': LEGACY_BASE, '.github/workflows/ci.yml': WORKFLOW_BASE, 'src/config.ts': 'export const retries = 3;\n' },
    {
      'src/legacy.ts': `${LEGACY_BASE}\n${switchFunction('describeNew', 11)}`,
      '.github/workflows/ci.yml': WORKFLOW_HEAD,
      'src/config.ts': `export const retries = 3;\nexport const token = '${fakeGitHubToken()}';\n`,
    },
  );
  return scenario;
}

interface FindingJson {
  ruleId: string;
  level: string;
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  message: string;
}

function findingsOf(outputs: Record<string, string>): FindingJson[] {
  return (JSON.parse(outputs['validate-result']!) as { findings: FindingJson[] }).findings;
}

/** `describeNew` starts on line 23 of the head file: 21 base lines, a blank line, then the function, whose name starts at column 17. */
const EXPECTED = [
  { ruleId: 'security/hardcoded-secret', level: 'error', path: 'src/config.ts', startLine: 2 },
  { ruleId: 'workflow/expression-injection', level: 'error', path: '.github/workflows/ci.yml', startLine: 11, startColumn: 20, endColumn: 58 },
  { ruleId: 'complexity/cyclomatic', level: 'warning', path: 'src/legacy.ts', startLine: 23, startColumn: 17 },
];

it('pull request gets exactly its own findings', async () => {
  const pull = validatePullRequest();
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, { action: ACTION });

  expect(result.exitCode, result.stdout).toBe(1);
  const findings = findingsOf(result.outputs);
  expect(findings.map((finding) => finding.ruleId).sort()).toEqual(EXPECTED.map((finding) => finding.ruleId).sort());
  for (const expected of EXPECTED) {
    expect(findings.find((finding) => finding.ruleId === expected.ruleId)).toMatchObject(expected);
  }
  expect(findings.some((finding) => finding.path === 'src/legacy.ts' && finding.startLine < 23)).toBe(false);
  expect(result.outputs['validate-errors']).toBe('2');
  expect(result.outputs['validate-warnings']).toBe('1');
  expect(result.outputs['validate-failing']).toBe('2');
  expect(result.outputs.status).toBe('failed');
});

it('check run annotates each finding with its columns', async () => {
  const pull = validatePullRequest();
  standIn = await startStandInFor(pull);

  await runOnPullRequest(pull, standIn, { action: ACTION });

  expect(standIn.state.checkRuns).toHaveLength(1);
  const annotations = standIn.state.checkRuns[0]!.annotations;
  expect(annotations.map((annotation) => annotation.annotation_level)).toEqual(['failure', 'failure', 'warning']);
  const injection = annotations.find((annotation) => annotation.title === 'workflow/expression-injection');
  expect(injection).toMatchObject({ path: '.github/workflows/ci.yml', start_line: 11, end_line: 11, start_column: 20, end_column: 57 });
  expect(standIn.state.checkRuns[0]!.conclusion).toBe('failure');
  expect(standIn.state.comments).toHaveLength(1);
  expect(standIn.state.comments[0]!.body).toContain('workflow/expression-injection');
});

it('secret never appears in any channel', async () => {
  const pull = validatePullRequest();
  standIn = await startStandInFor(pull);
  const token = fakeGitHubToken();

  const result = await runOnPullRequest(pull, standIn, { action: ACTION, inputs: { 'sarif-file': SARIF_FILE } });

  expect(result.stdout).not.toContain(token);
  expect(result.summary).not.toContain(token);
  expect(JSON.stringify(result.outputs)).not.toContain(token);
  expect(JSON.stringify(standIn.state.comments)).not.toContain(token);
  expect(JSON.stringify(standIn.state.checkRuns)).not.toContain(token);
  expect(result.outputs['validate-sarif-file']).toBe(join(pull.dir, SARIF_FILE));
  expect(readFileSync(result.outputs['validate-sarif-file']!, 'utf8')).not.toContain(token);
});

it('read-only token writes the summary and log annotations', async () => {
  const pull = validatePullRequest();
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, {
    action: ACTION,
    inputs: { 'github-token': READ_ONLY_TOKEN },
    payload: pullRequestEvent(pull, { headRepository: 'contributor/octo-repo' }),
  });

  expect(result.exitCode, result.stdout).toBe(1);
  expect(result.summary).toContain('workflow/expression-injection');
  expect(result.stdout).toMatch(/^::error file=\.github\/workflows\/ci\.yml,line=11,endLine=11,col=20,endColumn=57,title=workflow\/expression-injection::/m);
  expect(standIn.state.comments).toHaveLength(0);
  expect(standIn.state.checkRuns).toHaveLength(0);
});

it('SARIF output lists the findings', async () => {
  const pull = validatePullRequest();
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, { action: ACTION, inputs: { 'sarif-file': SARIF_FILE } });

  const sarif = JSON.parse(readFileSync(result.outputs['validate-sarif-file']!, 'utf8')) as {
    version: string;
    runs: { tool: { driver: { name: string } }; results: { ruleId: string }[] }[];
  };
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs).toHaveLength(1);
  expect(sarif.runs[0]!.tool.driver.name).toBe('TestMaster');
  expect(sarif.runs[0]!.results.map((item) => item.ruleId).sort()).toEqual(EXPECTED.map((finding) => finding.ruleId).sort());
});

/** A file name with Markdown, HTML, an @mention, workflow-command separators and a percent sign. */
const HOSTILE_PATH = 'src/[x](https:evil) @octo-org <b>`t`|, :: %0A.ts';

it('hostile file name stays inert in every channel', async () => {
  scenario = createPullRequest({ 'src/config.ts': 'export const retries = 3;\n' }, { [HOSTILE_PATH]: 'export function run(code: string): unknown {\n  return eval(code);\n}\n' });
  const pull = scenario;
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, { action: ACTION });

  expect(findingsOf(result.outputs).map((finding) => [finding.ruleId, finding.path])).toEqual([['security/dynamic-code', HOSTILE_PATH]]);
  expect(standIn.state.checkRuns[0]!.annotations.map((annotation) => annotation.path)).toEqual([HOSTILE_PATH]);
  const body = standIn.state.comments[0]!.body;
  // The path shows only inside a code span, where GitHub renders no link, tag or mention; `|` is escaped for the table.
  expect(body).toContain('| ``src/[x](https:evil) @octo-org <b>`t`\\|, :: %0A.ts:2:10`` |');
  expect(body.split('@octo-org')).toHaveLength(2);

  const readOnly = await runOnPullRequest(pull, standIn, {
    action: ACTION,
    inputs: { 'github-token': READ_ONLY_TOKEN },
    payload: pullRequestEvent(pull, { headRepository: 'contributor/octo-repo' }),
  });
  const command = readOnly.stdout.split('\n').find((line) => line.startsWith('::warning file='));
  expect(command).toBe(
    '::warning file=src/[x](https%3Aevil) @octo-org <b>`t`|%2C %3A%3A %250A.ts,line=2,endLine=2,col=10,endColumn=19,title=security/dynamic-code::' +
      'eval() runs its argument as code; call the function you need directly, or use JSON.parse for data.%0A%0A' +
      'https://github.com/testmaster/testmaster/blob/main/docs/validate/security.md#dynamic-code',
  );
});
