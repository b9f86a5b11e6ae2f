/**
 * Finds `/// <reference path="..." />` and `/// <reference types="..." />`
 * directives. TypeScript reads them only in the comments before the first
 * statement, so later ones are ignored here too.
 */
import { getLeadingCommentRanges, SyntaxKind } from './lexer/index.js';
import type { ReferenceList } from './reference-list.js';

const DIRECTIVE = /^\/\/\/\s*<reference\s/;
const ATTRIBUTE = /\b(path|types)\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Adds the reference directives found between offset `start`, where code may
 * begin, and offset `end`, the start of the first token.
 */
export function readReferenceDirectives(text: string, start: number, end: number, references: ReferenceList): void {
  // From an offset other than 0, getLeadingCommentRanges collects comments only after a line break, which
  // `start` is at when it is not 0.
  const comments = getLeadingCommentRanges(text, start);
  for (const comment of comments) {
    if (comment.pos >= end) break;
    if (comment.kind !== SyntaxKind.SingleLineCommentTrivia) continue;
    const body = text.slice(comment.pos, comment.end);
    if (!DIRECTIVE.test(body)) continue;
    const attribute = ATTRIBUTE.exec(body);
    if (attribute === null) continue;
    const specifier = attribute[2] ?? attribute[3]!;
    references.add('reference', specifier, comment.pos, attribute[1] === 'types');
  }
}
