/** The result types that every coverage gate rule returns. */
import type { Counter, MetricName } from '../model.js';

/** Rule that produced a check. */
export type CheckKind = 'global' | 'path' | 'patch' | 'delta';

/**
 * Why a check has no percentage: the counter has no items, the reports do
 * not carry the metric, or a per-path glob matched no file.
 */
export type CheckCondition = 'measured' | 'no-items' | 'not-measured' | 'no-match';

export interface GateCheck {
  kind: CheckKind;
  /** Measured scope: "all files", the glob of a path rule, "changed lines" or "base". */
  scope: string;
  /** The metric; patch checks count lines, and a glob that matched no file has none. */
  metric: MetricName | null;
  /** Counts that were measured, or null when there were none. */
  actual: Counter | null;
  /** Threshold in percent; for delta checks, the allowed drop in percentage points. */
  threshold: number | null;
  condition: CheckCondition;
  passed: boolean;
  /** One plain-text sentence that states the result. */
  message: string;
}
