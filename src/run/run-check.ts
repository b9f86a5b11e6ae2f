/**
 * Runs the configured stages on one repository and returns one combined
 * report. The CLI and both actions call this; they differ only in where the
 * inputs come from and where the report goes.
 */
import { loadConfig } from '../config/load.js';
import type { ConfigOverride, ResolvedConfig, StageName } from '../config/types.js';
import type { BaseSource, DiffRequest } from '../coverage/stage.js';
import type { ChangeRequest } from '../impact/change/detect-change.js';
import type { ScanCacheStore } from '../impact/stage/scan-cache-store.js';
import type { Counter, FileCoverage } from '../coverage/model.js';
import { UserError } from '../errors.js';
import { listFiles } from '../git/git.js';
import type { RunReport, StageReport } from '../report/document.js';
import { errorStage, skippedStage } from './error-stage.js';
import { withDelayedOptimization } from './optimizer-tiering.js';
import type { Logger } from './logger.js';
import type { TypesCacheStore } from '../validate/stage/types-cache-store.js';

export const DEFAULT_REPORT_NAME = 'TestMaster';

export interface CheckRequest {
  /** Absolute path of the repository root. */
  root: string;
  /** Config file path relative to `configFolder`; the default location when undefined. */
  configPath?: string;
  /** Folder that a relative `configPath` starts at; the repository root when undefined. */
  configFolder?: string;
  /** Action inputs or CLI flags, lowest precedence first. */
  overrides: ConfigOverride[];
  /** Reports named on the command line or in a workflow input, which may lie outside the repository. */
  explicitReports?: string[];
  /** Keep report paths as written instead of matching them against the repository's files. */
  keepReportPaths?: boolean;
  /** Stages to run instead of the configured ones. */
  stages?: StageName[];
  /**
   * Word that a single-stage action appends to the report name from the
   * config or the defaults, such as `impact`. Each action then keeps its own
   * sticky comment and check-run name when several run on one pull request.
   */
  reportNameSuffix?: string;
  diff: DiffRequest | null;
  noDiffReason?: string;
  /** A head ref named on the command line, which the coverage stage requires to be the checked-out commit. */
  namedHead?: string;
  /** The run should have a diff but its base is unknown; see `CoverageStageRequest.diffUnknown`. */
  diffUnknown?: boolean;
  /** Repository-relative folder of an action step's working-directory; see `CoverageStageRequest.workingFolder`. */
  workingFolder?: string;
  /** Base coverage; a function so that the config can name a base report. */
  base: (config: ResolvedConfig) => BaseSource | Promise<BaseSource>;
  /** The change that impact analysis reads; null when the run has none, with the reason in `noChangeReason`. */
  change?: ChangeRequest | null;
  noChangeReason?: string;
  /** Source of the impact stage's head files: the working tree, unless a head commit was named. */
  headSource?: 'working-tree' | 'commit';
  /** Scan cache of the impact stage; a function so that the config can turn it off or move it. */
  scanCache?: (config: ResolvedConfig) => ScanCacheStore | null;
  /** Files that `--explain` names. */
  explain?: string[];
  /** Options of the validate stage that come from the command line or the action, not the config. */
  validate?: ValidateRunOptions;
  log: Logger;
}

export interface ValidateRunOptions {
  /** Where the type checker keeps incremental build information, or null to keep none. */
  typesCache: TypesCacheStore | null;
  /** Absolute path to write the SARIF file to. */
  sarifOutput?: string;
  /** SARIF files named on the command line or in a workflow input, as absolute paths. */
  importedSarif?: string[];
}

export interface CheckResult {
  report: RunReport;
  /** The resolved config, or null when it could not be read. */
  config: ResolvedConfig | null;
  /** Merged coverage when the coverage stage ran. */
  coverageFiles: FileCoverage[] | null;
}

