/**
 * Default weights and level thresholds of the risk score. docs/risk.md gives
 * the reasons and shows how `impact.risk` in `.github/testmaster.yml`
 * changes them.
 */

import type { ImpactSettings, RiskFactorId } from '../model.js';

/**
 * Weight of each factor; they sum to 100, so the total score is 0..100.
 * Diff size and sensitive paths weigh most because they are the most direct
 * signals. Fan-in and centrality together (24) carry the reach of the change
 * through the import graph. History (churn 8, authors 5) weighs least
 * because its signal is indirect.
 */
export const DEFAULT_RISK_WEIGHTS: Readonly<Record<RiskFactorId, number>> = {
  diffSize: 15,
  diffSpread: 8,
  fanIn: 12,
  centrality: 12,
  churn: 8,
  authors: 5,
  uncoveredLines: 12,
  sensitivePaths: 15,
  deletedExports: 13,
};

/** Lowest total score of each level above `low`. */
export const DEFAULT_RISK_LEVELS: Readonly<ImpactSettings['risk']['levels']> = {
  medium: 25,
  high: 50,
  critical: 75,
};

/**
 * Window of git history that churn and authors read unless the settings give
 * another, in `git log --since` form. `CHURN_SCALE` is calibrated for it.
 */
export const DEFAULT_HISTORY_WINDOW = '90 days';
