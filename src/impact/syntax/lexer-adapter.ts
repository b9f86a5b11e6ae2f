/**
 * The token source of the syntax reader, built on the impact scanner's own
 * lexer (src/impact/scan/lexer/), so that reading configs and export lists
 * loads no part of the TypeScript compiler.
 *
 * The lexer keeps the token boundaries of TypeScript's scanner, which leaves
 * `>>`, `>=` and the like as single `>` tokens for a parser of type
 * arguments. The `TokenSource` contract wants operators whole, so this
 * adapter joins them, as `ts.Scanner.reScanGreaterToken` would.
 */
import { isLineBreak, Scanner, SyntaxKind } from '../scan/lexer/index.js';
import type { Token, TokenKind, TokenSource } from './tokens.js';

/** Operators that start with `>`, longest first. */
const GREATER_OPERATORS = ['>>>=', '>>>', '>>=', '>=', '>>'];

/** Creates a token source over `text`, starting at offset 0. */
export function createTokenSource(text: string): TokenSource {
  const scanner = new Scanner();
  scanner.setText(text);
  /** End of the token before the current one, where the trivia before the current token starts. */
  let previousEnd = 0;

  const current = (kind: SyntaxKind): Token => {
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    return {
      kind: tokenKindOf(kind),
      start,
      end,
      value: hasDecodedValue(kind) ? scanner.getTokenValue() : text.slice(start, end),
      lineBreakBefore: hasLineBreak(text, previousEnd, start),
    };
  };

  /** Widens a `>` token to the longest operator that starts there. */
  const greaterOperator = (): Token => {
    const token = current(SyntaxKind.GreaterThanToken);
    const operator = GREATER_OPERATORS.find((candidate) => text.startsWith(candidate, token.start));
    if (operator === undefined) return token;
    scanner.resetTokenState(token.start + operator.length);
    return { ...token, end: token.start + operator.length, value: operator };
  };

  const finish = (token: Token): Token => {
    previousEnd = token.end;
    return token;
  };

  return {
    next(regexAllowed) {
      let kind = scanner.scan();
      if (regexAllowed && (kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken)) {
        kind = scanner.reScanSlashToken();
      } else if (kind === SyntaxKind.GreaterThanToken) {
        return finish(greaterOperator());
      }
      return finish(current(kind));
    },
    continueTemplate() {
      return finish(current(scanner.reScanTemplateToken()));
    },
    reset(offset) {
      scanner.resetTokenState(offset);
      previousEnd = offset;
    },
  };
}

/** Returns whether the text between two tokens has a line break, which ends a statement where a semicolon may be left out. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let offset = from; offset < to; offset++) {
    if (isLineBreak(text.charCodeAt(offset))) return true;
  }
  return false;
}

function hasDecodedValue(kind: SyntaxKind): boolean {
  return (
    kind === SyntaxKind.Identifier ||
    kind === SyntaxKind.PrivateIdentifier ||
    kind === SyntaxKind.StringLiteral ||
    kind === SyntaxKind.NumericLiteral ||
    kind === SyntaxKind.BigIntLiteral ||
    kind === SyntaxKind.NoSubstitutionTemplateLiteral ||
    kind === SyntaxKind.TemplateHead ||
    kind === SyntaxKind.TemplateMiddle ||
    kind === SyntaxKind.TemplateTail ||
    (kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastKeyword)
  );
}

function tokenKindOf(kind: SyntaxKind): TokenKind {
  switch (kind) {
    case SyntaxKind.Identifier:
      return 'name';
    case SyntaxKind.PrivateIdentifier:
      return 'private-name';
    case SyntaxKind.StringLiteral:
      return 'string';
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return 'template';
    case SyntaxKind.TemplateHead:
      return 'template-head';
    case SyntaxKind.TemplateMiddle:
      return 'template-middle';
    case SyntaxKind.TemplateTail:
      return 'template-tail';
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.BigIntLiteral:
      return 'number';
    case SyntaxKind.RegularExpressionLiteral:
      return 'regex';
    case SyntaxKind.EndOfFileToken:
      return 'end';
  }
  if (kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastKeyword) return 'name';
  if (kind >= SyntaxKind.FirstPunctuation && kind <= SyntaxKind.LastPunctuation) return 'punctuation';
  return 'unknown';
}
