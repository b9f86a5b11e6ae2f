import { describe, expect, it } from 'vitest';
import type { BaseSummary } from '../../../src/coverage/base-summary.js';
import { compareWithBase, deltaHundredths, dropExceeds } from '../../../src/coverage/gate/delta.js';
import { emptyTotals } from '../../../src/coverage/totals.js';
import type { Totals } from '../../../src/coverage/model.js';

const COMMIT = 'a'.repeat(40);

function summaryWith(totals: Partial<Totals>): BaseSummary {
  return { version: 1, commit: COMMIT, createdAt: '2024-05-01T00:00:00.000Z', toolVersion: '0.1.0', totals: { ...emptyTotals(), ...totals }, files: [] };
}

function current(lines: { covered: number; total: number } | null): Totals {
  return { ...emptyTotals(), lines };
}

describe('compareWithBase', () => {
  const base = { summary: summaryWith({ lines: { covered: 8000, total: 10_000 } }) };

  const cases = [
    { name: 'no change', covered: 8000, maxDrop: 0, tolerance: 0, passed: true, delta: 0 },
    { name: 'rise', covered: 8052, maxDrop: 0, tolerance: 0, passed: true, delta: 52 },
    { name: 'drop within maxDrop', covered: 7950, maxDrop: 0.5, tolerance: 0, passed: true, delta: -50 },
    { name: 'drop within tolerance', covered: 7990, maxDrop: 0, tolerance: 0.1, passed: true, delta: -10 },
    { name: 'drop beyond tolerance', covered: 7989, maxDrop: 0, tolerance: 0.1, passed: false, delta: -11 },
    { name: 'drop beyond maxDrop plus tolerance', covered: 7939, maxDrop: 0.5, tolerance: 0.1, passed: false, delta: -61 },
  ];

  it.each(cases)('$name', ({ covered, maxDrop, tolerance, passed, delta }) => {
    const result = compareWithBase(current({ covered, total: 10_000 }), base, { maxDrop: { lines: maxDrop }, tolerance, report: null }, ['lcov']);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.deltas[0]?.deltaHundredths).toBe(delta);
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]?.passed).toBe(passed);
    expect(result.checks[0]?.kind).toBe('delta');
  });

  it('names the drop and the limit', () => {
    const result = compareWithBase(current({ covered: 7939, total: 10_000 }), base, { maxDrop: { lines: 0.5 }, tolerance: 0.1, report: null }, ['lcov']);
    expect(result.checks[0]?.message).toBe(
      'Lines: 79.39% against 80.00% on base commit aaaaaaa, a change of -0.61 percentage points, which exceeds the allowed drop of 0.60 (maxDrop 0.5 plus tolerance 0.1).',
    );
  });

  it('reports without gating when no maxDrop is set', () => {
    const result = compareWithBase(current({ covered: 1, total: 10_000 }), base, { maxDrop: {}, tolerance: 0, report: null }, ['lcov']);
    expect(result.checks).toEqual([]);
    expect(result.found).toBe(true);
    if (result.found) expect(result.deltas[0]?.deltaHundredths).toBe(-7999);
  });

  it('returns the reason when no base exists', () => {
    const result = compareWithBase(current({ covered: 1, total: 2 }), { missingReason: 'no summary was saved for commit abc' }, { maxDrop: { lines: 0 }, tolerance: 0, report: null }, ['lcov']);
    expect(result).toEqual({ found: false, reason: 'no summary was saved for commit abc', checks: [] });
  });

  it('fails a gated metric missing from the reports', () => {
    const result = compareWithBase(current(null), base, { maxDrop: { lines: 1 }, tolerance: 0, report: null }, ['go']);
    expect(result.checks[0]?.passed).toBe(false);
    expect(result.checks[0]?.condition).toBe('not-measured');
  });

  it('passes a metric the base did not measure', () => {
    const result = compareWithBase(
      { ...current({ covered: 1, total: 2 }), branches: { covered: 1, total: 2 } },
      base,
      { maxDrop: { branches: 0 }, tolerance: 0, report: null },
      ['lcov'],
    );
    expect(result.checks[0]?.passed).toBe(true);
    expect(result.checks[0]?.message).toBe('Branches: base commit aaaaaaa did not measure branches, so the drop was not checked.');
  });
});

describe('delta arithmetic', () => {
  it('rounds a drop down', () => {
    // 2/3 - 1 = -33.333... percentage points shows as -33.34.
    expect(deltaHundredths({ covered: 2, total: 3 }, { covered: 1, total: 1 })).toBe(-3334);
    expect(deltaHundredths({ covered: 1, total: 1 }, { covered: 2, total: 3 })).toBe(3333);
  });

  it('is exact for counts near 2^53', () => {
    const total = 2 ** 53 - 1;
    expect(dropExceeds({ covered: total - 1, total }, { covered: total, total }, 0)).toBe(true);
    expect(dropExceeds({ covered: total, total }, { covered: total, total }, 0)).toBe(false);
    expect(deltaHundredths({ covered: total - 1, total }, { covered: total, total })).toBe(-1);
  });
});
