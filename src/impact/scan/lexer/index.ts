/**
 * A lexer for JavaScript, TypeScript and JSX that does not load the
 * `typescript` package, which costs about 0.2 s and 48 MB per process.
 *
 * `Scanner` reads tokens as TypeScript 5.9's `ts.createScanner(Latest,
 * true)` does, and `SyntaxKind` names them as `ts.SyntaxKind` does, so code
 * written against TypeScript's scanner ports by changing its imports:
 *
 *     const scanner = new Scanner();
 *     scanner.setText(text);
 *     for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
 *       if (kind === SyntaxKind.StringLiteral) console.log(scanner.getTokenValue());
 *     }
 *
 * Like TypeScript's scanner it has no parser's context, which the caller
 * supplies: call `reScanSlashToken()` on `/` or `/=` where an expression can
 * start, `reScanTemplateToken()` on the `}` that ends a template
 * substitution, and the `scanJsx...` methods inside JSX elements. It skips
 * comments and reports only the errors in `LexerMessage`, which change
 * where tokens end.
 *
 * A scanner has mutable state and no asynchronous steps, so one instance
 * can be reused for text after text, but not by two readers at once.
 */
export { isLineBreak, isWhiteSpaceSingleLine } from './character-classes.js';
export { getLeadingCommentRanges, type CommentRange } from './comment-ranges.js';
export { Scanner } from './scanner.js';
export { LexerMessage, type LexerErrorCallback } from './scanner-state.js';
export { LanguageVariant, SyntaxKind } from './syntax-kind.js';
