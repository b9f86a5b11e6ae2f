/**
 * Choice of the schedule tiers whose suites run now, from the risk level and
 * the run-all triggers. Suites of the other tiers keep their schedule.
 */

import { TIERS, type RiskAssessment, type RiskLevel, type RunAllReason, type Tier } from '../model.js';
import { quoteName } from './detail-text.js';

/** Tiers that run now at `high`: the continuous suites plus the hourly and daily ones. */
export const HIGH_RISK_TIERS: readonly Tier[] = ['continuous', 'hourly', 'daily'];

/**
 * Chooses the tiers: every tier when a run-all trigger fired or the level is
 * `critical`, `HIGH_RISK_TIERS` at `high`, and only `continuous` otherwise.
 * The reason is one sentence that names the level and score, or the first trigger.
 */
export function chooseStrategy(level: RiskLevel, score: number, runAllReasons: readonly RunAllReason[]): RiskAssessment['strategy'] {
  const trigger = runAllReasons[0];
  if (trigger !== undefined) {
    const others = runAllReasons.length > 1 ? ` and ${runAllReasons.length - 1} more` : '';
    const file = trigger.file === '' ? '' : ` by ${quoteName(trigger.file)}`;
    return {
      tiers: [...TIERS],
      reason: `The run-all trigger ${quoteName(trigger.trigger)} fired${file}${others}, so suites of every tier run now.`,
    };
  }

  const measured = `The risk is ${level} (score ${formatScore(score)})`;
  if (level === 'critical') return { tiers: [...TIERS], reason: `${measured}, so suites of every tier run now.` };
  if (level === 'high') {
    return { tiers: [...HIGH_RISK_TIERS], reason: `${measured}, so hourly and daily suites run now as well as continuous ones.` };
  }
  return { tiers: ['continuous'], reason: `${measured}, so only continuous suites run now, and the other tiers keep their schedule.` };
}

/** Formats a score with one decimal, as reports show it: `42.5`. */
export function formatScore(score: number): string {
  return score.toFixed(1);
}
