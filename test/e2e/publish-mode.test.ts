/**
 * The fork workflow end to end: the pull request run has a read-only token
 * and writes the result file, and a `workflow_run` run with a write token
 * publishes it after checking it against the pull request.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { COVERAGE_GATE_OUTPUTS } from '../../src/actions/declared-outputs.js';
import { startStandIn, type StandIn } from '../support/github-stand-in/index.js';
import { TOKENS } from '../github/fixture.js';
import { closeAndAssertClean, INSTALLATION_TOKEN, READ_ONLY_TOKEN, runOnPullRequest } from './support/action-step.js';
import { runStep, type StepResult } from './support/run-bundle.js';
import {
  OWNER,
  pullRequestEvent,
  REPO,
  REPOSITORY,
  samplePullRequest,
  workflowRunEvent,
  writeSampleReport,
  type PullRequestScenario,
} from './support/scenario.js';

const FORK = 'contributor/octo-repo';
const RESULT_FILE = 'testmaster-result.json';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;
let artifactFolder: string | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  if (artifactFolder) rmSync(artifactFolder, { recursive: true, force: true });
  standIn = undefined;
  scenario = undefined;
  artifactFolder = undefined;
});

/** Runs the pull request side and copies its result file to a fresh folder, as an artifact download would. */
async function runForkPullRequest(
  inputs: Record<string, string> = {},
  action: 'coverage-gate' | 'suite' = 'coverage-gate',
): Promise<{ scenario: PullRequestScenario; standIn: StandIn; run: StepResult; folder: string }> {
  const created = samplePullRequest();
  writeSampleReport(created);
  const server = await startStandIn({
    owner: OWNER,
    repo: REPO,
    tokens: TOKENS,
    pulls: [{ number: created.number, headSha: created.headSha, baseSha: created.baseSha, headRepository: FORK }],
  });
  const run = await runOnPullRequest(created, server, {
    action,
    inputs: { 'github-token': READ_ONLY_TOKEN, 'result-file': RESULT_FILE, ...inputs },
    payload: pullRequestEvent(created, { headRepository: FORK }),
  });
  const folder = mkdtempSync(join(tmpdir(), 'testmaster-artifact-'));
  writeFileSync(join(folder, RESULT_FILE), readFileSync(join(created.dir, RESULT_FILE)));
  return { scenario: created, standIn: server, run, folder };
}

function runPublish(
  server: StandIn,
  folder: string,
  headSha: string,
  inputs: Record<string, string> = {},
  action: 'coverage-gate' | 'suite' = 'coverage-gate',
): Promise<StepResult> {
  return runStep({
    action,
    inputs: { 'github-token': INSTALLATION_TOKEN, mode: 'publish', 'result-file': RESULT_FILE, ...inputs },
    eventName: 'workflow_run',
    payload: workflowRunEvent({ headSha, headRepository: FORK }),
    workspace: folder,
    apiUrl: server.url,
    repository: REPOSITORY,
    // A workflow_run workflow runs on the default branch.
    sha: 'f'.repeat(40),
    ref: 'refs/heads/main',
  });
}

interface EditableArtifact {
  report: { name: string; stages: { id: string; status: string; headline: string; blocks: unknown[]; outputs: Record<string, string> }[] };
}

/** Changes the downloaded artifact as the fork's own workflow could before uploading it. */
function editArtifact(folder: string, edit: (artifact: EditableArtifact) => void): void {
  const path = join(folder, RESULT_FILE);
  const artifact = JSON.parse(readFileSync(path, 'utf8')) as EditableArtifact;
  edit(artifact);
  writeFileSync(path, JSON.stringify(artifact));
}

/** Asserts that a rejected publish step wrote nothing from the artifact and sent no write request. */
function expectOnlyRejection(published: StepResult, requestsBefore: number): void {
  expect(published.exitCode, published.stdout).toBe(2);
  expect(published.outputs).toEqual({});
  expect(published.summary).toContain('Action setup could not run');
  expect(published.summary).not.toContain('changed lines are covered');
  expect(standIn!.state.comments).toHaveLength(0);
  expect(standIn!.state.checkRuns).toHaveLength(0);
  expect(standIn!.requests.slice(requestsBefore).filter((request) => request.method !== 'GET')).toEqual([]);
}

