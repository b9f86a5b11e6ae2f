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
import { ColumnStager, type CountArray, type CountArrayConstructor } from './count-arrays.js';


/**
 * Numbers that a parser appends while it reads a file, in a plain array.
 * Plain arrays live in the JavaScript heap, where allocating and growing one
 * is cheaper than a typed array of its own, and XML parsers keep such
 * columns for every file of a report until the end. The finished column is
 * copied into a `ColumnArena` as a typed array of the narrowest type.
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

/**
 * A growable column of 32-bit signed integers. `ColumnArena.packInt32` copies
 * it into a narrower typed array with one native `set`, with no pass in
 * JavaScript.
 */
export class Int32Column {
  /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
  values = new Int32Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  /** Appends `value`, which must be an integer from -2^31 to 2^31 - 1. */
  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Int32Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }
}

/**
 * A growable column of numbers in a Float64Array, which stores every integer
 * up to 2^53 exactly. `ColumnArena.placeFloat64` copies it into a narrower
 * typed array with one native `set`, with no pass in JavaScript. It is a
 * class of its own beside `Int32Column`, so that each push site sees one
 * array type.
 */
export class Float64Column {
  /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
  values = new Float64Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Float64Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }
}

/** Bytes per arena block. */
const BLOCK_BYTES = 1024 * 1024;

/**
 * Returns an arena block that is not zeroed. Every column placed in it is
 * filled by the copy that places it, and no view covers the alignment gaps
 * between columns, so no byte that a report did not write is ever read.
 * `new ArrayBuffer` zeroes its memory with `calloc`, which on the 100 MB lcov
 * input of bench/ ran `memset` over reused heap memory for about 50 million
 * instructions, 1 % of the run (callgrind). Node allocates an unpooled
 * `allocUnsafeSlow` buffer with `malloc` instead.
 */
function uninitializedBlock(bytes: number): ArrayBuffer {
  return Buffer.allocUnsafeSlow(bytes).buffer as ArrayBuffer;
}

/** Element types of placed columns, by the type code in a `ColumnRef`. */
const PLACED_TYPES: readonly CountArrayConstructor[] = [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float64Array];
/** Bytes per element of `PLACED_TYPES[code]`. */
const PLACED_SIZES: readonly number[] = [1, 1, 2, 2, 4, 4, 8];

/**
 * Returns the index of `type` in `PLACED_TYPES`. It replaces `indexOf` and
 * reads of `BYTES_PER_ELEMENT`, a generic property load over seven
 * constructors, which together took about 0.3 % of the samples in a profile
 * of the 100 MB lcov input of bench/.
 */
function placedTypeCode(type: CountArrayConstructor): number {
  if (type === Uint8Array) return 0;
  if (type === Int8Array) return 1;
  if (type === Uint16Array) return 2;
  if (type === Int16Array) return 3;
  if (type === Uint32Array) return 4;
  if (type === Int32Array) return 5;
  return 6;
}

/**
 * Position of a column that `ColumnArena.place` copied into its group's
 * block: the byte offset times 8 plus the index of the element type in
 * `PLACED_TYPES`. A table keeps one number per column instead of a view
 * object, and views the column on its first read (see `viewColumn`).
 */
export type ColumnRef = number;

/** Returns a view of the `length` elements of the column that `ref` places in `block`. */
export function viewColumn(block: ArrayBuffer, ref: ColumnRef, length: number): CountArray {
  const type = PLACED_TYPES[ref % 8]!;
  return new type(block, Math.floor(ref / 8), length);
}

/**
 * Copies finished columns into shared blocks, each in the narrowest element
 * type that stores its values (see count-arrays.ts). A view keeps its whole
 * block alive, so one arena serves one report, whose files live and die
 * together. Columns longer than a quarter block get an array of their own.
 */
export class ColumnArena {
  private block = new ArrayBuffer(0);
  private used = 0;
  private readonly stager = new ColumnStager();
  private readonly reserveView = (type: CountArrayConstructor, length: number): CountArray => this.reserve(type, length);
  /** Block of the group that `openGroup` opened, which is `block` unless the group needed one of its own. */
  private group = new ArrayBuffer(0);
  private groupUsed = 0;
  /** Place of the last column that `placeView` reserved. */
  private placed: ColumnRef = 0;
  private readonly placeView = (type: CountArrayConstructor, length: number): CountArray => {
    const code = placedTypeCode(type);
    const offset = this.reserveInGroup(PLACED_SIZES[code]!, length);
    this.placed = offset * 8 + code;
    return new type(this.group, offset, length);
  };

  /** Returns a copy of `source[0, length)`. */
  pack(source: ArrayLike<number>, length: number): CountArray {
    return this.stager.copy(source, length, this.reserveView);
  }

