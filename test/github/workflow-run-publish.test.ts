import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readGitHubContext } from '../../src/github/context.js';
import type { RenderedReport } from '../../src/github/publish.js';
import { createRunArtifact, type RunArtifact } from '../../src/github/run-artifact.js';
import { ArtifactMismatchError, publishFromWorkflowRun } from '../../src/github/workflow-run-publish.js';
import { overallStatus, type RunReport } from '../../src/report/document.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { clientFor, closeAndAssertClean, INSTALLATION_TOKEN, OWNER, REPO, startTestStandIn } from './fixture.js';
import { SAMPLE_REPORT } from './sample-report.js';

const FORK_HEAD = 'f'.repeat(40);
const FORK_REPOSITORY = 'contributor/octo-repo';

/** Stands in for the real renderer: it only needs to produce strings from structured data. */
function render(report: RunReport): RenderedReport {
  const marker = `<!-- testmaster:report=${report.name} -->`;
  return {
    checkName: `TestMaster ${report.name}`,
    marker,
    commentBody: `${marker}\n${report.stages.map((stage) => stage.headline).join('\n')}`,
    checkTitle: report.stages[0]?.headline ?? '',
    checkSummary: 'summary',
    conclusion: overallStatus(report) === 'passed' ? 'success' : 'failure',
    annotations: report.stages.flatMap((stage) => stage.annotations),
  };
}

function workflowRunContext(overrides: { headSha?: string; headRepository?: string; pullNumbers?: number[] } = {}) {
  return readGitHubContext(
    {
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' },
      workflow_run: {
        id: 555,
        head_sha: overrides.headSha ?? FORK_HEAD,
        head_repository: { full_name: overrides.headRepository ?? FORK_REPOSITORY },
        pull_requests: (overrides.pullNumbers ?? []).map((number) => ({ number })),
      },
    },
    { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
  );
}

function artifact(overrides: Partial<RunArtifact> = {}): RunArtifact {
  return {
    ...createRunArtifact({ repository: `${OWNER}/${REPO}`, pullNumber: 3, headSha: FORK_HEAD, report: SAMPLE_REPORT }),
    ...overrides,
  };
}

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

async function startWithForkPull(): Promise<StandIn> {
  return startTestStandIn({ pulls: [{ number: 3, headSha: FORK_HEAD, headRepository: FORK_REPOSITORY }] });
}

describe('publishFromWorkflowRun', () => {
  it('publishes a matching fork artifact', async () => {
    standIn = await startWithForkPull();

    const outcome = await publishFromWorkflowRun({
      client: clientFor(standIn, INSTALLATION_TOKEN),
      context: workflowRunContext(),
      artifact: artifact(),
      render,
    });

    expect(outcome.status).toBe('published');
    expect(standIn.state.commentsOn(3)).toHaveLength(1);
    expect(standIn.state.checkRuns[0]?.headSha).toBe(FORK_HEAD);
    expect(standIn.state.checkRuns[0]?.annotations).toHaveLength(1);
  });

  it.each([
    ['the PR moved to a newer commit', { pulls: [{ number: 3, headSha: 'e'.repeat(40), headRepository: FORK_REPOSITORY }] }, /PR #3 is at commit e{40}, but the triggering run \(id 555\) built f{40}/],
    ['the PR comes from another fork', { pulls: [{ number: 3, headSha: FORK_HEAD, headRepository: 'mallory/octo-repo' }] }, /PR #3 comes from mallory\/octo-repo, but the triggering run \(id 555\) built code from contributor\/octo-repo/],
  ])('rejects when %s', async (_name, standInOptions, message) => {
    standIn = await startTestStandIn(standInOptions);

    const publish = publishFromWorkflowRun({
      client: clientFor(standIn, INSTALLATION_TOKEN),
      context: workflowRunContext(),
      artifact: artifact(),
      render,
    });

    await expect(publish).rejects.toBeInstanceOf(ArtifactMismatchError);
    await expect(publish).rejects.toThrow(message);
    expect(standIn.state.comments).toHaveLength(0);
    expect(standIn.state.checkRuns).toHaveLength(0);
  });

  it.each([
    ['a head SHA other than the run', artifact({ headSha: 'b'.repeat(40) }), workflowRunContext(), /describes commit b{40}, but the triggering run \(id 555\) built f{40}/],
    ['another repository', artifact({ repository: 'other/repo' }), workflowRunContext(), /is for repository other\/repo/],
    ['a PR the run does not list', artifact(), workflowRunContext({ pullNumbers: [8] }), /names PR #3, but the triggering run \(id 555\) belongs to PR #8/],
  ])('rejects an artifact with %s before any request', async (_name, saved, context, message) => {
    standIn = await startWithForkPull();

    const publish = publishFromWorkflowRun({ client: clientFor(standIn, INSTALLATION_TOKEN), context, artifact: saved, render });

    await expect(publish).rejects.toThrow(message);
    expect(standIn.requests).toHaveLength(0);
  });

  it('rejects a context without workflow_run', async () => {
    standIn = await startWithForkPull();
    const context = readGitHubContext({}, { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SHA: FORK_HEAD });

    const publish = publishFromWorkflowRun({ client: clientFor(standIn), context, artifact: artifact(), render });

    await expect(publish).rejects.toBeInstanceOf(UserError);
    await expect(publish).rejects.toThrow(/needs a workflow_run event, but this run was started by "push"/);
  });
});
