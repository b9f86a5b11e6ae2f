/**
 * The lexer's scanner: reads one token at a time from a text, skipping white
 * space and comments, with the methods that a caller uses to read the tokens
 * that depend on context: regular expressions, template continuations and
 * JSX.
 *
 * Its methods are the subset of TypeScript 5.9's `ts.Scanner` that the
 * import scanner used, with the same token boundaries, values and error
 * positions, so it could replace `ts.createScanner(ScriptTarget.Latest,
 * true)` without changing a reference.
 */
import { codePointAt, isIdentifierStart, isLineBreak, isWhiteSpaceSingleLine } from './character-classes.js';
import { scanBackslash, scanIdentifier, scanPrivateName } from './identifiers.js';
import { extendJsxIdentifier, scanJsxToken } from './jsx.js';
import { scanNumber } from './numbers.js';
import { scanPunctuation } from './punctuation.js';
import { scanRegularExpression } from './regular-expressions.js';
import { LexerMessage, ScannerState, type LexerErrorCallback } from './scanner-state.js';
import { scanString } from './strings.js';
import { LanguageVariant, SyntaxKind } from './syntax-kind.js';
import { scanTemplate } from './templates.js';
import { isConflictMarker, scanBlockComment, scanConflictMarker, shebangEnd, skipLineComment } from './trivia.js';

const REPLACEMENT_CHARACTER = 0xfffd;

/** 1 for each ASCII code unit that starts an identifier: letters, `$` and `_`. */
const ASCII_IDENTIFIER_START = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) ASCII_IDENTIFIER_START[code] = isIdentifierStart(code) ? 1 : 0;

export class Scanner extends ScannerState {
  /** Sets the text to scan from offset `start`, and resets the current token. */
  setText(text: string, start = 0): void {
    this.text = text;
    this.end = text.length;
    this.resetTokenState(start);
  }

  setLanguageVariant(variant: LanguageVariant): void {
    this.languageVariant = variant;
  }

  /** Sets the function that receives the errors listed in `LexerMessage`. Scanning goes on after each. */
  setOnError(callback: LexerErrorCallback | undefined): void {
    this.onError = callback;
  }

  /** Moves to `position` and clears the current token, so that the next `scan()` starts there. */
  resetTokenState(position: number): void {
    this.pos = position;
    this.fullStart = position;
    this.tokenStart = position;
    this.token = SyntaxKind.Unknown;
    this.tokenValue = '';
  }

  getTokenStart(): number {
    return this.tokenStart;
  }

  getTokenEnd(): number {
    return this.pos;
  }

  getTokenValue(): string {
    return this.tokenValue;
  }

  /**
   * Runs `callback`, which may scan ahead, and then restores the position
   * and the current token. Errors met meanwhile still reach the callback
   * set by `setOnError`.
   */
  lookAhead<T>(callback: () => T): T {
    const { pos, fullStart, tokenStart, token, tokenValue } = this;
    try {
      return callback();
    } finally {
      this.pos = pos;
      this.fullStart = fullStart;
      this.tokenStart = tokenStart;
      this.token = token;
      this.tokenValue = tokenValue;
    }
  }

  /**
   * Reads the next token. A `/` or `/=` is returned as such, and the caller
   * calls `reScanSlashToken` where a regular expression can start. A `}` is
   * returned as such too, and the caller calls `reScanTemplateToken` where
   * it ends a template substitution. `>` is always a token of its own, so `>>` is two tokens.
   */
  scan(): SyntaxKind {
    this.fullStart = this.pos;
    for (;;) {
      // Most tokens follow spaces or a line break. Skipping them here, with the text and position in locals, saves a pass through `scanAt` per token while the code is not yet optimized.
      // The loop checks the end before reading: `charCodeAt` past the end returns NaN, and V8 then discards the optimized code of the caller.
      const text = this.text;
      const end = this.end;
      let pos = this.pos;
      while (pos < end) {
        const space = text.charCodeAt(pos);
        if (space !== 0x20 && space !== 0x0a) break;
        pos++;
      }
      this.pos = pos;
      this.tokenStart = pos;
      if (pos >= end) return (this.token = SyntaxKind.EndOfFileToken);
      const code = text.charCodeAt(pos);
      if (pos === 0 && code === 0x23) {
        const shebang = shebangEnd(text);
        if (shebang > 0) {
          this.pos = shebang;
          continue;
        }
      }
      const kind = this.scanAt(code);
      if (kind !== undefined) return (this.token = kind);
    }
  }

