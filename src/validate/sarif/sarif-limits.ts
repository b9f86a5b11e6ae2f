/**
 * GitHub code scanning's limits on uploaded SARIF, and the order in which
 * the writer leaves results out to stay within them.
 *
 * Source: GitHub Docs, "SARIF results exceed one or more limits": at most 20
 * runs per file, 25,000 results per run (of which code scanning shows the
 * top 5,000 by severity) and 25,000 rules per run. "SARIF file is too large":
 * at most 10 MB, checked after gzip compression.
 */
import type { Finding, FindingLevel } from '../model.js';

export interface SarifLimits {
  maxRuns: number;
  maxResultsPerRun: number;
  /** Largest gzip-compressed size of the whole log, in bytes. */
  maxGzipBytes: number;
}

export const GITHUB_SARIF_LIMITS: SarifLimits = {
  maxRuns: 20,
  maxResultsPerRun: 25_000,
  // GitHub states "10 MB"; 10,000,000 bytes stays below it whether MB means 10^6 or 2^20 bytes.
  maxGzipBytes: 10_000_000,
};

const LEVEL_RANK: Record<FindingLevel, number> = { error: 3, warning: 2, note: 1 };

/** Higher for findings that code scanning should keep and show first: level, then GitHub's `securitySeverity`. */
function severityOf(finding: Finding): [number, number] {
  const security = finding.properties?.securitySeverity;
  return [LEVEL_RANK[finding.level], typeof security === 'number' ? security : -1];
}

/**
 * Orders findings most severe first, then by path, position and rule id, so
 * that equal input always gives the same output and cuts always remove the
 * least severe findings.
 */
export function compareBySeverity(left: Finding, right: Finding): number {
  const [leftLevel, leftSecurity] = severityOf(left);
  const [rightLevel, rightSecurity] = severityOf(right);
  return (
    rightLevel - leftLevel ||
    rightSecurity - leftSecurity ||
    compareText(left.path, right.path) ||
    left.range.startLine - right.range.startLine ||
    left.range.startColumn - right.range.startColumn ||
    compareText(left.ruleId, right.ruleId)
  );
}

function compareText(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

/** Counts of findings by level. */
export type LevelCounts = Record<FindingLevel, number>;

export function countLevels(findings: readonly Finding[]): LevelCounts {
  const counts: LevelCounts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level]++;
  return counts;
}
