/**
 * Comparison with the base: the change of each metric in percentage points,
 * computed from exact counts, and a failing check when a drop exceeds its
 * maxDrop plus the tolerance.
 */
import { isCommitSha } from '../../git/commit-sha.js';
import type { BaseSummary } from '../base-summary.js';
import { METRICS, type Counter, type MetricName, type ReportFormat, type Totals } from '../model.js';
import type { ResolvedCoverageConfig } from '../../config/types.js';
import type { GateCheck } from './check.js';
import { notMeasuredMessage } from './metric-formats.js';
import { formatHundredths, formatPercent, toHundredths } from './percent.js';
import { capitalize } from './thresholds.js';

/** The base to compare with, or why there is none (no saved summary for the merge base, for example). */
export type BaseInput = { summary: BaseSummary } | { missingReason: string };

export interface MetricDelta {
  metric: MetricName;
  current: Counter;
  base: Counter;
  /** Current minus base percent, in hundredths of a percentage point, rounded down. */
  deltaHundredths: number;
}

export type BaseComparison =
  | { found: true; commit: string; createdAt: string; deltas: MetricDelta[]; checks: GateCheck[] }
  | { found: false; reason: string; checks: GateCheck[] };

/** Compares the totals with the base and checks every metric that has a maxDrop. */
export function compareWithBase(
  totals: Totals,
  base: BaseInput,
  settings: ResolvedCoverageConfig['base'],
  /** Formats of the current reports, named when a metric with a maxDrop is missing. */
  formats: readonly ReportFormat[],
): BaseComparison {
  if ('missingReason' in base) return { found: false, reason: base.missingReason, checks: [] };

  const summary = base.summary;
  const deltas: MetricDelta[] = [];
  for (const metric of METRICS) {
    const current = totals[metric];
    const previous = summary.totals[metric];
    if (!current || !previous || current.total === 0 || previous.total === 0) continue;
    deltas.push({ metric, current, base: previous, deltaHundredths: deltaHundredths(current, previous) });
  }

  const checks: GateCheck[] = [];
  for (const metric of METRICS) {
    const maxDrop = settings.maxDrop[metric];
    if (maxDrop === undefined) continue;
    checks.push(dropCheck(metric, totals[metric], summary, maxDrop, settings.tolerance, formats));
  }
  return { found: true, commit: summary.commit, createdAt: summary.createdAt, deltas, checks };
}

function dropCheck(
  metric: MetricName,
  current: Counter | null,
  summary: BaseSummary,
  maxDrop: number,
  tolerance: number,
  formats: readonly ReportFormat[],
): GateCheck {
  const previous = summary.totals[metric];
  const check = { kind: 'delta' as const, scope: 'base', metric, actual: current, threshold: maxDrop };
  const label = capitalize(metric);

  if (current === null) {
    return { ...check, condition: 'not-measured', passed: false, message: `${notMeasuredMessage(metric, formats)}.` };
  }
  if (previous === null || previous.total === 0 || current.total === 0) {
    const reason = previous === null ? `${describeBase(summary.commit)} did not measure ${metric}` : `there are no ${metric} to compare`;
    return { ...check, condition: 'no-items', passed: true, message: `${label}: ${reason}, so the drop was not checked.` };
  }

  const allowed = toHundredths(maxDrop) + toHundredths(tolerance);
  const passed = !dropExceeds(current, previous, allowed);
  const change = formatDelta(deltaHundredths(current, previous));
  const comparison = `${formatPercent(current)} against ${formatPercent(previous)} on ${describeBase(summary.commit)}, a change of ${change} percentage points`;
  const limit = `the allowed drop of ${formatHundredths(allowed)} (maxDrop ${maxDrop} plus tolerance ${tolerance})`;
  const verdict = passed ? `is within ${limit}` : `exceeds ${limit}`;
  return { ...check, condition: 'measured', passed, message: `${label}: ${comparison}, which ${verdict}.` };
}

/**
 * Returns whether `base - current`, in hundredths of a percentage point, exceeds
 * `allowed`: 10000 * (b.covered * c.total - c.covered * b.total) > allowed * b.total * c.total.
 */
export function dropExceeds(current: Counter, base: Counter, allowedHundredths: number): boolean {
  const drop = 10_000n * (BigInt(base.covered) * BigInt(current.total) - BigInt(current.covered) * BigInt(base.total));
  return drop > BigInt(allowedHundredths) * BigInt(base.total) * BigInt(current.total);
}

/**
 * Current minus base percent in hundredths of a percentage point, rounded
 * down, so a drop never shows smaller than it is. Both totals must be positive.
 */
export function deltaHundredths(current: Counter, base: Counter): number {
  const numerator = 10_000n * (BigInt(current.covered) * BigInt(base.total) - BigInt(base.covered) * BigInt(current.total));
  const denominator = BigInt(current.total) * BigInt(base.total);
  let quotient = numerator / denominator;
  // BigInt division truncates toward zero; step down for a negative remainder.
  if (numerator % denominator !== 0n && numerator < 0n) quotient -= 1n;
  return Number(quotient);
}

/** Formats a delta with its sign: "+0.52", "-1.20", "0.00". */
export function formatDelta(hundredths: number): string {
  return hundredths > 0 ? `+${formatHundredths(hundredths)}` : formatHundredths(hundredths);
}

/** Shortens a commit SHA to 7 characters; a label that is not a SHA (a base report's path) stays whole. */
export function shortSha(commit: string): string {
  return isCommitSha(commit) ? commit.slice(0, 7) : commit;
}

/** Names the base in a sentence: "base commit 1a2b3c4", or the label of a base report. */
export function describeBase(commit: string): string {
  return isCommitSha(commit) ? `base commit ${shortSha(commit)}` : commit;
}
