import { describe, expect, it } from 'vitest';
import { JsonItems, writeJsonText } from '../../src/report/json-text.js';

function pieces(value: unknown, indent = 2): string[] {
  const written: string[] = [];
  writeJsonText(value, indent, (piece) => written.push(piece));
  return written;
}

const VALUES: [string, unknown][] = [
  ['a number', 42],
  ['a string with escapes', 'line\nbreak "quoted" \\ \u0001'],
  ['a lone surrogate', 'caf\udce9.js'],
  ['null', null],
  ['booleans', [true, false]],
  ['non-finite numbers and -0', [Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5e300]],
  ['empty containers', { a: [], b: {}, c: [{}], d: [[]] }],
  ['undefined members and items', { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1], e: 1 }],
  ['only undefined members', { a: undefined }],
  ['a Date', { at: new Date(Date.UTC(2026, 11, 5)) }],
  ['toJSON with its key', { member: { toJSON: (key: string) => `key ${key}` }, list: [{ toJSON: (key: string) => key }] }],
  ['toJSON that returns undefined', { gone: { toJSON: () => undefined }, kept: 1 }],
  ['nested results', { totals: { lines: { covered: 1, total: 2, percent: 50 }, branches: null }, files: [{ path: 'a"b', totals: {} }] }],
  ['items nested three levels deep', { tests: [{ chain: [{ from: 'a', to: 'b', line: 1 }, { nested: [[], [{}], [1, [2]]] }] }, [[{ x: null }]]] }],
  ['toJSON inside an array item', { list: [{ at: { toJSON: (key: string) => `key ${key}` }, items: [{ toJSON: (key: string) => `item ${key}` }] }] }],
  ['toJSON that returns an object with toJSON', { list: [{ toJSON: () => ({ toJSON: () => 'second', plain: 1 }) }] }],
  ['a top-level array of objects', [{ a: 1 }, [{ b: [2] }], 'text']],
  ['toJSON items between plain items', { list: [{ a: 1 }, { toJSON: (key: string) => `item ${key}` }, 'x', undefined, { toJSON: (key: string) => ({ key }) }, [3], { b: null }] }],
];

describe('writeJsonText', () => {
  it.each(VALUES)('matches JSON.stringify for %s', (_name, value) => {
    expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces(value, 0).join('')).toBe(JSON.stringify(value, null, 0));
  });

  it('writes nothing for undefined', () => {
    expect(pieces(undefined)).toEqual([]);
    expect(pieces(() => 1)).toEqual([]);
  });

  it('writes a large value in pieces', () => {
    const files = Array.from({ length: 20_000 }, (_, index) => ({ path: `src/file-${index}.ts`, totals: { lines: { covered: index, total: index + 1 } } }));
    const written = pieces({ files });
    expect(written.length).toBeGreaterThan(10);
    expect(Math.max(...written.map((piece) => piece.length))).toBeLessThan(70 * 1024);
    expect(written.join('')).toBe(JSON.stringify({ files }, null, 2));
  });

  it('passes each toJSON its index in a long array', () => {
    const list = Array.from({ length: 10_000 }, (_, index) => (index % 997 === 0 ? { toJSON: (key: string) => `at ${key}` } : { index, path: `src/${index}.ts` }));
    const value = { nested: [{ list }] };
    expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces(value, 0).join('')).toBe(JSON.stringify(value));
  });

  it('rejects a BigInt as JSON.stringify does', () => {
    expect(() => pieces({ count: 1n })).toThrow(TypeError);
  });
});

describe('JsonItems', () => {
  it('writes items made on demand', () => {
    const requested: number[] = [];
    const items = new JsonItems(3, (index) => {
      requested.push(index);
      return { index };
    });
    expect(pieces({ items }).join('')).toBe(JSON.stringify({ items: [{ index: 0 }, { index: 1 }, { index: 2 }] }, null, 2));
    expect(requested).toEqual([0, 1, 2]);
  });

  it('serializes as an array with JSON.stringify', () => {
    expect(JSON.stringify({ empty: new JsonItems(0, () => 1), two: new JsonItems(2, (index) => index * 2) })).toBe('{"empty":[],"two":[0,2]}');
  });
});
