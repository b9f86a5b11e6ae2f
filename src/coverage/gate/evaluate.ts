/** Runs every coverage gate rule and combines the checks into one result. */
import type { ResolvedCoverageConfig } from '../../config/types.js';
import type { FileCoverage, ReportFormat, Totals } from '../model.js';
import { sumTotals } from '../totals.js';
import type { GateCheck } from './check.js';
import { compareWithBase, type BaseComparison, type BaseInput } from './delta.js';
import { computePatchCoverage, unmeasuredPatchCheck, type PatchResult } from './patch.js';
import { checkGlobalThresholds, checkPathThresholds } from './thresholds.js';

export interface CoverageGateInput {
  /** Merged coverage with repository-relative paths. */
  files: readonly FileCoverage[];
  /** Formats of the reports that were merged. */
  formats: readonly ReportFormat[];
  config: Pick<ResolvedCoverageConfig, 'thresholds' | 'paths' | 'patch' | 'base'>;
  /** Changed lines per path for a pull request; null skips patch coverage. */
  changedLines: ReadonlyMap<string, readonly number[]> | null;
  /** True when a diff was requested but could not be read, so a configured patch threshold fails. */
  changedLinesUnreadable?: boolean;
  /** Blank added lines per path; they never count as uncovered. */
  blankLines?: ReadonlyMap<string, readonly number[]>;
  /**
   * Cause of unknown changed lines in a run that should have them, such as
   * a default branch that could not be found. With `changedLines`
   * null, a patch threshold then fails as not measured with this reason.
   */
  patchUnknownReason?: string | null;
  /** The base to compare with; null skips the comparison, for example on a push. */
  base: BaseInput | null;
}

export interface CoverageGateResult {
  passed: boolean;
  totals: Totals;
  /** Every check in order: global, per path, patch, delta. */
  checks: GateCheck[];
  patch: PatchResult | null;
  base: BaseComparison | null;
}

/** Evaluates the gate. A missing base only adds a note; the other checks still run. */
export function evaluateCoverageGate(input: CoverageGateInput): CoverageGateResult {
  const { config, files, formats } = input;
  const totals = sumTotals(files);

  const checks: GateCheck[] = [
    ...checkGlobalThresholds(totals, config.thresholds, formats),
    ...checkPathThresholds(files, config.paths, formats),
  ];

  const patch = input.changedLines
    ? computePatchCoverage({ changedLines: input.changedLines, ...(input.blankLines ? { blankLines: input.blankLines } : {}), files, ...config.patch })
    : null;
  if (patch?.check) checks.push(patch.check);
  const unmeasured = patch ? null : unmeasuredPatchReason(input);
  if (unmeasured !== null && config.patch.threshold !== null) checks.push(unmeasuredPatchCheck(config.patch.threshold, unmeasured));

  const base = input.base ? compareWithBase(totals, input.base, config.base, formats) : null;
  if (base) checks.push(...base.checks);

  return { passed: checks.every((check) => check.passed), totals, checks, patch, base };
}

/** Returns why a run that should have patch coverage has none, or null when patch coverage does not apply. */
function unmeasuredPatchReason(input: CoverageGateInput): string | null {
  if (input.changedLinesUnreadable) return 'Patch coverage was not measured because the changed lines could not be read';
  if (!input.changedLines && input.patchUnknownReason) return input.patchUnknownReason;
  return null;
}