  /** Returns a copy of `source[0, length)` as `type`, which the caller knows stores every value exactly. */
  packAs(source: ArrayLike<number>, length: number, type: CountArrayConstructor): CountArray {
    return this.stager.copyAs(source, length, type, this.reserveView);
  }

  /**
   * Returns a copy of `source[0, length)` as `type`, which must store every
   * value exactly. V8 converts from an Int32Array with one native `set`, so
   * this needs no staging pass. It is a method of its own, because V8
   * deoptimized a copy method that received both plain arrays and Int32Arrays.
   */
  packInt32(source: Int32Array, length: number, type: CountArrayConstructor): CountArray {
    const target = this.reserve(type, length);
    target.set(source.subarray(0, length));
    return target;
  }

  /**
   * Starts a group of columns that lie in one block, `groupBlock`, so that a
   * table keeps one block and a `ColumnRef` per column instead of a view per
   * column. `maxBytes` must be at least the sum of the group's column sizes
   * plus 7 bytes of alignment per column. A group larger than a quarter
   * block gets a block of its own.
   */
  openGroup(maxBytes: number): void {
    if (maxBytes > BLOCK_BYTES / 4) {
      this.group = uninitializedBlock(maxBytes);
      this.groupUsed = 0;
      return;
    }
    if (this.used + maxBytes > this.block.byteLength) {
      this.block = uninitializedBlock(BLOCK_BYTES);
      this.used = 0;
    }
    this.group = this.block;
    this.groupUsed = this.used;
  }

  /** Block of the columns placed since the last `openGroup`. */
  get groupBlock(): ArrayBuffer {
    return this.group;
  }

  /** Copies `source[0, length)` into the open group as `type`, which must store every value exactly (see `packInt32`). */
  placeInt32(source: Int32Array, length: number, type: CountArrayConstructor): ColumnRef {
    const code = placedTypeCode(type);
    const offset = this.reserveInGroup(PLACED_SIZES[code]!, length);
    new type(this.group, offset, length).set(source.subarray(0, length));
    return offset * 8 + code;
  }

  /**
   * Copies `source[0, length)` into the open group as `type`, which must
   * store every value exactly. Like `placeInt32` it needs no staging pass,
   * and it is a method of its own for the same reason.
   */
  placeFloat64(source: Float64Array, length: number, type: CountArrayConstructor): ColumnRef {
    const code = placedTypeCode(type);
    const offset = this.reserveInGroup(PLACED_SIZES[code]!, length);
    new type(this.group, offset, length).set(source.subarray(0, length));
    return offset * 8 + code;
  }

  /** Copies the bytes `source[0, length)` into the open group as a Uint8Array column. */
  placeBytes(source: Uint8Array, length: number): ColumnRef {
    const offset = this.reserveInGroup(1, length);
    new Uint8Array(this.group, offset, length).set(source.subarray(0, length));
    return offset * 8 + placedTypeCode(Uint8Array);
  }

  /** Copies `source[0, length)` into the open group in the narrowest type. */
  place(source: ArrayLike<number>, length: number): ColumnRef {
    this.stager.copy(source, length, this.placeView);
    return this.placed;
  }

  /** Copies `source[0, length)` into the open group as `type`, which the caller knows stores every value exactly. */
  placeAs(source: ArrayLike<number>, length: number, type: CountArrayConstructor): ColumnRef {
    this.stager.copyAs(source, length, type, this.placeView);
    return this.placed;
  }

  /** Returns the byte offset of `length` elements of `size` bytes in the open group. */
  private reserveInGroup(size: number, length: number): number {
    const offset = Math.ceil(this.groupUsed / size) * size;
    this.groupUsed = offset + length * size;
    if (this.groupUsed > this.group.byteLength) throw new RangeError(`column group of ${this.group.byteLength} bytes overflowed`);
    if (this.group === this.block) this.used = this.groupUsed;
    return offset;
  }

  /** Returns space for `length` elements of `type`, for a caller that fills all of it: in a block, it is not zeroed. */
  reserve(type: CountArrayConstructor, length: number): CountArray {
    const size = type.BYTES_PER_ELEMENT;
    const bytes = length * size;
    if (bytes > BLOCK_BYTES / 4) return new type(length);
    // A typed array view must start at a multiple of its element size.
    let offset = Math.ceil(this.used / size) * size;
    if (offset + bytes > this.block.byteLength) {
      this.block = uninitializedBlock(BLOCK_BYTES);
      offset = 0;
    }
    this.used = offset + bytes;
    return new type(this.block, offset, length);
  }
}
