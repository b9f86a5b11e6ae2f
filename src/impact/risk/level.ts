/**
 * Mapping of the total risk score to a level, and the checks on the weights
 * and levels that the settings give.
 */

import { UserError } from '../../errors.js';
import { RISK_FACTORS, type ImpactSettings, type RiskLevel } from '../model.js';

type RiskSettings = ImpactSettings['risk'];

/**
 * Returns the highest level whose threshold the score reaches: `critical`
 * from `levels.critical` on, then `high`, then `medium`, else `low`. A score
 * equal to a threshold belongs to the higher level.
 */
export function riskLevel(score: number, levels: RiskSettings['levels']): RiskLevel {
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}

/**
 * Throws a `UserError` naming the setting when a weight is missing, negative
 * or not a number, or when the levels are not numbers with
 * `medium <= high <= critical`. Loading the config rejects these with the
 * file and line first, so this guards callers that build settings in code.
 */
export function validateRiskSettings(risk: RiskSettings): void {
  for (const id of RISK_FACTORS) {
    const weight: unknown = risk.weights[id];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new UserError(
        `impact.risk.weights.${id} is ${JSON.stringify(weight) ?? 'missing'}. Set it to a number of at least 0.`,
      );
    }
  }
  const { medium, high, critical } = risk.levels;
  for (const [name, value] of Object.entries({ medium, high, critical })) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new UserError(`impact.risk.levels.${name} is ${JSON.stringify(value) ?? 'missing'}. Set it to a number.`);
    }
  }
  if (!(medium <= high && high <= critical)) {
    throw new UserError(
      `impact.risk.levels must rise from medium to high to critical, got medium ${medium}, high ${high}, critical ${critical}. Reorder the thresholds.`,
    );
  }
}
