import { UserError } from '../../errors.js';
import type { FileCoverage, ParsedReport } from '../model.js';
import { ReportPathResolver, type PathMappingContext } from './resolver.js';

export type { PathMappingContext } from './resolver.js';

export interface AmbiguousPath {
  /** The path as the report wrote it. */
  reportPath: string;
  /** Tracked files that match it equally well (at most five). */
  candidates: string[];
}

export interface PathMappingResult {
  /**
   * Records with repository-relative paths. Two report paths may map to the
   * same file (`./src/x.ts` and `src/x.ts`), so callers merge the records.
   */
  files: FileCoverage[];
  /** Report paths that matched no tracked file, including those outside the repository. */
  unmatched: string[];
  ambiguous: AmbiguousPath[];
}

/** Config key that users set when report paths do not match the repository. */
export const PATH_MAPPING_KEY = 'coverage.pathMapping';

const EXAMPLE_COUNT = 3;

/**
 * Maps every file path of a report onto a tracked file. A report with files
 * of which none match is a `UserError`, because a gate over it would measure
 * nothing.
 */
export function mapReportPaths(report: ParsedReport, context: PathMappingContext): PathMappingResult {
  const resolver = new ReportPathResolver(report, context);
  const result: PathMappingResult = { files: [], unmatched: [], ambiguous: [] };

  for (const file of report.files) {
    const resolution = resolver.resolve(file.path);
    switch (resolution.kind) {
      case 'matched':
        result.files.push({ ...file, path: resolution.path });
        break;
      case 'ambiguous':
        result.ambiguous.push({ reportPath: file.path, candidates: resolution.candidates });
        break;
      case 'unmatched':
        result.unmatched.push(file.path);
        break;
    }
  }

  if (report.files.length > 0 && result.files.length === 0) {
    throw noMatchError(report, context, result);
  }
  return result;
}

/** Writes one warning per ambiguous path, and one that counts the unmatched paths with examples. */
export function mappingWarnings(source: string, result: PathMappingResult): string[] {
  const warnings: string[] = [];
  for (const { reportPath, candidates } of result.ambiguous) {
    warnings.push(
      `${source}: the path ${shortPath(reportPath)} matches several repository files equally well (${candidates.join(', ')}) and was skipped. ` +
        `Add a rewrite or root under ${PATH_MAPPING_KEY} to choose one`,
    );
  }
  if (result.unmatched.length > 0) {
    const examples = result.unmatched.slice(0, EXAMPLE_COUNT).map(shortPath).join(', ');
    warnings.push(
      `${source}: ${result.unmatched.length} path(s) matched no file in the repository and were skipped, for example ${examples}. ` +
        `Set ${PATH_MAPPING_KEY} if these files belong to the repository`,
    );
  }
  return warnings;
}

/** Maximum characters of a report path quoted in a message. Report content is untrusted, and a path can be megabytes long. */
const MAX_QUOTED_PATH = 300;

/** Returns a path for a message, with the middle of a very long one left out and its length given. */
function shortPath(path: string): string {
  if (path.length <= MAX_QUOTED_PATH) return path;
  return `${path.slice(0, MAX_QUOTED_PATH / 2)}…${path.slice(-MAX_QUOTED_PATH / 4)} (${path.length} characters)`;
}

function noMatchError(report: ParsedReport, context: PathMappingContext, result: PathMappingResult): UserError {
  const reportExamples = report.files.slice(0, EXAMPLE_COUNT).map((file) => shortPath(file.path));
  const repositoryExamples = context.trackedFiles.sample(EXAMPLE_COUNT);
  const ambiguity =
    result.ambiguous.length > 0
      ? ` ${result.ambiguous.length} path(s) matched several repository files equally well.`
      : '';
  return new UserError(
    `No file in ${report.source} matched a file in the repository.${ambiguity} ` +
      `Report paths: ${reportExamples.join(', ')}. ` +
      `Repository files: ${repositoryExamples.length > 0 ? repositoryExamples.join(', ') : '(none tracked)'}. ` +
      `Set ${PATH_MAPPING_KEY} (stripPrefixes, rewrite or roots) to map the report paths onto repository paths`,
  );
}
