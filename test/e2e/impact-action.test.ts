/**
 * The bundled impact-analysis action, run as the runner runs it, on the
 * monorepo fixture against the GitHub API stand-in: pull request, push and
 * schedule events, a read-only token, and a hostile file name.
 */
import { afterEach, expect, it } from 'vitest';
import type { ImpactJson } from '../../src/impact/report/result-json.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { renderGfm, withoutCode } from '../report/fixtures.js';
import { CHANGED_MATH, commitFiles, createMonorepo, FEATURE_BRANCH, monorepoFiles } from '../impact/support/monorepo.js';
import { closeAndAssertClean, INSTALLATION_TOKEN, READ_ONLY_TOKEN, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { runStep, type StepResult } from './support/run-bundle.js';
import { PULL_NUMBER, pullRequestEvent, REPOSITORY, type PullRequestScenario } from './support/scenario.js';

const ACTION = 'impact-analysis';
const SELECTED = ['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts'];

/**
 * A test file whose path is Markdown with a link, a team mention and an HTML
 * tag. It matches the fixture's include glob `packages/*\/test/**\/*.test.ts`.
 */
const HOSTILE_TEST = 'packages/web/test/[x](https:/evil.example)/**@octo-org/team**<img src=x onerror=alert(1)>.test.ts';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

/** The fixture as a pull request from `feature` into `main`, with `files` committed on `feature`. */
function impactPullRequest(files: Record<string, string | null>): PullRequestScenario {
  const { repo, dir, mainSha } = createMonorepo('testmaster-e2e-impact-');
  const headSha = commitFiles(repo, files, 'Change the sources in a pull request');
  scenario = { repo, dir, baseSha: mainSha, headSha, number: PULL_NUMBER };
  return scenario;
}

/** Runs the action on an event without a pull request, such as `push` or `schedule`, with `sha` checked out on `feature`. */
function runOnBranch(target: PullRequestScenario, server: StandIn, eventName: string, payload: object, sha: string): Promise<StepResult> {
  return runStep({
    action: ACTION,
    inputs: { 'github-token': INSTALLATION_TOKEN },
    eventName,
    payload,
    workspace: target.dir,
    apiUrl: server.url,
    repository: REPOSITORY,
    sha,
    ref: `refs/heads/${FEATURE_BRANCH}`,
  });
}

function impactResult(step: StepResult): ImpactJson & { skipped?: string } {
  return (JSON.parse(step.outputs.result!) as { impact: ImpactJson & { skipped?: string } }).impact;
}

it('pull request writes comment and outputs', async () => {
  const pull = impactPullRequest({ 'packages/core/src/math.ts': CHANGED_MATH });
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, { action: ACTION });

  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.outputs['impact-affected-tests']).toBe(SELECTED.join('\n'));
  expect(result.outputs['impact-risk-level']).toBe('low');
  expect(result.outputs['impact-run-all']).toBe('false');
  expect(JSON.parse(result.outputs['impact-vitest-args']!)).toEqual(SELECTED);
  expect(result.outputs.status).toBe('passed');
  const comments = standIn.state.commentsOn(pull.number);
  expect(comments).toHaveLength(1);
  const body = comments[0]!.body;
  expect(body).toContain('Impact: Risk low');
  expect(body).toContain('#### Affected tests \\(2\\)');
  expect(body).toMatch(/```mermaid\nflowchart LR\n[\s\S]*?\n```/);
  expect(body).toContain('n0["packages/core/src/math.ts"]:::changed');
  expect(result.summary).toContain('Impact: Risk low');
  expect(result.summary).toContain('```mermaid');
  expect(standIn.state.checkRuns).toHaveLength(1);
});

it('read-only token writes the job summary', async () => {
  const pull = impactPullRequest({ 'packages/core/src/math.ts': CHANGED_MATH });
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, {
    action: ACTION,
    inputs: { 'github-token': READ_ONLY_TOKEN },
    payload: pullRequestEvent(pull, { headRepository: 'contributor/octo-repo' }),
  });

  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.summary).toContain('TestMaster impact: passed');
  expect(result.summary).toContain('Impact: Risk low');
  expect(result.outputs['impact-affected-tests']).toBe(SELECTED.join('\n'));
  expect(result.stdout).toMatch(/^::warning::.*"pull-requests: write"/m);
  expect(standIn.state.comments).toHaveLength(0);
  expect(standIn.state.checkRuns).toHaveLength(0);
});

