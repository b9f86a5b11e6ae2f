import { describe, expect, it } from 'vitest';

import { detachString, isTrue, parseCount, parseDigits } from '../../../src/coverage/parsers/xml-attributes.js';

describe('parseCount', () => {
  const cases: [text: string, expected: number][] = [
    ['0', 0],
    ['7', 7],
    ['12345678901234', 12345678901234],
    ['123456789012345678', 123456789012345680],
    ['2.0', 2],
    ['1e3', 1000],
    [' 5', 5],
    ['', -1],
    ['  ', -1],
    ['-1', -1],
    ['abc', -1],
    ['Infinity', -1],
    ['NaN', -1],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => {
      expect(parseCount(text)).toBe(expected);
    });
  }
});

describe('parseDigits', () => {
  const cases: [text: string, start: number, end: number, expected: number][] = [
    ['50% (1/2)', 5, 6, 1],
    ['50% (1/2)', 7, 8, 2],
    ['50% (13/20)', 5, 7, 13],
    ['50% (1/2)', 5, 5, -1],
    ['50% (a/2)', 5, 6, -1],
    ['1234567890123456', 0, 16, -1],
  ];
  for (const [text, start, end, expected] of cases) {
    it(`reads "${text}" from ${start} to ${end}`, () => {
      expect(parseDigits(text, start, end)).toBe(expected);
    });
  }
});

describe('isTrue', () => {
  const cases: [text: string | undefined, expected: boolean][] = [
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['1', false],
    ['', false],
    [undefined, false],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(isTrue(text)).toBe(expected);
    });
  }
});

describe('detachString', () => {
  it('keeps the characters', () => {
    const source = `${'x'.repeat(1000)}src/very/long/path/name.py${'y'.repeat(1000)}`;
    const slice = source.slice(1000, 1026);
    expect(detachString(slice)).toBe('src/very/long/path/name.py');
    expect(detachString('short')).toBe('short');
    expect(detachString('')).toBe('');
  });
});
