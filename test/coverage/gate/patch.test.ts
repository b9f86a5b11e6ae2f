import { describe, expect, it } from 'vitest';
import { collapseRanges, computePatchCoverage, formatRanges, patchNotApplicableWarning, type PatchInput } from '../../../src/coverage/gate/patch.js';
import { fileWithLines } from './files.js';

const files = [
  // Lines 1-6 instrumented; 3, 4 and 6 uncovered; line 7 carries no code.
  fileWithLines('src/a.ts', { 1: 1, 2: 3, 3: 0, 4: 0, 5: 1, 6: 0 }),
  fileWithLines('src/b.ts', { 1: 1, 2: 1 }),
  { path: 'src/summary-only.ts', summary: { lines: { covered: 1, total: 2 } } },
];

function patchInput(changed: Record<string, number[]>, overrides: Partial<PatchInput> = {}): PatchInput {
  return {
    changedLines: new Map(Object.entries(changed)),
    files,
    include: ['**/*.ts'],
    exclude: ['**/*.test.ts'],
    threshold: null,
    ...overrides,
  };
}

describe('computePatchCoverage', () => {
  it('counts only instrumented changed lines', () => {
    const result = computePatchCoverage(patchInput({ 'src/a.ts': [2, 3, 4, 6, 7, 50] }));
    expect(result.counter).toEqual({ covered: 1, total: 4 });
    expect(result.files).toHaveLength(1);
    expect(formatRanges(result.files[0]!.uncovered)).toBe('3-4, 6');
    expect(result.files[0]?.missingFromReports).toBe(false);
  });

  it('counts a missing included file as uncovered', () => {
    const result = computePatchCoverage(patchInput({ 'src/new.ts': [1, 2, 3, 10], 'src/b.ts': [1, 2] }));
    expect(result.counter).toEqual({ covered: 2, total: 6 });
    const missing = result.files.find((file) => file.path === 'src/new.ts');
    expect(missing?.missingFromReports).toBe(true);
    expect(missing?.counter).toEqual({ covered: 0, total: 4 });
    expect(formatRanges(missing!.uncovered)).toBe('1-3, 10');
  });

  it('leaves blank lines of a missing file out', () => {
    const result = computePatchCoverage(patchInput({ 'src/new.ts': [1, 2, 3, 4] }, { blankLines: new Map([['src/new.ts', [2, 4]]]) }));
    expect(result.counter).toEqual({ covered: 0, total: 2 });
    expect(formatRanges(result.files[0]!.uncovered)).toBe('1, 3');
  });

  it('ignores missing files outside include', () => {
    const result = computePatchCoverage(patchInput({ 'README.md': [1, 2], 'src/b.ts': [1] }));
    expect(result.counter).toEqual({ covered: 1, total: 1 });
    expect(result.files.map((file) => file.path)).toEqual(['src/b.ts']);
  });

  it('ignores excluded files', () => {
    const result = computePatchCoverage(patchInput({ 'src/a.test.ts': [1, 2], 'src/a.ts': [3] }, { exclude: ['**/*.test.ts', 'src/a.ts'] }));
    expect(result.counter).toEqual({ covered: 0, total: 0 });
    expect(result.files).toEqual([]);
  });

  it('lists files without line data', () => {
    const result = computePatchCoverage(patchInput({ 'src/summary-only.ts': [1] }));
    expect(result.withoutLineData).toEqual(['src/summary-only.ts']);
    expect(result.counter.total).toBe(0);
  });

  it.each([
    { threshold: 25, passed: true, condition: 'measured' },
    { threshold: 25.01, passed: false, condition: 'measured' },
  ])('checks threshold $threshold%', ({ threshold, passed, condition }) => {
    const result = computePatchCoverage(patchInput({ 'src/a.ts': [2, 3, 4, 6] }, { threshold }));
    expect(result.check?.passed).toBe(passed);
    expect(result.check?.condition).toBe(condition);
    expect(result.check?.message).toContain('1 of 4 changed lines (25.00%)');
  });

  it('passes a threshold with no instrumented lines', () => {
    const result = computePatchCoverage(patchInput({ 'src/a.ts': [7] }, { threshold: 80 }));
    expect(result.check?.passed).toBe(true);
    expect(result.check?.condition).toBe('no-items');
  });

  it('has no check without a threshold', () => {
    expect(computePatchCoverage(patchInput({ 'src/a.ts': [3] })).check).toBeNull();
  });
});

describe('collapseRanges', () => {
  it.each([
    { lines: [12, 13, 14, 15, 20], text: '12-15, 20' },
    { lines: [20, 12, 14, 13, 15, 15], text: '12-15, 20' },
    { lines: [1], text: '1' },
    { lines: [1, 3, 5], text: '1, 3, 5' },
    { lines: [], text: '' },
  ])('$lines', ({ lines, text }) => {
    expect(formatRanges(collapseRanges(lines))).toBe(text);
  });
});

describe('patchNotApplicableWarning', () => {
  it('names a threshold as not checked', () => {
    expect(patchNotApplicableWarning('Patch coverage applies to pull requests and merge groups; this run was started by push.', 72.5)).toBe(
      'Patch coverage applies to pull requests and merge groups; this run was started by push. The 72.5% patch threshold was not checked, so it neither passed nor failed.',
    );
  });

  it('keeps the reason without a threshold', () => {
    expect(patchNotApplicableWarning('Patch coverage was skipped.', null)).toBe('Patch coverage was skipped.');
  });
});
