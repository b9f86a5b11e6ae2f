/**
 * The base summary: a small versioned JSON file with the coverage counters of
 * one commit. The action saves it on pushes to the default branch and restores
 * it for a pull request's merge base, so delta checks need no base report.
 */
import { ReportError } from '../errors.js';
import { METRICS, type Counter, type FileCoverage, type Totals } from './model.js';
import { fileTotals, sumTotals } from './totals.js';

/** Format version this code writes and the only one it reads. */
export const BASE_SUMMARY_VERSION = 1;

export interface BaseSummaryFile {
  path: string;
  totals: Totals;
}

export interface BaseSummary {
  version: typeof BASE_SUMMARY_VERSION;
  /** Full SHA of the commit the coverage was measured on. */
  commit: string;
  /** ISO 8601 time the summary was written. */
  createdAt: string;
  /** Version of TestMaster that wrote the summary. */
  toolVersion: string;
  totals: Totals;
  /** Counters per repository-relative path, sorted by path. */
  files: BaseSummaryFile[];
}

export interface BaseSummaryOrigin {
  commit: string;
  createdAt: Date;
  toolVersion: string;
}

/** Builds the summary of merged files (with repository-relative paths). */
export function buildBaseSummary(files: readonly FileCoverage[], origin: BaseSummaryOrigin): BaseSummary {
  const perFile = files
    .map((file) => ({ path: file.path, totals: fileTotals(file) }))
    .sort((a, b) => comparePaths(a.path, b.path));
  return {
    version: BASE_SUMMARY_VERSION,
    commit: origin.commit,
    createdAt: origin.createdAt.toISOString(),
    toolVersion: origin.toolVersion,
    totals: sumTotals(files),
    files: perFile,
  };
}

/** Serializes a summary as JSON text. */
export function serializeBaseSummary(summary: BaseSummary): string {
  return `${JSON.stringify(summary)}\n`;
}

/**
 * Parses a base summary and rejects anything but the exact current format.
 * Throws `ReportError` naming the file and the field; `source` is the file's path.
 */
export function parseBaseSummary(text: string, source: string): BaseSummary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportError(source, undefined, `is not valid JSON (${(error as Error).message})`, 'Delete the file so that a new base summary is saved');
  }
  return readSummary(new FieldReader(source), data);
}

function readSummary(reader: FieldReader, data: unknown): BaseSummary {
  const root = reader.object(data, '(root)');
  // The version comes first: a summary of another version may have other keys.
  if (root['version'] !== BASE_SUMMARY_VERSION) {
    reader.fail('version', `is ${JSON.stringify(root['version']) ?? 'missing'}, but this TestMaster version reads only version ${BASE_SUMMARY_VERSION}`);
  }
  reader.onlyKeys(root, '(root)', ['version', 'commit', 'createdAt', 'toolVersion', 'totals', 'files']);
  const commit = reader.string(root['commit'], 'commit');
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) reader.fail('commit', `is ${JSON.stringify(commit)}, not a full commit SHA`);
  const createdAt = reader.string(root['createdAt'], 'createdAt');
  if (Number.isNaN(Date.parse(createdAt))) reader.fail('createdAt', `is ${JSON.stringify(createdAt)}, not an ISO 8601 time`);

  const files = reader.array(root['files'], 'files').map((item, index) => readFile(reader, item, `files[${index}]`));
  return {
    version: BASE_SUMMARY_VERSION,
    commit,
    createdAt,
    toolVersion: reader.string(root['toolVersion'], 'toolVersion'),
    totals: readTotals(reader, root['totals'], 'totals'),
    files,
  };
}

function readFile(reader: FieldReader, data: unknown, field: string): BaseSummaryFile {
  const file = reader.object(data, field);
  reader.onlyKeys(file, field, ['path', 'totals']);
  return { path: reader.string(file['path'], `${field}.path`), totals: readTotals(reader, file['totals'], `${field}.totals`) };
}

function readTotals(reader: FieldReader, data: unknown, field: string): Totals {
  const totals = reader.object(data, field);
  reader.onlyKeys(totals, field, METRICS);
  const result = {} as Totals;
  for (const metric of METRICS) {
    if (!(metric in totals)) reader.fail(`${field}.${metric}`, 'is missing; write null for a metric that was not measured');
    result[metric] = readCounter(reader, totals[metric], `${field}.${metric}`);
  }
  return result;
}

function readCounter(reader: FieldReader, data: unknown, field: string): Counter | null {
  if (data === null) return null;
  const counter = reader.object(data, field);
  reader.onlyKeys(counter, field, ['covered', 'total']);
  const covered = reader.count(counter['covered'], `${field}.covered`);
  const total = reader.count(counter['total'], `${field}.total`);
  if (covered > total) reader.fail(`${field}.covered`, `is ${covered}, more than the total of ${total}`);
  return { covered, total };
}

/** Reads typed fields and throws a `ReportError` naming the field on the first mismatch. */
class FieldReader {
  constructor(private readonly source: string) {}

  fail(field: string, problem: string): never {
    throw new ReportError(this.source, undefined, `field ${field} ${problem}`, 'The base summary is invalid; delete it so that a new one is saved on the next push to the default branch');
  }

  object(value: unknown, field: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(field, `must be an object, got ${kindOf(value)}`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, field: string): unknown[] {
    if (!Array.isArray(value)) this.fail(field, `must be an array, got ${kindOf(value)}`);
    return value;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string') this.fail(field, `must be a string, got ${kindOf(value)}`);
    return value;
  }

  count(value: unknown, field: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      this.fail(field, `must be a non-negative integer, got ${JSON.stringify(value) ?? kindOf(value)}`);
    }
    return value;
  }

  onlyKeys(object: Record<string, unknown>, field: string, allowed: readonly string[]): void {
    const unknown = Object.keys(object).find((key) => !allowed.includes(key));
    if (unknown !== undefined) this.fail(field, `has the unknown key ${JSON.stringify(unknown)}; allowed keys: ${allowed.join(', ')}`);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
