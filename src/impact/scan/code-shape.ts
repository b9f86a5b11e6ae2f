/**
 * The code of a script with its comments and formatting taken out: the
 * sequence of code tokens, each marked with whether a line break precedes
 * it. Two texts with equal shapes differ only in comments and white space
 * that cannot change what runs.
 *
 * Line breaks stay in the shape because automatic semicolon insertion reads
 * them: `return\nvalue` returns undefined, `return value` returns the value.
 * So a change that joins or splits lines is not formatting-only here, even
 * where it would be harmless. JSX text, tag names and attributes, which the
 * token stream skips, stay in the shape verbatim, because white space inside
 * JSX text reaches the rendered output.
 *
 * NOTE: the token stream tells a regular expression from a division by the
 * token before the `/`, as TypeScript's scanner does without a parser. Where
 * it guesses wrong, white space inside that regular expression is dropped
 * as if it were between tokens, and a change to it alone would look like
 * formatting.
 */
import { isLineBreak, isWhiteSpaceSingleLine, SyntaxKind } from './lexer/index.js';
import { SyntaxErrorList } from './syntax-errors.js';
import { TokenStream, type TruncatableList } from './token-stream.js';

export interface CodeShape {
  /** Kind of each entry; `JsxText` marks a stretch of skipped JSX kept verbatim. */
  readonly kinds: SyntaxKind[];
  /** Text of each entry, with a leading line feed when a line break precedes it. */
  readonly texts: string[];
  /** Offset of each entry's first character in the text. */
  readonly starts: number[];
  /** Offset just past each entry's last character. */
  readonly ends: number[];
}

/** A reference list that keeps nothing: the shape needs the tokens, not the module references. */
const NO_REFERENCES: TruncatableList = { length: 0, truncate: () => undefined };

/**
 * Reads the shape of `text`. Returns undefined when the token stream
 * reports a syntax error, because tokens after an error may be read
 * differently than the runtime would read them.
 */
export function readCodeShape(text: string, jsx: boolean): CodeShape | undefined {
  const errors = new SyntaxErrorList();
  const stream = new TokenStream(text, { jsx, start: 0, errors, references: NO_REFERENCES, lineAt: () => 0 });
  const shape: CodeShape = { kinds: [], texts: [], starts: [], ends: [] };

  let previousEnd = 0;
  for (; stream.token !== SyntaxKind.EndOfFileToken; stream.advance()) {
    // A line break before the first token means nothing to semicolon insertion, so a comment added above the code does not count.
    const lineBreak = addGap(text, previousEnd, stream.tokenStart, shape) && shape.texts.length > 0;
    addEntry(shape, stream.token, (lineBreak ? '\n' : '') + text.slice(stream.tokenStart, stream.tokenEnd), stream.tokenStart, stream.tokenEnd);
    previousEnd = stream.tokenEnd;
  }
  addGap(text, previousEnd, text.length, shape);
  return errors.size > 0 ? undefined : shape;
}

function addEntry(shape: CodeShape, kind: SyntaxKind, text: string, start: number, end: number): void {
  shape.kinds.push(kind);
  shape.texts.push(text);
  shape.starts.push(start);
  shape.ends.push(end);
}

/** Returns whether two shapes are equal entry by entry. */
export function sameShape(left: CodeShape, right: CodeShape): boolean {
  if (left.texts.length !== right.texts.length) return false;
  for (let index = 0; index < left.texts.length; index++) {
    if (left.kinds[index] !== right.kinds[index] || left.texts[index] !== right.texts[index]) return false;
  }
  return true;
}

/**
 * Looks at the text between two code tokens. Returns whether it holds a
 * line break when it is only white space and comments. Anything else in it
 * (skipped JSX, a `#!` line) becomes an entry of its own.
 */
function addGap(text: string, start: number, end: number, shape: CodeShape): boolean {
  const trivia = triviaLineBreak(text, start, end);
  if (trivia !== undefined) return trivia;
  addEntry(shape, SyntaxKind.JsxText, text.slice(start, end), start, end);
  return false;
}

/** Returns whether `text[start, end)` holds a line break, or undefined when it holds more than white space and comments. */
function triviaLineBreak(text: string, start: number, end: number): boolean | undefined {
  let lineBreak = false;
  let pos = start;
  while (pos < end) {
    const code = text.charCodeAt(pos);
    if (isLineBreak(code)) {
      lineBreak = true;
      pos++;
    } else if (isWhiteSpaceSingleLine(code)) {
      pos++;
    } else if (code === 0x2f && text.charCodeAt(pos + 1) === 0x2f) {
      while (pos < end && !isLineBreak(text.charCodeAt(pos))) pos++;
    } else if (code === 0x2f && text.charCodeAt(pos + 1) === 0x2a) {
      const close = text.indexOf('*/', pos + 2);
      if (close === -1 || close + 2 > end) return undefined;
      // A block comment with a line break in it counts as a line break, as in ECMAScript's automatic semicolon insertion.
      for (let inside = pos + 2; inside < close && !lineBreak; inside++) lineBreak = isLineBreak(text.charCodeAt(inside));
      pos = close + 2;
    } else {
      return undefined;
    }
  }
  return lineBreak;
}
