/**
 * Finds the references written in the comments before the first statement:
 * `/// <reference path="..." />` and `/// <reference types="..." />`
 * directives, and the `@jsxImportSource SOURCE` pragma, which makes the
 * compiler import `SOURCE/jsx-runtime` for the file's JSX. TypeScript reads
 * both only there, so later ones are ignored here too.
 */
import { getLeadingCommentRanges, SyntaxKind } from './lexer/index.js';
import type { ReferenceList } from './reference-list.js';

const DIRECTIVE = /^\/\/\/\s*<reference\s/;
const ATTRIBUTE = /\b(path|types)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** The JSX import source pragma; TypeScript and esbuild take the word after it as the package or path. */
const JSX_IMPORT_SOURCE = /@jsxImportSource\s+([^\s*]+)/;

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
    const body = text.slice(comment.pos, comment.end);
    const source = JSX_IMPORT_SOURCE.exec(body);
    // TypeScript reads the pragma from block comments only; a line comment is read too, because an extra edge costs less than a missing one.
    if (source !== null) references.add('import', `${source[1]!.replace(/\/$/, '')}/jsx-runtime`, comment.pos + source.index, false);
    if (comment.kind !== SyntaxKind.SingleLineCommentTrivia) continue;
    if (!DIRECTIVE.test(body)) continue;
    const attribute = ATTRIBUTE.exec(body);
    if (attribute === null) continue;
    const specifier = attribute[2] ?? attribute[3]!;
    references.add('reference', specifier, comment.pos, attribute[1] === 'types');
  }
}
