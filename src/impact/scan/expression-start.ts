/**
 * Decides from the previous token whether an expression can start at the next
 * one. That is the context a tokenizer needs to tell a regular expression from
 * a division, and a JSX element from a less-than sign, without parsing.
 */
import { SyntaxKind } from './lexer/index.js';

/** Keywords that an operand follows, as in `return /x/` or `typeof <T/>`. */
const OPERAND_KEYWORDS = new Set<SyntaxKind>([
  SyntaxKind.AwaitKeyword,
  SyntaxKind.CaseKeyword,
  SyntaxKind.DefaultKeyword,
  SyntaxKind.DeleteKeyword,
  SyntaxKind.DoKeyword,
  SyntaxKind.ElseKeyword,
  SyntaxKind.InKeyword,
  SyntaxKind.InstanceOfKeyword,
  SyntaxKind.NewKeyword,
  SyntaxKind.ReturnKeyword,
  SyntaxKind.ThrowKeyword,
  SyntaxKind.TypeOfKeyword,
  SyntaxKind.VoidKeyword,
  SyntaxKind.YieldKeyword,
]);

/**
 * Returns whether an expression can start after a token of `kind`.
 *
 * `allowedBefore` is the same result for the position of that token. It
 * distinguishes a prefix `!`, `++` or `--` from a postfix one such as TypeScript's
 * non-null `x!`. `afterDot` is true when the token follows `.` or `?.`, where
 * a keyword is a property name, as in `map.delete / 2`.
 *
 * The result is a guess in two places. After `)` it is false, because
 * `if (a) /x/.test(b)` is rare next to `(a + b) / 2`. After `}` it is true,
 * because a block ends there more often than an object literal.
 */
export function expressionCanFollow(kind: SyntaxKind, allowedBefore: boolean, afterDot: boolean): boolean {
  // Identifiers and most literals, the commonest tokens, skip the switch, whose cases V8 compares one by one until it optimizes this function.
  if (kind === SyntaxKind.Identifier || kind < SyntaxKind.TemplateHead) return false;
  switch (kind) {
    case SyntaxKind.ExclamationToken:
    case SyntaxKind.PlusPlusToken:
    case SyntaxKind.MinusMinusToken:
      return allowedBefore;
    case SyntaxKind.CloseParenToken:
    case SyntaxKind.CloseBracketToken:
      return false;
    case SyntaxKind.TemplateHead:
    case SyntaxKind.TemplateMiddle:
      return true;
  }
  if (kind >= SyntaxKind.FirstPunctuation && kind <= SyntaxKind.LastPunctuation) return true;
  if (kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastKeyword) return !afterDot && OPERAND_KEYWORDS.has(kind);
  // Identifiers, literals, template tails, regular expressions and closed JSX elements end an operand.
  return false;
}

/** Returns whether a token of `kind` can be a name: an identifier or any keyword. */
export function isIdentifierOrKeyword(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.Identifier || (kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastKeyword);
}