export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  let config: ResolvedConfig;
  try {
    config = await loadConfig(request.root, {
      ...(request.configPath ? { configPath: request.configPath } : {}),
      ...(request.configFolder ? { configFolder: request.configFolder } : {}),
      overrides: request.overrides,
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const stage = errorStage('config', 'Configuration', error);
    return { report: { name: nameWithoutConfig(request), stages: [stage] }, config: null, coverageFiles: null };
  }
  if (request.reportNameSuffix) {
    // The base-summary cache is keyed by the report name, so every later reader of the config sees the suffixed name.
    config = { ...config, report: { ...config.report, name: suffixedReportName(config.report.name, request.reportNameSuffix) } };
  }

  const stages: StageReport[] = [];
  let coverageFiles: FileCoverage[] | null = null;
  let patch: Counter | null = null;
  for (const name of request.stages ?? config.stages) {
    if (name === 'impact') {
      stages.push(await runImpact(request, config, patch));
      continue;
    }
    if (name === 'validate') {
      stages.push(await runValidate(request, config));
      continue;
    }
    if (name === 'coverage') {
      try {
        const trackedFiles = request.keepReportPaths ? null : await listFiles(request.root);
        // Each stage is loaded when it runs, so that a command running one stage starts without the code of the others.
        const { runCoverageStage } = await import('../coverage/stage.js');
        const result = await runCoverageStage({
          root: request.root,
          config,
          ...(request.explicitReports && request.explicitReports.length > 0 ? { explicitReports: request.explicitReports } : {}),
          trackedFiles,
          diff: request.diff,
          ...(request.noDiffReason ? { noDiffReason: request.noDiffReason } : {}),
          ...(request.namedHead !== undefined ? { namedHead: request.namedHead } : {}),
          ...(request.diffUnknown ? { diffUnknown: true } : {}),
          base: await request.base(config),
          ...(request.workingFolder ? { workingFolder: request.workingFolder } : {}),
          log: request.log,
        });
        stages.push(result.report);
        coverageFiles = result.files;
        patch = result.patch;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        stages.push(errorStage('coverage', 'Coverage', error));
      }
    }
  }
  return { report: { name: config.report.name, stages }, config, coverageFiles };
}

/**
 * Returns the report name of a run whose config could not be read: the name
 * that an input or flag sets, else the default with the action's suffix. A
 * required check keeps its name, so the error reaches the pull request.
 */
function nameWithoutConfig(request: CheckRequest): string {
  const named = request.overrides.findLast((override) => override.values.report?.name !== undefined)?.values.report?.name;
  return named ?? suffixedReportName(DEFAULT_REPORT_NAME, request.reportNameSuffix);
}

/** Appends the suffix of a single-stage action to a report name, when there is one. */
export function suffixedReportName(name: string, suffix: string | undefined): string {
  return suffix ? `${name} ${suffix}` : name;
}

/** Runs the impact stage; invalid input becomes an error stage, and a run without a change a skipped one. */
async function runImpact(request: CheckRequest, config: ResolvedConfig, patch: Counter | null): Promise<StageReport> {
  if (!request.change) {
    return skippedStage('impact', 'Impact', request.noChangeReason ?? 'Impact analysis needs a change: pass --base REF, or run it on a pull request or push.');
  }
  try {
    const change = request.change;
    const outcome = await withDelayedOptimization(async () => {
      const { runImpactStage } = await import('../impact/stage/run-impact-stage.js');
      return runImpactStage({
        root: request.root,
        settings: config.impact,
        change,
        headSource: request.headSource ?? 'working-tree',
        cacheStore: request.scanCache?.(config) ?? null,
        coverage: patch,
        ...(request.explain ? { explain: request.explain } : {}),
        log: request.log,
      });
    });
    return outcome.report;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorStage('impact', 'Impact', error);
  }
}

/** Runs the validate stage; invalid input becomes an error stage, and a run without a change a skipped one. */
async function runValidate(request: CheckRequest, config: ResolvedConfig): Promise<StageReport> {
  if (!request.change) {
    return skippedStage('validate', 'Static validation', request.noChangeReason ?? 'Static validation needs a change: pass --base REF, or run it on a pull request or push.');
  }
  try {
    const { runValidateStage } = await import('../validate/stage/run-validate-stage.js');
    const outcome = await runValidateStage({
      root: request.root,
      settings: config.validate,
      change: request.change,
      headSource: request.headSource ?? 'working-tree',
      typesCache: request.validate?.typesCache ?? null,
      sarifOutput: request.validate?.sarifOutput ?? null,
      importedSarif: request.validate?.importedSarif ?? [],
      log: request.log,
    });
    return outcome.report;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorStage('validate', 'Static validation', error);
  }
}