it('suite publish mode posts under its own name', async () => {
  const side = await runForkPullRequest({ stages: 'coverage' }, 'suite');
  ({ scenario, standIn, folder: artifactFolder } = side);
  expect(side.run.exitCode, side.run.stdout).toBe(0);

  const published = await runPublish(standIn, artifactFolder, scenario.headSha, {}, 'suite');

  expect(published.exitCode, published.stdout).toBe(0);
  expect(standIn.state.commentsOn(scenario.number)).toHaveLength(1);
  expect(standIn.state.checkRuns.map((run) => run.name)).toEqual(['TestMaster']);
  expect(published.outputs.status).toBe('passed');
});

it('suite publish mode rejects another name', async () => {
  const side = await runForkPullRequest({ stages: 'coverage' }, 'suite');
  ({ scenario, standIn, folder: artifactFolder } = side);
  editArtifact(artifactFolder, (artifact) => {
    artifact.report.name = 'CI / build';
  });
  const requestsBefore = standIn.requests.length;

  const published = await runPublish(standIn, artifactFolder, scenario.headSha, {}, 'suite');

  expectOnlyRejection(published, requestsBefore);
});

it('publish mode posts the fork result', async () => {
  const side = await runForkPullRequest();
  ({ scenario, standIn, folder: artifactFolder } = side);
  expect(side.run.exitCode).toBe(0);
  expect(standIn.state.comments).toHaveLength(0);
  const artifact = JSON.parse(readFileSync(join(artifactFolder, RESULT_FILE), 'utf8')) as Record<string, unknown>;
  expect(artifact).toMatchObject({ format: 'testmaster-run-report', repository: REPOSITORY, pullNumber: scenario.number, headSha: scenario.headSha });

  const published = await runPublish(standIn, artifactFolder, scenario.headSha);

  expect(published.exitCode, published.stdout).toBe(0);
  const comments = standIn.state.commentsOn(scenario.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.login).toBe('github-actions[bot]');
  expect(comments[0]?.body).toContain('2 of 10 changed lines are covered');
  expect(standIn.state.checkRuns).toHaveLength(1);
  expect(standIn.state.checkRuns[0]?.headSha).toBe(scenario.headSha);
  expect(published.outputs.status).toBe('passed');
  expect(published.summary).toContain('TestMaster coverage: passed');
});

it('publish mode rejects another head SHA', async () => {
  const side = await runForkPullRequest();
  ({ scenario, standIn, folder: artifactFolder } = side);
  const otherSha = 'b'.repeat(40);
  const requestsBefore = standIn.requests.length;

  const published = await runPublish(standIn, artifactFolder, otherSha);

  expect(published.stdout).toContain(
    `::error::The report artifact describes commit ${scenario.headSha}, but the triggering run (id 9001) built ${otherSha}.`,
  );
  // The pull request run's own write attempts got 403; the publish run must not even try.
  expectOnlyRejection(published, requestsBefore);
});

it('publish mode rejects a name the fork chose', async () => {
  const side = await runForkPullRequest();
  ({ scenario, standIn, folder: artifactFolder } = side);
  editArtifact(artifactFolder, (artifact) => {
    artifact.report.name = 'CI / build';
  });
  const requestsBefore = standIn.requests.length;

  const published = await runPublish(standIn, artifactFolder, scenario.headSha, { 'report-name': 'TestMaster coverage' });

  expect(published.stdout).toContain(
    `::error::${RESULT_FILE}: the report is named "CI / build", but this publish step publishes "TestMaster coverage".`,
  );
  expectOnlyRejection(published, requestsBefore);
});

