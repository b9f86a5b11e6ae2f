/**
 * The validators the stage runs, behind one small interface each, so the
 * orchestration does not depend on how a validator is built.
 */
import type { FileChange } from '../../git/diff-parse.js';
import type { Logger } from '../../run/logger.js';
import type { ReportedFinding } from '../report/result.js';
import type { Finding, RuleMeta, SourceText } from '../model.js';
import type { ValidateSettings, ValidatorName } from '../settings.js';

export interface FileCheckInput {
  source: SourceText;
  /** The same file at the merge base (its old path for a rename), or null when it is new. */
  base: SourceText | null;
  settings: ValidateSettings;
}

/** Findings of one file, per validator that ran on it. */
export type FileFindings = Partial<Record<ValidatorName, Finding[]>>;

export interface ProjectCheckInput {
  root: string;
  settings: ValidateSettings;
  typesCacheDir: string | null;
  importedSarif: string[];
  log: Logger;
}

/** Outcome of a whole-project validator, for the validators table. */
export interface ProjectCheck {
  name: ValidatorName;
  status: 'ran' | 'skipped' | 'failed';
  detail: string;
  findings: Finding[];
  warnings: string[];
}

export function checkFile(_input: FileCheckInput): FileFindings {
  return {};
}

export async function checkProject(_input: ProjectCheckInput): Promise<ProjectCheck[]> {
  return [];
}

export function allRules(): RuleMeta[] {
  return [];
}

export interface ScopeInput {
  findings: Finding[];
  /** Findings of the per-file validators at the merge base, for the `new` filter; null in other modes. */
  baseFindings: Finding[] | null;
  changes: FileChange[];
  settings: ValidateSettings;
  headText: (path: string) => string | null;
  baseText: (path: string) => string | null;
}

export interface ScopeOutcome {
  kept: ReportedFinding[];
  outsideFilter: number;
}

export function applyScope(input: ScopeInput): ScopeOutcome {
  return { kept: input.findings.map((finding) => ({ ...finding, fingerprint: '' })), outsideFilter: 0 };
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: number;
  /** Findings about the comments themselves: a missing reason, or a suppression that matched nothing. */
  extra: Finding[];
}

export function applySuppressionComments(findings: Finding[], _texts: ReadonlyMap<string, string>): SuppressionOutcome {
  return { kept: findings, suppressed: 0, extra: [] };
}

export function sarifDocument(_findings: readonly ReportedFinding[], _rules: readonly RuleMeta[]): unknown {
  return {};
}
