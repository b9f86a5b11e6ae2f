/**
 * The tokens of JSX that differ from code: text between tags, and names
 * with `-` such as `data-id`. The caller knows when it is inside an element
 * and calls these instead of `scan()`.
 */
import { isLineBreak, isWhiteSpaceLike } from './character-classes.js';
import { scanIdentifierParts } from './identifiers.js';
import { identifierOrKeyword } from './keywords.js';
import type { ScannerState } from './scanner-state.js';
import { SyntaxKind } from './syntax-kind.js';
import { isConflictMarker, scanConflictMarker } from './trivia.js';

/**
 * Reads one token of an element's children from `state.pos`: `<`, `</`, `{`,
 * or text up to the next of those. Quotes, apostrophes and backticks in the
 * text are plain characters. The text's value is its raw text. Its kind is
 * `JsxTextAllWhiteSpaces` when it is white space that contains a line break.
 *
 * A conflict marker inside the text is reported at the start of the text,
 * skipped, and returned as `ConflictMarkerTrivia`. A `<` that starts the
 * token is never taken for a marker, as in TypeScript's scanner.
 */
export function scanJsxToken(state: ScannerState): SyntaxKind {
  const text = state.text;
  state.fullStart = state.tokenStart = state.pos;
  if (state.pos >= state.end) return SyntaxKind.EndOfFileToken;
  const first = text.charCodeAt(state.pos);
  if (first === 0x3c) {
    if (text.charCodeAt(state.pos + 1) === 0x2f) {
      state.pos += 2;
      return SyntaxKind.LessThanSlashToken;
    }
    state.pos++;
    return SyntaxKind.LessThanToken;
  }
  if (first === 0x7b) {
    state.pos++;
    return SyntaxKind.OpenBraceToken;
  }

  // -1 once a line break came before any other character, meaning all white space so far, spanning lines.
  let firstNonWhiteSpace = 0;
  let pos = state.pos;
  while (pos < state.end) {
    const code = text.charCodeAt(pos);
    if (code === 0x7b) break;
    if (code === 0x3c) {
      if (isConflictMarker(text, pos)) {
        state.pos = pos;
        scanConflictMarker(state);
        return SyntaxKind.ConflictMarkerTrivia;
      }
      break;
    }
    if (isLineBreak(code) && firstNonWhiteSpace === 0) firstNonWhiteSpace = -1;
    else if (!isWhiteSpaceLike(code)) firstNonWhiteSpace = pos;
    pos++;
  }
  state.pos = pos;
  state.tokenValue = text.substring(state.fullStart, state.pos);
  return firstNonWhiteSpace === -1 ? SyntaxKind.JsxTextAllWhiteSpaces : SyntaxKind.JsxText;
}

/**
 * Extends the identifier or keyword just scanned with `-` and further
 * identifier characters, as in `data-id` or `aria-label`, and returns its
 * kind, which is `Identifier` unless the whole name is a keyword.
 */
export function extendJsxIdentifier(state: ScannerState): SyntaxKind {
  while (state.pos < state.end) {
    if (state.text.charCodeAt(state.pos) === 0x2d) {
      state.tokenValue += '-';
      state.pos++;
      continue;
    }
    const before = state.pos;
    state.tokenValue += scanIdentifierParts(state);
    if (state.pos === before) break;
  }
  return identifierOrKeyword(state.tokenValue);
}
