/**
 * Decides whether the reported findings fail the stage. `failLevel` names the
 * lowest level that fails it, with reviewdog's names: `notice` is SARIF's
 * `note`, and `none` never fails.
 */
import type { Finding, FindingLevel } from '../model.js';
import type { FailLevel } from '../settings.js';

const LEVEL_RANK: Record<FindingLevel, number> = { note: 1, warning: 2, error: 3 };
const FAIL_RANK: Record<FailLevel, number> = { none: Number.POSITIVE_INFINITY, notice: 1, warning: 2, error: 3 };

/** Returns the findings at or above the fail level; the stage fails when any are left. */
export function failingFindings(findings: readonly Finding[], failLevel: FailLevel): Finding[] {
  const threshold = FAIL_RANK[failLevel];
  return findings.filter((finding) => LEVEL_RANK[finding.level] >= threshold);
}

/** Compares findings for display: the most severe first, then by path, line and column. */
export function compareFindings(left: Finding, right: Finding): number {
  return (
    LEVEL_RANK[right.level] - LEVEL_RANK[left.level] ||
    compareText(left.path, right.path) ||
    left.range.startLine - right.range.startLine ||
    left.range.startColumn - right.range.startColumn ||
    compareText(left.ruleId, right.ruleId)
  );
}

/** Compares by UTF-16 code units, the order git and GitHub list paths in. */
function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
