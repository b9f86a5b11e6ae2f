import { describe, expect, it } from 'vitest';
import { ColumnArena, NumberColumn, viewColumn } from '../../src/coverage/columns.js';
import { LineHitsBuilder } from '../../src/coverage/line-hits.js';

const N = -1;

describe('NumberColumn', () => {
  it('grows past its first push', () => {
    const column = new NumberColumn();
    for (let i = 0; i < 1000; i++) column.push(i + 0.5);

    expect(column.length).toBe(1000);
    expect(column.at(999)).toBe(999.5);
  });

  it('keeps counts above 2^31', () => {
    const column = new NumberColumn();
    column.push(Number.MAX_SAFE_INTEGER);

    expect(column.at(0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('starts over after clear', () => {
    const column = new NumberColumn();
    column.push(7);
    column.push(9);
    column.clear();
    column.push(8);

    expect(column.length).toBe(1);
    expect(column.at(0)).toBe(8);
  });
});

describe('ColumnArena', () => {
  it('copies columns into independent views', () => {
    const arena = new ColumnArena();
    const source = [1, 2, 3, 4];

    const first = arena.pack(source, 3);
    source[0] = 99;
    const second = arena.pack(source, 2);

    expect(Array.from(first)).toEqual([1, 2, 3]);
    expect(Array.from(second)).toEqual([99, 2]);
  });

  it('copies long columns', () => {
    const arena = new ColumnArena();
    const source = Array.from({ length: 500 }, (_, index) => index);

    const copy = arena.pack(source, 400);

    expect(copy.length).toBe(400);
    expect(copy[399]).toBe(399);
  });

  it('gives very long columns their own array', () => {
    const arena = new ColumnArena();
    const source = new Float64Array(200_000).fill(3.5);

    const copy = arena.pack(source, 200_000);

    expect(copy.buffer).not.toBe(source.buffer);
    expect(copy.byteOffset).toBe(0);
    expect(copy[199_999]).toBe(3.5);
  });

  it('starts a new block when one is full', () => {
    const arena = new ColumnArena();
    const source = new Float64Array(30_000).fill(0.5);
    const views = Array.from({ length: 6 }, () => arena.pack(source, source.length));

    expect(views.every((view) => view.length === 30_000 && view[29_999] === 0.5)).toBe(true);
    expect(new Set(views.map((view) => view.buffer)).size).toBe(2);
  });

  it('aligns views of mixed element types', () => {
    const arena = new ColumnArena();
    const small = arena.pack([1, 2, 3], 3);
    const wide = arena.pack([1.5, -2], 2);
    const medium = arena.pack([-1, 300], 2);

    expect(small).toBeInstanceOf(Uint8Array);
    expect(wide).toBeInstanceOf(Float64Array);
    expect(wide.byteOffset % 8).toBe(0);
    expect(Array.from(wide)).toEqual([1.5, -2]);
    expect(medium).toBeInstanceOf(Int16Array);
    expect(Array.from(medium)).toEqual([-1, 300]);
    expect(Array.from(small)).toEqual([1, 2, 3]);
  });

  it('reserves aligned space of every element type', () => {
    const arena = new ColumnArena();
    const types = [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float64Array] as const;
    const views = types.flatMap((type) => [arena.reserve(Uint8Array, 1), arena.reserve(type, 3)]);

    for (const [index, type] of types.entries()) {
      const view = views[index * 2 + 1]!;
      expect(view).toBeInstanceOf(type);
      expect(view.length).toBe(3);
      expect(view.byteOffset % type.BYTES_PER_ELEMENT).toBe(0);
      // Each view starts after the one-byte view before it.
      expect(view.byteOffset).toBeGreaterThan(views[index * 2]!.byteOffset);
    }
    expect(views.every((view) => view.buffer === views[0]!.buffer)).toBe(true);
  });
});

describe('LineHitsBuilder', () => {
  it('adds hits and leaves gaps uninstrumented', () => {
    const lines = new LineHitsBuilder();
    lines.add(2, 3);
    lines.add(5, 0);
    lines.add(2, 4);

    expect(Array.from(lines.build())).toEqual([N, N, 7, N, N, 0]);
  });

  it('builds an empty array with no lines', () => {
    expect(new LineHitsBuilder().build().length).toBe(0);
  });

  it('keeps the lowest count with addMinimum', () => {
    const lines = new LineHitsBuilder();
    lines.addMinimum(1, 5);
    lines.addMinimum(1, 0);
    lines.addMinimum(1, 2);

    expect(Array.from(lines.build())).toEqual([N, 0]);
  });

  it('grows past its initial capacity', () => {
    const lines = new LineHitsBuilder();
    lines.add(5000, 1);

    const built = lines.build();

    expect(built.length).toBe(5001);
    expect(built[4999]).toBe(N);
    expect(built[5000]).toBe(1);
  });

  it('resets to empty or to earlier counts', () => {
    const lines = new LineHitsBuilder();
    lines.add(3, 1);
    lines.reset();
    lines.add(1, 2);
    expect(Array.from(lines.build())).toEqual([N, 2]);

    lines.reset(new Float64Array([N, 1, N, 4]));
    lines.add(3, 1);
    lines.add(5, 0);
    expect(Array.from(lines.build())).toEqual([N, 1, N, 5, N, 0]);
  });

  it('copies into an arena', () => {
    const arena = new ColumnArena();
    const lines = new LineHitsBuilder();
    lines.add(1, 1);
    const first = lines.build(arena);
    lines.add(1, 1);

    expect(Array.from(first)).toEqual([N, 1]);
    expect(Array.from(lines.build(arena))).toEqual([N, 2]);
  });
});

describe('ColumnArena groups', () => {
  it('places columns of mixed types in one block', () => {
    const arena = new ColumnArena();
    arena.openGroup(200);
    const bytes = arena.placeBytes(Buffer.from('abc'), 3);
    const small = arena.place([1, 2, 300], 3);
    const signed = arena.placeInt32(Int32Array.of(-1, 70_000, 5), 2, Int32Array);
    const wide = arena.placeAs([0.5, 2 ** 40], 2, Float64Array);
    const block = arena.groupBlock;

    expect(Array.from(viewColumn(block, bytes, 3))).toEqual([97, 98, 99]);
    expect(viewColumn(block, small, 3)).toBeInstanceOf(Uint16Array);
    expect(Array.from(viewColumn(block, small, 3))).toEqual([1, 2, 300]);
    expect(Array.from(viewColumn(block, signed, 2))).toEqual([-1, 70_000]);
    expect(Array.from(viewColumn(block, wide, 2))).toEqual([0.5, 2 ** 40]);
  });

  it('keeps earlier groups when a new block starts', () => {
    const arena = new ColumnArena();
    const placed = Array.from({ length: 40 }, (_, index) => {
      arena.openGroup(100_000);
      const ref = arena.place(new Array(25_000).fill(index), 25_000);
      return { block: arena.groupBlock, ref, index };
    });

    expect(new Set(placed.map((group) => group.block)).size).toBeGreaterThan(1);
    for (const { block, ref, index } of placed) expect(viewColumn(block, ref, 25_000)[24_999]).toBe(index);
  });

  it('gives a large group a block of its own', () => {
    const arena = new ColumnArena();
    arena.openGroup(16);
    const before = arena.groupBlock;
    arena.openGroup(1_000_003);
    const ref = arena.placeAs(new Array(250_000).fill(7), 250_000, Uint32Array);

    expect(arena.groupBlock).not.toBe(before);
    expect(arena.groupBlock.byteLength).toBeGreaterThanOrEqual(1_000_003);
    expect(viewColumn(arena.groupBlock, ref, 250_000)[249_999]).toBe(7);
  });

  it('rejects a group larger than opened', () => {
    const arena = new ColumnArena();
    arena.openGroup(4_000_000);

    expect(() => arena.place(new Array(1_000_001).fill(1_000_000), 1_000_001)).toThrow(RangeError);
  });
});

describe('LineHitsBuilder count', () => {
  const cases: { name: string; fill: (lines: LineHitsBuilder) => void; covered: number; total: number }[] = [
    { name: 'no lines', fill: () => {}, covered: 0, total: 0 },
    {
      name: 'repeated lines',
      fill: (lines) => {
        lines.add(1, 0);
        lines.add(1, 0);
        lines.add(2, 0);
        lines.add(2, 3);
        lines.add(4, 5);
        lines.add(4, 1);
      },
      covered: 2,
      total: 3,
    },
    {
      name: 'line 0 left out',
      fill: (lines) => {
        lines.add(0, 4);
        lines.add(1, 0);
      },
      covered: 0,
      total: 1,
    },
    {
      name: 'counts above 32 bits',
      fill: (lines) => {
        lines.add(1, 2 ** 40);
        lines.add(2, 0);
        lines.add(3, 1);
      },
      covered: 2,
      total: 3,
    },
    {
      name: 'earlier counts',
      fill: (lines) => {
        lines.reset(new Int16Array([N, 0, N, 2]));
        lines.add(1, 1);
        lines.add(5, 0);
      },
      covered: 2,
      total: 3,
    },
  ];

  it.each(cases)('$name', ({ fill, covered, total }) => {
    const lines = new LineHitsBuilder();
    lines.add(9, 9);
    lines.reset();
    fill(lines);
    const built = lines.build(new ColumnArena());

    expect(lines.count(built)).toEqual({ lines: built, covered, total });
  });
});