  /** Reads the token or trivia at `this.pos`, whose code unit is `code`. Returns undefined after trivia. */
  private scanAt(code: number): SyntaxKind | undefined {
    // An ASCII letter, `$` or `_` starts an identifier or a keyword, the commonest tokens. Until V8 optimizes this method, the switch below compares `code` with its cases one by one.
    if (ASCII_IDENTIFIER_START[code] === 1) return scanIdentifier(this, code);
    switch (code) {
      case 0x0a:
      case 0x0d:
      case 0x09:
      case 0x0b:
      case 0x0c:
      case 0x20:
        this.pos = skipAsciiWhiteSpace(this.text, this.pos + 1, this.end);
        return undefined;
      case 0x22:
      case 0x27:
        scanString(this, false);
        return SyntaxKind.StringLiteral;
      case 0x60:
        return scanTemplate(this, false);
      case 0x2f:
        return this.scanSlash();
      case 0x2e:
        if (isDigitCode(this.text.charCodeAt(this.pos + 1))) {
          scanNumber(this);
          return SyntaxKind.NumericLiteral;
        }
        return scanPunctuation(this, code);
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37:
      case 0x38:
      case 0x39:
        return scanNumber(this);
      case 0x3c:
      case 0x3d:
      case 0x3e:
      case 0x7c:
        if (isConflictMarker(this.text, this.pos)) {
          scanConflictMarker(this);
          return undefined;
        }
        return scanPunctuation(this, code);
      case 0x5c:
        return scanBackslash(this);
      case 0x23:
        return this.scanHash();
      default:
        return this.scanOther(code);
    }
  }

  /** Reads a comment, which is skipped, or `/` or `/=`. */
  private scanSlash(): SyntaxKind | undefined {
    const next = this.text.charCodeAt(this.pos + 1);
    if (next === 0x2f) {
      this.pos = skipLineComment(this.text, this.pos, this.end);
      return undefined;
    }
    if (next === 0x2a) {
      scanBlockComment(this);
      return undefined;
    }
    return scanPunctuation(this, 0x2f);
  }

  /** Reads `#name`. A `#!` after the start of the text is one unknown character, as in TypeScript. */
  private scanHash(): SyntaxKind {
    if (this.pos !== 0 && this.text.charCodeAt(this.pos + 1) === 0x21) {
      this.pos++;
      return SyntaxKind.Unknown;
    }
    return scanPrivateName(this);
  }

  /** Reads punctuation, an identifier, or a character that only Unicode classes place. */
  private scanOther(code: number): SyntaxKind | undefined {
    const punctuation = scanPunctuation(this, code);
    if (punctuation !== undefined) return punctuation;
    const codePoint = code >= 0xd800 ? codePointAt(this.text, this.pos) : code;
    if (isIdentifierStart(codePoint)) return scanIdentifier(this, codePoint);
    if (isWhiteSpaceSingleLine(codePoint) || isLineBreak(codePoint)) {
      this.pos++;
      return undefined;
    }
    if (codePoint === REPLACEMENT_CHARACTER) {
      // TypeScript takes a file with U+FFFD for binary and reads no further.
      this.pos = this.end;
      return SyntaxKind.NonTextFileMarkerTrivia;
    }
    this.error(LexerMessage.InvalidCharacter);
    this.pos += codePoint >= 0x10000 ? 2 : 1;
    return SyntaxKind.Unknown;
  }

  /**
   * Reads the current `/` or `/=` token again as a regular expression, and
   * returns `RegularExpressionLiteral`. Any other current token is kept.
   */
  reScanSlashToken(): SyntaxKind {
    if (this.token !== SyntaxKind.SlashToken && this.token !== SyntaxKind.SlashEqualsToken) return this.token;
    scanRegularExpression(this);
    return (this.token = SyntaxKind.RegularExpressionLiteral);
  }

  /**
   * Reads the current `}` token again as the continuation of a template:
   * `TemplateMiddle` up to the next `${`, or `TemplateTail` up to the
   * backtick. Escapes are decoded as in a string, and so are the legacy
   * octal escapes that an untagged template may not contain.
   */
  reScanTemplateToken(): SyntaxKind {
    this.pos = this.tokenStart;
    return (this.token = scanTemplate(this, true));
  }

  /** Reads one token of JSX children: see `scanJsxToken` in jsx.ts. */
  scanJsxToken(): SyntaxKind {
    return (this.token = scanJsxToken(this));
  }

  /** Extends the current identifier or keyword to a JSX name such as `data-id`; other tokens are kept. */
  scanJsxIdentifier(): SyntaxKind {
    if (this.token < SyntaxKind.Identifier || this.token > SyntaxKind.LastKeyword) return this.token;
    return (this.token = extendJsxIdentifier(this));
  }

  /**
   * Reads a JSX attribute value: a string without escapes, which may span
   * lines, or else whatever `scan()` reads. For a string, the token start is
   * not moved, as in TypeScript's scanner.
   */
  scanJsxAttributeValue(): SyntaxKind {
    this.fullStart = this.pos;
    const code = this.text.charCodeAt(this.pos);
    if (code !== 0x22 && code !== 0x27) return this.scan();
    scanString(this, true);
    return (this.token = SyntaxKind.StringLiteral);
  }
}

/** Returns the offset of the first character from `pos` that is not ASCII white space or a line break. */
function skipAsciiWhiteSpace(text: string, pos: number, end: number): number {
  while (pos < end) {
    const code = text.charCodeAt(pos);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0x0b && code !== 0x0c) break;
    pos++;
  }
  return pos;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
