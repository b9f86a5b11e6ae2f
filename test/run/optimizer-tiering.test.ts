import { describe, expect, it } from 'vitest';
import { tieringFlags, withDelayedOptimization } from '../../src/run/optimizer-tiering.js';

describe('tieringFlags', () => {
  const NODE_20 = { delay: ['--interrupt-budget=540672'], restore: ['--interrupt-budget=67584'] };
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
});
