import { describe, expect, it } from 'vitest';
import {
  compareProducts,
  formatPercent,
  formatPercentNumber,
  formatThreshold,
  meetsThreshold,
  percentHundredths,
  toHundredths,
} from '../../../src/coverage/gate/percent.js';

const NEAR_MAX = 2 ** 53 - 1;

describe('meetsThreshold', () => {
  const cases = [
    { covered: 17_999, total: 20_000, threshold: 90, passed: false, shown: '89.99%' },
    { covered: 18_000, total: 20_000, threshold: 90, passed: true, shown: '90.00%' },
    { covered: 1, total: 3, threshold: 33.33, passed: true, shown: '33.33%' },
    { covered: 1, total: 3, threshold: 33.34, passed: false, shown: '33.33%' },
    { covered: 2, total: 3, threshold: 66.67, passed: false, shown: '66.66%' },
    { covered: 2, total: 3, threshold: 66.66, passed: true, shown: '66.66%' },
    { covered: 0, total: 0, threshold: 100, passed: true, shown: 'no items' },
    { covered: 0, total: 5, threshold: 0, passed: true, shown: '0.00%' },
    { covered: 5, total: 5, threshold: 100, passed: true, shown: '100.00%' },
    { covered: NEAR_MAX - 1, total: NEAR_MAX, threshold: 100, passed: false, shown: '99.99%' },
    { covered: NEAR_MAX, total: NEAR_MAX, threshold: 100, passed: true, shown: '100.00%' },
    // 0.9 * (2^53 - 1) is not an integer, so only exact arithmetic separates these two.
    { covered: 8_106_479_329_266_892, total: NEAR_MAX, threshold: 90, passed: true, shown: '90.00%' },
    { covered: 8_106_479_329_266_891, total: NEAR_MAX, threshold: 90, passed: false, shown: '89.99%' },
  ];

  it.each(cases)('$covered of $total against $threshold%', ({ covered, total, threshold, passed, shown }) => {
    expect(meetsThreshold({ covered, total }, threshold)).toBe(passed);
    expect(formatPercent({ covered, total })).toBe(shown);
  });
});

describe('percentHundredths', () => {
  it.each([
    { covered: 17_999, total: 20_000, expected: 8999 },
    { covered: 1, total: 3, expected: 3333 },
    { covered: 2, total: 3, expected: 6666 },
    { covered: 0, total: 0, expected: null },
    // Large totals where floating-point division would round up to 100.00%.
    { covered: 999_999_999_999, total: 1_000_000_000_000, expected: 9999 },
    { covered: NEAR_MAX - 1, total: NEAR_MAX, expected: 9999 },
  ])('$covered of $total', ({ covered, total, expected }) => {
    expect(percentHundredths({ covered, total })).toBe(expected);
  });
});

describe('percent formatting', () => {
  it('formats outputs without a sign', () => {
    expect(formatPercentNumber({ covered: 17_999, total: 20_000 })).toBe('89.99');
    expect(formatPercentNumber({ covered: 0, total: 0 })).toBe('');
    expect(formatPercentNumber(null)).toBe('');
  });

  it('formats thresholds as given', () => {
    expect(formatThreshold(90)).toBe('90%');
    expect(formatThreshold(33.33)).toBe('33.33%');
    expect(formatThreshold(0.07)).toBe('0.07%');
  });
});

describe('toHundredths', () => {
  it.each([
    [90, 9000],
    [33.33, 3333],
    [0.07, 7],
    [100, 10_000],
  ])('%d', (percent, expected) => {
    expect(toHundredths(percent)).toBe(expected);
  });

  it('rejects more than 2 decimals', () => {
    expect(() => toHundredths(80.123)).toThrow(/more than 2 decimals/);
  });
});

describe('compareProducts', () => {
  it('is exact above 2^53', () => {
    expect(compareProducts(NEAR_MAX, 10_000, NEAR_MAX, 10_000)).toBe(0);
    expect(compareProducts(NEAR_MAX, 10_000, NEAR_MAX - 1, 10_000)).toBe(1);
    expect(compareProducts(3, 4, 2, 6)).toBe(0);
    expect(compareProducts(1, 1, 2, 1)).toBe(-1);
  });
});
