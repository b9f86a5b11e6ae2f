/**
 * Types of the configuration: the shape that `.github/testmaster.yml` and the
 * overrides may contain, and the resolved shape that every stage reads.
 * `schema/testmaster.schema.json` describes the same shape for validation and editors.
 */
import type { MetricName, ReportFormat } from '../coverage/model.js';
import type { ImpactSettings, RiskFactorId, Tier } from '../impact/model.js';
import type { FailLevel, FilterMode, LinterSettings, NamingRule, RuleLevelSetting, TypesSettings, ValidateSettings, ValidatorName } from '../validate/settings.js';

export const STAGES = ['coverage', 'impact', 'validate'] as const;
export type StageName = (typeof STAGES)[number];

/** Percent (or percentage points) per metric; `null` or absent means no value is set. */
export type MetricValues = Partial<Record<MetricName, number | null>>;

/** A deep partial of the configuration, as a file or one override may give it. */
export interface ConfigInput {
  report?: { name?: string };
  stages?: StageName[];
  coverage?: {
    reports?: string[];
    format?: ReportFormat | 'auto';
    thresholds?: MetricValues;
    paths?: { glob: string; thresholds: MetricValues }[];
    patch?: { threshold?: number | null; include?: string[]; exclude?: string[] };
    base?: { maxDrop?: MetricValues; tolerance?: number; report?: string | null };
    pathMapping?: {
      stripPrefixes?: string[];
      rewrite?: { from: string; to: string }[];
      roots?: string[];
    };
    html?: { enabled?: boolean; dir?: string };
  };
  impact?: {
    tests?: { include?: string[]; exclude?: string[] };
    triggers?: string[];
    typeOnlyEdgesRun?: boolean;
    equivalentChangesRun?: boolean;
    suites?: { name: string; paths: string[]; tier?: Tier; runsOn?: string[] }[];
    sensitivePaths?: string[];
    risk?: {
      weights?: Partial<Record<RiskFactorId, number>>;
      levels?: { medium?: number; high?: number; critical?: number };
    };
    cache?: { enabled?: boolean; path?: string };
  };
  validate?: {
    validators?: ValidatorName[];
    include?: string[];
    exclude?: string[];
    filter?: FilterMode;
    context?: number;
    failLevel?: FailLevel;
    rules?: Record<string, RuleLevelSetting>;
    complexity?: { cyclomatic?: number; cognitive?: number };
    standards?: {
      maxFileLines?: number | null;
      maxFunctionLines?: number | null;
      maxParameters?: number | null;
      naming?: NamingRule[];
      bannedImports?: { name: string; message?: string | null }[];
    };
    types?: Partial<TypesSettings>;
    linters?: (Omit<LinterSettings, 'output' | 'timeoutSeconds'> & { output?: string | null; timeoutSeconds?: number })[];
    sarif?: string[];
    workflow?: { trustedActionOwners?: string[]; knownRunnerLabels?: string[] };
    secrets?: { exclude?: string[] };
  };
}

/** Values from one action input or CLI flag, labelled with its origin for error messages. */
export interface ConfigOverride {
  /** Label of the flag or input that set the values, for example `--threshold` or `input thresholds`. */
  origin: string;
  values: ConfigInput;
}

/** Metric values with unset metrics removed. */
export type MetricSettings = Partial<Record<MetricName, number>>;

export interface PathThresholds {
  glob: string;
  thresholds: MetricSettings;
}

export interface ResolvedCoverageConfig {
  reports: string[];
  /** True when no layer set `reports`, so a missing default location is not an error. */
  reportsFromDefaults: boolean;
  format: ReportFormat | 'auto';
  thresholds: MetricSettings;
  paths: PathThresholds[];
  patch: { threshold: number | null; include: string[]; exclude: string[] };
  base: { maxDrop: MetricSettings; tolerance: number; report: string | null };
  pathMapping: { stripPrefixes: string[]; rewrite: { from: string; to: string }[]; roots: string[] };
  html: { enabled: boolean; dir: string };
}

export interface ResolvedImpactConfig extends ImpactSettings {
  /** Scan cache of the CLI; the actions keep theirs in the Actions cache. */
  cache: { enabled: boolean; path: string };
}

export interface ResolvedConfig {
  report: { name: string };
  stages: StageName[];
  coverage: ResolvedCoverageConfig;
  impact: ResolvedImpactConfig;
  validate: ValidateSettings;
  /** Path of the config file that was read, as the user named it, or `null` when there was none. */
  file: string | null;
  /** Absolute path of the config file that was read, or `null` when there was none. */
  filePath: string | null;
}
