/**
 * Diff size: how many lines the change adds and deletes. Large changes are
 * harder to review and hide more mistakes.
 */

import type { ChangedFile, RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';

/**
 * Lines at which the score is 0.63. This is a chosen calibration, not a
 * measurement: 100 lines score 0.28, 300 lines 0.63 and 900 lines 0.95, so
 * every change of about a thousand lines or more counts as very large.
 */
export const DIFF_SIZE_SCALE = 300;

/**
 * Lines that a binary file counts as. Git reports no line counts for binary
 * content, and a reviewer cannot read the change, so it counts as a
 * medium-sized text change rather than as nothing.
 */
export const BINARY_FILE_LINES = 50;

/** Counts the lines that one changed file adds to the diff size. */
export function changedLineCount(file: ChangedFile): number {
  return file.binary ? BINARY_FILE_LINES : file.addedLines + file.deletedLines;
}

/** Measures the added plus deleted lines of every changed file. */
export function diffSizeFactor(files: readonly ChangedFile[], weight: number): RiskFactor {
  let lines = 0;
  let largest: ChangedFile | undefined;
  for (const file of files) {
    lines += changedLineCount(file);
    if (largest === undefined || changedLineCount(file) > changedLineCount(largest)) largest = file;
  }
  return weighFactor(
    { id: 'diffSize', value: lines, unit: 'lines', score: saturatingScore(lines, DIFF_SIZE_SCALE), detail: describe(lines, files, largest) },
    weight,
  );
}

function describe(lines: number, files: readonly ChangedFile[], largest: ChangedFile | undefined): string {
  if (largest === undefined) return 'The change contains no files.';
  const total = `${countOf(lines, 'line', 'lines')} changed in ${countOf(files.length, 'file', 'files')}`;
  const largestLines = largest.binary
    ? `binary, counted as ${countOf(BINARY_FILE_LINES, 'line', 'lines')}`
    : countOf(changedLineCount(largest), 'line', 'lines');
  return `${total}; the largest change is ${quoteName(largest.path)} (${largestLines}).`;
}
