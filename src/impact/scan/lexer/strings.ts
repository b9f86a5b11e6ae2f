/**
 * String literals, and the attribute strings of JSX, which have no escapes
 * and may span lines.
 */
import { scanEscapeSequence } from './escapes.js';
import { LexerMessage, type ScannerState } from './scanner-state.js';

const BACKSLASH = 0x5c;

/**
 * Reads the string literal whose quote is at `state.pos` and sets its value.
 * An unterminated string ends before the line break, or at the end of the
 * text for a JSX attribute string, and is reported.
 */
export function scanString(state: ScannerState, jsxAttribute: boolean): void {
  const text = state.text;
  const end = state.end;
  const quote = text.charCodeAt(state.pos);
  // A local position keeps the loop fast on long strings.
  let pos = state.pos + 1;
  let value = '';
  let chunkStart = pos;
  for (;;) {
    if (pos >= end) {
      state.pos = pos;
      state.error(LexerMessage.UnterminatedString);
      break;
    }
    const code = text.charCodeAt(pos);
    if (code === quote) {
      state.pos = pos + 1;
      state.tokenValue = value + text.substring(chunkStart, pos);
      return;
    }
    if (code === BACKSLASH && !jsxAttribute) {
      value += text.substring(chunkStart, pos);
      state.pos = pos;
      value += scanEscapeSequence(state, true);
      pos = state.pos;
      chunkStart = pos;
      continue;
    }
    if ((code === 0x0a || code === 0x0d) && !jsxAttribute) {
      state.pos = pos;
      state.error(LexerMessage.UnterminatedString);
      break;
    }
    pos++;
  }
  state.tokenValue = value + text.substring(chunkStart, pos);
}
