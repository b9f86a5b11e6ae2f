/**
 * Growable columns for parsers, and an arena that packs the finished columns
 * of many files into a few large typed arrays.
 *
 * Every typed array with a buffer of its own is a native allocation, and a
 * report has tens of thousands of files with several columns each. In a CPU
 * profile of the 100 MB lcov input of bench/, those allocations took about 15 %
 * of the parse. The arena copies finished columns into shared blocks and
 * returns views of them.
 */

/**
 * Numbers that a parser appends while it reads a file, in a plain array.
 * Plain arrays live in the JavaScript heap, where allocating and growing one
 * is cheaper than a typed array of its own, and XML parsers keep such
 * columns for every file of a report until the end. The finished column is
 * copied into a `ColumnArena` as a typed array.
 */
export class NumberColumn {
  /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
  readonly values: number[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(value: number): void {
    if (this.length === this.values.length) this.values.push(value);
    else this.values[this.length] = value;
    this.length++;
  }

  at(index: number): number {
    return this.values[index]!;
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }
}

/** Elements per arena block: 1 MiB of Int32 values or 2 MiB of Float64 values. */
const BLOCK_ELEMENTS = 256 * 1024;

/**
 * Copies finished columns into shared blocks. A view keeps its whole block
 * alive, so one arena serves one report, whose files live and die together.
 * Columns longer than a quarter block get an array of their own.
 */
export class ColumnArena {
  private floatBlock = new Float64Array(0);
  private floatUsed = 0;
  private intBlock = new Int32Array(0);
  private intUsed = 0;

  /** Returns a copy of `source[0, length)`. */
  float64(source: ArrayLike<number>, length: number): Float64Array {
    const view = this.reserveFloat64(length);
    copyInto(view, source, length);
    return view;
  }

  /** Returns zeroed space for `length` values, for a caller that fills it. */
  reserveFloat64(length: number): Float64Array {
    if (length > BLOCK_ELEMENTS / 4) return new Float64Array(length);
    if (this.floatUsed + length > this.floatBlock.length) {
      this.floatBlock = new Float64Array(BLOCK_ELEMENTS);
      this.floatUsed = 0;
    }
    const view = this.floatBlock.subarray(this.floatUsed, this.floatUsed + length);
    this.floatUsed += length;
    return view;
  }

  /** Returns a copy of `source[0, length)`. */
  int32(source: ArrayLike<number>, length: number): Int32Array {
    if (length > BLOCK_ELEMENTS / 4) {
      const own = new Int32Array(length);
      copyInto(own, source, length);
      return own;
    }
    if (this.intUsed + length > this.intBlock.length) {
      this.intBlock = new Int32Array(BLOCK_ELEMENTS);
      this.intUsed = 0;
    }
    const view = this.intBlock.subarray(this.intUsed, this.intUsed + length);
    copyInto(view, source, length);
    this.intUsed += length;
    return view;
  }
}

function copyInto(target: Float64Array | Int32Array, source: ArrayLike<number>, length: number): void {
  for (let i = 0; i < length; i++) target[i] = source[i]!;
}
