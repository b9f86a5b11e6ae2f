/**
 * The normalized coverage model that every parser produces and every rule reads.
 *
 * Records are stored in flat arrays rather than maps keyed by strings, because a
 * 600 MB report contains tens of millions of lines and statements and the memory
 * budget is a small multiple of the input size.
 */

import type { CountArray } from './count-arrays.js';
import type { BranchTable, FunctionTable, StatementTable } from './record-tables.js';

export const METRICS = ['lines', 'branches', 'functions', 'statements', 'classes'] as const;
export type MetricName = (typeof METRICS)[number];

export function isMetricName(value: string): value is MetricName {
  return (METRICS as readonly string[]).includes(value);
}

/** Covered and total items of one metric. */
export interface Counter {
  covered: number;
  total: number;
}

/** Covered and instrumented lines of one `FileCoverage.lines` array, from line 1 on. */
export interface LineCounter extends Counter {
  readonly lines: CountArray;
}

/** Totals per metric; a metric that no input carries is `null`, never 0 of 0. */
export type Totals = Record<MetricName, Counter | null>;

/** Value stored in `FileCoverage.lines` for a line that carries no code. */
export const NOT_INSTRUMENTED = -1;

/**
 * Maximum line number a report may name. `FileCoverage.lines` is a dense
 * array, so memory grows with the largest line number of each file, and a
 * line number near 2^31 made Node abort with "invalid size error". No
 * real source file comes near 10 million lines, and an array that long costs
 * about 80 MB per file.
 * NOTE: a report that names this line in many files still costs 80 MB per file.
 */
export const MAX_LINE_NUMBER = 10_000_000;

/**
 * One branch group of a `BranchTable`, as an object: the branch outcomes
 * that a report attributes to one source line.
 * `taken` contains the hit count of each outcome when the format records them
 * (lcov `BRDA`, Istanbul `b`). Formats that only give counts (Cobertura
 * `condition-coverage`, JaCoCo `mb`/`cb`) leave it `null`.
 */
export interface BranchGroup {
  line: number;
  covered: number;
  total: number;
  taken: number[] | null;
}

export interface FunctionRecord {
  name: string;
  /** 1-based line of the declaration; 0 when the format does not give one. */
  line: number;
  hits: number;
}

export interface StatementRecord {
  line: number;
  /** 0-based column of the statement start; 0 when the format does not give one. */
  column: number;
  hits: number;
  /**
   * Number of statements this record stands for. It is 1 for every format but
   * Go cover profiles, where one block counts `numStmt` statements.
   */
  weight: number;
}

export interface ClassRecord {
  name: string;
  covered: boolean;
}

/**
 * Coverage of one source file. A metric the report does not carry for this
 * file is `undefined`. An empty array means the format carries the metric and
 * the file has none of it.
 */
export interface FileCoverage {
  /** Path as the report wrote it until path mapping, a repository-relative POSIX path after it. */
  path: string;
  /**
   * Hit count indexed by 1-based line number; `NOT_INSTRUMENTED` where a line
   * carries no code. A typed array keeps the counts outside the JavaScript
   * heap, where the garbage collector does not copy them, and parsers store
   * them in the narrowest element type that stores them (count-arrays.ts).
   */
  lines?: CountArray;
  /**
   * Covered and instrumented lines of `lines`, when the parser counted them
   * while it built the array, so that totals need no pass over it. Totals
   * use it only while its `lines` is this file's `lines`.
   */
  lineCounter?: LineCounter;
  branches?: BranchTable;
  functions?: FunctionTable;
  statements?: StatementTable;
  classes?: ClassRecord[];
  /**
   * Counters for formats that only carry per-file totals (Istanbul
   * `coverage-summary.json`). Used only for metrics with no detail records.
   */
  summary?: Partial<Record<MetricName, Counter>>;
}

export type ReportFormat =
  | 'lcov'
  | 'istanbul-json'
  | 'istanbul-summary'
  | 'cobertura'
  | 'clover'
  | 'jacoco'
  | 'go';

export const REPORT_FORMATS: readonly ReportFormat[] = [
  'lcov',
  'istanbul-json',
  'istanbul-summary',
  'cobertura',
  'clover',
  'jacoco',
  'go',
];

/** One parsed report file, before its paths are mapped onto the repository. */
export interface ParsedReport {
  format: ReportFormat;
  /** Path of the report file, as the user named it. */
  source: string;
  files: FileCoverage[];
  /**
   * Folders the report names as the roots of its relative paths, in order of
   * preference (Cobertura `<sources>`, the folder of a Go module).
   */
  roots: string[];
  /** Go module path from the profile's import paths, when known (for example `github.com/org/repo`). */
  modulePath?: string;
  /** Problems that did not stop parsing, each naming the position. */
  warnings: string[];
}

/** Lines of a file that count as instrumented, with their hit counts. */
export function* instrumentedLines(file: FileCoverage): Generator<[line: number, hits: number]> {
  const lines = file.lines;
  if (!lines) return;
  for (let line = 1; line < lines.length; line++) {
    const hits = lines[line]!;
    if (hits >= 0) yield [line, hits];
  }
}