it('publish mode names the check run by its report-name input', async () => {
  const side = await runForkPullRequest({ 'report-name': 'Coverage of forks' });
  ({ scenario, standIn, folder: artifactFolder } = side);

  const published = await runPublish(standIn, artifactFolder, scenario.headSha, { 'report-name': 'Coverage of forks' });

  expect(published.exitCode, published.stdout).toBe(0);
  expect(standIn.state.checkRuns.map((run) => run.name)).toEqual(['Coverage of forks']);
  expect(standIn.state.commentsOn(scenario.number)[0]?.body).toMatch(/^<!-- testmaster:report=Coverage%20of%20forks -->/);
});

it('publish mode rejects a status its headline contradicts', async () => {
  const side = await runForkPullRequest({ thresholds: 'lines=99' });
  ({ scenario, standIn, folder: artifactFolder } = side);
  expect(side.run.exitCode).toBe(1);
  editArtifact(artifactFolder, (artifact) => {
    for (const stage of artifact.report.stages) stage.status = 'passed';
  });
  const requestsBefore = standIn.requests.length;

  const published = await runPublish(standIn, artifactFolder, scenario.headSha);

  expect(published.stdout).toContain('stage "coverage" has status passed, but its headline states failed.');
  expectOnlyRejection(published, requestsBefore);
});

it('publish mode rejects an artifact over 64 MiB', async () => {
  const side = await runForkPullRequest();
  ({ scenario, standIn, folder: artifactFolder } = side);
  truncateSync(join(artifactFolder, RESULT_FILE), 64 * 1024 * 1024 + 1);
  const requestsBefore = standIn.requests.length;

  const published = await runPublish(standIn, artifactFolder, scenario.headSha);

  expect(published.stdout).toContain(`::error::result-file ${RESULT_FILE} has 67108865 bytes, more than the 67108864 bytes (64 MiB)`);
  expectOnlyRejection(published, requestsBefore);
});

it('publish mode keeps declared outputs and repository links only', async () => {
  const side = await runForkPullRequest();
  ({ scenario, standIn, folder: artifactFolder } = side);
  editArtifact(artifactFolder, (artifact) => {
    const coverage = artifact.report.stages[0]!;
    coverage.outputs['forged'] = 'x';
    coverage.blocks.push({ kind: 'paragraph', text: [{ text: 'Download the fixed report', href: 'https://evil.example/x' }] });
    artifact.report.stages.push({ ...coverage, id: 'impact', headline: 'Risk low', blocks: [], outputs: { 'run-all': 'false' } });
  });

  const published = await runPublish(standIn, artifactFolder, scenario.headSha);

  expect(published.exitCode, published.stdout).toBe(0);
  expect(Object.keys(published.outputs).filter((name) => !COVERAGE_GATE_OUTPUTS.includes(name))).toEqual([]);
  expect(published.outputs['coverage-lines']).toBeDefined();
  expect(published.outputs['coverage-forged']).toBeUndefined();
  expect(published.outputs['impact-run-all']).toBeUndefined();
  const body = standIn.state.commentsOn(scenario.number)[0]?.body ?? '';
  expect(body).toContain('Download the fixed report');
  expect(body).not.toContain('evil.example');
  expect(published.summary).not.toContain('evil.example');
});

it('publish mode rejects a moved PR head', async () => {
  const side = await runForkPullRequest();
  ({ scenario, standIn, folder: artifactFolder } = side);
  const newerSha = 'c'.repeat(40);
  standIn.state.pulls.get(scenario.number)!.headSha = newerSha;
  const requestsBefore = standIn.requests.length;

  const published = await runPublish(standIn, artifactFolder, scenario.headSha);

  expect(published.exitCode).toBe(2);
  expect(published.stdout).toContain(`::error::PR #${scenario.number} is at commit ${newerSha}, but the triggering run (id 9001) built ${scenario.headSha}.`);
  expect(standIn.state.comments).toHaveLength(0);
  expect(standIn.requests.slice(requestsBefore).filter((request) => request.method !== 'GET')).toEqual([]);
});
