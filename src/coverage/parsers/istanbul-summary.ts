/**
 * Parser for Istanbul `coverage-summary.json` (the `json-summary` reporter),
 * which carries per-file counters and no detail. The `total` entry is ignored
 * because totals are always recomputed from the files.
 */
import { ReportError } from '../../errors.js';
import type { Counter, FileCoverage, MetricName } from '../model.js';
import type { JsonCursor } from './json-cursor.js';
import { visitJsonMembers, type MemberAction, type MemberVisitor } from './json-entries.js';
import type { ReportInput, ReportParser } from './types.js';

const METRIC_KEYS: [Buffer, MetricName][] = [
  [Buffer.from('lines'), 'lines'],
  [Buffer.from('statements'), 'statements'],
  [Buffer.from('functions'), 'functions'],
  [Buffer.from('branches'), 'branches'],
];
const TOTAL = Buffer.from('total');
const COVERED = Buffer.from('covered');

function readCounterField(cursor: JsonCursor, field: string, path: string, metric: MetricName): number {
  const value = cursor.readCount();
  if (value < 0) cursor.failCount(`"${field}" of the ${metric} counter of ${JSON.stringify(path)}`);
  return value;
}

/** Reads `{"total": T, "covered": C, "skipped": S, "pct": P}`; `pct` may be the string "Unknown" and is ignored. */
function readCounter(cursor: JsonCursor, path: string, metric: MetricName): Counter {
  const start = cursor.pos;
  let total = -1;
  let covered = -1;
  if (!cursor.openObject()) {
    do {
      cursor.readKey();
      if (cursor.keyIs(TOTAL)) total = readCounterField(cursor, 'total', path, metric);
      else if (cursor.keyIs(COVERED)) covered = readCounterField(cursor, 'covered', path, metric);
      else cursor.skipValue();
    } while (cursor.nextMember());
  }
  if (total < 0 || covered < 0 || covered > total) {
    cursor.pos = start;
    cursor.fail(
      `the ${metric} counter of ${JSON.stringify(path)} needs "total" and "covered" with 0 <= covered <= total`,
      'Check that the file is a coverage-summary.json written by the json-summary reporter',
    );
  }
  return { covered, total };
}

class SummaryVisitor implements MemberVisitor {
  readonly files: FileCoverage[] = [];

  visitMember(key: string, _depth: number, cursor: JsonCursor): MemberAction {
    if (key === 'total') return 'skip';
    if (cursor.peek() !== 123) cursor.fail(`the value of ${JSON.stringify(key)} is not an object of coverage counters`);
    const summary: Partial<Record<MetricName, Counter>> = {};
    if (!cursor.openObject()) {
      do {
        cursor.readKey();
        const metric = METRIC_KEYS.find(([name]) => cursor.keyIs(name))?.[1];
        if (metric) summary[metric] = readCounter(cursor, key, metric);
        else cursor.skipValue();
      } while (cursor.nextMember());
    }
    if (Object.keys(summary).length === 0) {
      cursor.fail(
        `the entry ${JSON.stringify(key)} has none of lines, statements, functions or branches`,
        'Pass a coverage-summary.json, or set --format if this is another kind of report',
      );
    }
    this.files.push({ path: key, summary });
    return 'parsed';
  }
}

export const parseIstanbulSummary: ReportParser = async (input: ReportInput) => {
  const visitor = new SummaryVisitor();
  await visitJsonMembers(input, visitor);
  if (visitor.files.length === 0) {
    throw new ReportError(input.source, undefined, 'the coverage summary lists no files', 'Check that the tests ran with coverage enabled and that this is the right file');
  }
  return { format: 'istanbul-summary', source: input.source, files: visitor.files, roots: [], warnings: [] };
};
