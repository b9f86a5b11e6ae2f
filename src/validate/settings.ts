/**
 * The resolved `validate` section of the configuration: what each validator
 * reads. The config loader fills every field, so validators never see
 * `undefined` for a setting.
 */
import type { FindingLevel } from './model.js';

export const VALIDATORS = ['syntax', 'types', 'complexity', 'security', 'standards', 'linters', 'sarif'] as const;
export type ValidatorName = (typeof VALIDATORS)[number];

/** Filter modes that decide which findings reach the report: reviewdog's `filter_mode` names, plus `new`. */
export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter', 'new'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** The lowest level that fails the stage; `none` never fails it. */
export const FAIL_LEVELS = ['none', 'notice', 'warning', 'error'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

/** A level set for one rule in the config; `off` drops its findings. */
export type RuleLevelSetting = FindingLevel | 'off';

export interface ComplexitySettings {
  /** Highest cyclomatic complexity a function may have (ESLint `complexity` counting). */
  cyclomatic: number;
  /** Highest cognitive complexity a function may have (SonarSource's definition). */
  cognitive: number;
}

export interface NamingRule {
  /** Kind of exported symbol: function, class, variable, type, interface, enum. */
  kind: 'function' | 'class' | 'variable' | 'type' | 'interface' | 'enum';
  /** Regular expression the exported name must match. */
  pattern: string;
}

export interface BannedImport {
  /** Module specifier, or a glob of specifiers such as `lodash/*`. */
  name: string;
  /** Advice shown in the finding, such as the module to use instead. */
  message?: string;
}

export interface StandardsSettings {
  /** Maximum lines per file; null turns the check off. */
  maxFileLines: number | null;
  /** Maximum lines per function, from its first to its last line; null turns the check off. */
  maxFunctionLines: number | null;
  /** Most parameters a function may declare; null turns the check off. */
  maxParameters: number | null;
  naming: NamingRule[];
  bannedImports: BannedImport[];
}

export interface TypesSettings {
  /** tsconfig files to check, relative to the root; empty means find them. */
  projects: string[];
  /** `auto` uses the repository's TypeScript: the compiler API of 5.x, the CLI of the native 7 compiler. */
  compiler: 'auto' | 'api' | 'cli';
  /** Keep incremental build info between runs. */
  incremental: boolean;
}

/** Output format of an external linter, or of a report file it wrote. */
export type LinterFormat = 'sarif' | 'checkstyle' | 'eslint-json';

export interface LinterSettings {
  /** Label used as the tool name when the output does not carry one. */
  name: string;
  /** Program and arguments, run without a shell in the repository root. */
  command: string[];
  format: LinterFormat;
  /** File the linter writes, relative to the root; standard output when absent. */
  output?: string;
  /** Seconds the linter may run before it is stopped and reported as failed; the config fills in 600. */
  timeoutSeconds?: number;
}

export interface ValidateSettings {
  validators: ValidatorName[];
  /** Files the validators read, as globs; the defaults cover scripts, JSON, YAML and workflows. */
  include: string[];
  exclude: string[];
  filter: FilterMode;
  /** Lines around each changed line that `diff_context` keeps. */
  context: number;
  failLevel: FailLevel;
  /** Level per rule id, or per prefix such as `security/*`. */
  rules: Record<string, RuleLevelSetting>;
  complexity: ComplexitySettings;
  standards: StandardsSettings;
  types: TypesSettings;
  linters: LinterSettings[];
  /** SARIF files written by other tools, as paths or globs relative to the root. */
  sarif: string[];
  /** The workflow rules: owners whose actions may be used by tag, and custom labels of classic self-hosted runners. */
  workflow: { trustedActionOwners: string[]; knownRunnerLabels: string[] };
  /** Secrets: globs of files never scanned for secrets, such as test fixtures with fake tokens. */
  secrets: { exclude: string[] };
}
