/**
 * Skipping of JSX elements. The reader needs nothing inside an element, only
 * where it ends, so it walks the element's characters (tags, quoted
 * attribute values and text) and hands each `{…}` back to the expression
 * parser, which reads it as code, nested elements included. Text in JSX, such as `Don't`, is not code, and
 * scanning it as tokens could open a string or a bracket that never closes.
 */
import type { ExpressionParser } from './expression-parser.js';
import type { CursorState } from './token-cursor.js';

/** The context of the walk over one element: the parser for its `{…}` code and the cursor state to return to. */
interface JsxWalk {
  parser: ExpressionParser;
  text: string;
  state: CursorState;
}

/**
 * Skips the JSX element or fragment whose `<` is the current token, and
 * returns whether it found the element's end. When it did not, as for a
 * `<` that starts no element, the cursor is back where it was.
 */
export function skipJsxElement(parser: ExpressionParser): boolean {
  const { cursor } = parser;
  const state = cursor.save();
  const end = findElementEnd({ parser, text: cursor.text, state }, cursor.token.start);
  if (end === undefined) {
    cursor.restore(state);
    return false;
  }
  cursor.resumeAt(end, state);
  return true;
}

/** Returns the offset just past the element that starts at the `<` at `start`, or undefined when it does not end. */
function findElementEnd(walk: JsxWalk, start: number): number | undefined {
  const { text } = walk;
  let openElements = 0;
  let offset: number | undefined = start;
  for (;;) {
    if (text[offset] !== '<') return undefined;
    if (text[offset + 1] === '/') {
      const close = text.indexOf('>', offset);
      if (close === -1) return undefined;
      offset = close + 1;
      openElements--;
      if (openElements <= 0) return openElements === 0 ? offset : undefined;
    } else {
      const tag = readOpeningTag(walk, offset + 1);
      if (tag === undefined) return undefined;
      offset = tag.end;
      if (!tag.selfClosing) openElements++;
      else if (openElements === 0) return offset;
    }
    offset = skipChildren(walk, offset);
    if (offset === undefined) return undefined;
  }
}

/** Skips the text and `{…}` children from `offset` up to the next `<`, and returns its offset. */
function skipChildren(walk: JsxWalk, start: number): number | undefined {
  const { text } = walk;
  let offset: number | undefined = start;
  while (offset !== undefined && offset < text.length) {
    const char: string | undefined = text[offset];
    if (char === '<') return offset;
    offset = char === '{' ? skipCode(walk, offset) : offset + 1;
  }
  return undefined;
}

/** Reads the name and attributes of an opening tag after its `<`, up to `>` or `/>`. */
function readOpeningTag(walk: JsxWalk, start: number): { end: number; selfClosing: boolean } | undefined {
  const { text } = walk;
  let offset: number | undefined = start;
  while (offset !== undefined && offset < text.length) {
    const char: string | undefined = text[offset];
    if (char === '>') return { end: offset + 1, selfClosing: false };
    if (char === '/' && text[offset + 1] === '>') return { end: offset + 2, selfClosing: true };
    // A `<` in a tag means that this was no element, such as the type parameters of `<T,>(x: T) => x`.
    if (char === '<' || char === ';') return undefined;
    if (char === '{') {
      offset = skipCode(walk, offset);
    } else if (char === '"' || char === "'") {
      const close = text.indexOf(char, offset + 1);
      offset = close === -1 ? undefined : close + 1;
    } else {
      offset++;
    }
  }
  return undefined;
}

/** Reads the `{…}` code at `offset` with the parser, and returns the offset just past its `}`, or undefined when it has none. */
function skipCode(walk: JsxWalk, offset: number): number | undefined {
  const { parser } = walk;
  const { cursor } = parser;
  cursor.jumpTo(offset, walk.state);
  if (!cursor.is('{')) return undefined;
  parser.parseDelimited(() => {
    parser.parseExpression();
  });
  const closer = cursor.previous;
  return closer?.kind === 'punctuation' && closer.value === '}' ? closer.end : undefined;
}
