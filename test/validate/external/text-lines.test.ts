import { describe, expect, it } from 'vitest';
import { cachedTextLines, TextLines } from '../../../src/validate/external/text-lines.js';

describe('TextLines', () => {
  const cases: { name: string; text: string; breaks?: string[]; ends: number[] }[] = [
    { name: 'LF', text: 'ab\ncde\n', ends: [3, 4, 1] },
    { name: 'CR LF as one break', text: 'ab\r\ncde', ends: [3, 4] },
    { name: 'lone CR', text: 'ab\rcde', ends: [3, 4] },
    { name: 'line separators', text: 'a\u2028bc\u2029d', ends: [2, 3, 2] },
    { name: 'SARIF default keeps CR', text: 'ab\rc\r\nd', breaks: ['\r\n', '\n'], ends: [5, 2] },
    { name: 'empty text', text: '', ends: [1] },
    { name: 'surrogate pair', text: '\u{1F600}x\n', ends: [4, 1] },
  ];

  it.each(cases)('line ends with $name', ({ text, breaks, ends }) => {
    const lines = new TextLines(text, breaks);
    expect(lines.lineCount).toBe(ends.length);
    expect(ends.map((_, index) => lines.endColumnOf(index + 1))).toEqual(ends);
    expect(lines.endColumnOf(ends.length + 1)).toBe(1);
  });

  it('positions of offsets', () => {
    const lines = new TextLines('ab\r\ncd\nef');
    expect([0, 2, 4, 5, 7, 9, 50].map((offset) => lines.positionAt(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 3, column: 3 },
    ]);
  });

  it('byte and code point offsets', () => {
    const lines = new TextLines('é\u{1F600}x');
    expect([0, 2, 6, 7].map((byte) => lines.offsetOfByte(byte))).toEqual([0, 1, 3, 4]);
    expect([0, 1, 2, 3].map((codePoint) => lines.offsetOfCodePoint(codePoint))).toEqual([0, 1, 3, 4]);
    expect([1, 2, 3].map((column) => lines.columnOfCodePoint(1, column))).toEqual([1, 2, 4]);
  });

  it('reads a file once for two break sets', () => {
    const reads: string[] = [];
    const linesOf = cachedTextLines((path) => (reads.push(path), 'a\rb'));
    expect(linesOf('x')?.lineCount).toBe(2);
    expect(linesOf('x', ['\n'])?.lineCount).toBe(1);
    expect(linesOf('x')?.lineCount).toBe(2);
    expect(reads).toEqual(['x']);
  });
});
