import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatDecimal } from '../../src/report/count-text.js';

describe('count text', () => {
  it.each([0, 1, 12, 999, 1000, 17999, 123456, 1234567, -4200, 2 ** 53 - 1, 0.5, 1234.5678, -0.0004])('formatCount(%d) equals en-US', (value) => {
    expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
  });

  it.each([
    [12.5, 2],
    [12.345, 2],
    [1.005, 2],
    [62.98245, 2],
    [1234567.891, 2],
    [0.004, 2],
    [-3.14159, 2],
    [100, 2],
    [16.9, 1],
  ])('formatDecimal(%d, %d) equals en-US', (value, digits) => {
    expect(formatDecimal(value, digits)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: digits }));
  });

  it('agrees the noun with the count', () => {
    expect(countOf(1, 'file', 'files')).toBe('1 file');
    expect(countOf(1200, 'file', 'files')).toBe('1,200 files');
  });
});
