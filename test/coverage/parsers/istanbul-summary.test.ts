import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures } from '../../support/shared-fixtures.js';
import { sumTotals } from '../../../src/coverage/totals.js';
import { parseIstanbulSummary } from '../../../src/coverage/parsers/istanbul-summary.js';
import { ReportError } from '../../../src/errors.js';
import { parseChunked, parseError } from './parse-chunked.js';

const REAL = new URL('../../../../shared/fixtures/real/istanbul/vitest-coverage-summary.json', import.meta.url);

const counter = (total: number, covered: number, pct: number | string = 0) => ({ total, covered, skipped: 0, pct });

describe('parseIstanbulSummary', () => {
  it('reads per-file counters and ignores total', async () => {
    const summary = {
      total: { lines: counter(999, 1), statements: counter(999, 1), functions: counter(999, 1), branches: counter(999, 1) },
      '/repo/a.js': { lines: counter(10, 7), statements: counter(12, 8), functions: counter(2, 1), branches: counter(4, 3), branchesTrue: counter(0, 0, 'Unknown') },
      '/repo/empty.js': { lines: counter(0, 0, 'Unknown'), statements: counter(0, 0, 'Unknown'), functions: counter(0, 0, 'Unknown'), branches: counter(0, 0, 'Unknown') },
    };
    const report = await parseChunked(parseIstanbulSummary, 's.json', JSON.stringify(summary, null, 2));
    expect(report.format).toBe('istanbul-summary');
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toEqual({
      path: '/repo/a.js',
      summary: { lines: { covered: 7, total: 10 }, statements: { covered: 8, total: 12 }, functions: { covered: 1, total: 2 }, branches: { covered: 3, total: 4 } },
    });
    expect(report.files[0]!.lines).toBeUndefined();
    expect(sumTotals(report.files).lines).toEqual({ covered: 7, total: 10 });
  });

  it.skipIf(!hasSharedFixtures)('matches the total entry of a real vitest summary', async () => {
    const content = readFileSync(REAL, 'utf8');
    const report = await parseChunked(parseIstanbulSummary, 'real.json', content);
    const total = (JSON.parse(content) as { total: Record<string, { covered: number; total: number }> }).total;
    const totals = sumTotals(report.files);
    for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
      expect(totals[metric], metric).toEqual({ covered: total[metric]!.covered, total: total[metric]!.total });
    }
  });
});

const errorCases: { name: string; content: string; message: string }[] = [
  { name: 'only a total entry', content: '{"total":{"lines":{"total":1,"covered":1}}}', message: 's.json: the coverage summary lists no files' },
  { name: 'counter without covered', content: '{"a.js":{"lines":{"total":3}}}', message: 's.json at byte 17: the lines counter of "a.js" needs "total" and "covered"' },
  { name: 'covered above total', content: '{"a.js":{"lines":{"total":3,"covered":4}}}', message: 's.json at byte 17: the lines counter' },
  { name: 'entry without counters', content: '{"a.js":{"statementMap":{}}}', message: 'the entry "a.js" has none of lines, statements, functions or branches' },
  { name: 'truncated', content: '{"a.js":{"lines":{"total":3,"cov', message: 's.json at byte 32: the JSON ends early' },
];

describe('parseIstanbulSummary input', () => {
  it('skips a byte order mark', async () => {
    const summary = { '/repo/a.js': { lines: counter(10, 7), statements: counter(12, 8), functions: counter(2, 1), branches: counter(4, 3) } };
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(summary))]);
    const report = await parseChunked(parseIstanbulSummary, 'bom.json', text);
    expect(sumTotals(report.files).lines).toEqual({ covered: 7, total: 10 });
  });
});

describe('parseIstanbulSummary errors', () => {
  it.each(errorCases)('$name', async ({ content, message }) => {
    const error = await parseError(parseIstanbulSummary, 's.json', content);
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toContain(message);
  });
});
