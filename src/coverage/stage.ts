/**
 * The coverage stage: collect the reports, find the changed lines and the
 * base, evaluate the gate and build the stage report. Git and the filesystem
 * are reached through the adapters it calls; it never touches the GitHub API.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { StageReport } from '../report/document.js';
import type { Logger } from '../run/logger.js';
import { open, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.js';
import { buildBaseSummary, parseBaseSummary, type BaseSummary } from './base-summary.js';
import { baseCommitWarning } from './base-commit-warning.js';
import { checkHeadIsCheckedOut } from './head-commit.js';
import { findReports } from './find-reports.js';
import { collectCoverage } from './collect.js';
import type { BaseInput } from './gate/delta.js';
import { evaluateCoverageGate } from './gate/evaluate.js';
import { patchNotApplicableWarning } from './gate/patch.js';
import type { Counter, FileCoverage } from './model.js';
import { readDiff, type DiffOutcome, type DiffRequest } from './changed-lines.js';
import { configChangeWarning } from './config-change-warning.js';
import { buildCoverageStageReport } from './stage-report.js';
import { withSteadyYoungGeneration } from './young-generation.js';
import { countTrackedLines } from '../git/line-counts.js';
import { findStaleFiles, staleLinesWarning } from './stale-lines.js';
import { changedLinesIn, defaultReportsIn, patchFolderNote } from './working-folder.js';

/**
 * Start of a base summary of any version. No coverage report starts with a
 * "version" key, so a summary of another version is read as a summary and
 * rejected for its version, instead of failing as an unknown report format.
 */
