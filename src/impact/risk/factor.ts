/**
 * Assembly of a `RiskFactor` from what a factor measured, so every factor
 * rounds and weighs its score the same way.
 */

import type { RiskFactor, RiskFactorId } from '../model.js';
import { roundTo } from './curve.js';

/** Row labels of the factors in reports. */
export const FACTOR_LABELS: Record<RiskFactorId, string> = {
  diffSize: 'Diff size',
  diffSpread: 'Diff spread',
  fanIn: 'Fan-in',
  centrality: 'Centrality',
  churn: 'Churn',
  authors: 'Authors',
  uncoveredLines: 'Uncovered changed lines',
  sensitivePaths: 'Sensitive paths',
  deletedExports: 'Deleted exports',
};

export interface Measurement {
  id: RiskFactorId;
  value: number;
  unit: string;
  /** Score in 0..1 from the factor's curve. */
  score: number;
  detail: string;
}

/**
 * Builds the factor with its weight. The contribution is `score * weight`,
 * rounded to 3 decimals. A negative or non-finite weight is a `RangeError`,
 * because the settings layer is expected to reject it first.
 */
export function weighFactor(measurement: Measurement, weight: number): RiskFactor {
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(`The weight of the risk factor ${measurement.id} must be a number of at least 0, got ${weight}`);
  }
  return {
    id: measurement.id,
    label: FACTOR_LABELS[measurement.id],
    value: measurement.value,
    unit: measurement.unit,
    score: measurement.score,
    weight,
    contribution: roundTo(measurement.score * weight, 3),
    detail: measurement.detail,
  };
}
