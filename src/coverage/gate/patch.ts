/**
 * Patch coverage: how many of the lines a pull request changed are covered.
 * A changed line counts when the reports instrument it. A changed source file
 * that no report contains counts every changed line as uncovered, so adding
 * an untested file cannot raise patch coverage.
 */
import picomatch from 'picomatch';
import { endSentence } from '../../config/issues.js';
import type { CountArray } from '../count-arrays.js';
import type { Counter, FileCoverage } from '../model.js';
import type { GateCheck } from './check.js';
import { formatCount, formatPercent, formatThreshold, meetsThreshold } from './percent.js';

export interface LineRange {
  start: number;
  end: number;
}

export interface PatchInput {
  /** Changed line numbers (1-based, in the new version) per repository-relative path. */
  changedLines: ReadonlyMap<string, readonly number[]>;
  /**
   * Changed lines that are blank, per path. No coverage tool instruments a
   * blank line, so a file missing from every report counts its other changed
   * lines only.
   */
  blankLines?: ReadonlyMap<string, readonly number[]>;
  /** Merged coverage with repository-relative paths. */
  files: readonly FileCoverage[];
  /** Globs that decide which changed files missing from every report count. */
  include: readonly string[];
  /** Globs of files whose changed lines never count, whether reported or not. */
  exclude: readonly string[];
  /** Minimum patch coverage in percent, or null to report without gating. */
  threshold: number | null;
}

export interface PatchFileResult {
  path: string;
  /** Changed lines that count for this file: instrumented ones, or all of them when the file is missing. */
  counter: Counter;
  /** Uncovered changed lines collapsed into ranges, in line order. */
  uncovered: LineRange[];
  /** True when no report contains the file. */
  missingFromReports: boolean;
}

export interface PatchResult {
  /** Covered and total changed lines over all counted files. */
  counter: Counter;
  /** Files with at least one counted changed line, in path order. */
  files: PatchFileResult[];
  /** Changed files that the reports contain without line data, so their lines could not be counted. */
  withoutLineData: string[];
  /** The patch threshold check, or null when no threshold is set. */
  check: GateCheck | null;
}

/** Computes patch coverage and checks it against the threshold. */
export function computePatchCoverage(input: PatchInput): PatchResult {
  const byPath = new Map(input.files.map((file) => [file.path, file]));
  const isIncluded = input.include.length > 0 ? picomatch([...input.include], { dot: true }) : () => false;
  const isExcluded = input.exclude.length > 0 ? picomatch([...input.exclude], { dot: true }) : () => false;

  const files: PatchFileResult[] = [];
  const withoutLineData: string[] = [];
  const paths = [...input.changedLines.keys()].sort();

  for (const path of paths) {
    if (isExcluded(path)) continue;
    const changed = uniqueSorted(input.changedLines.get(path) ?? []);
    const coverage = byPath.get(path);

    let result: PatchFileResult | null = null;
    if (coverage === undefined) {
      if (isIncluded(path)) result = missingFileResult(path, withoutLines(changed, input.blankLines?.get(path)));
    } else if (coverage.lines === undefined) {
      withoutLineData.push(path);
    } else {
      result = reportedFileResult(path, changed, coverage.lines);
    }
    if (result && result.counter.total > 0) files.push(result);
  }

  const counter = sumCounters(files.map((file) => file.counter));
  return { counter, files, withoutLineData, check: patchCheck(counter, input.threshold) };
}

function reportedFileResult(path: string, changed: number[], lines: CountArray): PatchFileResult {
  let covered = 0;
  let total = 0;
  const uncoveredLines: number[] = [];
  for (const line of changed) {
    const hits = lines[line];
    if (hits === undefined || hits < 0) continue;
    total++;
    if (hits > 0) covered++;
    else uncoveredLines.push(line);
  }
  return { path, counter: { covered, total }, uncovered: collapseRanges(uncoveredLines), missingFromReports: false };
}

function withoutLines(lines: number[], removed: readonly number[] | undefined): number[] {
  if (!removed || removed.length === 0) return lines;
  const skip = new Set(removed);
  return lines.filter((line) => !skip.has(line));
}

function missingFileResult(path: string, changed: number[]): PatchFileResult {
  return {
    path,
    counter: { covered: 0, total: changed.length },
    uncovered: collapseRanges(changed),
    missingFromReports: true,
  };
}

function patchCheck(counter: Counter, threshold: number | null): GateCheck | null {
  if (threshold === null) return null;
  const base = { kind: 'patch' as const, scope: 'changed lines', metric: 'lines' as const, actual: counter, threshold };

  if (counter.total === 0) {
    const message = `Patch coverage: no changed lines are instrumented, so the ${formatThreshold(threshold)} threshold does not apply.`;
    return { ...base, condition: 'no-items', passed: true, message };
  }
  const passed = meetsThreshold(counter, threshold);
  const verdict = passed ? 'meets' : 'is below';
  const measured = `${formatCount(counter.covered)} of ${formatCount(counter.total)} changed lines (${formatPercent(counter)})`;
  return { ...base, condition: 'measured', passed, message: `Patch coverage: ${measured} ${verdict} the ${formatThreshold(threshold)} threshold.` };
}

/** The failed patch check of a run whose changed lines are unknown; `reason` gives the cause and the fix. */
export function unmeasuredPatchCheck(threshold: number, reason: string): GateCheck {
  return {
    kind: 'patch',
    scope: 'changed lines',
    metric: 'lines',
    actual: null,
    threshold,
    condition: 'not-measured',
    passed: false,
    message: `${endSentence(reason)} The ${formatThreshold(threshold)} patch threshold fails until patch coverage can be measured.`,
  };
}

/**
 * Returns the warning for a run where patch coverage does not apply, such as
 * a push. A patch threshold is named as not checked, so that it does not pass
 * unseen, but it does not fail: the run has no change to measure, and nothing
 * went wrong that a fix could address.
 */
export function patchNotApplicableWarning(reason: string, threshold: number | null): string {
  if (threshold === null) return reason;
  return `${endSentence(reason)} The ${formatThreshold(threshold)} patch threshold was not checked, so it neither passed nor failed.`;
}

/** Collapses line numbers into ranges of consecutive lines: [12, 13, 14, 15, 20] becomes 12-15 and 20. */
export function collapseRanges(lines: readonly number[]): LineRange[] {
  const ranges: LineRange[] = [];
  for (const line of uniqueSorted(lines)) {
    const last = ranges.at(-1);
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}

/** Formats ranges as "12-15, 20". */
export function formatRanges(ranges: readonly LineRange[]): string {
  return ranges.map((range) => (range.start === range.end ? `${range.start}` : `${range.start}-${range.end}`)).join(', ');
}

/** Number of lines that the ranges span. */
export function countRangeLines(ranges: readonly LineRange[]): number {
  return ranges.reduce((sum, range) => sum + range.end - range.start + 1, 0);
}

function uniqueSorted(lines: readonly number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

function sumCounters(counters: readonly Counter[]): Counter {
  const sum = { covered: 0, total: 0 };
  for (const counter of counters) {
    sum.covered += counter.covered;
    sum.total += counter.total;
  }
  return sum;
}
