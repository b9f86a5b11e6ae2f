import { describe, expect, it } from 'vitest';
import { withSteadyYoungGeneration } from '../../src/coverage/young-generation.js';

describe('withSteadyYoungGeneration', () => {
  it('returns the result of overlapping calls', async () => {
    const results = await Promise.all([1, 2, 3].map((value) => withSteadyYoungGeneration(async () => value * 2)));

    expect(results).toEqual([2, 4, 6]);
  });

  it('passes on the error of its work', async () => {
    await expect(withSteadyYoungGeneration(() => Promise.reject(new Error('parse failed')))).rejects.toThrow('parse failed');
  });
});
