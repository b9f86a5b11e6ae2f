/**
 * The result of the validate stage, which the report, the action outputs, the
 * JSON and SARIF writers read.
 */
import type { Finding } from '../model.js';
import type { FailLevel, FilterMode } from '../settings.js';

/** A finding that passed the filter, with the content fingerprint that matches it across revisions. */
export interface ReportedFinding extends Finding {
  fingerprint: string;
}

export type ValidatorStatus = 'ran' | 'skipped' | 'failed';

/** Outcome of one validator; `detail` names the compiler, the linter command or the reason it was skipped. */
export interface ValidatorRun {
  name: string;
  status: ValidatorStatus;
  detail: string;
  /** Findings it returned before filtering. */
  findings: number;
}

export interface ValidateResult {
  filter: FilterMode;
  context: number;
  failLevel: FailLevel;
  /** The merge base the filter compared with, or null when there was none. */
  baseSha: string | null;
  headSha: string;
  /** Files the per-file validators read. */
  filesChecked: number;
  /** Reported findings, most severe first. */
  findings: ReportedFinding[];
  /** How many reported findings are at or above the fail level. */
  failing: number;
  dropped: { outsideFilter: number; suppressed: number; turnedOff: number };
  validators: ValidatorRun[];
  notes: string[];
  warnings: string[];
  /**
   * Invalid input that did not stop the other validators: a SARIF file that
   * cannot be read, a linter that failed to start, an unwritable output. The
   * stage then ends with status `error` (exit code 2) and keeps every finding.
   */
  errors: string[];
  /** Path of the SARIF file written for this run, when one was requested. */
  sarifFile: string | null;
}

export interface LevelCounts {
  error: number;
  warning: number;
  note: number;
}

export function countLevels(findings: readonly Finding[]): LevelCounts {
  const counts: LevelCounts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}
