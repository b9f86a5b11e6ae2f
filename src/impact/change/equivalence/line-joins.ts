/**
 * Lines that type erasure can join to the line before them. TypeScript
 * ends a statement at a type and a line break, as in `const a = b as T\n(c)`
 * or `interface I {}\n(c)`, and runs `(c)` on its own. The eraser deletes
 * the type and leaves `const a = b\n(c)`, where JavaScript reads no end of
 * statement and calls `b`. So a version with the type and a version
 * without it erase alike, though only one of them calls `b`.
 *
 * A line is at risk when it continues the line before it both in the text
 * and in the erased code: it starts with a token that can continue an
 * expression, after a token that can end one. The text alone is not
 * enough, because the interface members `a: string\n[key: string]: T` match
 * and erase to nothing. Nor is the erased code alone: multi-line type
 * arguments `f<\n  T\n>()` erase to `f\n\n()`, which TypeScript reads as a
 * call too. Sucrase 3.35 keeps the line breaks in the white space and
 * comments before a token it deletes. Its TypeScript and JSX transforms add
 * none. So a line of a text and the line of its erased code have the same
 * number. Sucrase drops the line breaks inside a deleted token, such as a
 * template literal type over two lines. So when the line feeds of the text
 * and of its erased code differ in number, any line of the erased code
 * that continues the line before counts.
 */
import { SyntaxKind } from '../../scan/lexer/index.js';
import type { CodeShape } from '../../scan/code-shape.js';

/** Tokens that can start a statement and also continue an expression: `(`, `[`, a template, `+`, `-`, `/`, a regular expression, `<`. */
const CONTINUING_STARTS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.OpenParenToken,
  SyntaxKind.OpenBracketToken,
  SyntaxKind.NoSubstitutionTemplateLiteral,
  SyntaxKind.TemplateHead,
  SyntaxKind.PlusToken,
  SyntaxKind.MinusToken,
  SyntaxKind.SlashToken,
  SyntaxKind.SlashEqualsToken,
  SyntaxKind.RegularExpressionLiteral,
  SyntaxKind.LessThanToken,
]);

/** Punctuation that can end an expression or a type, as in `f()`, `a[0]`, `{}` and `Array<T>`. Words and literals can too. */
const CLOSING_PUNCTUATION: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.CloseParenToken,
  SyntaxKind.CloseBracketToken,
  SyntaxKind.CloseBraceToken,
  SyntaxKind.GreaterThanToken,
]);

/** Entries of a shape to search: from entry `first`, whose offset is at least `start`, up to offset `end`. */
export interface LineRange {
  first: number;
  start: number;
  end: number;
}

/**
 * Returns the numbers of the lines in `range` that continue the line before
 * them. Line `firstLine` is the one that contains offset `range.start`.
 */
export function continuingLines(shape: CodeShape, text: string, range: LineRange, firstLine = 0): Set<number> {
  const { kinds, texts, starts } = shape;
  const lines = new Set<number>();
  let line = firstLine;
  let counted = range.start;
  for (let index = Math.max(range.first, 1); index < kinds.length && starts[index]! < range.end; index++) {
    if (!CONTINUING_STARTS.has(kinds[index]!) || !texts[index]!.startsWith('\n')) continue;
    const previous = kinds[index - 1]!;
    if (previous >= SyntaxKind.FirstPunctuation && previous <= SyntaxKind.LastPunctuation && !CLOSING_PUNCTUATION.has(previous)) continue;
    line += lineFeeds(text, counted, starts[index]!);
    counted = starts[index]!;
    lines.add(line);
  }
  return lines;
}

/**
 * Returns whether the erased `code` of `text` continues the line before on
 * one of the `textLines` of the text, or on any line when erasure dropped
 * line feeds, so that line numbers no longer match.
 */
export function joinsLines(text: string, textLines: ReadonlySet<number>, erased: CodeShape, code: string): boolean {
  if (textLines.size === 0) return false;
  const aligned = lineFeeds(text, 0, text.length) === lineFeeds(code, 0, code.length);
  for (const line of continuingLines(erased, code, { first: 0, start: 0, end: code.length })) {
    if (!aligned || textLines.has(line)) return true;
  }
  return false;
}

/**
 * Counts the line feeds in `text[start, end)`. Other line breaks are not
 * counted, in a text and in its erased code alike, so lines they separate
 * share a number, which can only find more joined lines.
 */
function lineFeeds(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
