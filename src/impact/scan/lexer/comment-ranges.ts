/**
 * The comments before a token, in place of TypeScript's
 * `ts.getLeadingCommentRanges`, for readers of directives such as
 * `/// <reference types="node" />`.
 */
import { isWhiteSpaceLike } from './character-classes.js';
import { SyntaxKind } from './syntax-kind.js';
import { shebangEnd, skipBlockComment, skipLineComment } from './trivia.js';

export interface CommentRange {
  kind: SyntaxKind.SingleLineCommentTrivia | SyntaxKind.MultiLineCommentTrivia;
  /** Offset of the comment's first `/`. */
  pos: number;
  /** Offset after the comment: its line break for a line comment, after the closing `*` `/` for a block comment. */
  end: number;
}

/**
 * Returns the comments in the white space and comments that start at
 * `pos`, up to the first token. As TypeScript 5.9 does, it collects from
 * offset 0, after a `#!` line, or else only after the first line break,
 * because comments on the line of the previous token trail that token.
 */
export function getLeadingCommentRanges(text: string, pos: number): CommentRange[] {
  const comments: CommentRange[] = [];
  let collecting = false;
  if (pos === 0) {
    collecting = true;
    pos = shebangEnd(text);
  }
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 0x2f) {
      const next = text.charCodeAt(pos + 1);
      if (next !== 0x2f && next !== 0x2a) break;
      const line = next === 0x2f;
      const end = line ? skipLineComment(text, pos, text.length) : skipBlockComment(text, pos, text.length);
      if (collecting) comments.push({ kind: line ? SyntaxKind.SingleLineCommentTrivia : SyntaxKind.MultiLineCommentTrivia, pos, end });
      pos = end;
      continue;
    }
    if (!isWhiteSpaceLike(code)) break;
    // Only LF and CR start collecting, while U+2028 and U+2029 are skipped as white space.
    if (code === 0x0a || code === 0x0d) collecting = true;
    pos++;
  }
  return comments;
}
