/**
 * Annotations as workflow commands (`::error file=...,line=...::message`),
 * for runs whose token cannot create check runs, such as pull requests from
 * forks with a read-only token.
 */

import type { Annotation, AnnotationLevel } from './document.js';
import { rankAnnotations } from './annotation-order.js';
import { sanitizeLines } from './control-characters.js';

/**
 * Annotations of one level that GitHub shows per step. Source: GitHub's REST
 * API documentation, "Create a check run", `output.annotations`: "GitHub
 * Actions are limited to 10 warning annotations and 10 error annotations per
 * step."
 */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10;

const COMMAND: Record<AnnotationLevel, string> = {
  failure: 'error',
  warning: 'warning',
  notice: 'notice',
};

/**
 * Escapes the message of a workflow command the way the runner unescapes it:
 * `%`, CR and LF become `%25`, `%0D` and `%0A`, so the command stays on one line.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a property value of a workflow command: as data, and also `:` and
 * `,` (`%3A`, `%2C`), which end the property list and separate properties.
 */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Formats one annotation as a workflow command. Control characters other than
 * line breaks are replaced first, because the log viewer interprets ANSI
 * escape sequences.
 */
export function formatAnnotationCommand(annotation: Annotation): string {
  const properties = [`file=${escapeCommandProperty(sanitizeLines(annotation.path))}`];
  if (annotation.startLine >= 1) {
    properties.push(`line=${annotation.startLine}`);
    if (annotation.endLine >= annotation.startLine) properties.push(`endLine=${annotation.endLine}`);
    // Workflow commands take inclusive columns, like the Checks API, and only on one line.
    if (annotation.startColumn !== undefined && annotation.endLine === annotation.startLine) {
      properties.push(`col=${annotation.startColumn}`);
      if (annotation.endColumn !== undefined && annotation.endColumn - 1 >= annotation.startColumn) {
        properties.push(`endColumn=${annotation.endColumn - 1}`);
      }
    }
  }
  if (annotation.title !== '') properties.push(`title=${escapeCommandProperty(sanitizeLines(annotation.title))}`);
  return `::${COMMAND[annotation.level]} ${properties.join(',')}::${escapeCommandData(sanitizeLines(annotation.message))}`;
}

function countLabel(count: number, singular: string): string {
  return `${count} ${count === 1 ? singular : `${singular}s`}`;
}

export interface AnnotationCommandOptions {
  /** Location of every annotation, for the closing notice: "the job summary lists them all". */
  fullReport?: string;
}

/**
 * Formats annotations as workflow commands within what GitHub shows. The most
 * severe come first: at most 10 errors and 10 warnings, and at most 10 notices
 * including one last notice that counts the annotations left out and names
 * where to find them.
 */
export function annotationCommands(
  annotations: readonly Annotation[],
  options: AnnotationCommandOptions = {},
): string[] {
  const ranked = rankAnnotations(annotations);
  const byLevel = (level: AnnotationLevel): Annotation[] => ranked.filter((annotation) => annotation.level === level);
  const failures = byLevel('failure');
  const warnings = byLevel('warning');
  const notices = byLevel('notice');

  const overflow =
    failures.length > ANNOTATIONS_SHOWN_PER_LEVEL ||
    warnings.length > ANNOTATIONS_SHOWN_PER_LEVEL ||
    notices.length > ANNOTATIONS_SHOWN_PER_LEVEL;
  // NOTE: GitHub documents the cap for errors and warnings only; notices are
  // assumed to have the same cap, and the closing notice takes one place.
  const noticeSlots = overflow ? ANNOTATIONS_SHOWN_PER_LEVEL - 1 : ANNOTATIONS_SHOWN_PER_LEVEL;
  const emitted = [
    ...failures.slice(0, ANNOTATIONS_SHOWN_PER_LEVEL),
    ...warnings.slice(0, ANNOTATIONS_SHOWN_PER_LEVEL),
    ...notices.slice(0, noticeSlots),
  ];
  const lines = emitted.map(formatAnnotationCommand);
  if (!overflow) return lines;

  const leftOut = [
    [failures.length - ANNOTATIONS_SHOWN_PER_LEVEL, 'error'],
    [warnings.length - ANNOTATIONS_SHOWN_PER_LEVEL, 'warning'],
    [notices.length - noticeSlots, 'notice'],
  ] as const;
  const parts = leftOut.filter(([count]) => count > 0).map(([count, label]) => countLabel(count, label));
  const total = annotations.length - emitted.length;
  const where = options.fullReport === undefined ? '' : `; ${options.fullReport}`;
  const message =
    `${countLabel(total, 'more annotation')} (${parts.join(', ')}) ${total === 1 ? 'was' : 'were'} left out ` +
    `because GitHub shows at most ${ANNOTATIONS_SHOWN_PER_LEVEL} of each level per step${where}.`;
  lines.push(`::notice title=${escapeCommandProperty('Annotations left out')}::${escapeCommandData(sanitizeLines(message))}`);
  return lines;
}
