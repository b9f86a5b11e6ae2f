import { describe, expect, it } from 'vitest';
import type { CountArray } from '../../src/coverage/count-arrays.js';
import { fileCounter } from '../../src/coverage/totals.js';

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
