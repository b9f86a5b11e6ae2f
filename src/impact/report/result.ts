/**
 * The findings of the impact stage as the report section reads them: the
 * change, the selection, the risk and the graph edges the chart draws.
 */

import type { AffectedTest, ChangedFile, RiskAssessment, RiskLevel, RunAllReason, SelectedSuite } from '../model.js';
import type { ChartGraph } from './chart-edges.js';

export interface ImpactResult {
  changedFiles: readonly ChangedFile[];
  affectedTests: readonly AffectedTest[];
  /** Repository modules that reach a changed module through their imports, the changed ones included. */
  affectedModules: readonly string[];
  /** Names of the workspace packages that contain an affected module or test. */
  affectedPackages: readonly string[];
  /** Run-all triggers that fired. Any entry means every test runs and `affectedTests` is informational. */
  runAllReasons: readonly RunAllReason[];
  /** Suites the change reaches, whatever their tier. `risk.strategy.tiers` lists the tiers that run now. */
  suites: readonly SelectedSuite[];
  risk: RiskAssessment;
  /** Steps worth telling the user, such as how the merge base was found. */
  notes: readonly string[];
  /** Problems that did not stop the analysis, such as an unresolved import. */
  warnings: readonly string[];
  /**
   * The module graph for the chart. The whole graph works, because the
   * chart uses only the edges on the shortest chains from changed modules
   * to affected tests.
   */
  graph: ChartGraph;
}

/** Checks whether every test runs because a run-all trigger fired. */
export function runsAll(result: ImpactResult): boolean {
  return result.runAllReasons.length > 0;
}

/** Trigger of the run-all reason that the stage adds when the change could not be determined. */
export const UNKNOWN_CHANGE_TRIGGER = 'change unknown';

/** Returns why the change could not be determined, or null when it was. */
export function unknownChangeReason(result: ImpactResult): string | null {
  return result.runAllReasons.find((reason) => reason.trigger === UNKNOWN_CHANGE_TRIGGER)?.detail ?? null;
}

/**
 * Returns the risk level to report: `unknown` when the change could not be
 * determined, because the factors then measured nothing and the computed
 * level would read as low.
 */
export function reportedRiskLevel(result: ImpactResult): RiskLevel | 'unknown' {
  return unknownChangeReason(result) === null ? result.risk.level : 'unknown';
}
