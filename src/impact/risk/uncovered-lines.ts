/**
 * Uncovered lines: changed lines that no test executed, from the patch
 * coverage of the coverage stage. Untested changes reach users unchecked.
 */

import type { RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf } from './detail-text.js';
import { weighFactor } from './factor.js';
import { formatCount } from '../../report/count-text.js';

/**
 * Uncovered changed lines at which the score is 0.63. This is a chosen
 * calibration: 10 lines score 0.28, 30 lines 0.63 and 90 lines 0.95.
 */
export const UNCOVERED_LINES_SCALE = 30;

/** Covered and instrumented changed lines, as patch coverage counts them. */
export interface ChangedLineCoverage {
  covered: number;
  total: number;
}

/**
 * Measures `total - covered`. Null coverage means it was not measured (no
 * coverage report in this run), and the factor then contributes 0. Counts
 * that are not whole numbers with `0 <= covered <= total` are a `RangeError`.
 */
export function uncoveredLinesFactor(coverage: ChangedLineCoverage | null, weight: number): RiskFactor {
  if (coverage === null) {
    return weighFactor(
      { id: 'uncoveredLines', value: 0, unit: 'lines', score: 0, detail: 'Coverage of the changed lines was not measured in this run.' },
      weight,
    );
  }
  const { covered, total } = coverage;
  if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || covered > total) {
    throw new RangeError(`Changed-line coverage must have whole counts with 0 <= covered <= total, got ${covered} of ${total}`);
  }
  const uncovered = total - covered;
  const detail =
    total === 0
      ? 'No changed line is instrumented by the coverage reports.'
      : `${countOf(uncovered, 'changed line', 'changed lines')} of ${formatCount(total)} ${uncovered === 1 ? 'is' : 'are'} not covered by any test.`;
  return weighFactor(
    { id: 'uncoveredLines', value: uncovered, unit: 'lines', score: saturatingScore(uncovered, UNCOVERED_LINES_SCALE), detail },
    weight,
  );
}
