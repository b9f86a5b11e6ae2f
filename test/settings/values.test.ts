import { describe, expect, it } from 'vitest';
import { parseMetricPairs, parsePercentValue, splitList } from '../../src/settings/values.js';

describe('splitList', () => {
  it.each([
    ['a, b', ['a', 'b']],
    ['a\nb\n\n c ', ['a', 'b', 'c']],
    ['', []],
  ])('splits %j', (value, expected) => {
    expect(splitList(value)).toEqual(expected);
  });
});

describe('parseMetricPairs', () => {
  it('reads pairs with decimals and percent signs', () => {
    expect(parseMetricPairs('--threshold', 'lines=80, branches=72.5%\nfunctions = 0')).toEqual({
      lines: 80,
      branches: 72.5,
      functions: 0,
    });
  });

  it.each([
    ['lines', /"lines" is not METRIC=NUMBER/],
    ['foo=5', /unknown metric "foo".*lines, branches, functions, statements, classes/],
    ['lines=abc', /"abc" is not a percentage from 0 to 100/],
    ['lines=101', /101 is above the maximum of 100/],
    ['lines=80.123', /at most two decimals/],
    ['lines=-1', /"-1" is not a percentage/],
  ])('rejects %j', (value, message) => {
    expect(() => parseMetricPairs('--threshold', value)).toThrow(message);
  });

  it('names the origin', () => {
    expect(() => parseMetricPairs('Input thresholds', 'x=1')).toThrow(/^Input thresholds: /);
  });

  it('gives an example for the unit', () => {
    expect(() => parseMetricPairs('--threshold', 'lines')).toThrow('Write it like "lines=80".');
    expect(() => parseMetricPairs('--max-drop', 'lines', 'points')).toThrow('Write it like "lines=0.5".');
  });

  it.each([
    ['Input thresholds', 'lines=80, lines=10', 'Input thresholds: lines is set twice (80 and 10). Keep one value.'],
    ['--threshold', 'lines=80,branches=70,lines=80', '--threshold: lines is set twice (80 and 80). Keep one value.'],
    ['Input max-drop', 'lines=1\nlines=0.5', 'Input max-drop: lines is set twice (1 and 0.5). Keep one value.'],
  ])('rejects a repeated metric in %s', (origin, value, message) => {
    expect(() => parseMetricPairs(origin, value)).toThrow(message);
  });

  it.each([
    ['lines=80 branches=70', '"lines=80 branches=70" contains more than one METRIC=NUMBER pair'],
    ['lines=80;branches=70', '"lines=80;branches=70" contains more than one METRIC=NUMBER pair'],
  ])('points space-separated pairs %j at commas', (value, start) => {
    expect(() => parseMetricPairs('Input thresholds', value)).toThrow(
      `Input thresholds: ${start}. Separate pairs with commas or new lines, like "lines=80, branches=70".`,
    );
  });
});

describe('parsePercentValue', () => {
  it('accepts 100 and 0', () => {
    expect(parsePercentValue('x', '100')).toBe(100);
    expect(parsePercentValue('x', '0')).toBe(0);
  });
});

describe('percentage points', () => {
  it('names the unit', () => {
    expect(() => parseMetricPairs('--max-drop', 'lines=-1', 'points')).toThrow(/is not a number of percentage points/);
  });
});
