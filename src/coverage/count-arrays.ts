/**
 * The narrowest typed array that holds a column of numbers exactly.
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
 * Returns the smallest element type that stores `source[0, length)` exactly.
 * Integers take an unsigned type when none is negative, and a signed one
 * otherwise, such as for the -1 that marks a line with no code. Fractions,
 * NaN and integers outside 32 bits take Float64.
 */
export function narrowestType(source: ArrayLike<number>, length: number): CountArrayConstructor {
  let min = 0;
  let max = 0;
  for (let i = 0; i < length; i++) {
    const value = source[i]!;
    if (!Number.isInteger(value)) return Float64Array;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min >= 0) {
    if (max <= 0xff) return Uint8Array;
    if (max <= 0xffff) return Uint16Array;
    return max <= 0xffffffff ? Uint32Array : Float64Array;
  }
  if (min >= -0x80 && max <= 0x7f) return Int8Array;
  if (min >= -0x8000 && max <= 0x7fff) return Int16Array;
  return min >= -0x80000000 && max <= 0x7fffffff ? Int32Array : Float64Array;
}

/** Returns a copy of `source[0, length)` in an array of its own, of the narrowest type. */
export function narrowCopy(source: ArrayLike<number>, length: number): CountArray {
  const copy = new (narrowestType(source, length))(length);
  copyInto(copy, source, length);
  return copy;
}

export function copyInto(target: CountArray, source: ArrayLike<number>, length: number): void {
  for (let i = 0; i < length; i++) target[i] = source[i]!;
}
