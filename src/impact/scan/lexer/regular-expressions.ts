/**
 * Regular expression literals, which the scanner first reads as `/` or `/=`
 * because only the caller knows whether an expression can start there.
 */
import { charSize, codePointAt, isIdentifierPart, isLineBreak, isWhiteSpaceLike } from './character-classes.js';
import { LexerMessage, type ScannerState } from './scanner-state.js';

/**
 * Reads the regular expression whose `/` is at `state.tokenStart`: the body
 * up to a `/` outside a character class and not escaped, then the flags.
 * Flags are read as identifier characters, so `/x/v`, `/x/dgimsuy` and
 * invalid flags all end the token in the same place. No line break may
 * occur in the body. An unterminated one is reported, and ends where
 * TypeScript 5.9 ends it (see `unterminatedBodyEnd`).
 */
export function scanRegularExpression(state: ScannerState): void {
  const text = state.text;
  const bodyStart = state.tokenStart + 1;
  let pos = bodyStart;
  let inEscape = false;
  let inClass = false;
  let terminated = false;
  while (pos < state.end) {
    const code = text.charCodeAt(pos);
    if (isLineBreak(code)) break;
    if (inEscape) inEscape = false;
    else if (code === 0x2f && !inClass) {
      terminated = true;
      break;
    } else if (code === 0x5b) inClass = true;
    else if (code === 0x5c) inEscape = true;
    // Classes do not nest here: in `/[[a]/]/v` the first `]` ends the class, as in TypeScript's scanner.
    else if (code === 0x5d) inClass = false;
    pos++;
  }

  if (terminated) {
    pos++;
    while (pos < state.end) {
      const code = codePointAt(text, pos);
      if (!isIdentifierPart(code)) break;
      pos += charSize(code);
    }
    state.pos = pos;
  } else {
    state.pos = unterminatedBodyEnd(text, bodyStart, pos);
    state.error(LexerMessage.UnterminatedRegularExpression);
  }
  state.tokenValue = text.substring(state.tokenStart, state.pos);
}

/**
 * Returns where an unterminated regular expression ends. That is before the
 * first `)`, `]` or `}` that closes no group, class or quantifier of its
 * own, because that bracket more likely belongs to the code around it, or
 * else at the line break. Trailing white space and semicolons are left out.
 */
function unterminatedBodyEnd(text: string, bodyStart: number, bodyEnd: number): number {
  let pos = bodyStart;
  let inEscape = false;
  let classDepth = 0;
  let inQuantifier = false;
  let groupDepth = 0;
  for (; pos < bodyEnd; pos++) {
    const code = text.charCodeAt(pos);
    if (inEscape) inEscape = false;
    else if (code === 0x5c) inEscape = true;
    else if (code === 0x5b) classDepth++;
    else if (code === 0x5d && classDepth > 0) classDepth--;
    else if (classDepth > 0) continue;
    else if (code === 0x7b) inQuantifier = true;
    else if (code === 0x7d && inQuantifier) inQuantifier = false;
    else if (inQuantifier) continue;
    else if (code === 0x28) groupDepth++;
    else if (code === 0x29 && groupDepth > 0) groupDepth--;
    else if (code === 0x29 || code === 0x5d || code === 0x7d) break;
  }
  while (pos > 0 && (isWhiteSpaceLike(text.charCodeAt(pos - 1)) || text.charCodeAt(pos - 1) === 0x3b)) pos--;
  return pos;
}
