import { describe, expect, it } from 'vitest';
import { SHORT_PHASE_BUDGET_FACTOR, STAGE_BUDGET_FACTOR, tieringFlags, withDelayedOptimization } from '../../src/run/optimizer-tiering.js';

describe('tieringFlags', () => {
  const NODE_20 = { delay: ['--interrupt-budget=1081344'], restore: ['--interrupt-budget=67584'] };
  const NONE = { delay: [], restore: [] };

  it.each([
    ['20.20.2', NODE_20],
    ['20.0.0', NODE_20],
    ['22.12.0', NONE],
    ['24.21.0', NONE],
    ['', NONE],
    ['x.y', NONE],
  ])('Node.js %j gets %j', (version, flags) => {
    expect(tieringFlags(version)).toEqual(flags);
  });

  it.each([
    [SHORT_PHASE_BUDGET_FACTOR, STAGE_BUDGET_FACTOR, { delay: ['--interrupt-budget=4325376'], restore: ['--interrupt-budget=1081344'] }],
    [2, 1, { delay: ['--interrupt-budget=135168'], restore: ['--interrupt-budget=67584'] }],
  ])('factor %d inside factor %d gets %j', (factor, outerFactor, flags) => {
    expect(tieringFlags('20.20.2', factor, outerFactor)).toEqual(flags);
    expect(tieringFlags('24.21.0', factor, outerFactor)).toEqual(NONE);
  });
});

describe('withDelayedOptimization', () => {
  it('returns what the work returns and passes its error on', async () => {
    await expect(withDelayedOptimization(async () => 42)).resolves.toBe(42);
    await expect(
      withDelayedOptimization(async () => {
        throw new Error('stage failed');
      }),
    ).rejects.toThrow('stage failed');
  });

  it('returns the result of a nested phase', async () => {
    const result = await withDelayedOptimization(() => withDelayedOptimization(async () => 'inner', SHORT_PHASE_BUDGET_FACTOR));
    expect(result).toBe('inner');
  });
});
