/**
 * Identifiers, keywords and private names (`#name`), including names
 * written with `\u0061` or `\u{61}` escapes.
 */
import { charSize, codePointAt, isIdentifierPart, isIdentifierStart } from './character-classes.js';
import { peekExtendedUnicodeEscape, peekUnicodeEscape, scanExtendedUnicodeEscape } from './escapes.js';
import { identifierOrKeyword } from './keywords.js';
import { LexerMessage, type ScannerState } from './scanner-state.js';
import { SyntaxKind } from './syntax-kind.js';

const BACKSLASH = 0x5c;

/**
 * Reads the rest of an identifier whose first code point `first` is at
 * `state.pos` and passed `isIdentifierStart`, and returns its kind. The value
 * is the text from the token start, so that a private name keeps its `#`.
 */
export function scanIdentifier(state: ScannerState, first: number): SyntaxKind {
  const text = state.text;
  const end = state.end;
  let pos = state.pos + charSize(first);
  let code = first;
  while (pos < end) {
    code = text.charCodeAt(pos);
    if (code < 0x80) {
      if (ASCII_IDENTIFIER_PART[code] === 0) break;
      pos++;
      continue;
    }
    code = codePointAt(text, pos);
    if (!isIdentifierPart(code)) break;
    pos += charSize(code);
  }
  state.pos = pos;
  state.tokenValue = text.substring(state.tokenStart, pos);
  if (code === BACKSLASH && pos < end) state.tokenValue += scanIdentifierParts(state);
  return identifierOrKeyword(state.tokenValue);
}

/** 1 for each ASCII code unit that continues an identifier: letters, digits, `$` and `_`. One load per character costs less than the comparisons while the code is not yet optimized. */
const ASCII_IDENTIFIER_PART = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) ASCII_IDENTIFIER_PART[code] = isIdentifierPart(code) ? 1 : 0;

/**
 * Reads identifier characters and escapes that stand for them from
 * `state.pos`, and returns their value. It stops at anything else, including
 * an escape of a character that cannot be part of an identifier.
 */
export function scanIdentifierParts(state: ScannerState): string {
  const text = state.text;
  let result = '';
  let chunkStart = state.pos;
  while (state.pos < state.end) {
    const code = codePointAt(text, state.pos);
    if (isIdentifierPart(code)) {
      state.pos += charSize(code);
      continue;
    }
    if (code !== BACKSLASH) break;
    const escaped = readIdentifierEscape(state);
    if (escaped === undefined) break;
    result += text.substring(chunkStart, escaped.start) + escaped.value;
    chunkStart = state.pos;
  }
  return result + text.substring(chunkStart, state.pos);
}

/**
 * Reads the `\u` escape at `state.pos` when it stands for an identifier
 * part, and returns its offset and value. Otherwise it returns undefined
 * and leaves the position.
 */
function readIdentifierEscape(state: ScannerState): { start: number; value: string } | undefined {
  const start = state.pos;
  const extended = peekExtendedUnicodeEscape(state, start);
  if (extended >= 0 && isIdentifierPart(extended)) return { start, value: scanExtendedUnicodeEscape(state) };
  const unit = peekUnicodeEscape(state, start);
  if (!(unit >= 0 && isIdentifierPart(unit))) return undefined;
  state.pos += 6;
  return { start, value: String.fromCharCode(unit) };
}

/**
 * Reads a name that starts with an escape after `prefix`, which is '' or
 * the `#` of a private name, with `state.pos` at the `\`. Returns the name's
 * value, or undefined, leaving the position, when the escape does not
 * stand for an identifier start.
 */
export function scanEscapedIdentifier(state: ScannerState, prefix: string): string | undefined {
  const start = state.pos;
  const extended = peekExtendedUnicodeEscape(state, start);
  if (extended >= 0 && isIdentifierStart(extended)) return prefix + scanExtendedUnicodeEscape(state) + scanIdentifierParts(state);
  const unit = peekUnicodeEscape(state, start);
  if (!(unit >= 0 && isIdentifierStart(unit))) return undefined;
  state.pos += 6;
  return prefix + String.fromCharCode(unit) + scanIdentifierParts(state);
}

/** Reads a `\` that starts an identifier, or reports it as an invalid character. */
export function scanBackslash(state: ScannerState): SyntaxKind {
  const name = scanEscapedIdentifier(state, '');
  if (name !== undefined) {
    state.tokenValue = name;
    return identifierOrKeyword(name);
  }
  state.error(LexerMessage.InvalidCharacter);
  state.pos++;
  return SyntaxKind.Unknown;
}

/**
 * Reads `#name` with `state.pos` at the `#`. A `#` before anything but a
 * name is reported as an invalid character and still returned as a private
 * name with the value `#`, as TypeScript's scanner does.
 */
export function scanPrivateName(state: ScannerState): SyntaxKind {
  const text = state.text;
  const afterHash = codePointAt(text, state.pos + 1);
  if (afterHash === BACKSLASH) {
    state.pos++;
    const name = scanEscapedIdentifier(state, '#');
    if (name !== undefined) {
      state.tokenValue = name;
      return SyntaxKind.PrivateIdentifier;
    }
    state.pos--;
  }
  if (isIdentifierStart(afterHash)) {
    state.pos++;
    scanIdentifier(state, afterHash);
  } else {
    state.tokenValue = '#';
    state.error(LexerMessage.InvalidCharacter);
    state.pos++;
  }
  return SyntaxKind.PrivateIdentifier;
}
