/**
 * The publish mode: a `workflow_run` workflow with a write token publishes the
 * result that an unprivileged pull request run saved as an artifact.
 *
 * The artifact is untrusted. Every check runs before anything from it reaches
 * an output, the job summary, the comment or the check run, so a rejected
 * artifact leaves only the error.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { checkArtifactReport } from '../github/artifact-report-checks.js';
import { keepRepositoryLinks } from '../github/artifact-links.js';
import type { GitHubClient } from '../github/client.js';
import type { GitHubContext, TriggeringRun } from '../github/context.js';
import { toGitHubApiError } from '../github/errors.js';
import { parseRunArtifact, type RunArtifact } from '../github/run-artifact.js';
import { publishVerifiedArtifact, verifyArtifactAgainstRun } from '../github/workflow-run-publish.js';
import type { RunReport } from '../report/document.js';
import { exitCodeOf } from '../run/exit-code.js';
import type { ActionInputs } from './inputs.js';
import { renderForGitHub, writeJobSummary, writeOutputs } from './report-channels.js';
import type { RunnerEnvironment } from './runner-environment.js';

/**
 * Largest artifact file read, in bytes (64 MiB). The biggest part of a real
 * artifact is the coverage stage's entry per file, about 750 bytes of
 * indented JSON, so this allows about 85,000 files. A result of 80,000 files
 * (60 MB) took 0.4 s to parse and validate, with 300 MB resident, on a shared
 * 2-core machine (Node.js 20).
 */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

export interface PublishModeRequest {
  inputs: ActionInputs;
  runner: RunnerEnvironment;
  context: GitHubContext;
  client: GitHubClient;
  /** The check-run and comment name: the report-name input, or the action's default name. */
  reportName: string;
  /** Output names that the action's action.yml declares; no other output is written. */
  declaredOutputs: readonly string[];
}

export async function publishSavedReport(request: PublishModeRequest): Promise<ExitCode> {
  const { inputs, runner, context, client } = request;
  if (!inputs.resultFile) {
    throw new UserError('mode: publish needs result-file: the path of the result that the pull request run uploaded.');
  }
  const path = resolve(runner.workspace, inputs.workingDirectory, inputs.resultFile);
  const text = readArtifactFile(path, inputs.resultFile);
  const parsed = parseRunArtifact(text, inputs.resultFile);
  checkArtifactReport(parsed.report, request.reportName, inputs.resultFile);

  let run: TriggeringRun;
  try {
    run = await verifyArtifactAgainstRun(client, context, parsed);
  } catch (error) {
    return reportApiError(error);
  }

  const artifact: RunArtifact = {
    ...parsed,
    report: keepRepositoryLinks(parsed.report, { serverUrl: runner.serverUrl, owner: context.owner, repo: context.repo }),
  };
  writeOutputs(withDeclaredOutputs(artifact.report, request.declaredOutputs), request.declaredOutputs);
  writeJobSummary(artifact.report, process.env.GITHUB_STEP_SUMMARY);

  try {
    const outcome = await publishVerifiedArtifact(
      {
        client,
        context,
        artifact,
        render: renderForGitHub,
        options: { comment: inputs.comment, checkRun: inputs.checkRun, fallbackLogin: inputs.commentAuthor },
      },
      run,
    );
    if (outcome.status === 'degraded') {
      for (const reason of outcome.reasons) core.warning(reason);
      return EXIT.githubApi;
    }
  } catch (error) {
    return reportApiError(error);
  }
  // The publishing job succeeds when it published; the gate result is the other run's.
  core.info(`Published the report of pull request #${artifact.pullNumber}; its gate exit code was ${exitCodeOf(artifact.report)}.`);
  return EXIT.passed;
}

function reportApiError(error: unknown): ExitCode {
  const apiError = toGitHubApiError(error);
  if (!apiError) throw error;
  core.error(apiError.message);
  return EXIT.githubApi;
}

/** Reads the artifact file, rejecting anything but a regular file of at most `MAX_ARTIFACT_BYTES` before reading it. */
export function readArtifactFile(path: string, name: string): string {
  let descriptor: number;
  try {
    // O_NOFOLLOW rejects a symlink, which could name a file outside the artifact, and O_NONBLOCK
    // keeps a FIFO from blocking the open until a writer comes; fstat then rejects both.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new UserError(`result-file ${name} is a symbolic link, which publish mode does not follow. Point result-file at the JSON file that the artifact contains.`);
    }
    throw new UserError(`Could not read result-file ${name}: ${(error as Error).message}. Download the artifact first.`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) {
      throw new UserError(`result-file ${name} is not a regular file. Point result-file at the JSON file that the artifact contains.`);
    }
    if (stats.size > MAX_ARTIFACT_BYTES) {
      throw new UserError(
        `result-file ${name} has ${stats.size} bytes, more than the ${MAX_ARTIFACT_BYTES} bytes (64 MiB) that publish mode reads, ` +
          'so nothing was published. A result this large would need coverage of more than about 85,000 files.',
      );
    }
    return readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Keeps the stage outputs whose full name (`<stage id>-<name>`) action.yml
 * declares. The artifact chooses stage ids and output names, so without this
 * it could set any output, such as `impact-run-all` on a coverage-only action.
 */
export function withDeclaredOutputs(report: RunReport, declared: readonly string[]): RunReport {
  const names = new Set(declared);
  const written = new Set<string>();
  const stages = report.stages.map((stage) => {
    const outputs: Record<string, string> = {};
    for (const [key, value] of Object.entries(stage.outputs)) {
      const name = `${stage.id}-${key}`;
      // Two stages can spell one name ("impact" + "run-all", "impact-run" + "all"); the first keeps it.
      if (!names.has(name) || written.has(name)) continue;
      written.add(name);
      outputs[key] = value;
    }
    return { ...stage, outputs };
  });
  return { ...report, stages };
}
