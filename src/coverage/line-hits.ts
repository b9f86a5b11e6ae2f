/** Line hit counts while a parser reads a file. */
import type { ColumnArena } from './columns.js';
import { copyAs, narrowCopy, typeForRange, type CountArray } from './count-arrays.js';
import { NOT_INSTRUMENTED } from './model.js';

/** Slots of a new builder; it doubles when a line lies past them. */
const INITIAL_CAPACITY = 64;

/**
 * Hit counts by line number, with `NOT_INSTRUMENTED` in every line not yet
 * reported. It keeps a Float64Array and copies it into a typed array of the
 * narrowest type when the file is done. Every slot at or past `size` contains
 * `NOT_INSTRUMENTED`, so reporting a higher line only moves `size`. A parser
 * that reads one file at a time reuses one builder with `reset`.
 *
 * The builder tracks the range of its counts as they are added, so that
 * `build` knows the element type before it copies. On the 100 MB lcov input
 * of bench/, the pass that found the range while copying took about a tenth
 * of the parse.
 */
export class LineHitsBuilder {
  private values = new Float64Array(0);
  /** One more than the highest line reported, the length of the built array. */
  private size = 0;
  /** Lines that hold a count, so that `build` knows whether any slot below `size` is `NOT_INSTRUMENTED`. */
  private instrumented = 0;
  /** Greatest count stored; exact while `irregular` is false. */
  private max = 0;
  /**
   * Whether a count was negative, fractional or lowered, which the tracked
   * range does not describe exactly. `build` then finds the range with a pass
   * over the lines.
   */
  private irregular = false;

  /** Empties the builder, or fills it with the counts of a file read earlier. */
  reset(values?: CountArray): void {
    this.values.fill(NOT_INSTRUMENTED, 0, this.size);
    this.size = 0;
    this.instrumented = 0;
    this.max = 0;
    this.irregular = false;
    if (!values || values.length === 0) return;
    this.reserve(values.length);
    this.values.set(values);
    this.size = values.length;
    for (let line = 0; line < values.length; line++) {
      const hits = values[line]!;
      if (hits === NOT_INSTRUMENTED) continue;
      this.instrumented++;
      this.track(hits);
    }
  }

  /** Adds `hits` to a line. The first report of a line replaces `NOT_INSTRUMENTED`. */
  add(line: number, hits: number): void {
    if (line >= this.size) this.extend(line);
    const previous = this.values[line]!;
    let value = hits;
    if (previous < 0) this.instrumented++;
    else value += previous;
    this.values[line] = value;
    this.track(value);
  }

  /** Sets a line's hits to the lower of its count and `hits`, for formats where the least-run block decides a line. */
  addMinimum(line: number, hits: number): void {
    if (line >= this.size) this.extend(line);
    const previous = this.values[line]!;
    if (previous < 0) {
      this.instrumented++;
      this.values[line] = hits;
      this.track(hits);
      return;
    }
    // A lowered count may have been the maximum, which the builder cannot tell without a pass.
    if (hits < previous) this.irregular = true;
    this.values[line] = Math.min(previous, hits);
  }

  /** Returns a copy of the counts at their exact length, in `arena` when one is given. */
  build(arena?: ColumnArena): CountArray {
    const size = this.size;
    if (this.irregular) return arena ? arena.pack(this.values, size) : narrowCopy(this.values, size);
    // Every count is a non-negative integer, and any line without one holds NOT_INSTRUMENTED (-1).
    const type = typeForRange(this.instrumented < size ? NOT_INSTRUMENTED : 0, this.max, true);
    return arena ? arena.packAs(this.values, size, type) : copyAs(this.values, size, type);
  }

  private track(value: number): void {
    if (value > this.max) this.max = value;
    if (!(value >= 0 && Math.floor(value) === value)) this.irregular = true;
  }

  private extend(line: number): void {
    this.reserve(line + 1);
    this.size = line + 1;
  }

  private reserve(size: number): void {
    if (this.values.length >= size) return;
    const larger = new Float64Array(Math.max(size, this.values.length * 2, INITIAL_CAPACITY));
    larger.set(this.values);
    larger.fill(NOT_INSTRUMENTED, this.values.length);
    this.values = larger;
  }
}
