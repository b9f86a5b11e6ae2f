/**
 * Byte and code point classes of XML 1.0 (fifth edition): the `Char`,
 * `NameStartChar` and `NameChar` productions, and the UTF-8 sequence rules
 * the byte reader needs.
 */

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const HASH = 0x23;
export const AMPERSAND = 0x26;
export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;
export const SLASH = 0x2f;
export const SEMICOLON = 0x3b;
export const LT = 0x3c;
export const EQUALS = 0x3d;
export const GT = 0x3e;
export const QUESTION = 0x3f;
export const EXCLAMATION = 0x21;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

/** `NAME_BYTE[b]`: 1 for an ASCII name character, 2 for the first byte of a multi-byte UTF-8 sequence, 0 otherwise. */
export const NAME_BYTE = new Uint8Array(256);
/** `NAME_START_BYTE[b]`: like `NAME_BYTE`, without digits, `-` and `.`, which cannot start a name. */
export const NAME_START_BYTE = new Uint8Array(256);

for (let b = 0; b < 128; b++) {
  const letter = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x3a;
  const other = (b >= 0x30 && b <= 0x39) || b === HYPHEN || b === 0x2e;
  NAME_START_BYTE[b] = letter ? 1 : 0;
  NAME_BYTE[b] = letter || other ? 1 : 0;
}
for (let b = 0xc0; b < 256; b++) {
  NAME_START_BYTE[b] = 2;
  NAME_BYTE[b] = 2;
}

/** True for the XML whitespace bytes: space, tab, line feed and carriage return. */
export function isSpace(b: number): boolean {
  return b === SPACE || b === LF || b === TAB || b === CR;
}

/** True for a byte below 0x20 that the `Char` production excludes (all but tab, line feed and carriage return). */
export function isControl(b: number): boolean {
  return b < SPACE && b !== TAB && b !== LF && b !== CR;
}

/** True for a code point that the `Char` production allows. */
export function isXmlChar(code: number): boolean {
  if (code < SPACE) return code === TAB || code === LF || code === CR;
  if (code <= 0xd7ff) return true;
  if (code < 0xe000) return false;
  if (code <= 0xfffd) return true;
  return code >= 0x10000 && code <= 0x10ffff;
}

/** True for a code point of 0x80 or above that `NameStartChar` allows. */
export function isNameStartCodePoint(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    (code >= 0x200c && code <= 0x200d) ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0xeffff)
  );
}

/** True for a code point of 0x80 or above that `NameChar` allows. */
export function isNameCodePoint(code: number): boolean {
  return isNameStartCodePoint(code) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || (code >= 0x203f && code <= 0x2040);
}

/**
 * Returns how many bytes the UTF-8 sequence starting at `buffer[index]` takes:
 * the lead byte and the continuation bytes (0x80 to 0xBF) that follow it, up
 * to the length the lead byte announces. Returns 0 when the buffer ends
 * before the sequence does. A stray continuation byte or an invalid lead byte
 * counts as a sequence of 1, which decoding turns into U+FFFD.
 */
export function sequenceLength(buffer: Uint8Array, index: number, end: number): number {
  const lead = buffer[index]!;
  let expected = 1;
  if (lead >= 0xf0) expected = lead <= 0xf4 ? 4 : 1;
  else if (lead >= 0xe0) expected = 3;
  else if (lead >= 0xc2) expected = 2;
  let length = 1;
  while (length < expected) {
    if (index + length >= end) return 0;
    if ((buffer[index + length]! & 0xc0) !== 0x80) break;
    length++;
  }
  return length;
}

/** Decodes a complete, valid UTF-8 sequence of `length` bytes (2 to 4); returns -1 for an overlong or otherwise invalid one. */
export function decodeSequence(buffer: Uint8Array, index: number, length: number): number {
  const lead = buffer[index]!;
  if (length === 2 && lead >= 0xc2 && lead <= 0xdf) return ((lead & 0x1f) << 6) | (buffer[index + 1]! & 0x3f);
  if (length === 3 && lead >= 0xe0 && lead <= 0xef) {
    const code = ((lead & 0x0f) << 12) | ((buffer[index + 1]! & 0x3f) << 6) | (buffer[index + 2]! & 0x3f);
    return code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? code : -1;
  }
  if (length === 4 && lead >= 0xf0 && lead <= 0xf4) {
    const code = ((lead & 0x07) << 18) | ((buffer[index + 1]! & 0x3f) << 12) | ((buffer[index + 2]! & 0x3f) << 6) | (buffer[index + 3]! & 0x3f);
    return code >= 0x10000 && code <= 0x10ffff ? code : -1;
  }
  return -1;
}

/** True when the complete sequence at `index` is U+FFFE or U+FFFF, the two non-characters `Char` excludes below U+10000. */
export function isExcludedNonCharacter(buffer: Uint8Array, index: number, length: number): boolean {
  return length === 3 && buffer[index] === 0xef && buffer[index + 1] === 0xbf && (buffer[index + 2]! & 0xfe) === 0xbe;
}