const BASE_SUMMARY_SIGNATURE = /^\s*\{\s*"version"\s*:/;

/** Source of the base coverage. */
export type BaseSource =
  | { kind: 'none'; reason: string }
  | { kind: 'summary'; summary: BaseSummary }
  | { kind: 'report'; path: string; explicit?: boolean };

export type { DiffRequest } from './changed-lines.js';

export interface CoverageStageRequest {
  root: string;
  config: ResolvedConfig;
  /** Reports the user named on the command line or in a workflow input; they replace the configured ones. */
  explicitReports?: string[];
  /** Tracked files of the repository; null keeps report paths as written (no repository). */
  trackedFiles: readonly string[] | null;
  /** Changed lines to gate; null skips patch coverage (a push, or no base ref). */
  diff: DiffRequest | null;
  /** Reason for the missing diff, shown in the report when `diff` is null. */
  noDiffReason?: string;
  /** A head ref that the user named (the CLI's `--head`), which must be the checked-out commit (see head-commit.ts). */
  namedHead?: string;
  /**
   * The run should have a diff, but its base could not be found. A patch
   * threshold then fails as not measured, with `noDiffReason`, rather than
   * passing as it does where patch coverage does not apply (a push).
   */
  diffUnknown?: boolean;
  base: BaseSource;
  /**
   * Repository-relative POSIX folder that an action step runs in, `''` or
   * undefined for the root. Default report locations and patch coverage
   * start there (see working-folder.ts).
   */
  workingFolder?: string;
  log: Logger;
}

export interface CoverageStageResult {
  report: StageReport;
  /** Merged coverage, for the base summary and the HTML report. */
  files: FileCoverage[];
  /** Covered and total changed lines, or null when patch coverage was not measured. */
  patch: Counter | null;
}

/**
 * Runs the coverage gate. The young generation stays at its first size for
 * the whole stage, not only while reports are parsed (young-generation.ts):
 * the per-file totals and results that follow the parse would grow it too.
 */
export async function runCoverageStage(request: CoverageStageRequest): Promise<CoverageStageResult> {
  return withSteadyYoungGeneration(() => runCoverageGate(request));
}

async function runCoverageGate(request: CoverageStageRequest): Promise<CoverageStageResult> {
  const { config, log } = request;
  const headProblem = request.namedHead !== undefined ? await checkHeadIsCheckedOut(request.root, request.namedHead, '--head') : null;
  const workingFolder = request.workingFolder ?? '';
  const configuredReports = config.coverage.reportsFromDefaults ? defaultReportsIn(workingFolder, config.coverage.reports) : config.coverage.reports;
  const coverage = await collectCoverage({
    root: request.root,
    patterns: request.explicitReports ?? configuredReports,
    patternsAreDefaults: !request.explicitReports && config.coverage.reportsFromDefaults,
    patternsAreExplicit: request.explicitReports !== undefined,
    format: config.coverage.format,
    trackedFiles: request.trackedFiles,
    pathMapping: config.coverage.pathMapping,
    log,
  });

  // A head that does not resolve is not looked for again, which would deepen a shallow clone in vain.
  const diff = headProblem ? unreadDiff(headProblem) : request.diff ? await readDiff(request.root, request.diff, log) : null;
  const changed = diff?.found ? diff.changed : null;
  const changedLines = changed ? changedLinesIn(workingFolder, changed.lines) : null;
  const folderNote = changed ? patchFolderNote(workingFolder) : null;
  // A base or head problem leaves the totals and threshold checks standing and takes away only what needs the diff.
  const problem = diff && !diff.found ? diff.problem : null;
  const warnings = [...coverage.warnings];
  if (request.trackedFiles) {
    const stale = await staleLines(request.root, coverage.files);
    if (stale !== null) warnings.push(stale);
  }
  if (request.diff?.note) warnings.push(request.diff.note);
  const configChange = changed ? configChangeWarning(request.root, config.filePath, changed.paths) : null;
  if (configChange !== null) warnings.push(configChange);
  const patchUnknown = !request.diff && request.diffUnknown === true ? (request.noDiffReason ?? 'The change is unknown.') : null;
  const patchGated = patchUnknown !== null && config.coverage.patch.threshold !== null;
  // A failed patch check carries the reason itself, so the warning would repeat it.
  if (!request.diff && request.noDiffReason && !patchGated) {
    warnings.push(patchNotApplicableWarning(request.noDiffReason, patchUnknown === null ? config.coverage.patch.threshold : null));
  }

  const base = await resolveBase(request, diff);
  const mismatch = changed ? baseCommitMismatch(request, changed.mergeBase, base) : null;
  if (mismatch !== null) warnings.push(mismatch);
  const gate = evaluateCoverageGate({
    files: coverage.files,
    formats: coverage.formats,
    config: config.coverage,
    changedLines,
    changedLinesUnreadable: problem !== null,
    blankLines: changed?.blank ?? new Map(),
    patchUnknownReason: patchUnknown,
    base,
  });
  const notes = [...(diff?.notes ?? []), ...(folderNote !== null ? [folderNote] : [])];
  const report = buildCoverageStageReport({ gate, files: coverage.files, notes, warnings, ...(problem ? { problem } : {}) });
  return { report, files: coverage.files, patch: gate.patch?.counter ?? null };
}

/** Returns the warning for coverage on lines past the end of their files, or null; a failed line count skips the check. */
async function staleLines(root: string, files: readonly FileCoverage[]): Promise<string | null> {
  if (files.length === 0) return null;
  const counts = await countTrackedLines(root, files.map((file) => file.path));
  return counts ? staleLinesWarning(findStaleFiles(files, counts)) : null;
}

function unreadDiff(problem: UserError): DiffOutcome {
  return { found: false, problem, notes: [] };
}

/** Returns the warning for a base summary of a commit other than the merge base, or null. */
function baseCommitMismatch(request: CoverageStageRequest, mergeBase: string, base: BaseInput | null): string | null {
  if (!request.diff || !base || !('summary' in base)) return null;
  return baseCommitWarning({
    summaryCommit: base.summary.commit,
    mergeBase,
    base: request.diff.base,
    head: request.diff.head,
    summaryName: request.base.kind === 'report' ? `The base summary ${request.base.path}` : 'The base summary',
  });
}

/**
 * Returns the base to compare with. When the diff could not be read, the
 * base it names is in doubt, so a given base summary or report is not read
 * and the comparison is marked as not measured with the problem.
 */
async function resolveBase(request: CoverageStageRequest, diff: DiffOutcome | null): Promise<BaseInput | null> {
  const source = request.base;
  if (diff && !diff.found && source.kind !== 'none') return { missingReason: diff.problem.message };
  switch (source.kind) {
    case 'none':
      return { missingReason: source.reason };
    case 'summary':
      return { summary: source.summary };
    case 'report': {
      const summary = await readIfBaseSummary(request.root, source);
      if (summary) return { summary };
      const base = await collectCoverage({
        root: request.root,
        patterns: [source.path],
        patternsAreDefaults: false,
        patternsAreExplicit: source.explicit === true,
        format: request.config.coverage.format,
        trackedFiles: request.trackedFiles,
        pathMapping: request.config.coverage.pathMapping,
        log: request.log,
      });
      return {
        summary: buildBaseSummary(base.files, {
          commit: `the base report ${source.path}`,
          createdAt: new Date(),
          toolVersion: '',
        }),
      };
    }
  }
}

/**
 * Reads the base file as a base summary when it is one, as written by
 * `testmaster coverage --write-summary` or saved by the action. Returns null
 * for a coverage report, which the caller parses instead.
 */
async function readIfBaseSummary(root: string, source: { path: string; explicit?: boolean }): Promise<BaseSummary | null> {
  const found = await findReports(root, [source.path], { allowOutside: source.explicit === true });
  const file = found.files[0];
  if (!file) {
    throw new UserError(`The base report ${source.path} was not found. Give the path of a coverage report or base summary of the base commit.`);
  }
  const path = isAbsolute(file) ? file : join(root, file);
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (!BASE_SUMMARY_SIGNATURE.test(head.subarray(0, bytesRead).toString('utf8'))) return null;
  } finally {
    await handle.close();
  }
  return parseBaseSummary(await readFile(path, 'utf8'), source.path);
}
