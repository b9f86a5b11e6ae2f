/**
 * The mutable state that the lexer's scanning functions share: the text, the
 * read position, and the current token. `Scanner` extends it with the public
 * methods, and each file of this folder reads one kind of token into it.
 */
import { LanguageVariant, SyntaxKind } from './syntax-kind.js';

/**
 * The errors the lexer reports: only those after which tokens end somewhere
 * else than in valid code, and so can hide or invent a reference. The texts
 * are TypeScript's diagnostic messages 1002, 1010, 1127, 1160, 1161 and 1185.
 */
export const LexerMessage = {
  UnterminatedString: 'Unterminated string literal.',
  UnterminatedComment: "'*/' expected.",
  InvalidCharacter: 'Invalid character.',
  UnterminatedTemplate: 'Unterminated template literal.',
  UnterminatedRegularExpression: 'Unterminated regular expression literal.',
  MergeConflictMarker: 'Merge conflict marker encountered.',
} as const;

export type LexerMessage = (typeof LexerMessage)[keyof typeof LexerMessage];

/**
 * Receives a lexer error. `tokenStart` is where the token, comment or
 * conflict marker being read began, as `getTokenStart()` would return it.
 */
export type LexerErrorCallback = (message: LexerMessage, tokenStart: number) => void;

/** The fields are internal to this folder's files. Callers use `Scanner`'s methods. */
export class ScannerState {
  text = '';
  /** Offset where scanning stops: the text's length. */
  end = 0;
  /** Read position: the end of the current token once it is scanned. */
  pos = 0;
  /** Offset of the current token's first character, after trivia. */
  tokenStart = 0;
  /** Offset where the current token's trivia began. */
  fullStart = 0;
  token = SyntaxKind.Unknown;
  /**
   * Value of the last identifier, keyword or literal read. Like TypeScript's
   * scanner, punctuation leaves the previous value in place.
   */
  tokenValue = '';
  languageVariant = LanguageVariant.Standard;
  onError: LexerErrorCallback | undefined = undefined;

  error(message: LexerMessage): void {
    this.onError?.(message, this.tokenStart);
  }
}
