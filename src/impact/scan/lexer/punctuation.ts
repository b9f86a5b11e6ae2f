/**
 * Operators and other punctuation. Like TypeScript's scanner, it reads `>`
 * as one token, because `>>` may close two type argument lists. A parser
 * joins `>` tokens into shift operators where it needs them.
 */
import type { ScannerState } from './scanner-state.js';
import { LanguageVariant, SyntaxKind } from './syntax-kind.js';

/**
 * Reads the punctuation token at `state.pos`, whose first code unit is
 * `code`, and returns its kind, or undefined when `code` starts no
 * punctuation. Comments, numbers starting with `.`, and conflict markers are
 * the caller's to rule out first.
 */
export function scanPunctuation(state: ScannerState, code: number): SyntaxKind | undefined {
  const text = state.text;
  const pos = state.pos;
  const next = text.charCodeAt(pos + 1);
  switch (code) {
    case 0x7b: // {
      return advance(state, 1, SyntaxKind.OpenBraceToken);
    case 0x7d: // }
      return advance(state, 1, SyntaxKind.CloseBraceToken);
    case 0x28: // (
      return advance(state, 1, SyntaxKind.OpenParenToken);
    case 0x29: // )
      return advance(state, 1, SyntaxKind.CloseParenToken);
    case 0x5b: // [
      return advance(state, 1, SyntaxKind.OpenBracketToken);
    case 0x5d: // ]
      return advance(state, 1, SyntaxKind.CloseBracketToken);
    case 0x3b: // ;
      return advance(state, 1, SyntaxKind.SemicolonToken);
    case 0x2c: // ,
      return advance(state, 1, SyntaxKind.CommaToken);
    case 0x3a: // :
      return advance(state, 1, SyntaxKind.ColonToken);
    case 0x7e: // ~
      return advance(state, 1, SyntaxKind.TildeToken);
    case 0x40: // @
      return advance(state, 1, SyntaxKind.AtToken);
    case 0x3e: // >
      return advance(state, 1, SyntaxKind.GreaterThanToken);
    case 0x2e: // .
      if (next === 0x2e && text.charCodeAt(pos + 2) === 0x2e) return advance(state, 3, SyntaxKind.DotDotDotToken);
      return advance(state, 1, SyntaxKind.DotToken);
    case 0x21: // !
      if (next !== 0x3d) return advance(state, 1, SyntaxKind.ExclamationToken);
      if (text.charCodeAt(pos + 2) === 0x3d) return advance(state, 3, SyntaxKind.ExclamationEqualsEqualsToken);
      return advance(state, 2, SyntaxKind.ExclamationEqualsToken);
    case 0x3d: // =
      if (next === 0x3e) return advance(state, 2, SyntaxKind.EqualsGreaterThanToken);
      if (next !== 0x3d) return advance(state, 1, SyntaxKind.EqualsToken);
      if (text.charCodeAt(pos + 2) === 0x3d) return advance(state, 3, SyntaxKind.EqualsEqualsEqualsToken);
      return advance(state, 2, SyntaxKind.EqualsEqualsToken);
    case 0x2b: // +
      if (next === 0x2b) return advance(state, 2, SyntaxKind.PlusPlusToken);
      if (next === 0x3d) return advance(state, 2, SyntaxKind.PlusEqualsToken);
      return advance(state, 1, SyntaxKind.PlusToken);
    case 0x2d: // -
      if (next === 0x2d) return advance(state, 2, SyntaxKind.MinusMinusToken);
      if (next === 0x3d) return advance(state, 2, SyntaxKind.MinusEqualsToken);
      return advance(state, 1, SyntaxKind.MinusToken);
    case 0x2a: // *
      if (next === 0x3d) return advance(state, 2, SyntaxKind.AsteriskEqualsToken);
      if (next !== 0x2a) return advance(state, 1, SyntaxKind.AsteriskToken);
      if (text.charCodeAt(pos + 2) === 0x3d) return advance(state, 3, SyntaxKind.AsteriskAsteriskEqualsToken);
      return advance(state, 2, SyntaxKind.AsteriskAsteriskToken);
    case 0x2f: // /
      if (next === 0x3d) return advance(state, 2, SyntaxKind.SlashEqualsToken);
      return advance(state, 1, SyntaxKind.SlashToken);
    case 0x25: // %
      if (next === 0x3d) return advance(state, 2, SyntaxKind.PercentEqualsToken);
      return advance(state, 1, SyntaxKind.PercentToken);
    case 0x5e: // ^
      if (next === 0x3d) return advance(state, 2, SyntaxKind.CaretEqualsToken);
      return advance(state, 1, SyntaxKind.CaretToken);
    case 0x26: // &
      return scanDoubled(state, next, SyntaxKind.AmpersandToken, SyntaxKind.AmpersandEqualsToken, SyntaxKind.AmpersandAmpersandToken, SyntaxKind.AmpersandAmpersandEqualsToken);
    case 0x7c: // |
      return scanDoubled(state, next, SyntaxKind.BarToken, SyntaxKind.BarEqualsToken, SyntaxKind.BarBarToken, SyntaxKind.BarBarEqualsToken);
    case 0x3f: // ?
      return scanQuestion(state, next);
    case 0x3c: // <
      return scanLessThan(state, next);
    default:
      return undefined;
  }
}

function advance(state: ScannerState, length: number, kind: SyntaxKind): SyntaxKind {
  state.pos += length;
  return kind;
}

/** Reads `&`, `&=`, `&&` or `&&=`, or the same forms of `|`. */
function scanDoubled(state: ScannerState, next: number, single: SyntaxKind, assign: SyntaxKind, double: SyntaxKind, doubleAssign: SyntaxKind): SyntaxKind {
  const code = state.text.charCodeAt(state.pos);
  if (next === code) {
    if (state.text.charCodeAt(state.pos + 2) === 0x3d) return advance(state, 3, doubleAssign);
    return advance(state, 2, double);
  }
  if (next === 0x3d) return advance(state, 2, assign);
  return advance(state, 1, single);
}

/** Reads `?`, `?.`, `??` or `??=`. In `a?.5:b`, `?.5` is `?` before a number. */
function scanQuestion(state: ScannerState, next: number): SyntaxKind {
  const afterNext = state.text.charCodeAt(state.pos + 2);
  if (next === 0x2e && !(afterNext >= 0x30 && afterNext <= 0x39)) return advance(state, 2, SyntaxKind.QuestionDotToken);
  if (next === 0x3f) {
    if (afterNext === 0x3d) return advance(state, 3, SyntaxKind.QuestionQuestionEqualsToken);
    return advance(state, 2, SyntaxKind.QuestionQuestionToken);
  }
  return advance(state, 1, SyntaxKind.QuestionToken);
}

/** Reads `<`, `<<`, `<<=`, `<=`, or in JSX `</` unless a comment follows the slash. */
function scanLessThan(state: ScannerState, next: number): SyntaxKind {
  const afterNext = state.text.charCodeAt(state.pos + 2);
  if (next === 0x3c) {
    if (afterNext === 0x3d) return advance(state, 3, SyntaxKind.LessThanLessThanEqualsToken);
    return advance(state, 2, SyntaxKind.LessThanLessThanToken);
  }
  if (next === 0x3d) return advance(state, 2, SyntaxKind.LessThanEqualsToken);
  if (state.languageVariant === LanguageVariant.JSX && next === 0x2f && afterNext !== 0x2a) {
    return advance(state, 2, SyntaxKind.LessThanSlashToken);
  }
  return advance(state, 1, SyntaxKind.LessThanToken);
}
