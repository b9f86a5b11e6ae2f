/**
 * The message of the `::error::` annotation that fails the step: one line per
 * stage that failed or could not run, so a passing stage's headline never
 * reads as part of the failure.
 */
import type { RunReport, StageReport } from '../report/document.js';

/** Maximum characters of an error in the failure annotation. The job summary and the log contain all of it. */
const MAX_ANNOTATION_CAUSE = 500;

/** Lists the failing and erroring stages, one per line, each as `Title: headline`. */
export function failureAnnotation(report: RunReport): string {
  const failing = report.stages.filter((stage) => stage.status === 'failed' || stage.status === 'error');
  return failing.map(failureLine).join('\n');
}

/** Formats a stage's headline, after its title, with the first line of its error when it could not run. */
function failureLine(stage: StageReport): string {
  // Headlines such as "Static validation could not run: ..." already name their stage.
  const headline = stage.headline.startsWith(stage.title) ? stage.headline : `${stage.title}: ${stage.headline}`;
  const error = stage.outputs['error'];
  if (stage.status !== 'error' || !error) return headline;
  const firstLine = error.split('\n', 1)[0]!;
  const cause = firstLine.length > MAX_ANNOTATION_CAUSE ? `${firstLine.slice(0, MAX_ANNOTATION_CAUSE)}…` : firstLine;
  return `${headline} ${cause}`;
}
