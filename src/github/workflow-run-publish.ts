/**
 * Publishes a fork PR's report from a privileged `workflow_run` workflow.
 *
 * The artifact comes from an unprivileged run of code from the fork, so
 * nothing in it is trusted. Its PR number is checked against GitHub: the PR's
 * head commit and head repository must equal those of the triggering run.
 * Only structured data is read, and the caller renders and escapes it itself.
 */
import { UserError } from '../errors.js';
import type { RunReport } from '../report/document.js';
import { ArtifactMismatchError } from './artifact-mismatch.js';
import type { GitHubClient } from './client.js';
import type { GitHubContext, TriggeringRun } from './context.js';
import { withGitHubErrors } from './errors.js';
import { publishReport, type PublishOptions, type PublishOutcome, type RenderedReport } from './publish.js';
import type { RunArtifact } from './run-artifact.js';

export { ArtifactMismatchError } from './artifact-mismatch.js';

export interface WorkflowRunPublishInput {
  client: GitHubClient;
  /** Context of the `workflow_run` event; see `readGitHubContext`. */
  context: GitHubContext;
  artifact: RunArtifact;
  /** Renders the report from structured data; called only after every check passed. */
  render: (report: RunReport) => RenderedReport;
  options?: PublishOptions;
}

/** Checks that the artifact matches the triggering run and its PR, then publishes. */
export async function publishFromWorkflowRun(input: WorkflowRunPublishInput): Promise<PublishOutcome> {
  const run = await verifyArtifactAgainstRun(input.client, input.context, input.artifact);
  return publishVerifiedArtifact(input, run);
}

/**
 * Checks that the artifact is for this repository, the triggering run's head
 * commit and that commit's PR. Raises `ArtifactMismatchError` otherwise, and
 * returns the triggering run.
 */
export async function verifyArtifactAgainstRun(client: GitHubClient, context: GitHubContext, artifact: RunArtifact): Promise<TriggeringRun> {
  const run = context.workflowRun;
  if (!run) {
    throw new UserError(
      `Publishing a saved report needs a workflow_run event, but this run was started by "${context.eventName}". ` +
        'Call this step from a workflow with `on: workflow_run`.',
    );
  }

  checkArtifactAgainstRun(artifact, context, run);
  await checkPullRequestAgainstRun(client, context, artifact.pullNumber, run);
  return run;
}

/** Publishes an artifact that `verifyArtifactAgainstRun` accepted for `run`. */
export function publishVerifiedArtifact(input: WorkflowRunPublishInput, run: TriggeringRun): Promise<PublishOutcome> {
  const { client, context, artifact } = input;
  return publishReport(
    client,
    { owner: context.owner, repo: context.repo, headSha: run.headSha, pullNumber: artifact.pullNumber },
    input.render(artifact.report),
    input.options,
  );
}

function checkArtifactAgainstRun(artifact: RunArtifact, context: GitHubContext, run: TriggeringRun): void {
  const repository = `${context.owner}/${context.repo}`;
  if (artifact.repository.toLowerCase() !== repository.toLowerCase()) {
    throw new ArtifactMismatchError(
      `The report artifact is for repository ${artifact.repository}, but this workflow runs in ${repository}. ` +
        'Download the artifact of the triggering run only.',
    );
  }
  if (artifact.headSha !== run.headSha) {
    throw new ArtifactMismatchError(
      `The report artifact describes commit ${artifact.headSha}, but the triggering run (id ${run.id}) built ` +
        `${run.headSha}. Download the artifact of the triggering run only.`,
    );
  }
  if (run.pullNumbers.length > 0 && !run.pullNumbers.includes(artifact.pullNumber)) {
    throw new ArtifactMismatchError(
      `The report artifact names PR #${artifact.pullNumber}, but the triggering run (id ${run.id}) belongs to ` +
        `PR ${run.pullNumbers.map((number) => `#${number}`).join(', ')}.`,
    );
  }
}

async function checkPullRequestAgainstRun(
  client: GitHubClient,
  context: GitHubContext,
  pullNumber: number,
  run: TriggeringRun,
): Promise<void> {
  const { data: pull } = await withGitHubErrors(() =>
    client.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: pullNumber }),
  );
  if (pull.head.sha !== run.headSha) {
    throw new ArtifactMismatchError(
      `PR #${pullNumber} is at commit ${pull.head.sha}, but the triggering run (id ${run.id}) built ${run.headSha}. ` +
        'Either the PR received new commits (their own run will publish) or the artifact names another PR; nothing was published.',
    );
  }
  const headRepository = pull.head.repo?.full_name;
  if (headRepository?.toLowerCase() !== run.headRepository.toLowerCase()) {
    throw new ArtifactMismatchError(
      `PR #${pullNumber} comes from ${headRepository ?? 'a deleted repository'}, but the triggering run (id ${run.id}) ` +
        `built code from ${run.headRepository}. The artifact names another PR; nothing was published.`,
    );
  }
}
