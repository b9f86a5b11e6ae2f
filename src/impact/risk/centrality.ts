/**
 * Centrality: the share of the repository's modules that reach a changed
 * module through their imports, directly or through other modules. The graph
 * part computes it, and this factor only scores it.
 */

import type { RiskFactor } from '../model.js';
import { roundTo, saturatingScore } from './curve.js';
import { quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';

/**
 * Percentage points at which the score is 0.63. This is a chosen
 * calibration: a change reached by 2% of the modules scores 0.18, 10% scores
 * 0.63 and 30% scores 0.95.
 */
export const CENTRALITY_SCALE = 10;

export interface CentralityInput {
  /** Share of the repository's modules, in 0..1, that reach a changed module through the reverse graph. */
  share: number;
  /** The changed module that the most modules reach, or null when none is reached. */
  module: string | null;
}

/** Scores the share as a percentage. A share outside 0..1 is a `RangeError`. */
export function centralityFactor(input: CentralityInput, weight: number): RiskFactor {
  if (!(input.share >= 0 && input.share <= 1)) {
    throw new RangeError(`The centrality share must be a number in 0..1, got ${input.share}`);
  }
  const percent = roundTo(input.share * 100, 2);
  const detail =
    input.module === null || percent === 0
      ? 'No other repository module reaches a changed module.'
      : `${percent}% of the repository's modules reach a changed module; the most reached one is ${quoteName(input.module)}.`;
  return weighFactor(
    { id: 'centrality', value: percent, unit: '% of modules', score: saturatingScore(percent, CENTRALITY_SCALE), detail },
    weight,
  );
}
