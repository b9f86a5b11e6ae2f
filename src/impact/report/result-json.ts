/** The JSON result of the impact stage: the `--json` output and the stage's entry in the `result` output. */

import type { AffectedTest, ChangedFile, RiskFactor, RiskLevel, RunAllReason, SelectedSuite, Tier } from '../model.js';
import { reportedRiskLevel, runsAll, type ImpactResult } from './result.js';

export interface ImpactJson {
  changedFiles: ChangedFile[];
  affectedTests: AffectedTest[];
  affectedModules: string[];
  affectedPackages: string[];
  runAll: { enabled: boolean; reasons: RunAllReason[] };
  /** Every selected suite, with whether its tier runs now. */
  suites: (SelectedSuite & { runsNow: boolean })[];
  /** `level` is `unknown` when the change could not be determined. */
  risk: { level: RiskLevel | 'unknown'; score: number; factors: RiskFactor[]; strategy: { tiers: Tier[]; reason: string } };
  notes: string[];
  warnings: string[];
}

/** Copies the result into plain JSON data. The graph edges stay out, because the tests carry their own chains. */
export function impactJson(result: ImpactResult): ImpactJson {
  const tiers = new Set(result.risk.strategy.tiers);
  return {
    changedFiles: result.changedFiles.map((file) => ({ ...file })),
    affectedTests: result.affectedTests.map((test) => ({ ...test })),
    affectedModules: [...result.affectedModules],
    affectedPackages: [...result.affectedPackages],
    runAll: { enabled: runsAll(result), reasons: result.runAllReasons.map((reason) => ({ ...reason })) },
    suites: result.suites.map((suite) => ({ ...suite, runsOn: [...suite.runsOn], reasons: [...suite.reasons], runsNow: tiers.has(suite.tier) })),
    risk: {
      level: reportedRiskLevel(result),
      score: result.risk.score,
      factors: result.risk.factors.map((factor) => ({ ...factor })),
      strategy: { tiers: [...result.risk.strategy.tiers], reason: result.risk.strategy.reason },
    },
    notes: [...result.notes],
    warnings: [...result.warnings],
  };
}
