/**
 * The narrowest typed array that stores a column of numbers exactly.
 *
 * Most counts in a coverage report are small: line numbers of a few
 * thousand, branch outcomes of 2 to 6, hit counts below 2^31. Stored as
 * Float64 every value costs 8 bytes, while a column whose values fit in
 * 16-bit integers costs 2. Each finished column gets the smallest element
 * type that represents all of its values, so readers see the same numbers.
 */

/** A finished numeric column. Reading an element returns the number that was stored. */
export type CountArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float64Array;

export type CountArrayConstructor =
  | Uint8ArrayConstructor
  | Int8ArrayConstructor
  | Uint16ArrayConstructor
  | Int16ArrayConstructor
  | Uint32ArrayConstructor
  | Int32ArrayConstructor
  | Float64ArrayConstructor;

/**
 * Returns the smallest element type that stores every value of a column
 * exactly, given its least and greatest value and whether all are integers.
 * Integers take an unsigned type when none is negative, and a signed one
 * otherwise, such as for the -1 that marks a line with no code. Fractions,
 * NaN and integers outside 32 bits take Float64.
 */
export function typeForRange(min: number, max: number, integers: boolean): CountArrayConstructor {
  if (!integers) return Float64Array;
  if (min >= 0) {
    if (max <= 0xff) return Uint8Array;
    if (max <= 0xffff) return Uint16Array;
    return max <= 0xffffffff ? Uint32Array : Float64Array;
  }
  if (min >= -0x80 && max <= 0x7f) return Int8Array;
  if (min >= -0x8000 && max <= 0x7fff) return Int16Array;
  return min >= -0x80000000 && max <= 0x7fffffff ? Int32Array : Float64Array;
}

/**
 * Copies columns into narrow typed arrays in two steps: a JavaScript loop
 * into a reused Int32Array that also finds the value range, then one native
 * `set` into the narrow array. A single loop that writes into arrays of seven
 * element types makes V8 fall back to its generic store, which made the
 * parse of the 100 MB lcov input of bench/ about 0.5 s slower. The staging
 * array is an Int32Array because V8's `set` converts from a Float64Array
 * about 17 times slower than from an Int32Array (Node 20.20.2, 6.2 million
 * elements into an Int8Array: 17 ms against 1 ms).
 */
export class ColumnStager {
  private staging = new Int32Array(1024);

  /** Returns a copy of `source[0, length)` in the narrowest type, in the array that `allocate` returns for that type. */
  copy(source: ArrayLike<number>, length: number, allocate: (type: CountArrayConstructor, length: number) => CountArray): CountArray {
    const staging = this.reserve(length);
    let min = 0;
    let max = 0;
    let integers = true;
    for (let i = 0; i < length; i++) {
      const value = source[i]!;
      staging[i] = value;
      if (value < min) min = value;
      if (value > max) max = value;
      if (integers && !Number.isInteger(value)) integers = false;
    }
    const type = typeForRange(min, max, integers);
    return this.fill(allocate(type, length), source, length);
  }

  /** Returns a copy of `source[0, length)` in an array of `type`, which must store every value exactly. */
  copyAs(source: ArrayLike<number>, length: number, type: CountArrayConstructor, allocate: (type: CountArrayConstructor, length: number) => CountArray): CountArray {
    if (type !== Float64Array) {
      const staging = this.reserve(length);
      for (let i = 0; i < length; i++) staging[i] = source[i]!;
    }
    return this.fill(allocate(type, length), source, length);
  }

  /**
   * Copies into `target` from the staging array, which contains `source`'s
   * values wrapped to 32 bits. That is exact for every type but Float64, and
   * for Uint32 too, because `set` converts each value back with ToUint32.
   */
  private fill(target: CountArray, source: ArrayLike<number>, length: number): CountArray {
    if (!(target instanceof Float64Array)) {
      target.set(this.staging.subarray(0, length));
      return target;
    }
    for (let i = 0; i < length; i++) target[i] = source[i]!;
    return target;
  }

  private reserve(length: number): Int32Array {
    if (this.staging.length < length) this.staging = new Int32Array(Math.max(length, this.staging.length * 2));
    return this.staging;
  }
}

/** Returns the smallest element type that stores `source[0, length)` exactly (see `typeForRange`). */
export function narrowestType(source: ArrayLike<number>, length: number): CountArrayConstructor {
  let min = 0;
  let max = 0;
  let integers = true;
  for (let i = 0; i < length; i++) {
    const value = source[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
    if (!Number.isInteger(value)) integers = false;
  }
  return typeForRange(min, max, integers);
}

/** Returns a copy of `source[0, length)` in an array of its own, of the narrowest type. */
export function narrowCopy(source: ArrayLike<number>, length: number): CountArray {
  return new ColumnStager().copy(source, length, (type, size) => new type(size));
}
