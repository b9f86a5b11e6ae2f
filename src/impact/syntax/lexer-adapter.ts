/**
 * The token source of the syntax reader, built on TypeScript's scanner.
 *
 * NOTE: this is the only file of src/impact/syntax/ that imports
 * 'typescript'. It is meant to be replaced by an adapter over the impact
 * scanner's own lexer, which keeps the method names of `ts.Scanner`, so that
 * the impact path no longer loads the TypeScript compiler. The replacement
 * has to keep `createTokenSource` and the `TokenSource` contract in tokens.ts.
 * This file uses these members of `ts.Scanner`: scan, reScanSlashToken,
 * reScanGreaterToken, reScanTemplateToken, resetTokenState, getTokenStart,
 * getTokenEnd, getTokenText, getTokenValue and hasPrecedingLineBreak, and
 * the FirstKeyword, LastKeyword, FirstPunctuation and LastPunctuation
 * markers of `ts.SyntaxKind`.
 */
import ts from 'typescript';
import type { Token, TokenKind, TokenSource } from './tokens.js';

const SyntaxKind = ts.SyntaxKind;

/** Creates a token source over `text`, starting at offset 0. */
export function createTokenSource(text: string): TokenSource {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);

  const current = (kind: ts.SyntaxKind): Token => ({
    kind: tokenKindOf(kind),
    start: scanner.getTokenStart(),
    end: scanner.getTokenEnd(),
    value: hasDecodedValue(kind) ? scanner.getTokenValue() : scanner.getTokenText(),
    lineBreakBefore: scanner.hasPrecedingLineBreak(),
  });

  return {
    next(regexAllowed) {
      let kind = scanner.scan();
      if (regexAllowed && (kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken)) {
        kind = scanner.reScanSlashToken();
      } else if (kind === SyntaxKind.GreaterThanToken) {
        // The scanner leaves `>>` and `>=` split for its parser's type arguments. The TokenSource contract wants them whole.
        kind = scanner.reScanGreaterToken();
      }
      return current(kind);
    },
    continueTemplate() {
      return current(scanner.reScanTemplateToken(false));
    },
    reset(offset) {
      scanner.resetTokenState(offset);
    },
  };
}

function hasDecodedValue(kind: ts.SyntaxKind): boolean {
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

function tokenKindOf(kind: ts.SyntaxKind): TokenKind {
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
