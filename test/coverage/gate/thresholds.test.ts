import { describe, expect, it } from 'vitest';
import { checkGlobalThresholds, checkPathThresholds } from '../../../src/coverage/gate/thresholds.js';
import { sumTotals } from '../../../src/coverage/totals.js';
import { withTables } from '../../support/coverage-records.js';
import { fileWithCounts } from './files.js';

describe('checkGlobalThresholds', () => {
  const files = [
    fileWithCounts('src/a.ts', 17_999, 20_000, { branches: [{ line: 1, covered: 1, total: 2, taken: [1, 0] }] }),
  ];
  const totals = sumTotals(files);

  const cases = [
    { metric: 'lines', threshold: 90, passed: false, condition: 'measured', message: 'Lines: 17,999 of 20,000 (89.99%) is below the 90% threshold.' },
    { metric: 'lines', threshold: 89.99, passed: true, condition: 'measured', message: 'Lines: 17,999 of 20,000 (89.99%) meets the 89.99% threshold.' },
    { metric: 'branches', threshold: 50, passed: true, condition: 'measured', message: 'Branches: 1 of 2 (50.00%) meets the 50% threshold.' },
    { metric: 'statements', threshold: 80, passed: false, condition: 'not-measured', message: /Statements are not measured by these reports \(formats read: lcov\)\. Formats that carry statements: istanbul-json, istanbul-summary, clover, go/ },
    { metric: 'classes', threshold: 80, passed: false, condition: 'not-measured', message: /Formats that carry classes: jacoco/ },
  ] as const;

  it.each(cases)('$metric against $threshold%', ({ metric, threshold, passed, condition, message }) => {
    const [check] = checkGlobalThresholds(totals, { [metric]: threshold }, ['lcov']);
    expect(check?.passed).toBe(passed);
    expect(check?.condition).toBe(condition);
    expect(check?.scope).toBe('all files');
    expect(check?.message).toMatch(message);
  });

  it('passes a metric with no items', () => {
    const [check] = checkGlobalThresholds(sumTotals([withTables({ path: 'a.ts', lines: [-1], functions: [] })]), { functions: 100 }, ['lcov']);
    expect(check?.passed).toBe(true);
    expect(check?.condition).toBe('no-items');
    expect(check?.message).toContain('no items');
  });

  it('checks only metrics with a threshold', () => {
    expect(checkGlobalThresholds(totals, {}, ['lcov'])).toEqual([]);
  });
});

describe('checkPathThresholds', () => {
  const files = [
    fileWithCounts('src/core/a.ts', 9, 10),
    fileWithCounts('src/core/b.ts', 5, 10),
    fileWithCounts('src/ui/c.ts', 10, 10),
    fileWithCounts('.config/d.ts', 0, 10),
  ];

  it('sums the files matching each glob', () => {
    const checks = checkPathThresholds(files, [{ glob: 'src/core/**', thresholds: { lines: 70 } }], ['lcov']);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.actual).toEqual({ covered: 14, total: 20 });
    expect(checks[0]?.passed).toBe(true);
    expect(checks[0]?.scope).toBe('src/core/**');
    expect(checks[0]?.message).toBe('Lines in src/core/**: 14 of 20 (70.00%) meets the 70% threshold.');
  });

  it('checks a file against every glob it matches', () => {
    const checks = checkPathThresholds(
      files,
      [
        { glob: 'src/**', thresholds: { lines: 80 } },
        { glob: 'src/core/b.ts', thresholds: { lines: 60 } },
      ],
      ['lcov'],
    );
    expect(checks.map((check) => check.actual)).toEqual([
      { covered: 24, total: 30 },
      { covered: 5, total: 10 },
    ]);
    expect(checks.map((check) => check.passed)).toEqual([true, false]);
  });

  it('matches dot folders', () => {
    const [check] = checkPathThresholds(files, [{ glob: '**/d.ts', thresholds: { lines: 1 } }], ['lcov']);
    expect(check?.actual).toEqual({ covered: 0, total: 10 });
    expect(check?.passed).toBe(false);
  });

  it('fails a glob that matches no file', () => {
    const checks = checkPathThresholds(files, [{ glob: 'lib/**', thresholds: { lines: 80, branches: 50 } }], ['lcov']);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.passed).toBe(false);
    expect(checks[0]?.condition).toBe('no-match');
    expect(checks[0]?.message).toBe('Path glob lib/** matches no file in the coverage reports. Fix the glob or remove the rule.');
  });

  it('fails a path metric the reports lack', () => {
    const [check] = checkPathThresholds(files, [{ glob: 'src/**', thresholds: { functions: 50 } }], ['cobertura']);
    expect(check?.passed).toBe(false);
    expect(check?.condition).toBe('not-measured');
    expect(check?.message).toContain('Functions are not measured by these reports (formats read: cobertura)');
  });
});
