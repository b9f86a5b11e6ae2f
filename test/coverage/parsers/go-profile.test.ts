import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withRecordObjects } from '../../support/coverage-records.js';
import { hasSharedFixtures } from '../../support/shared-fixtures.js';
import { sumTotals } from '../../../src/coverage/totals.js';
import { parseGoProfile } from '../../../src/coverage/parsers/go-profile.js';
import { ReportError } from '../../../src/errors.js';
import { parseChunked, parseError } from './parse-chunked.js';

const REAL = new URL('../../../../shared/fixtures/real/go/coverage.out', import.meta.url);

const cases: {
  name: string;
  input: string;
  statements: { covered: number; total: number };
  lines: { covered: number; total: number };
  lineHits: [number, number][];
}[] = [
  {
    name: 'count mode',
    input: 'mode: count\nexample.com/m/a.go:3.20,5.2 2 4\nexample.com/m/a.go:7.10,7.30 1 0\n',
    statements: { covered: 2, total: 3 },
    lines: { covered: 3, total: 4 },
    lineHits: [[3, 4], [5, 4], [7, 0], [6, -1]],
  },
  {
    name: 'line shared with an unexecuted block is uncovered',
    input: 'mode: set\nexample.com/m/a.go:3.14,4.9 1 1\nexample.com/m/a.go:4.9,6.3 2 0\n',
    statements: { covered: 1, total: 3 },
    lines: { covered: 1, total: 4 },
    lineHits: [[3, 1], [4, 0], [6, 0]],
  },
  {
    name: 'concatenated profiles with repeated mode lines',
    input: 'mode: atomic\nexample.com/m/a.go:1.1,1.9 1 2\nmode: atomic\nexample.com/m/b.go:1.1,2.9 3 0\n',
    statements: { covered: 1, total: 4 },
    lines: { covered: 1, total: 3 },
    lineHits: [[1, 2]],
  },
  {
    name: 'duplicate blocks in count mode add',
    input: 'mode: count\nexample.com/m/a.go:1.1,2.9 2 3\nmode: count\nexample.com/m/a.go:1.1,2.9 2 4\n',
    statements: { covered: 2, total: 2 },
    lines: { covered: 2, total: 2 },
    lineHits: [[1, 7], [2, 7]],
  },
  {
    name: 'duplicate blocks in set mode OR',
    input: 'mode: set\nexample.com/m/a.go:1.1,1.9 2 0\nexample.com/m/a.go:1.1,1.9 2 1\nexample.com/m/a.go:1.1,1.9 2 1\n',
    statements: { covered: 2, total: 2 },
    lines: { covered: 1, total: 1 },
    lineHits: [[1, 1]],
  },
  {
    name: 'CRLF line ends and blank lines',
    input: 'mode: set\r\n\r\nexample.com/m/a.go:2.1,2.5 1 1\r\n',
    statements: { covered: 1, total: 1 },
    lines: { covered: 1, total: 1 },
    lineHits: [[2, 1]],
  },
];

describe('parseGoProfile', () => {
  it.each(cases)('$name', async ({ input, statements, lines, lineHits }) => {
    const report = await parseChunked(parseGoProfile, 'cover.out', input);
    const totals = sumTotals(report.files);
    expect(report.format).toBe('go');
    expect(report.modulePath).toBeUndefined();
    expect(totals.statements).toEqual(statements);
    expect(totals.lines).toEqual(lines);
    expect(totals.branches).toBeNull();
    expect(totals.functions).toBeNull();
    for (const [line, hits] of lineHits) expect(report.files[0]!.lines![line] ?? -1, `hits of line ${line}`).toBe(hits);
  });

  it('keeps import paths and block columns', async () => {
    const report = await parseChunked(parseGoProfile, 'cover.out', 'mode: set\ngithub.com/o/r/v2/pkg/a.go:47.20,58.2 3 1\n');
    expect(report.files[0]!.path).toBe('github.com/o/r/v2/pkg/a.go');
    expect(withRecordObjects(report.files[0]!).statements).toEqual([{ line: 47, column: 19, hits: 1, weight: 3 }]);
  });

  it.skipIf(!hasSharedFixtures)('sums numStmt of a real profile like go tool cover', async () => {
    const content = readFileSync(REAL, 'utf8');
    let covered = 0;
    let total = 0;
    for (const line of content.split('\n').slice(1)) {
      const fields = line.split(' ');
      if (fields.length !== 3) continue;
      total += Number(fields[1]);
      if (Number(fields[2]) > 0) covered += Number(fields[1]);
    }
    const report = await parseChunked(parseGoProfile, 'coverage.out', content);
    expect(sumTotals(report.files).statements).toEqual({ covered, total });
  });
});

const errorCases: { name: string; input: string; message: string }[] = [
  { name: 'empty file', input: '', message: 'cover.out: the file is empty' },
  { name: 'no mode line', input: 'example.com/m/a.go:1.1,1.9 1 1\n', message: 'cover.out at line 1: the Go cover profile has no "mode:" line' },
  { name: 'only a mode line', input: 'mode: set\n', message: 'cover.out: the Go cover profile has no blocks' },
  { name: 'different mode later', input: 'mode: set\nx.go:1.1,1.2 1 1\nmode: count\n', message: 'cover.out at line 3: cover mode "count" differs from the mode "set"' },
  { name: 'unknown mode', input: 'mode: sometimes\n', message: 'cover.out at line 1: unknown cover mode "sometimes"' },
  { name: 'invalid count', input: 'mode: set\nx.go:1.1,1.2 1 many\n', message: 'cover.out at line 2: invalid block "x.go:1.1,1.2 1 many"' },
  { name: 'missing range', input: 'mode: set\nx.go 1 1\n', message: 'cover.out at line 2: invalid block' },
  { name: 'end before start', input: 'mode: set\nx.go:5.1,2.2 1 1\n', message: 'cover.out at line 2: invalid block' },
  { name: 'truncated last line', input: 'mode: set\nx.go:1.1,1.2 1 1\nx.go:2.1,2.2 1 1', message: 'cover.out at line 3: the last line has no line break' },
  { name: 'numStmt differs between duplicates', input: 'mode: count\nx.go:1.1,1.2 1 1\nx.go:1.1,1.2 2 1\n', message: 'cover.out at line 3: block x.go:1.1,1.2 has 2 statements here but 1' },
];

describe('parseGoProfile errors', () => {
  it.each(errorCases)('$name', async ({ input, message }) => {
    const error = await parseError(parseGoProfile, 'cover.out', input);
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toContain(message);
  });
});
