import { describe, expect, it } from 'vitest';
import type { CountArray } from '../../src/coverage/count-arrays.js';
import { METRICS, type FileCoverage } from '../../src/coverage/model.js';
import { branchTable, functionTable, statementTable } from '../../src/coverage/record-tables.js';
import { fileCounter, sumTotals } from '../../src/coverage/totals.js';

const N = -1;

const lineCases: { name: string; lines: CountArray; covered: number; total: number }[] = [
  { name: 'Int8 hits and gaps', lines: new Int8Array([N, 0, 3, N, 127, 0]), covered: 2, total: 4 },
  { name: 'Uint8 without gaps', lines: new Uint8Array([0, 0, 255, 1]), covered: 2, total: 3 },
  { name: 'Int16 hits', lines: new Int16Array([N, 32767, N, 0]), covered: 1, total: 2 },
  { name: 'Uint16 hits', lines: new Uint16Array([0, 65535, 0]), covered: 1, total: 2 },
  { name: 'Int32 extremes', lines: new Int32Array([N, 2147483647, -2147483648, 0, 1]), covered: 2, total: 3 },
  { name: 'Uint32 above the signed range', lines: new Uint32Array([0, 4294967295, 2147483648, 0]), covered: 2, total: 3 },
  { name: 'Float64 above 32 bits', lines: new Float64Array([N, 2 ** 40, 0, N, 2 ** 53 - 1]), covered: 2, total: 3 },
  { name: 'line 0 is not counted', lines: new Int8Array([5, N]), covered: 0, total: 0 },
];

describe('fileCounter lines', () => {
  it.each(lineCases)('$name', ({ lines, covered, total }) => {
    expect(fileCounter({ path: 'a.c', lines }, 'lines')).toEqual({ covered, total });
  });
});

describe('fileCounter stored line counts', () => {
  it('uses counts stored with the current lines', () => {
    const lines = new Int8Array([N, 1, 0]);
    // Counts that differ from the array show which source the counter read.
    const file = { path: 'a.c', lines, lineCounter: { lines, covered: 7, total: 9 } };

    expect(fileCounter(file, 'lines')).toEqual({ covered: 7, total: 9 });
  });

  it('ignores counts stored with replaced lines', () => {
    const stale = new Int8Array([N, 1]);
    const file = { path: 'a.c', lines: new Int8Array([N, 1, 0, 5]), lineCounter: { lines: stale, covered: 1, total: 1 } };

    expect(fileCounter(file, 'lines')).toEqual({ covered: 2, total: 3 });
  });
});

describe('sumTotals', () => {
  const lines = new Int8Array([N, 1, 0, 4]);
  const files: FileCoverage[] = [
    // Counts stored with the lines, which differ from the array to show which source was read.
    { path: 'a.c', lines, lineCounter: { lines, covered: 7, total: 9 }, branches: branchTable([{ line: 1, covered: 1, total: 2, taken: [1, 0] }]) },
    { path: 'b.c', lines: new Int8Array([N, 0]), functions: functionTable([{ name: 'f', line: 1, hits: 2 }]) },
    { path: 'c.go', statements: statementTable([{ line: 1, column: 0, hits: 1, weight: 3 }, { line: 2, column: 0, hits: 0, weight: 2 }]) },
    { path: 'D.java', classes: [{ name: 'D', covered: true }, { name: 'E', covered: false }] },
    // Summaries count only for metrics without detail records.
    { path: 'e.ts', lines: new Int8Array([N, 1]), summary: { lines: { covered: 50, total: 50 }, branches: { covered: 3, total: 4 } } },
    { path: 'f.ts' },
  ];

  it('matches fileCounter for every metric', () => {
    const expected = Object.fromEntries(
      METRICS.map((metric) => {
        const counters = files.map((file) => fileCounter(file, metric)).filter((counter) => counter !== null);
        const sum = counters.length === 0 ? null : { covered: counters.reduce((s, c) => s + c.covered, 0), total: counters.reduce((s, c) => s + c.total, 0) };
        return [metric, sum];
      }),
    );

    expect(sumTotals(files)).toEqual(expected);
    expect(sumTotals(files)).toEqual({
      lines: { covered: 8, total: 11 },
      branches: { covered: 4, total: 6 },
      functions: { covered: 1, total: 1 },
      statements: { covered: 3, total: 5 },
      classes: { covered: 1, total: 2 },
    });
  });

  it('leaves absent metrics null', () => {
    expect(sumTotals(new Set([files[5]!]))).toEqual({ lines: null, branches: null, functions: null, statements: null, classes: null });
    expect(sumTotals([{ path: 'g.c', functions: functionTable([]) }]).functions).toEqual({ covered: 0, total: 0 });
  });
});
