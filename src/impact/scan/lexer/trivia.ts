/**
 * Text between tokens that the scanner skips: comments, a `#!` line at the
 * start of the text, and merge conflict markers.
 */
import { isLineBreak } from './character-classes.js';
import { LexerMessage, type ScannerState } from './scanner-state.js';

/** Length of a conflict marker such as `<<<<<<<`. */
const CONFLICT_MARKER_LENGTH = 7;

/** Returns the offset after the line comment starting at `start`, before its line break. */
export function skipLineComment(text: string, start: number, end: number): number {
  let pos = start + 2;
  while (pos < end && !isLineBreak(text.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * Returns the offset after the `*` `/` that closes the block comment starting
 * at `start`, or `end` when none does.
 */
export function skipBlockComment(text: string, start: number, end: number): number {
  const close = text.indexOf('*/', start + 2);
  return close === -1 || close + 2 > end ? end : close + 2;
}

/** Skips the block comment at `state.pos`, and reports it when it has no end. */
export function scanBlockComment(state: ScannerState): void {
  const close = state.text.indexOf('*/', state.pos + 2);
  if (close === -1 || close + 2 > state.end) {
    state.pos = state.end;
    state.error(LexerMessage.UnterminatedComment);
    return;
  }
  state.pos = close + 2;
}

/** Returns the offset after a `#!` line at offset 0, or 0 when the text does not start with one. */
export function shebangEnd(text: string): number {
  if (text.charCodeAt(0) !== 0x23 || text.charCodeAt(1) !== 0x21) return 0;
  let pos = 2;
  // `.` in TypeScript's /^#!.*/ stops at LF, CR, U+2028 and U+2029.
  while (pos < text.length && !isLineBreak(text.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * Returns whether a merge conflict marker starts at `pos`: seven `<`, `=`,
 * `|` or `>` at the start of a line, followed by a space unless they are `=`.
 */
export function isConflictMarker(text: string, pos: number): boolean {
  if (pos !== 0 && !isLineBreak(text.charCodeAt(pos - 1))) return false;
  if (pos + CONFLICT_MARKER_LENGTH >= text.length) return false;
  const code = text.charCodeAt(pos);
  for (let i = 1; i < CONFLICT_MARKER_LENGTH; i++) if (text.charCodeAt(pos + i) !== code) return false;
  return code === 0x3d || text.charCodeAt(pos + CONFLICT_MARKER_LENGTH) === 0x20;
}

/**
 * Reports the conflict marker at `state.pos` and skips it. After `<<<<<<<`
 * or `>>>>>>>` the rest of the line is skipped. After `|||||||` or `=======`
 * everything up to the next `=======` or `>>>>>>>` marker is skipped, so only
 * the first side of a conflict is read as code.
 */
export function scanConflictMarker(state: ScannerState): void {
  state.error(LexerMessage.MergeConflictMarker);
  state.pos = conflictMarkerEnd(state.text, state.pos, state.end);
}

function conflictMarkerEnd(text: string, start: number, end: number): number {
  const marker = text.charCodeAt(start);
  let pos = start;
  if (marker === 0x3c || marker === 0x3e) {
    while (pos < end && !isLineBreak(text.charCodeAt(pos))) pos++;
    return pos;
  }
  while (pos < end) {
    const code = text.charCodeAt(pos);
    if ((code === 0x3d || code === 0x3e) && code !== marker && isConflictMarker(text, pos)) break;
    pos++;
  }
  return pos;
}
