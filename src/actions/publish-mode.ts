/**
 * The publish mode: a `workflow_run` workflow with a write token publishes the
 * result that an unprivileged pull request run saved as an artifact.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { GitHubContext } from '../github/context.js';
import { toGitHubApiError } from '../github/errors.js';
import { parseRunArtifact } from '../github/run-artifact.js';
import { publishFromWorkflowRun } from '../github/workflow-run-publish.js';
import { exitCodeOf } from '../run/exit-code.js';
import type { ActionInputs } from './inputs.js';
import { renderForGitHub, writeJobSummary, writeOutputs } from './report-channels.js';
import type { RunnerEnvironment } from './runner-environment.js';

export interface PublishModeRequest {
  inputs: ActionInputs;
  runner: RunnerEnvironment;
  context: GitHubContext;
  client: GitHubClient;
}

export async function publishSavedReport(request: PublishModeRequest): Promise<ExitCode> {
  const { inputs, runner, context, client } = request;
  if (!inputs.resultFile) {
    throw new UserError('mode: publish needs result-file: the path of the result that the pull request run uploaded.');
  }
  const path = resolve(runner.workspace, inputs.workingDirectory, inputs.resultFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`Could not read result-file ${inputs.resultFile}: ${(error as Error).message}. Download the artifact first.`);
  }
  const artifact = parseRunArtifact(text, inputs.resultFile);
  writeOutputs(artifact.report);
  writeJobSummary(artifact.report, process.env.GITHUB_STEP_SUMMARY);

  try {
    const outcome = await publishFromWorkflowRun({
      client,
      context,
      artifact,
      render: renderForGitHub,
      options: { comment: inputs.comment, checkRun: inputs.checkRun, fallbackLogin: inputs.commentAuthor },
    });
    if (outcome.status === 'degraded') {
      for (const reason of outcome.reasons) core.warning(reason);
      return EXIT.githubApi;
    }
  } catch (error) {
    const apiError = toGitHubApiError(error);
    if (!apiError) throw error;
    core.error(apiError.message);
    return EXIT.githubApi;
  }
  // The publishing job succeeds when it published; the gate result is the other run's.
  core.info(`Published the report of pull request #${artifact.pullNumber}; its gate exit code was ${exitCodeOf(artifact.report)}.`);
  return EXIT.passed;
}
