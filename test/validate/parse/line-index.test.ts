import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/validate/parse/line-index.js';

describe('LineIndex', () => {
  const index = new LineIndex('ab\r\nc😀d\n\nlast');

  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [4, 2, 1],
    [6, 2, 3],
    [7, 2, 4],
    [9, 3, 1],
    [10, 4, 1],
    [14, 4, 5],
    [99, 4, 5],
    [-3, 1, 1],
  ])('places offset %i at line %i, column %i', (offset, line, column) => {
    expect(index.position(offset)).toEqual({ line, column });
  });

  it('keeps a lone CR on its line', () => {
    expect(new LineIndex('a\rb\u2028c').position(4)).toEqual({ line: 1, column: 5 });
  });

  it('builds exclusive ranges', () => {
    expect(index.range(5, 7)).toEqual({ startLine: 2, startColumn: 2, endLine: 2, endColumn: 4 });
    expect(index.range(3, 10)).toEqual({ startLine: 1, startColumn: 4, endLine: 4, endColumn: 1 });
    expect(index.range(7, 5)).toEqual({ startLine: 2, startColumn: 4, endLine: 2, endColumn: 4 });
  });

  it('moves trailing ranges into the text', () => {
    const text = new LineIndex('foo(\n\n');
    expect(text.rangeInText(6, 6)).toEqual({ startLine: 1, startColumn: 4, endLine: 1, endColumn: 5 });
    expect(text.rangeInText(1, 2)).toEqual({ startLine: 1, startColumn: 2, endLine: 1, endColumn: 3 });
    expect(new LineIndex('').rangeInText(0, 0)).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });
});

describe('LineIndex script line breaks', () => {
  it.each([
    { name: 'CR LF', text: 'a\r\nb', line: 2 },
    { name: 'lone CR', text: 'a\rb', line: 2 },
    { name: 'line separator', text: 'a\u2028b', line: 2 },
    { name: 'paragraph separator', text: 'a\u2029b', line: 2 },
  ])('$name starts a line', ({ text, line }) => {
    expect(new LineIndex(text, 'script').position(text.length - 1)).toEqual({ line, column: 1 });
  });

  it('git breaks ignore a lone CR', () => {
    expect(new LineIndex('a\rb').position(2)).toEqual({ line: 1, column: 3 });
  });
});
