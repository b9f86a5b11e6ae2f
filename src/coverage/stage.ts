/**
 * The coverage stage: collect the reports, find the changed lines and the
 * base, evaluate the gate and build the stage report. Git and the filesystem
 * are reached through the adapters it calls; it never touches the GitHub API.
 */
import type { ResolvedConfig } from '../config/types.js';
import { deepenUntilMergeBase } from '../git/deepen.js';
import { changedLines, isShallow } from '../git/git.js';
import type { StageReport } from '../report/document.js';
import type { Logger } from '../run/logger.js';
import { open, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.js';
import { buildBaseSummary, parseBaseSummary, type BaseSummary } from './base-summary.js';
import { findReports } from './find-reports.js';
import { collectCoverage } from './collect.js';
import type { BaseInput } from './gate/delta.js';
import { evaluateCoverageGate } from './gate/evaluate.js';
import type { Counter, FileCoverage } from './model.js';

/** Start of every base summary file, also when reformatted; no coverage format starts this way. */
const BASE_SUMMARY_SIGNATURE = /^\s*\{\s*"version"\s*:\s*1\s*,\s*"commit"/;
import { buildCoverageStageReport } from './stage-report.js';
import { withSteadyYoungGeneration } from './young-generation.js';

/** Source of the base coverage. */
export type BaseSource =
  | { kind: 'none'; reason: string }
  | { kind: 'summary'; summary: BaseSummary }
  | { kind: 'report'; path: string; explicit?: boolean };

export interface DiffRequest {
  base: string;
  head: string;
  /** Fetch more history when the clone is shallow (on CI runners). */
  deepen: boolean;
  /** Reason for a base other than the one the user would expect, shown as a warning. */
  note?: string;
}

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
  /**
   * The run should have a diff, but its base could not be found. A patch
   * threshold then fails as not measured, with `noDiffReason`, rather than
   * passing as it does where patch coverage does not apply (a push).
   */
  diffUnknown?: boolean;
  base: BaseSource;
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
  const coverage = await collectCoverage({
    root: request.root,
    patterns: request.explicitReports ?? config.coverage.reports,
    patternsAreDefaults: !request.explicitReports && config.coverage.reportsFromDefaults,
    patternsAreExplicit: request.explicitReports !== undefined,
    format: config.coverage.format,
    trackedFiles: request.trackedFiles,
    pathMapping: config.coverage.pathMapping,
    log,
  });

  const changed = request.diff ? await readChangedLines(request.root, request.diff, log) : null;
  const warnings = [...coverage.warnings];
  if (request.diff?.note) warnings.push(request.diff.note);
  const patchUnknown = !request.diff && request.diffUnknown === true ? (request.noDiffReason ?? 'The change is unknown.') : null;
  const patchGated = patchUnknown !== null && config.coverage.patch.threshold !== null;
  // A failed patch check carries the reason itself, so the warning would repeat it.
  if (!request.diff && request.noDiffReason && !patchGated) warnings.push(request.noDiffReason);

  const base = await resolveBase(request);
  const gate = evaluateCoverageGate({
    files: coverage.files,
    formats: coverage.formats,
    config: config.coverage,
    changedLines: changed?.lines ?? null,
    blankLines: changed?.blank ?? new Map(),
    patchUnknownReason: patchUnknown,
    base,
  });
  const report = buildCoverageStageReport({ gate, files: coverage.files, warnings });
  return { report, files: coverage.files, patch: gate.patch?.counter ?? null };
}

/** Changed lines per repository path, from the merge base of the two refs to head. */
async function readChangedLines(
  root: string,
  diff: DiffRequest,
  log: Logger,
): Promise<ChangedLines> {
  if (diff.deepen && (await isShallow(root))) {
    log.info(`The clone is shallow; fetching history until ${diff.base} and ${diff.head} share a merge base.`);
    await deepenUntilMergeBase(root, diff.base, diff.head, { log: (line) => log.info(line) });
  }
  const changes = await changedLines(root, diff.base, diff.head);
  log.info(`Changed files since merge base ${changes.mergeBase.slice(0, 12)}: ${changes.files.length}.`);
  const lines = new Map<string, number[]>();
  const blank = new Map<string, number[]>();
  for (const file of changes.files) {
    // Symbolic links (mode 120000) hold a target path, not code.
    if (file.status === 'deleted' || file.binary || file.newMode === '120000') continue;
    if (file.addedLines.length > 0) lines.set(file.path, file.addedLines);
    if (file.blankLines) blank.set(file.path, file.blankLines);
  }
  return { lines, blank };
}

interface ChangedLines {
  lines: Map<string, number[]>;
  /** Blank added lines per path, which count nowhere, even in a file missing from every report. */
  blank: Map<string, number[]>;
}

async function resolveBase(request: CoverageStageRequest): Promise<BaseInput | null> {
  const source = request.base;
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
