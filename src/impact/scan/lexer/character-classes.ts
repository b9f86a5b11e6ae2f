/**
 * Character classes of JavaScript and TypeScript source: line breaks,
 * white space, digits, and the Unicode identifier characters.
 *
 * Outside ASCII, identifier characters are Unicode's ID_Start and
 * ID_Continue as the running V8 defines them, through `\p{...}` in regular
 * expressions. TypeScript 5.9 carries its own tables of those properties,
 * so a character added to Unicode after one of the two versions is read
 * differently by them.
 */

/** Returns whether `code` ends a line: LF, CR, U+2028 or U+2029. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Returns whether `code` is white space within a line, by TypeScript's list,
 * which adds U+0085, U+200B and the byte order mark to ECMAScript's.
 */
export function isWhiteSpaceSingleLine(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x85 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isWhiteSpaceLike(code: number): boolean {
  return isWhiteSpaceSingleLine(code) || isLineBreak(code);
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isOctalDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x37;
}

export function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

/**
 * Classes of the non-ASCII characters of the Basic Multilingual Plane that
 * were looked up: 0 not yet, 1 neither start nor part, 2 part only, 3 start
 * and part. Testing a regular expression for each character of a non-ASCII
 * name would dominate the time of such files.
 */
const BMP_CLASSES = new Uint8Array(0x10000);
const NOT_IDENTIFIER = 1;
const PART_ONLY = 2;
const START_AND_PART = 3;

function classifyNonAscii(code: number): number {
  // A `\u{...}` escape can name a value past the last code point.
  if (code > 0x10ffff) return NOT_IDENTIFIER;
  if (code < 0x10000) {
    const cached = BMP_CLASSES[code]!;
    if (cached !== 0) return cached;
  }
  const character = String.fromCodePoint(code);
  let found = NOT_IDENTIFIER;
  if (ID_START.test(character)) found = START_AND_PART;
  else if (ID_CONTINUE.test(character)) found = PART_ONLY;
  if (code < 0x10000) BMP_CLASSES[code] = found;
  return found;
}

/** Returns whether the code point `code` can start an identifier: a letter, `$`, `_`, or Unicode ID_Start. */
export function isIdentifierStart(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x24 || code === 0x5f;
  return classifyNonAscii(code) === START_AND_PART;
}

/** Returns whether the code point `code` can continue an identifier: a start character, a digit, or Unicode ID_Continue. */
export function isIdentifierPart(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x24 || code === 0x5f;
  }
  return classifyNonAscii(code) !== NOT_IDENTIFIER;
}

/** Returns the code point at `offset`, joining a surrogate pair; -1 past the end. */
export function codePointAt(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return Number.isNaN(code) ? -1 : code;
}

/** Returns how many UTF-16 code units the code point `code` takes. */
export function charSize(code: number): number {
  return code >= 0x10000 ? 2 : 1;
}
