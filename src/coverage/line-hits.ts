/** Line hit counts while a parser reads a file. */
import type { ColumnArena } from './columns.js';
import { narrowCopy, typeForRange, type CountArray } from './count-arrays.js';
import { NOT_INSTRUMENTED, type Counter, type LineCounter } from './model.js';

/** Slots of a new builder; it doubles when a line lies past them. */
const INITIAL_CAPACITY = 64;

/**
 * Hit counts by line number, with `NOT_INSTRUMENTED` in every line not yet
 * reported. Every slot at or past `size` contains `NOT_INSTRUMENTED`, so
 * reporting a higher line only moves `size`. A parser that reads one file at a
 * time reuses one builder with `reset`.
 *
 * Counts are kept in an Int32Array, with the range of the counts tracked as
 * they are added, so that `build` copies them into the narrowest type with
 * one native `set` and no pass in JavaScript. Some counts do not fit an
 * Int32Array: negative counts other than `NOT_INSTRUMENTED`, fractions, and
 * counts above 2^31 - 1. The first of them moves the builder to a
 * Float64Array until the next `reset`, and `build` then finds the range with
 * a pass over the lines.
 */
export class LineHitsBuilder {
  private values = new Int32Array(0);
  /** The counts while any of them does not fit `values`, else null. */
  private wide: Float64Array | null = null;
  /** One more than the highest line reported, the length of the built array. */
  private size = 0;
  /** Lines that contain a count, so that `build` finds whether any slot below `size` is `NOT_INSTRUMENTED`. */
  private instrumented = 0;
  /** Greatest count in `values`. */
  private max = 0;
  /** Lines in `values` with a count above 0. */
  private covered = 0;

  /** Empties the builder, or fills it with the counts of a file read earlier. */
  reset(values?: CountArray): void {
    this.values.fill(NOT_INSTRUMENTED, 0, this.size);
    this.wide = null;
    this.size = 0;
    this.instrumented = 0;
    this.max = 0;
    this.covered = 0;
    if (!values || values.length === 0) return;
    this.reserve(values.length);
    this.size = values.length;
    for (let line = 0; line < values.length; line++) {
      const hits = values[line]!;
      if (hits !== NOT_INSTRUMENTED) this.add(line, hits);
    }
  }

  /** Adds `hits` to a line. The first report of a line replaces `NOT_INSTRUMENTED`. */
  add(line: number, hits: number): void {
    if (line >= this.size) this.extend(line);
    if (this.wide) {
      const previous = this.wide[line]!;
      this.wide[line] = previous < 0 ? hits : previous + hits;
      return;
    }
    const previous = this.values[line]!;
    const value = previous < 0 ? hits : previous + hits;
    // One comparison rejects negatives and counts above 2^31 - 1, and the `| 0` comparison rejects fractions.
    // 2^31 - 1 is a literal, which a bundler cannot turn into a variable (see lcov-fast-records.ts).
    if (value >>> 0 > 0x7fffffff || (value | 0) !== value) {
      this.widen()[line] = value;
      return;
    }
    if (previous < 0) this.instrumented++;
    // Adds 1 when the line goes from no count or 0 to a count above 0: then previous - 1 and -value are negative.
    this.covered += ((previous - 1) & -value) >>> 31;
    if (value > this.max) this.max = value;
    this.values[line] = value;
  }

  /** Sets a line's hits to the lower of its count and `hits`, for formats where the least-run block decides a line. */
  addMinimum(line: number, hits: number): void {
    if (line >= this.size) this.extend(line);
    // A lowered count may have been the maximum, which only a pass over the lines finds.
    const wide = this.wide ?? this.widen();
    const previous = wide[line]!;
    wide[line] = previous < 0 ? hits : Math.min(previous, hits);
  }

  /** Returns a copy of the counts at their exact length, in `arena` when one is given. */
  build(arena?: ColumnArena): CountArray {
    const size = this.size;
    if (this.wide) return arena ? arena.pack(this.wide, size) : narrowCopy(this.wide, size);
    // Every count is a non-negative 32-bit integer, and any line without one contains NOT_INSTRUMENTED (-1).
    const type = typeForRange(this.instrumented < size ? NOT_INSTRUMENTED : 0, this.max, true);
    if (arena) return arena.packInt32(this.values, size, type);
    const target = new type(size);
    target.set(this.values.subarray(0, size));
    return target;
  }

  /** Returns the covered and instrumented lines from line 1 on, as `build` returns them. */
  count(lines: CountArray): LineCounter {
    if (this.wide) return { lines, ...countSlots(this.wide, this.size) };
    let covered = this.covered;
    let total = this.instrumented;
    // Line 0 is no source line, and totals leave it out.
    const first = this.size > 0 ? this.values[0]! : NOT_INSTRUMENTED;
    if (first >= 0) total--;
    if (first > 0) covered--;
    return { lines, covered, total };
  }

  /** Moves the counts to a Float64Array, which stores any count. */
  private widen(): Float64Array {
    const wide = new Float64Array(this.values.length);
    wide.set(this.values);
    this.wide = wide;
    return wide;
  }

  /** Moves `size` past `line`. Kept small, so that V8 inlines it into `add`, which calls it for most new lines. */
  private extend(line: number): void {
    if (line >= this.values.length) this.grow(line + 1);
    this.size = line + 1;
  }

  private reserve(size: number): void {
    if (this.values.length < size) this.grow(size);
  }

  private grow(size: number): void {
    const capacity = Math.max(size, this.values.length * 2, INITIAL_CAPACITY);
    const larger = new Int32Array(capacity).fill(NOT_INSTRUMENTED);
    larger.set(this.values);
    this.values = larger;
    if (this.wide) {
      const wide = new Float64Array(capacity).fill(NOT_INSTRUMENTED);
      wide.set(this.wide);
      this.wide = wide;
    }
  }
}

/** Counts the instrumented and covered slots of `values[1, size)`. */
function countSlots(values: Float64Array, size: number): Counter {
  let covered = 0;
  let total = 0;
  for (let line = 1; line < size; line++) {
    const hits = values[line]!;
    if (hits < 0) continue;
    total++;
    if (hits > 0) covered++;
  }
  return { covered, total };
}
