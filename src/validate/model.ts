/**
 * The model that every validator returns and the scope filter, the gate and
 * the reporters read.
 *
 * Positions follow SARIF 2.1.0, so a finding maps to SARIF, check-run
 * annotations and workflow commands without conversion: lines and columns
 * count from 1, columns count UTF-16 code units, and `endColumn` is the column
 * just after the last character of the region.
 */

/** Severity of a finding, from lowest to highest; the names match SARIF's `level`. */
export const FINDING_LEVELS = ['note', 'warning', 'error'] as const;
export type FindingLevel = (typeof FINDING_LEVELS)[number];

/** A region of a file. `endColumn` is exclusive; `endLine` equals `startLine` for a region on one line. */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One problem in one file. */
export interface Finding {
  /** Rule id with its validator as prefix: `security/eval`, `types/TS2322`, `eslint/no-undef`. */
  ruleId: string;
  level: FindingLevel;
  /** Repository-relative POSIX path. */
  path: string;
  range: SourceRange;
  /** One or two sentences in plain text; renderers escape it. */
  message: string;
  /** Name of the tool that reported it: `testmaster`, `typescript`, or a SARIF driver name. */
  tool: string;
  /** Documentation of the rule, when the tool gives one. */
  helpUri?: string;
  /** Measured values behind the finding, such as `{ head: 14, base: 9, threshold: 10 }` for complexity. */
  properties?: Record<string, number | string | null>;
}

/** Description of a rule and its level when the config sets none. */
export interface RuleMeta {
  id: string;
  defaultLevel: FindingLevel;
  /** One line for tables and SARIF's `shortDescription`. */
  summary: string;
  /** Why it matters and how to fix it, for SARIF's `help` and the docs. */
  help: string;
  helpUri?: string;
}

/** The text of one file at one revision. */
export interface SourceText {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
}
