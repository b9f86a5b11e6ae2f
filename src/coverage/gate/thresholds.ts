/** Global and per-path thresholds: one check per metric that has a threshold. */
import picomatch from 'picomatch';
import type { PathThresholds, MetricSettings } from '../../config/types.js';
import { METRICS, type Counter, type FileCoverage, type MetricName, type ReportFormat, type Totals } from '../model.js';
import { sumTotals } from '../totals.js';
import type { CheckKind, GateCheck } from './check.js';
import { notMeasuredMessage } from './metric-formats.js';
import { formatCount, formatPercent, formatThreshold, meetsThreshold } from './percent.js';

/** Scope name of the global checks. */
export const ALL_FILES = 'all files';

/** Checks the totals of all files against the global thresholds. */
export function checkGlobalThresholds(
  totals: Totals,
  thresholds: MetricSettings,
  formats: readonly ReportFormat[],
): GateCheck[] {
  return thresholdChecks('global', ALL_FILES, totals, thresholds, formats);
}

/**
 * Checks each path rule against the files matching its glob. A file that
 * matches several globs counts in each. A glob that matches no file fails,
 * because a typo in a glob would otherwise pass silently.
 */
export function checkPathThresholds(
  files: readonly FileCoverage[],
  rules: readonly PathThresholds[],
  formats: readonly ReportFormat[],
): GateCheck[] {
  const checks: GateCheck[] = [];
  for (const rule of rules) {
    const isMatch = picomatch(rule.glob, { dot: true });
    const matching = files.filter((file) => isMatch(file.path));
    if (matching.length === 0) {
      checks.push(noMatchCheck(rule.glob));
      continue;
    }
    checks.push(...thresholdChecks('path', rule.glob, sumTotals(matching), rule.thresholds, formats));
  }
  return checks;
}

function thresholdChecks(
  kind: CheckKind,
  scope: string,
  totals: Totals,
  thresholds: MetricSettings,
  formats: readonly ReportFormat[],
): GateCheck[] {
  const checks: GateCheck[] = [];
  for (const metric of METRICS) {
    const threshold = thresholds[metric];
    if (threshold === undefined) continue;
    checks.push(checkMetric(kind, scope, metric, totals[metric], threshold, formats));
  }
  return checks;
}

/** Checks one counter against one threshold. */
export function checkMetric(
  kind: CheckKind,
  scope: string,
  metric: MetricName,
  counter: Counter | null,
  threshold: number,
  formats: readonly ReportFormat[],
): GateCheck {
  const base = { kind, scope, metric, threshold };
  const where = kind === 'global' ? '' : ` in ${scope}`;

  if (counter === null) {
    return { ...base, actual: null, condition: 'not-measured', passed: false, message: `${notMeasuredMessage(metric, formats)}.` };
  }
  if (counter.total === 0) {
    const message = `${capitalize(metric)}${where}: no items, so the ${formatThreshold(threshold)} threshold does not apply.`;
    return { ...base, actual: counter, condition: 'no-items', passed: true, message };
  }

  const passed = meetsThreshold(counter, threshold);
  const measured = `${formatCount(counter.covered)} of ${formatCount(counter.total)} (${formatPercent(counter)})`;
  const verdict = passed ? 'meets' : 'is below';
  const message = `${capitalize(metric)}${where}: ${measured} ${verdict} the ${formatThreshold(threshold)} threshold.`;
  return { ...base, actual: counter, condition: 'measured', passed, message };
}

function noMatchCheck(glob: string): GateCheck {
  return {
    kind: 'path',
    scope: glob,
    metric: null,
    actual: null,
    threshold: null,
    condition: 'no-match',
    passed: false,
    message: `Path glob ${glob} matches no file in the coverage reports. Fix the glob or remove the rule.`,
  };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
