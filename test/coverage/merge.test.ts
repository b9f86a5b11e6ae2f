import { describe, expect, it } from 'vitest';
import { mergeFileCoverages, mergeSamePath } from '../../src/coverage/merge.js';
import type { FileCoverage } from '../../src/coverage/model.js';
import { fileTotals } from '../../src/coverage/totals.js';
import { withRecordObjects, withTables, type PlainFileCoverage } from '../support/coverage-records.js';

const N = -1;

function file(fields: Omit<PlainFileCoverage, 'path'>, path = 'src/x.ts'): FileCoverage {
  return withTables({ path, ...fields });
}

describe('mergeFileCoverages', () => {
  it('passes a single record through unchanged', () => {
    const only = file({ lines: [N, 1, 0] }, 'src/only.ts');
    const other = file({ lines: [N, 0] }, 'src/other.ts');

    const merged = mergeFileCoverages([only, other]);

    expect(merged[0]).toBe(only);
    expect(merged[1]).toBe(other);
  });

  it('keeps the order of first appearance', () => {
    const merged = mergeFileCoverages([
      file({ lines: [N, 1] }, 'b.ts'),
      file({ lines: [N, 1] }, 'a.ts'),
      file({ lines: [N, 0] }, 'b.ts'),
    ]);

    expect(merged.map((entry) => entry.path)).toEqual(['b.ts', 'a.ts']);
  });

  it('does not modify its inputs', () => {
    const first = file({ lines: [N, 1], functions: [{ name: 'f', line: 1, hits: 1 }], classes: [{ name: 'C', covered: false }] });
    const second = file({ lines: [N, 2], functions: [{ name: 'f', line: 1, hits: 2 }], classes: [{ name: 'C', covered: true }] });
    const snapshot = [first, second].map(withRecordObjects);

    mergeFileCoverages([first, second]);

    expect([first, second].map(withRecordObjects)).toEqual(snapshot);
  });

  it('merges many shards in linear time', () => {
    const shards: FileCoverage[] = [];
    for (let shard = 0; shard < 20; shard++) {
      for (let index = 0; index < 5000; index++) {
        const lines = new Array<number>(200).fill(shard % 2);
        lines[0] = N;
        shards.push(file({ lines, statements: [{ line: 1, column: 0, hits: 1, weight: 1 }] }, `src/f${index}.ts`));
      }
    }
    const started = performance.now();

    const merged = mergeFileCoverages(shards);

    expect(merged).toHaveLength(5000);
    expect(merged[0]?.lines?.[1]).toBe(10);
    expect(withRecordObjects(merged[0]!).statements?.[0]?.hits).toBe(20);
    // A loose bound that a quadratic merge of 100,000 records would exceed.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('mergeSamePath lines', () => {
  it.each([
    { name: 'hits add up', a: [N, 1, 0, 2], b: [N, 3, 0, 0], expected: [N, 4, 0, 2] },
    { name: 'covered in either', a: [N, 0, 1], b: [N, 1, 0], expected: [N, 1, 1] },
    { name: 'instrumented in either', a: [N, N, 0], b: [N, 2, N], expected: [N, 2, 0] },
    { name: 'different lengths', a: [N, 1], b: [N, 0, N, 5], expected: [N, 1, N, 5] },
    { name: 'non-code everywhere', a: [N, N], b: [N], expected: [N, N] },
  ])('$name', ({ a, b, expected }) => {
    expect(withRecordObjects(mergeSamePath([file({ lines: a }), file({ lines: b })])).lines).toEqual(expected);
  });

  it('keeps lines from the only report that has them', () => {
    const merged = mergeSamePath([file({ lines: [N, 1] }), file({ functions: [] })]);

    expect(withRecordObjects(merged).lines).toEqual([N, 1]);
    expect(withRecordObjects(merged).functions).toEqual([]);
    expect(merged.branches).toBeUndefined();
  });
});

describe('mergeSamePath branches', () => {
  it.each([
    {
      name: 'equal taken arrays add elementwise',
      a: [{ line: 3, covered: 1, total: 2, taken: [1, 0] }],
      b: [{ line: 3, covered: 1, total: 2, taken: [0, 4] }],
      expected: [{ line: 3, covered: 2, total: 2, taken: [1, 4] }],
    },
    {
      name: 'taken arrays of different lengths',
      a: [{ line: 3, covered: 1, total: 2, taken: [1, 0] }],
      b: [{ line: 3, covered: 2, total: 4, taken: [1, 1, 0, 0] }],
      expected: [{ line: 3, covered: 2, total: 4, taken: null }],
    },
    {
      name: 'counts without taken keep the larger',
      a: [{ line: 5, covered: 3, total: 4, taken: null }],
      b: [{ line: 5, covered: 1, total: 4, taken: null }],
      expected: [{ line: 5, covered: 3, total: 4, taken: null }],
    },
    {
      name: 'taken on one side only',
      a: [{ line: 5, covered: 1, total: 2, taken: [0, 1] }],
      b: [{ line: 5, covered: 1, total: 2, taken: null }],
      expected: [{ line: 5, covered: 1, total: 2, taken: null }],
    },
    {
      name: 'different lines stay apart',
      a: [{ line: 7, covered: 0, total: 2, taken: [0, 0] }],
      b: [{ line: 2, covered: 2, total: 2, taken: [1, 1] }],
      expected: [
        { line: 2, covered: 2, total: 2, taken: [1, 1] },
        { line: 7, covered: 0, total: 2, taken: [0, 0] },
      ],
    },
    {
      name: 'several groups on one line pair by order',
      a: [
        { line: 4, covered: 0, total: 2, taken: [0, 0] },
        { line: 4, covered: 1, total: 3, taken: [1, 0, 0] },
      ],
      b: [
        { line: 4, covered: 1, total: 2, taken: [0, 1] },
        { line: 4, covered: 1, total: 3, taken: [0, 0, 2] },
      ],
      expected: [
        { line: 4, covered: 1, total: 2, taken: [0, 1] },
        { line: 4, covered: 2, total: 3, taken: [1, 0, 2] },
      ],
    },
  ])('$name', ({ a, b, expected }) => {
    expect(withRecordObjects(mergeSamePath([file({ branches: a }), file({ branches: b })])).branches).toEqual(expected);
  });
});

describe('mergeSamePath functions', () => {
  it.each([
    {
      name: 'same name and line add hits',
      a: [{ name: 'f', line: 2, hits: 1 }],
      b: [{ name: 'f', line: 2, hits: 3 }],
      expected: [{ name: 'f', line: 2, hits: 4 }],
    },
    {
      name: 'same name on other lines stay apart',
      a: [{ name: '(anonymous)', line: 2, hits: 0 }],
      b: [{ name: '(anonymous)', line: 9, hits: 1 }],
      expected: [
        { name: '(anonymous)', line: 2, hits: 0 },
        { name: '(anonymous)', line: 9, hits: 1 },
      ],
    },
    {
      name: 'a record without a line joins its named twin',
      a: [{ name: 'g', line: 0, hits: 2 }],
      b: [{ name: 'g', line: 12, hits: 0 }],
      expected: [{ name: 'g', line: 12, hits: 2 }],
    },
    {
      name: 'records without lines merge by name',
      a: [{ name: 'h', line: 0, hits: 0 }],
      b: [{ name: 'h', line: 0, hits: 1 }],
      expected: [{ name: 'h', line: 0, hits: 1 }],
    },
  ])('$name', ({ a, b, expected }) => {
    expect(withRecordObjects(mergeSamePath([file({ functions: a }), file({ functions: b })])).functions).toEqual(expected);
  });
});

describe('mergeSamePath statements', () => {
  it.each([
    {
      name: 'same line and column add hits',
      a: [{ line: 1, column: 4, hits: 0, weight: 3 }],
      b: [{ line: 1, column: 4, hits: 2, weight: 3 }],
      expected: [{ line: 1, column: 4, hits: 2, weight: 3 }],
    },
    {
      name: 'other columns stay apart',
      a: [{ line: 1, column: 0, hits: 1, weight: 1 }],
      b: [{ line: 1, column: 8, hits: 0, weight: 1 }],
      expected: [
        { line: 1, column: 0, hits: 1, weight: 1 },
        { line: 1, column: 8, hits: 0, weight: 1 },
      ],
    },
  ])('$name', ({ a, b, expected }) => {
    expect(withRecordObjects(mergeSamePath([file({ statements: a }), file({ statements: b })])).statements).toEqual(expected);
  });

  it('counts Go block weights once', () => {
    const a = file({ statements: [{ line: 3, column: 2, hits: 0, weight: 5 }] });
    const b = file({ statements: [{ line: 3, column: 2, hits: 1, weight: 5 }] });

    expect(fileTotals(mergeSamePath([a, b])).statements).toEqual({ covered: 5, total: 5 });
  });
});

describe('mergeSamePath classes', () => {
  it.each([
    { name: 'covered in either', a: [{ name: 'A', covered: false }], b: [{ name: 'A', covered: true }], expected: [{ name: 'A', covered: true }] },
    { name: 'uncovered in both', a: [{ name: 'A', covered: false }], b: [{ name: 'A', covered: false }], expected: [{ name: 'A', covered: false }] },
    {
      name: 'distinct names stay apart',
      a: [{ name: 'A', covered: true }],
      b: [{ name: 'B', covered: false }],
      expected: [
        { name: 'A', covered: true },
        { name: 'B', covered: false },
      ],
    },
  ])('$name', ({ a, b, expected }) => {
    expect(mergeSamePath([file({ classes: a }), file({ classes: b })]).classes).toEqual(expected);
  });
});

describe('mergeSamePath summaries', () => {
  it('combines summaries without detail', () => {
    const merged = mergeSamePath([
      file({ summary: { lines: { covered: 5, total: 10 }, functions: { covered: 1, total: 2 } } }),
      file({ summary: { lines: { covered: 7, total: 10 } } }),
    ]);

    expect(merged.summary).toEqual({ lines: { covered: 7, total: 10 }, functions: { covered: 1, total: 2 } });
  });

  it('drops a summary where detail exists', () => {
    const merged = mergeSamePath([
      file({ summary: { lines: { covered: 5, total: 10 }, branches: { covered: 1, total: 4 } } }),
      file({ lines: [N, 1, 0] }),
    ]);

    expect(merged.summary).toEqual({ branches: { covered: 1, total: 4 } });
    expect(fileTotals(merged).lines).toEqual({ covered: 1, total: 2 });
  });

  it('omits the summary when nothing remains', () => {
    const merged = mergeSamePath([file({ summary: { lines: { covered: 1, total: 1 } } }), file({ lines: [N, 1] })]);

    expect(merged.summary).toBeUndefined();
  });
});

describe('mergeSamePath totals', () => {
  it('reports the union of two shards', () => {
    const a = file({ lines: [N, 1, 0, 0, N], functions: [{ name: 'f', line: 1, hits: 1 }, { name: 'g', line: 3, hits: 0 }] });
    const b = file({ lines: [N, 0, 0, 1, N], functions: [{ name: 'f', line: 1, hits: 0 }, { name: 'g', line: 3, hits: 2 }] });

    const totals = fileTotals(mergeSamePath([a, b]));

    expect(totals.lines).toEqual({ covered: 2, total: 3 });
    expect(totals.functions).toEqual({ covered: 2, total: 2 });
  });
});
