/**
 * The Markdown written to `$GITHUB_STEP_SUMMARY`: the whole report, shortened
 * only when it exceeds the 1 MiB that GitHub accepts per step.
 */

import type { Inline, RunReport } from './document.js';
import { JOB_SUMMARY_LIMIT, fitMarkdown } from './limits.js';

export interface JobSummaryOptions {
  /** Location of the full report, named if the summary had to be shortened, such as the `result` output. */
  fullReport?: Inline;
}

/** Renders the job summary of a run within GitHub's limit. */
export function renderJobSummary(report: RunReport, options: JobSummaryOptions = {}): string {
  return fitMarkdown(report, JOB_SUMMARY_LIMIT, { fullReport: options.fullReport }).markdown;
}
