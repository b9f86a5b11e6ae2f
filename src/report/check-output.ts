/**
 * The `output` of a check run built from a run report. It has a one-line
 * title, a Markdown summary with each stage's most important block, and a
 * Markdown text with the remaining blocks. The annotations come in publishing
 * order, clipped to the Checks API's limits.
 */

import type { Annotation, Inline, RunReport } from './document.js';
import { rankAnnotations } from './annotation-order.js';
import { sanitizeLine } from './control-characters.js';
import { CHECK_RUN_SUMMARY_LIMIT, CHECK_RUN_TEXT_LIMIT, fitMarkdown, utf8Length } from './limits.js';

/**
 * Characters kept of the check-run title. GitHub documents no maximum, but
 * the checks list shows about one line, so a longer title is clipped.
 */
export const CHECK_RUN_TITLE_MAX_CHARACTERS = 120;

export interface CheckOutput {
  title: string;
  summary: string;
  /** Absent when no stage has more than one block. */
  text?: string;
  annotations: Annotation[];
}

export interface CheckOutputOptions {
  /** Location of the full report, named when the summary or text had to be shortened. */
  fullReport?: Inline;
}

/**
 * Annotation limits of the Checks API. Source: GitHub's REST API description
 * of `output.annotations` ("The maximum size is 255 characters" for `title`,
 * "The maximum size is 64 KB" for `message`), in `@octokit/openapi` 23.0.2.
 */
export const ANNOTATION_TITLE_MAX_CHARACTERS = 255;
export const ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;

/**
 * Clips text so that its length in the given unit stays within `max`, ending
 * with "…" when clipped. It cuts between code points only, so no surrogate
 * pair or UTF-8 sequence is split.
 */
export function clipText(text: string, max: number, unit: 'characters' | 'bytes' = 'characters'): string {
  const measure = unit === 'bytes' ? utf8Length : (value: string): number => value.length;
  if (measure(text) <= max) return text;

  const ellipsis = '…';
  let budget = max - measure(ellipsis);
  let clipped = '';
  for (const codePoint of text) {
    const size = measure(codePoint);
    if (size > budget) break;
    clipped += codePoint;
    budget -= size;
  }
  return `${clipped.trimEnd()}${ellipsis}`;
}

function clipAnnotation(annotation: Annotation): Annotation {
  return {
    ...annotation,
    title: clipText(annotation.title, ANNOTATION_TITLE_MAX_CHARACTERS),
    message: clipText(annotation.message, ANNOTATION_MESSAGE_MAX_BYTES, 'bytes'),
  };
}

/**
 * Builds the one-line title: the headline of a single stage, or
 * "title: headline" of each stage joined by "; ".
 */
export function checkRunTitle(report: RunReport): string {
  const [only] = report.stages;
  const title =
    report.stages.length === 1 && only !== undefined
      ? only.headline
      : report.stages.map((stage) => `${stage.title}: ${stage.headline}`).join('; ');
  return clipText(sanitizeLine(title).trim(), CHECK_RUN_TITLE_MAX_CHARACTERS);
}

/** Builds the check-run output; the summary and text each fit GitHub's 65,535-character limit. */
export function checkRunOutput(report: RunReport, options: CheckOutputOptions = {}): CheckOutput {
  const fitOptions = { fullReport: options.fullReport };
  const summaryReport: RunReport = {
    name: report.name,
    stages: report.stages.map((stage) => ({ ...stage, blocks: stage.blocks.slice(0, 1) })),
  };
  const textReport: RunReport = {
    name: report.name,
    stages: report.stages
      .filter((stage) => stage.blocks.length > 1)
      .map((stage) => ({ ...stage, blocks: stage.blocks.slice(1) })),
  };

  const output: CheckOutput = {
    title: checkRunTitle(report),
    summary: fitMarkdown(summaryReport, CHECK_RUN_SUMMARY_LIMIT, fitOptions).markdown,
    annotations: rankAnnotations(report.stages.flatMap((stage) => stage.annotations)).map(clipAnnotation),
  };
  if (textReport.stages.length > 0) {
    output.text = fitMarkdown(textReport, CHECK_RUN_TEXT_LIMIT, { ...fitOptions, title: false }).markdown;
  }
  return output;
}
