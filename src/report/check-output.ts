/**
 * The `output` of a check run built from a run report. It has a one-line
 * title, a Markdown summary with each stage's most important block, and a
 * Markdown text with the remaining blocks. The annotations come in publishing
 * order, clipped to the Checks API's limits.
 */

import type { Annotation, Inline, RunReport } from './document.js';
import { rankAnnotations } from './annotation-order.js';
import { sanitizeLine } from './control-characters.js';
import { countOf, formatCount } from './count-text.js';
import { CHECK_RUN_SUMMARY_LIMIT, CHECK_RUN_TEXT_LIMIT, fitMarkdown, utf8Length } from './limits.js';

/**
 * Characters kept of the check-run title. GitHub documents no maximum, but
 * the checks list shows about one line, so a longer title is clipped.
 */
export const CHECK_RUN_TITLE_MAX_CHARACTERS = 120;

/**
 * Annotations sent with one check run, the most severe first. GitHub takes
 * at most 50 annotations per create or update request ("Create a check run",
 * `output.annotations`, in `@octokit/openapi` 23.0.2), so 1,000 take 20
 * requests. GITHUB_TOKEN may send 1,000 REST requests per hour per
 * repository (GitHub Docs, "Rate limits for the REST API"), and every other
 * workflow of the repository shares them, so a change with many uncovered
 * lines or findings, or a fork's artifact, must not use them up.
 */
export const MAX_CHECK_RUN_ANNOTATIONS = 1_000;

export interface CheckOutput {
  title: string;
  summary: string;
  /** Absent when no stage has more than one block and no annotation was left out. */
  text?: string;
  /** At most `MAX_CHECK_RUN_ANNOTATIONS`, the most severe first. */
  annotations: Annotation[];
  /** Count of annotations beyond `MAX_CHECK_RUN_ANNOTATIONS` that were not sent, which the text reports. */
  omittedAnnotations: number;
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

  const ranked = rankAnnotations(report.stages.flatMap((stage) => stage.annotations));
  const output: CheckOutput = {
    title: checkRunTitle(report),
    summary: fitMarkdown(summaryReport, CHECK_RUN_SUMMARY_LIMIT, fitOptions).markdown,
    annotations: ranked.slice(0, MAX_CHECK_RUN_ANNOTATIONS).map(clipAnnotation),
    omittedAnnotations: Math.max(0, ranked.length - MAX_CHECK_RUN_ANNOTATIONS),
  };
  const note = omittedAnnotationsNote(ranked.length, output.omittedAnnotations);
  if (textReport.stages.length > 0) {
    // The note goes after the fitted text, which leaves room for the note, its blank line and final newline.
    const reserve = note === '' ? 0 : utf8Length(note) + 2;
    const text = fitMarkdown(textReport, CHECK_RUN_TEXT_LIMIT, { ...fitOptions, title: false, reserve }).markdown;
    output.text = note === '' ? text : `${text}\n${note}\n`;
  } else if (note !== '') {
    output.text = `${note}\n`;
  }
  return output;
}

/** Renders the paragraph that counts the annotations left out, or '' when none was. */
function omittedAnnotationsNote(total: number, omitted: number): string {
  if (omitted === 0) return '';
  const verb = omitted === 1 ? 'was' : 'were';
  return (
    `<i>${countOf(omitted, 'annotation', 'annotations')} of ${formatCount(total)} ${verb} left out, because a check run ` +
    `gets at most ${formatCount(MAX_CHECK_RUN_ANNOTATIONS)}, the most severe first.</i>`
  );
}
