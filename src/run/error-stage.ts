import { endSentence } from '../config/issues.js';
import type { StageReport } from '../report/document.js';

/**
 * The report of a stage that could not run because its input was invalid.
 * It carries the message in every channel, so the job summary, the comment
 * and the `result` output all show what to fix.
 */
export function errorStage(id: string, title: string, error: Error): StageReport {
  // Messages built to be quoted inside other sentences end without a period, so one is added here, once.
  const message = endSentence(shortened(error.message.trimEnd()));
  return {
    id,
    title,
    status: 'error',
    headline: `${title} could not run: invalid input.`,
    blocks: [{ kind: 'code', text: message }],
    annotations: [],
    outputs: { error: message },
    json: { error: { name: error.name, message } },
  };
}

/** Builds the report of a stage that had nothing to work on, such as impact analysis without a change. */
export function skippedStage(id: string, title: string, reason: string): StageReport {
  return {
    id,
    title,
    status: 'skipped',
    headline: `Skipped: ${reason}`,
    blocks: [{ kind: 'paragraph', text: reason }],
    annotations: [],
    outputs: { skipped: reason },
    json: { skipped: reason },
  };
}

/**
 * Characters of an error message that a report shows. Messages quote input,
 * and a job summary has a 1 MiB limit that one quoted line of a hostile
 * report could fill.
 */
const MAX_MESSAGE = 8_000;

function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  return `${message.slice(0, MAX_MESSAGE)}… (${message.length - MAX_MESSAGE} more characters left out)`;
}
