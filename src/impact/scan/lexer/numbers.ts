/**
 * Numeric literals: decimal with fraction and exponent, `0x`, `0o` and `0b`
 * forms, numeric separators (`1_000`), BigInt (`10n`), and the legacy octal
 * (`0755`) and leading-zero decimal (`089`) forms of sloppy-mode scripts.
 *
 * Token boundaries follow TypeScript 5.9's scanner, malformed literals
 * included. The value is the number in decimal, as TypeScript gives it,
 * which keeps the hexadecimal digits of a `0x` BigInt.
 */
import { codePointAt, isDigit, isHexDigit, isIdentifierStart, isOctalDigit } from './character-classes.js';
import { scanIdentifierParts } from './identifiers.js';
import type { ScannerState } from './scanner-state.js';
import { SyntaxKind } from './syntax-kind.js';

const UNDERSCORE = 0x5f;
const LOWERCASE_N = 0x6e;

/**
 * Reads a numeric literal at `state.pos`, which is at a digit, or at a `.`
 * before a digit.
 */
export function scanNumber(state: ScannerState): SyntaxKind {
  const text = state.text;
  const next = text.charCodeAt(state.pos + 1) | 0x20;
  if (text.charCodeAt(state.pos) === 0x30 && state.pos + 2 < state.end) {
    if (next === 0x78) return scanRadixNumber(state, 16); // x
    if (next === 0x62) return scanRadixNumber(state, 2); // b
    if (next === 0x6f) return scanRadixNumber(state, 8); // o
  }
  return scanDecimalNumber(state);
}

/** Reads `0x`, `0b` or `0o` and its digits, and a BigInt `n` after them. */
function scanRadixNumber(state: ScannerState, radix: 2 | 8 | 16): SyntaxKind {
  state.pos += 2;
  let digits = scanDigitsWithSeparators(state, radix);
  if (digits === '') digits = '0';
  if (state.text.charCodeAt(state.pos) === LOWERCASE_N) {
    state.pos++;
    // TypeScript keeps hexadecimal digits in a BigInt's value and converts binary and octal ones.
    state.tokenValue = radix === 16 ? `0x${digits.toLowerCase()}n` : `${BigInt(`0${radix === 2 ? 'b' : 'o'}${digits}`)}n`;
    return SyntaxKind.BigIntLiteral;
  }
  state.tokenValue = String(parseInt(digits, radix));
  return SyntaxKind.NumericLiteral;
}

/**
 * Reads digits of `radix` and the separators between them, and returns the
 * digits without separators. A separator in a wrong place is skipped, as in
 * TypeScript, which reports it but keeps it in the token.
 */
function scanDigitsWithSeparators(state: ScannerState, radix: number): string {
  const text = state.text;
  let digits = '';
  let chunkStart = state.pos;
  for (;;) {
    const code = text.charCodeAt(state.pos);
    if (code === UNDERSCORE) {
      digits += text.substring(chunkStart, state.pos);
      state.pos++;
      chunkStart = state.pos;
      continue;
    }
    if (!isDigitOfRadix(code, radix)) break;
    state.pos++;
  }
  return digits + text.substring(chunkStart, state.pos);
}

function isDigitOfRadix(code: number, radix: number): boolean {
  if (radix === 16) return isHexDigit(code);
  if (radix === 8) return isOctalDigit(code);
  if (radix === 2) return code === 0x30 || code === 0x31;
  return isDigit(code);
}

/** Reads a decimal literal, or a legacy octal one such as `0755`. */
function scanDecimalNumber(state: ScannerState): SyntaxKind {
  const text = state.text;
  const start = state.pos;
  let integer: string | undefined;
  if (text.charCodeAt(start) === 0x30 && text.charCodeAt(start + 1) !== UNDERSCORE) {
    const digitsEnd = skipDigits(state, start + 1);
    if (digitsEnd > start + 1) {
      state.pos = digitsEnd;
      if (allOctal(text, start + 1, digitsEnd)) {
        // A legacy octal literal ends after its digits: `0755.5` is `0755` and `.5`.
        state.tokenValue = String(parseInt(text.substring(start + 1, digitsEnd), 8));
        return SyntaxKind.NumericLiteral;
      }
      // A leading-zero decimal such as `089` takes no separators in its integer part.
      integer = text.substring(start, digitsEnd);
    }
  }
  const leadingZero = integer !== undefined;
  integer ??= scanDigitsWithSeparators(state, 10);

  let fraction: string | undefined;
  if (text.charCodeAt(state.pos) === 0x2e) {
    state.pos++;
    fraction = scanDigitsWithSeparators(state, 10);
  }
  let exponent = '';
  let scientific = false;
  const code = text.charCodeAt(state.pos);
  if (code === 0x45 || code === 0x65) {
    scientific = true;
    exponent = scanExponent(state);
  }

  if (integer === '') integer = '0';
  if (leadingZero || fraction !== undefined || scientific) {
    // TypeScript checks for a name after the literal except after a leading-zero decimal.
    if (!leadingZero) stopBeforeFollowingIdentifier(state);
    state.tokenValue = String(Number(`${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent}`));
    return SyntaxKind.NumericLiteral;
  }
  let kind = SyntaxKind.NumericLiteral;
  state.tokenValue = String(Number(integer));
  if (text.charCodeAt(state.pos) === LOWERCASE_N) {
    state.pos++;
    state.tokenValue = `${integer}n`;
    kind = SyntaxKind.BigIntLiteral;
  }
  stopBeforeFollowingIdentifier(state);
  return kind;
}

function skipDigits(state: ScannerState, from: number): number {
  let pos = from;
  while (pos < state.end && isDigit(state.text.charCodeAt(pos))) pos++;
  return pos;
}

function allOctal(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isOctalDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Reads `e`, an optional sign and the exponent's digits, and returns them
 * for the value, or '' when no digit follows. The token then still ends
 * after the `e` and sign.
 */
function scanExponent(state: ScannerState): string {
  const text = state.text;
  const start = state.pos;
  state.pos++;
  const sign = text.charCodeAt(state.pos);
  if (sign === 0x2b || sign === 0x2d) state.pos++;
  const signEnd = state.pos;
  const digits = scanDigitsWithSeparators(state, 10);
  return digits === '' ? '' : text.substring(start, signEnd) + digits;
}

/**
 * Handles a name right after a literal, as in `3in` or `1.5n`: a name that
 * is just `n` stays in the literal as an invalid BigInt suffix, and any
 * other name becomes the next token.
 */
function stopBeforeFollowingIdentifier(state: ScannerState): void {
  if (!isIdentifierStart(codePointAt(state.text, state.pos))) return;
  const nameStart = state.pos;
  if (scanIdentifierParts(state) !== 'n') state.pos = nameStart;
}