it('push analyses before..after', async () => {
  const pull = impactPullRequest({ 'packages/core/src/math.ts': CHANGED_MATH });
  const before = pull.headSha;
  const label = monorepoFiles()['packages/web/src/label.ts']!.replace('${price.amount}', '${price.amount} ${price.currency}');
  const after = commitFiles(pull.repo, { 'packages/web/src/label.ts': label }, 'Show the currency in labels');
  standIn = await startStandInFor(pull);

  const result = await runOnBranch(pull, standIn, 'push', {
    ref: `refs/heads/${FEATURE_BRANCH}`,
    before,
    after,
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  }, after);

  expect(result.exitCode, result.stdout).toBe(0);
  const impact = impactResult(result);
  expect(impact.changedFiles.map((file) => file.path)).toEqual(['packages/web/src/label.ts']);
  expect(impact.affectedTests.map((test) => test.path)).toEqual(['packages/web/test/label.test.ts']);
  expect(result.outputs['impact-affected-tests']).toBe('packages/web/test/label.test.ts');
  expect(result.outputs['impact-run-all']).toBe('false');
  expect(standIn.state.comments).toHaveLength(0);
});

it('unknown base runs every test', async () => {
  const pull = impactPullRequest({ 'packages/core/src/math.ts': CHANGED_MATH });
  standIn = await startStandInFor(pull);

  // A pull_request run whose payload lacks the pull request, and no GITHUB_BASE_REF.
  const result = await runOnBranch(pull, standIn, 'pull_request', { repository: { full_name: REPOSITORY } }, pull.headSha);

  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.outputs['impact-run-all']).toBe('true');
  const impact = impactResult(result);
  expect(impact.skipped).toBeUndefined();
  expect(impact.runAll.reasons).toEqual([expect.objectContaining({ detail: expect.stringContaining('GITHUB_BASE_REF is not set either') })]);
  expect(renderGfm(result.summary)).toContain('GITHUB_BASE_REF is not set either; running all tests');
});

it('schedule skips the stage', async () => {
  const pull = impactPullRequest({ 'packages/core/src/math.ts': CHANGED_MATH });
  standIn = await startStandInFor(pull);

  const result = await runOnBranch(pull, standIn, 'schedule', { schedule: '0 3 * * 1', repository: { full_name: REPOSITORY } }, pull.headSha);

  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.outputs.status).toBe('skipped');
  expect(result.outputs['impact-skipped']).toBe('This stage reads the change of a pull request, merge queue or push, and this run was started by schedule.');
  expect(impactResult(result).skipped).toBe(result.outputs['impact-skipped']);
  expect(result.outputs['impact-affected-tests']).toBeUndefined();
  expect(result.summary).toContain('TestMaster impact: skipped');
  expect(renderGfm(result.summary)).toContain('<p>This stage reads the change of a pull request, merge queue or push, and this run was started by schedule.</p>');
  expect(standIn.state.comments).toHaveLength(0);
});

it('hostile path is inert in the comment', async () => {
  const pull = impactPullRequest({
    'packages/core/src/math.ts': CHANGED_MATH,
    [HOSTILE_TEST]: "import { add } from '@acme/core';\n\nadd(1, 2);\n",
  });
  standIn = await startStandInFor(pull);

  const result = await runOnPullRequest(pull, standIn, { action: ACTION });

  expect(result.exitCode, result.stdout).toBe(0);
  expect(JSON.parse(result.outputs['impact-affected-tests-json']!)).toEqual([...SELECTED, HOSTILE_TEST].sort());
  const body = standIn.state.commentsOn(pull.number)[0]?.body ?? '';
  const html = renderGfm(body);
  expect(html).toContain('team**&lt;img src=x onerror=alert(1)&gt;.test.ts');
  expect(html).not.toMatch(/<a [^>]*evil\.example/);
  expect(html).not.toContain('<img');
  expect(withoutCode(html)).not.toContain('@octo-org/team');
  const chart = /```mermaid\n([\s\S]*?)\n```/.exec(body)?.[1] ?? '';
  expect(chart).toMatch(/^flowchart LR\n/);
  expect(chart).not.toMatch(/[`@<]/);
  expect(withoutCode(renderGfm(result.summary))).not.toContain('@octo-org/team');
});
