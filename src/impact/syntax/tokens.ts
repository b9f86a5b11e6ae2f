/**
 * The tokens that the syntax reader consumes, and the narrow interface of
 * the lexer that produces them. Only `lexer-adapter.ts` implements the
 * interface, so the lexer behind it can change without touching the parser.
 */

/**
 * The kind of a token. Keywords are names, because most keywords of
 * JavaScript and TypeScript are also valid property names and identifiers.
 */
export type TokenKind =
  | 'name'
  | 'private-name'
  | 'string'
  /** A template literal without substitutions: `` `text` ``. */
  | 'template'
  /** The part of a template literal up to its first `${`. */
  | 'template-head'
  /** The part between two substitutions: `}text${`. */
  | 'template-middle'
  /** The part after the last substitution: `}text` and the closing backtick. */
  | 'template-tail'
  | 'number'
  | 'regex'
  | 'punctuation'
  /** A character that starts no token, such as `#` outside a private name. */
  | 'unknown'
  | 'end';

export interface Token {
  kind: TokenKind;
  /** Offset of the first character, after any comments and whitespace. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /**
   * The decoded value of a string or template part, the name of a name
   * token, the text of a number, regular expression or punctuation token.
   */
  value: string;
  /** True when a line break comes between the previous token and this one, which matters for automatic semicolon insertion. */
  lineBreakBefore: boolean;
}

/**
 * A lexer over one text. The parser decides what the lexer cannot: whether
 * a `/` starts a regular expression, and whether a `}` continues a template
 * literal.
 */
export interface TokenSource {
  /**
   * Scans the token after the current one. When `regexAllowed` is true, a
   * `/` or `/=` starts a regular expression literal. Operators such as `>>=`
   * come out whole, never split into `>` tokens.
   */
  next(regexAllowed: boolean): Token;
  /** Scans the current `}` again as the continuation of a template literal: a template middle or tail. */
  continueTemplate(): Token;
  /** Moves the lexer so that the next scan starts at `offset`. */
  reset(offset: number): void;
}
