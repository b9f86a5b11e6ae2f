/**
 * Growable typed-array columns for parsers, and an arena that packs the
 * finished columns of many files into a few large buffers.
 *
 * Every typed array with a buffer of its own is a native allocation, and a
 * report has tens of thousands of files with several columns each. In a CPU
 * profile of the 100 MB lcov input of bench/, those allocations took about 15 %
 * of the parse. The arena copies finished columns into shared blocks and
 * returns views of them.
 */

const INITIAL_CAPACITY = 16;

/** A typed array that grows by doubling while a parser appends to it. */
class NumberColumn<T extends Int32Array | Float64Array> {
  values: T;
  length = 0;

  constructor(private readonly allocate: (length: number) => T) {
    this.values = allocate(INITIAL_CAPACITY);
  }

  clear(): void {
    this.length = 0;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = this.allocate(this.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }
}

/** Line numbers and offsets, which stay below 2^31. */
export class Int32Column extends NumberColumn<Int32Array> {
  constructor() {
    super((length) => new Int32Array(length));
  }
}

/** Hit counts and other values that can exceed 2^31. */
export class Float64Column extends NumberColumn<Float64Array> {
  constructor() {
    super((length) => new Float64Array(length));
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
  float64(source: Float64Array, length: number): Float64Array {
    if (length > BLOCK_ELEMENTS / 4) return source.slice(0, length);
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
  int32(source: Int32Array, length: number): Int32Array {
    if (length > BLOCK_ELEMENTS / 4) return source.slice(0, length);
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

/** Short columns are copied in a loop, which is faster than making a `subarray` view for `set`. */
function copyInto<T extends Float64Array | Int32Array>(target: T, source: T, length: number): void {
  if (length <= 64) {
    for (let i = 0; i < length; i++) target[i] = source[i]!;
  } else {
    target.set(length === source.length ? source : source.subarray(0, length));
  }
}
