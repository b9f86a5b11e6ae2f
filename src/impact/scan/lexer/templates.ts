/**
 * Template literals. `scan()` reads a template up to its end or its first
 * `${`. The text after a substitution's `}` is read again by
 * `reScanTemplateToken`, because only the caller knows which `}` ends a
 * substitution.
 */
import { scanEscapeSequence } from './escapes.js';
import { LexerMessage, type ScannerState } from './scanner-state.js';
import { SyntaxKind } from './syntax-kind.js';

/**
 * Reads template text from the backtick or `}` at `state.pos` up to a
 * backtick or `${`, sets the value, and returns the kind: a
 * no-substitution template or head after a backtick, a middle or tail
 * after `}`. CR and CRLF are LF in the value, as in a template's cooked
 * text. `decodeInvalid` is passed on to `scanEscapeSequence`.
 */
export function scanTemplate(state: ScannerState, decodeInvalid: boolean): SyntaxKind {
  const text = state.text;
  const end = state.end;
  const afterBacktick = text.charCodeAt(state.pos) === 0x60;
  // A local position keeps the loop fast on long templates, such as base64 data.
  let pos = state.pos + 1;
  let value = '';
  let chunkStart = pos;
  let kind: SyntaxKind;

  for (;;) {
    if (pos >= end) {
      value += text.substring(chunkStart, pos);
      state.pos = pos;
      state.error(LexerMessage.UnterminatedTemplate);
      kind = afterBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
      break;
    }
    const code = text.charCodeAt(pos);
    if (code === 0x60) {
      value += text.substring(chunkStart, pos);
      pos++;
      kind = afterBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
      break;
    }
    if (code === 0x24 && pos + 1 < end && text.charCodeAt(pos + 1) === 0x7b) {
      value += text.substring(chunkStart, pos);
      pos += 2;
      kind = afterBacktick ? SyntaxKind.TemplateHead : SyntaxKind.TemplateMiddle;
      break;
    }
    if (code === 0x5c) {
      value += text.substring(chunkStart, pos);
      state.pos = pos;
      value += scanEscapeSequence(state, decodeInvalid);
      pos = state.pos;
      chunkStart = pos;
      continue;
    }
    if (code === 0x0d) {
      value += `${text.substring(chunkStart, pos)}\n`;
      pos++;
      if (pos < end && text.charCodeAt(pos) === 0x0a) pos++;
      chunkStart = pos;
      continue;
    }
    pos++;
  }

  state.pos = pos;
  state.tokenValue = value;
  return kind;
}
