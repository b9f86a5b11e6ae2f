/** The five predefined entities of XML 1.0 and numeric character references (`&#233;`, `&#xE9;`). */

import { HASH, isXmlChar } from './xml-chars.js';

/**
 * Returns the code point a reference stands for, given the bytes between `&`
 * and `;` as `buffer[start, end)`. Returns -1 for an entity other than `lt`,
 * `gt`, `amp`, `apos` and `quot`, and for a character reference that is
 * malformed or names a code point that XML does not allow.
 */
export function referenceCodePoint(buffer: Uint8Array, start: number, end: number): number {
  const first = buffer[start];
  if (first !== HASH) return predefinedEntity(buffer, start, end - start);

  const hex = buffer[start + 1] === 0x78;
  const digitsStart = start + (hex ? 2 : 1);
  if (digitsStart >= end) return -1;
  let code = 0;
  for (let i = digitsStart; i < end; i++) {
    const digit = digitValue(buffer[i]!, hex);
    if (digit < 0) return -1;
    code = code * (hex ? 16 : 10) + digit;
    // Past the largest code point the value can only grow, so stop before it loses precision.
    if (code > 0x10ffff) return -1;
  }
  return isXmlChar(code) ? code : -1;
}

/** Writes `code` as UTF-8 at `buffer[offset]` and returns the offset after it. */
export function writeUtf8(buffer: Uint8Array, offset: number, code: number): number {
  if (code < 0x80) {
    buffer[offset] = code;
    return offset + 1;
  }
  if (code < 0x800) {
    buffer[offset] = 0xc0 | (code >> 6);
    buffer[offset + 1] = 0x80 | (code & 0x3f);
    return offset + 2;
  }
  if (code < 0x10000) {
    buffer[offset] = 0xe0 | (code >> 12);
    buffer[offset + 1] = 0x80 | ((code >> 6) & 0x3f);
    buffer[offset + 2] = 0x80 | (code & 0x3f);
    return offset + 3;
  }
  buffer[offset] = 0xf0 | (code >> 18);
  buffer[offset + 1] = 0x80 | ((code >> 12) & 0x3f);
  buffer[offset + 2] = 0x80 | ((code >> 6) & 0x3f);
  buffer[offset + 3] = 0x80 | (code & 0x3f);
  return offset + 4;
}

function predefinedEntity(buffer: Uint8Array, start: number, length: number): number {
  const a = buffer[start];
  const b = buffer[start + 1];
  if (length === 2 && b === 0x74) {
    if (a === 0x6c) return 0x3c; // lt
    if (a === 0x67) return 0x3e; // gt
  } else if (length === 3 && a === 0x61 && b === 0x6d && buffer[start + 2] === 0x70) {
    return 0x26; // amp
  } else if (length === 4 && buffer[start + 2] === 0x6f) {
    if (a === 0x61 && b === 0x70 && buffer[start + 3] === 0x73) return 0x27; // apos
    if (a === 0x71 && b === 0x75 && buffer[start + 3] === 0x74) return 0x22; // quot
  }
  return -1;
}

function digitValue(b: number, hex: boolean): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (!hex) return -1;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}
