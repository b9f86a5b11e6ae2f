import { describe, expect, it } from 'vitest';
import { SHORT_PHASE_BUDGET_FACTOR, STAGE_BUDGET_FACTOR, interruptBudget, withDelayedOptimization } from '../../src/run/optimizer-tiering.js';

describe('interruptBudget', () => {
  it.each([
    ['20.20.2', STAGE_BUDGET_FACTOR, 1_081_344],
    ['20.0.0', STAGE_BUDGET_FACTOR, 1_081_344],
    ['20.20.2', SHORT_PHASE_BUDGET_FACTOR, 4_325_376],
    ['20.20.2', 1, 67_584],
    ['22.12.0', STAGE_BUDGET_FACTOR, undefined],
    ['24.21.0', SHORT_PHASE_BUDGET_FACTOR, undefined],
    ['', STAGE_BUDGET_FACTOR, undefined],
    ['x.y', STAGE_BUDGET_FACTOR, undefined],
  ])('Node.js %j with factor %d gets %j', (version, factor, budget) => {
    expect(interruptBudget(version, factor)).toBe(budget);
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
