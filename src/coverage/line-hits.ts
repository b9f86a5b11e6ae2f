/** Line hit counts while a parser reads a file. */
import type { ColumnArena } from './columns.js';
import { narrowCopy, type CountArray } from './count-arrays.js';
import { NOT_INSTRUMENTED } from './model.js';

/**
 * Hit counts by line number, with `NOT_INSTRUMENTED` in every line not yet
 * reported. It keeps a plain array, which is cheap to grow, and copies it into
 * a typed array of the narrowest type when the file is done. Every slot at or past `size`
 * contains `NOT_INSTRUMENTED`, so reporting a higher line only moves `size`. A
 * parser that reads one file at a time reuses one builder with `reset`.
 */
export class LineHitsBuilder {
  private readonly values: number[] = [];
  /** One more than the highest line reported, the length of the built array. */
  private size = 0;

  /** Empties the builder, or fills it with the counts of a file read earlier. */
  reset(values?: CountArray): void {
    this.values.fill(NOT_INSTRUMENTED, 0, this.size);
    this.size = 0;
    if (!values || values.length === 0) return;
    this.reserve(values.length);
    for (let line = 0; line < values.length; line++) this.values[line] = values[line]!;
    this.size = values.length;
  }

  /** Adds `hits` to a line. The first report of a line replaces `NOT_INSTRUMENTED`. */
  add(line: number, hits: number): void {
    if (line >= this.size) this.extend(line);
    const previous = this.values[line]!;
    this.values[line] = previous < 0 ? hits : previous + hits;
  }

  /** Sets a line's hits to the lower of its count and `hits`, for formats where the least-run block decides a line. */
  addMinimum(line: number, hits: number): void {
    if (line >= this.size) this.extend(line);
    const previous = this.values[line]!;
    this.values[line] = previous < 0 ? hits : Math.min(previous, hits);
  }

  /** Returns a copy of the counts at their exact length, in `arena` when one is given. */
  build(arena?: ColumnArena): CountArray {
    return arena ? arena.pack(this.values, this.size) : narrowCopy(this.values, this.size);
  }

  private extend(line: number): void {
    this.reserve(line + 1);
    this.size = line + 1;
  }

  private reserve(size: number): void {
    while (this.values.length < size) this.values.push(NOT_INSTRUMENTED);
  }
}
