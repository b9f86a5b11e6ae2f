/**
 * Escape sequences in string and template literals, and the `\u` escapes
 * that identifiers may contain.
 */
import { isDigit, isHexDigit, isOctalDigit } from './character-classes.js';
import type { ScannerState } from './scanner-state.js';

/** Largest Unicode code point, the limit of a `\u{...}` escape. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * Reads the escape sequence whose `\` is at `state.pos` and returns the text
 * it stands for.
 *
 * `decodeInvalid` chooses what a legacy octal escape such as `\07` or a
 * `\8` returns. When true, as in strings, it is the character, and when
 * false, as in a template that TypeScript's `scan()` reads, it is the
 * escape's own text. A malformed `\x`, `\u` or `\u{...}` returns its text in
 * both cases, as TypeScript 5.9 does.
 */
export function scanEscapeSequence(state: ScannerState, decodeInvalid: boolean): string {
  const text = state.text;
  const start = state.pos;
  state.pos++;
  if (state.pos >= state.end) return '';
  const code = text.charCodeAt(state.pos);
  state.pos++;
  switch (code) {
    case 0x30: // 0
      if (state.pos >= state.end || !isDigit(text.charCodeAt(state.pos))) return '\0';
      return scanLegacyOctalEscape(state, start, 2, decodeInvalid);
    case 0x31: // 1
    case 0x32: // 2
    case 0x33: // 3
      return scanLegacyOctalEscape(state, start, 2, decodeInvalid);
    case 0x34: // 4
    case 0x35: // 5
    case 0x36: // 6
    case 0x37: // 7
      return scanLegacyOctalEscape(state, start, 1, decodeInvalid);
    case 0x38: // 8
    case 0x39: // 9
      return decodeInvalid ? String.fromCharCode(code) : text.substring(start, state.pos);
    case 0x62: // b
      return '\b';
    case 0x74: // t
      return '\t';
    case 0x6e: // n
      return '\n';
    case 0x76: // v
      return '\v';
    case 0x66: // f
      return '\f';
    case 0x72: // r
      return '\r';
    case 0x27: // '
      return "'";
    case 0x22: // "
      return '"';
    case 0x75: // u
      if (state.pos < state.end && text.charCodeAt(state.pos) === 0x7b) {
        state.pos = start;
        return scanExtendedUnicodeEscape(state);
      }
      return scanFixedHexEscape(state, start, 6);
    case 0x78: // x
      return scanFixedHexEscape(state, start, 4);
    case 0x0d: // CR; a line continuation stands for nothing
      if (state.pos < state.end && text.charCodeAt(state.pos) === 0x0a) state.pos++;
      return '';
    case 0x0a:
    case 0x2028:
    case 0x2029:
      return '';
    default:
      return String.fromCharCode(code);
  }
}

/**
 * Reads up to `moreDigits` further octal digits of an escape such as `\17`
 * or `\177`, whose first digit is read.
 */
function scanLegacyOctalEscape(state: ScannerState, start: number, moreDigits: number, decodeInvalid: boolean): string {
  for (let i = 0; i < moreDigits && state.pos < state.end && isOctalDigit(state.text.charCodeAt(state.pos)); i++) state.pos++;
  const escape = state.text.substring(start, state.pos);
  return decodeInvalid ? String.fromCharCode(parseInt(escape.slice(1), 8)) : escape;
}

/** Reads `\xHH` or `\uHHHH`, which ends at `start + length`; a short one returns its text up to the first non-hex digit. */
function scanFixedHexEscape(state: ScannerState, start: number, length: number): string {
  const text = state.text;
  for (; state.pos < start + length; state.pos++) {
    if (!(state.pos < state.end && isHexDigit(text.charCodeAt(state.pos)))) return text.substring(start, state.pos);
  }
  return String.fromCharCode(parseInt(text.substring(start + 2, state.pos), 16));
}

/**
 * Reads `\u{...}` at `state.pos` and returns its character, or its text when
 * it has no digits, exceeds U+10FFFF or lacks its `}`.
 */
export function scanExtendedUnicodeEscape(state: ScannerState): string {
  const text = state.text;
  const start = state.pos;
  state.pos += 3;
  const digitsStart = state.pos;
  while (state.pos < state.end && isHexDigit(text.charCodeAt(state.pos))) state.pos++;
  const value = state.pos > digitsStart ? parseInt(text.substring(digitsStart, state.pos), 16) : -1;
  let valid = value >= 0 && value <= MAX_CODE_POINT;
  if (state.pos < state.end && text.charCodeAt(state.pos) === 0x7d) state.pos++;
  else valid = false;
  return valid ? String.fromCodePoint(value) : text.substring(start, state.pos);
}

/**
 * Returns the code point of a `\u{...}` escape at `offset`, or -1 when none
 * with at least one hex digit starts there. The `}` is not checked.
 */
export function peekExtendedUnicodeEscape(state: ScannerState, offset: number): number {
  const text = state.text;
  if (text.charCodeAt(offset + 1) !== 0x75 || text.charCodeAt(offset + 2) !== 0x7b) return -1;
  let end = offset + 3;
  while (end < state.end && isHexDigit(text.charCodeAt(end))) end++;
  return end > offset + 3 ? parseInt(text.substring(offset + 3, end), 16) : -1;
}

/** Returns the code unit of a `\uHHHH` escape at `offset`, or -1 when none starts there. */
export function peekUnicodeEscape(state: ScannerState, offset: number): number {
  const text = state.text;
  if (offset + 5 >= state.end || text.charCodeAt(offset + 1) !== 0x75) return -1;
  for (let i = offset + 2; i < offset + 6; i++) if (!isHexDigit(text.charCodeAt(i))) return -1;
  return parseInt(text.substring(offset + 2, offset + 6), 16);
}
