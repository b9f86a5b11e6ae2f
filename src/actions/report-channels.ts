/**
 * Writes a finished report to the channels a workflow run offers: action
 * outputs, the job summary, the log, the sticky comment and the check run.
 * Each channel is written even when an earlier one failed, so nothing that
 * was computed is lost.
 */
import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import { EXIT, type ExitCode } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { toGitHubApiError } from '../github/errors.js';
import { conclusionFor, publishReport, type PublishOutcome, type RenderedReport } from '../github/publish.js';
import { checkRunOutput } from '../report/check-output.js';
import { renderCommentBody } from '../report/comment-body.js';
import { overallStatus, type RunReport } from '../report/document.js';
import { renderJobSummary } from '../report/job-summary.js';
import { stickyMarker } from '../report/markdown.js';
import { actionOutputs } from '../report/outputs.js';
import { renderTerminal } from '../report/terminal.js';
import { annotationCommands } from '../report/workflow-commands.js';
import { safeLogText } from './log-text.js';

const FULL_REPORT = 'the job summary of this workflow run has the full report';

/** Renders the comment, the check run and the annotations from structured data, escaping every value. */
export function renderForGitHub(report: RunReport): RenderedReport {
  const check = checkRunOutput(report, { fullReport: FULL_REPORT });
  return {
    checkName: report.name,
    marker: stickyMarker(report.name),
    commentBody: renderCommentBody(report, { fullReport: FULL_REPORT }),
    checkTitle: check.title,
    checkSummary: check.summary,
    ...(check.text ? { checkText: check.text } : {}),
    conclusion: conclusionFor(overallStatus(report)),
    annotations: check.annotations,
  };
}

/** Sets every action output, the whole result JSON included, or only the `declared` ones when given. */
export function writeOutputs(report: RunReport, declared?: readonly string[]): void {
  for (const [name, value] of Object.entries(actionOutputs(report))) {
    if (declared === undefined || declared.includes(name)) core.setOutput(name, value);
  }
}

/** Appends the report to the job summary, within GitHub's 1 MiB limit. */
export function writeJobSummary(report: RunReport, summaryPath: string | undefined): void {
  if (!summaryPath) {
    core.info('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
    return;
  }
  appendFileSync(summaryPath, `${renderJobSummary(report, { fullReport: 'the result output' })}\n`);
}

/** Prints the plain-text report to the log. */
export function writeLog(report: RunReport): void {
  core.info(safeLogText(renderTerminal(report)));
}

/** Annotations as workflow commands, for runs that cannot create a check run. */
export function writeAnnotationCommands(report: RunReport): void {
  const annotations = report.stages.flatMap((stage) => stage.annotations);
  for (const line of annotationCommands(annotations, { fullReport: 'the job summary lists them all' })) {
    process.stdout.write(`${line}\n`);
  }
}

export interface PublishRequest {
  client: GitHubClient;
  owner: string;
  repo: string;
  headSha: string;
  pullNumber: number | undefined;
  comment: boolean;
  checkRun: boolean;
  commentAuthor: string;
  detailsUrl?: string;
}

/**
 * Publishes the comment and the check run. A read-only token degrades to the
 * job summary and workflow-command annotations. Any other API error is logged
 * with its fix, and the returned exit code 3 applies when the gate passed.
 */
export async function publishToGitHub(report: RunReport, request: PublishRequest): Promise<ExitCode | null> {
  let outcome: PublishOutcome;
  try {
    outcome = await publishReport(
      request.client,
      { owner: request.owner, repo: request.repo, headSha: request.headSha, ...(request.pullNumber ? { pullNumber: request.pullNumber } : {}) },
      renderForGitHub(report),
      {
        comment: request.comment,
        checkRun: request.checkRun,
        fallbackLogin: request.commentAuthor,
        ...(request.detailsUrl ? { detailsUrl: request.detailsUrl } : {}),
      },
    );
  } catch (error) {
    const apiError = toGitHubApiError(error);
    if (!apiError) throw error;
    core.error(apiError.message);
    writeAnnotationCommands(report);
    return EXIT.githubApi;
  }
  if (outcome.status === 'degraded') {
    for (const reason of outcome.reasons) core.warning(reason);
    writeAnnotationCommands(report);
  } else {
    describeOutcome(outcome);
  }
  return null;
}

function describeOutcome(outcome: PublishOutcome): void {
  if (outcome.comment) core.info(safeLogText(`Sticky comment: ${JSON.stringify(outcome.comment)}`));
  if (outcome.checkRun) core.info(safeLogText(`Check run: ${JSON.stringify(outcome.checkRun)}`));
}

