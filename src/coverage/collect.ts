/**
 * Collects coverage: finds the report files, parses each, maps its paths onto
 * the repository and merges everything into one record per file.
 */
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.js';
import { formatCount } from '../report/count-text.js';
import type { Logger } from '../run/logger.js';
import { findReports, unmatchedReasons } from './find-reports.js';
import { loadReport } from './load-report.js';
import { mergeFileCoverages } from './merge.js';
import type { FileCoverage, ReportFormat } from './model.js';
import { mapReportPaths, mappingWarnings } from './paths/map-report.js';
import type { PathMappingOptions } from './paths/options.js';
import { readGoModules } from './paths/read-go-modules.js';
import { chooseOneReportPerRun, sameRunDuplicates, sameRunMessage } from './same-run-reports.js';
import type { GoModule } from './paths/go-modules.js';
import { TrackedFileIndex } from './paths/tracked-index.js';

export interface CollectRequest {
  /** Absolute path of the repository root. */
  root: string;
  /** Report paths or globs, relative to the root. */
  patterns: string[];
  /** True when the patterns are the built-in defaults, so a missing location is expected. */
  patternsAreDefaults: boolean;
  /** True when the user typed the patterns (CLI arguments, workflow inputs), so they may name files outside the repository. */
  patternsAreExplicit?: boolean;
  format: ReportFormat | 'auto';
  /** Tracked files to map report paths onto; null keeps the paths as the reports wrote them. */
  trackedFiles: readonly string[] | null;
  pathMapping: PathMappingOptions;
  log: Logger;
}

export interface CollectedCoverage {
  /** Repository-relative paths of the reports read. */
  reports: string[];
  formats: ReportFormat[];
  /** One merged record per repository file. */
  files: FileCoverage[];
  /** Problems that did not stop the run, for the report. */
  warnings: string[];
}

/** Finds, parses, maps and merges the reports; throws `UserError` when none is found or none matches. */
export async function collectCoverage(request: CollectRequest): Promise<CollectedCoverage> {
  const found = await findReports(request.root, request.patterns, { allowOutside: request.patternsAreExplicit === true });
  if (request.patternsAreExplicit) {
    const reasons = await unmatchedReasons(request.root, found.unmatched);
    if (reasons.length > 0) throw new UserError(reasons.join(' '));
  }
  if (found.files.length === 0) throw noReportError(request);

  if (request.patternsAreExplicit && found.unmatched.length > 0) {
    // A mistyped shard name must not let the gate pass on part of the data.
    throw new UserError(
      `Coverage report ${found.unmatched.join(', ')} was not found. Check the path; relative paths start at the folder the command runs in.`,
    );
  }
  const warnings: string[] = [];
  if (!request.patternsAreDefaults) {
    for (const pattern of found.unmatched) warnings.push(`No report matched ${pattern}.`);
  }

  const loaded: LoadedReport[] = [];
  const context: MappingContext = { index: request.trackedFiles ? new TrackedFileIndex(request.trackedFiles) : null };
  for (const reportPath of found.files) loaded.push(await loadAndMap(reportPath, request, context));
  const kept = request.patternsAreDefaults ? withoutSameRunDuplicates(loaded, request.log) : loaded;

  return {
    reports: kept.map((report) => report.reportPath),
    formats: [...new Set(kept.map((report) => report.format))],
    files: mergeFileCoverages(kept.flatMap((report) => report.files)),
    warnings: [...warnings, ...kept.flatMap((report) => report.warnings)],
  };
}

/** One report after parsing and path mapping. */
interface LoadedReport {
  reportPath: string;
  format: ReportFormat;
  files: FileCoverage[];
  warnings: string[];
}

/** What every report's mapping shares: the tracked-file index, and the Go modules once a Go report needs them. */
interface MappingContext {
  index: TrackedFileIndex | null;
  goModules?: GoModule[];
}

async function loadAndMap(reportPath: string, request: CollectRequest, context: MappingContext): Promise<LoadedReport> {
  const outside = isAbsolute(reportPath);
  const location = outside ? reportPath : join(request.root, reportPath);
  const report = await loadReport(location, request.format);
  request.log.info(`Read ${reportPath} (${report.format}, ${report.files.length} ${report.files.length === 1 ? 'file' : 'files'}).`);
  const warnings = report.warnings.map((warning) => namedWarning(warning, location, reportPath));
  const tracked = request.trackedFiles;
  if (!context.index || !tracked) return { reportPath, format: report.format, files: report.files, warnings };

  if (report.format === 'go' && !context.goModules) context.goModules = await readGoModules(request.root, tracked);
  const result = mapReportPaths(
    { ...report, source: reportPath },
    {
      trackedFiles: context.index,
      ...(outside ? {} : { reportPath }),
      repositoryRoot: request.root,
      ...(context.goModules ? { goModules: context.goModules } : {}),
      options: request.pathMapping,
    },
  );
  warnings.push(...mappingWarnings(reportPath, result));
  return { reportPath, format: report.format, files: result.files, warnings };
}

/**
 * Leaves out the poorer formats of one Istanbul run found in the default
 * locations: a report beside a richer one that covers the same files. Logs why.
 */
function withoutSameRunDuplicates(loaded: readonly LoadedReport[], log: Logger): LoadedReport[] {
  const byPath = new Map(loaded.map((report) => [report.reportPath, report]));
  const filesOf = (path: string): Set<string> => new Set(byPath.get(path)?.files.map((file) => file.path));
  const duplicates = sameRunDuplicates(
    chooseOneReportPerRun(loaded.map((report) => report.reportPath)),
    filesOf,
  );
  for (const group of duplicates) log.info(sameRunMessage(group));
  const left = new Set(duplicates.flatMap((group) => group.skipped));
  return loaded.filter((report) => !left.has(report.reportPath));
}

/** Patterns quoted in full in the message for no report; a longer list ends with a count of the rest. */
const SHOWN_PATTERNS = 10;

function noReportError(request: CollectRequest): UserError {
  const hidden = request.patterns.length - SHOWN_PATTERNS;
  const looked = request.patterns.slice(0, SHOWN_PATTERNS).join(', ') + (hidden > 0 ? ` and ${formatCount(hidden)} more patterns` : '');
  if (request.patternsAreDefaults) {
    return new UserError(
      `No coverage report was found in the usual locations (${looked}). ` +
        'Run your tests with coverage first, or name the reports: pass REPORT paths, the reports input, or coverage.reports in .github/testmaster.yml.',
    );
  }
  return new UserError(
    `No coverage report matched ${looked} under ${request.root}. ` +
      'Check that the tests wrote their coverage report before this step and that the paths are relative to the repository root.',
  );
}

/**
 * Names the report once in a parser warning. The streaming parsers already
 * start their warnings with the path they read, so that path is shortened
 * to the repository-relative one instead of being repeated.
 */
function namedWarning(warning: string, location: string, reportPath: string): string {
  if (warning.startsWith(`${location} `) || warning.startsWith(`${location}:`)) return `${reportPath}${warning.slice(location.length)}`;
  return `${reportPath}: ${warning}`;
}
