/** Integer parsing straight from ASCII bytes, so that report parsers create no string per number. */

/**
 * Parses `buffer[start, end)` as a non-negative decimal integer. Returns -1 when
 * the range is empty or contains anything but digits. Values above 2^53 lose
 * precision, but rounding never takes one below 2^53, so callers can reject
 * them by comparing the result with `Number.MAX_SAFE_INTEGER`.
 */
export function parseUnsigned(buffer: Buffer, start: number, end: number): number {
  if (start >= end) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = buffer[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Returns the index of `byte` in `buffer[start, end)`, or -1. */
export function indexOfByte(buffer: Buffer, byte: number, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (buffer[i] === byte) return i;
  }
  return -1;
}

/** Returns the index of the last `byte` in `buffer[start, end)`, or -1. */
export function lastIndexOfByte(buffer: Buffer, byte: number, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    if (buffer[i] === byte) return i;
  }
  return -1;
}
