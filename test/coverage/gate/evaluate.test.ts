import { describe, expect, it } from 'vitest';
import { evaluateCoverageGate, type CoverageGateInput } from '../../../src/coverage/gate/evaluate.js';
import { defaultConfig } from '../../../src/config/defaults.js';
import { fileWithCounts } from './files.js';

function input(overrides: Partial<CoverageGateInput> = {}): CoverageGateInput {
  const config = defaultConfig().coverage;
  config.thresholds = { lines: 80 };
  config.paths = [{ glob: 'src/core/**', thresholds: { lines: 90 } }];
  config.patch.threshold = 50;
  config.base.maxDrop = { lines: 1 };
  return {
    files: [fileWithCounts('src/core/a.ts', 9, 10), fileWithCounts('src/ui/b.ts', 8, 10)],
    formats: ['lcov'],
    config,
    changedLines: new Map([['src/ui/b.ts', [8, 9, 10]]]),
    base: { missingReason: 'the cache has no summary for the merge base' },
    ...overrides,
  };
}

describe('evaluateCoverageGate', () => {
  it('orders checks global, path, patch', () => {
    const result = evaluateCoverageGate(input());
    expect(result.checks.map((check) => check.kind)).toEqual(['global', 'path', 'patch']);
    expect(result.totals.lines).toEqual({ covered: 17, total: 20 });
  });

  it('fails when any check fails', () => {
    const result = evaluateCoverageGate(input());
    // Patch: line 8 covered, 9 and 10 uncovered, 33.33% < 50%.
    expect(result.checks.map((check) => check.passed)).toEqual([true, true, false]);
    expect(result.passed).toBe(false);
  });

  it('runs the other checks without a base', () => {
    const result = evaluateCoverageGate(input({ changedLines: new Map([['src/ui/b.ts', [1]]]) }));
    expect(result.base).toEqual({ found: false, reason: 'the cache has no summary for the merge base', checks: [] });
    expect(result.passed).toBe(true);
  });

  it('skips patch and base when not given', () => {
    const result = evaluateCoverageGate(input({ changedLines: null, base: null }));
    expect(result.patch).toBeNull();
    expect(result.base).toBeNull();
    expect(result.checks).toHaveLength(2);
  });
});

describe('evaluateCoverageGate with unknown changed lines', () => {
  const reason = 'Patch coverage was not measured: no default branch was found. Pass --base REF';

  it('fails the patch threshold as not measured', () => {
    const result = evaluateCoverageGate(input({ changedLines: null, patchUnknownReason: reason }));
    const patch = result.checks.find((check) => check.kind === 'patch');

    expect(result.passed).toBe(false);
    expect(result.patch).toBeNull();
    expect(patch).toMatchObject({ condition: 'not-measured', passed: false, actual: null, threshold: 50 });
    expect(patch?.message).toBe(`${reason}. The 50% patch threshold fails until patch coverage can be measured.`);
  });

  it('adds no check without a patch threshold', () => {
    const config = input().config;
    config.patch.threshold = null;

    const result = evaluateCoverageGate(input({ config, changedLines: null, patchUnknownReason: reason }));

    expect(result.checks.map((check) => check.kind)).toEqual(['global', 'path']);
    expect(result.passed).toBe(true);
  });

  it('ignores the reason when the lines are known', () => {
    const result = evaluateCoverageGate(input({ patchUnknownReason: reason }));

    expect(result.checks.filter((check) => check.kind === 'patch')).toHaveLength(1);
    expect(result.patch?.counter).toEqual({ covered: 1, total: 3 });
  });
});
