import { describe, expect, it } from 'vitest';
import { narrowCopy, narrowestType } from '../../src/coverage/count-arrays.js';

describe('narrowestType', () => {
  const cases: { values: number[]; type: string }[] = [
    { values: [], type: 'Uint8Array' },
    { values: [0, 255], type: 'Uint8Array' },
    { values: [256], type: 'Uint16Array' },
    { values: [65_535], type: 'Uint16Array' },
    { values: [65_536], type: 'Uint32Array' },
    { values: [0xffff_ffff], type: 'Uint32Array' },
    { values: [2 ** 32], type: 'Float64Array' },
    { values: [Number.MAX_SAFE_INTEGER], type: 'Float64Array' },
    { values: [-1, 127], type: 'Int8Array' },
    { values: [-1, 128], type: 'Int16Array' },
    { values: [-1, 32_768], type: 'Int32Array' },
    { values: [-1, 2 ** 31 - 1], type: 'Int32Array' },
    { values: [-1, 2 ** 31], type: 'Float64Array' },
    { values: [-(2 ** 31) - 1], type: 'Float64Array' },
    { values: [1, 0.5], type: 'Float64Array' },
    { values: [Number.NaN], type: 'Float64Array' },
  ];

  it.each(cases)('stores $values as $type', ({ values, type }) => {
    expect(narrowestType(values, values.length).name).toBe(type);
  });

  it('looks only at the first length values', () => {
    expect(narrowestType([1, 0.5], 1).name).toBe('Uint8Array');
  });
});

describe('narrowCopy', () => {
  it('keeps every value exact', () => {
    const values = [-1, 0, 3, 70_000, -1];

    const copy = narrowCopy(values, values.length);

    expect(copy).toBeInstanceOf(Int32Array);
    expect(Array.from(copy)).toEqual(values);
  });
});
