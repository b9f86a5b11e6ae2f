/**
 * A token stream over the lexer's scanner that supplies the context the
 * scanner leaves to a parser: regular expressions, template literals, JSX
 * and bracket nesting. The module-reference recognizers read only the code
 * tokens it returns, so that text inside strings, comments, regular
 * expressions and JSX text never looks like code.
 *
 * JSX is recognized by guessing, as in a speculative parse. A `<` where an
 * expression can start opens an element. When the element turns out to be
 * malformed, for example a type such as `<T>(x: T) => T` that the guess did
 * not rule out, the stream steps back to that `<`. It then drops what it found
 * since, reports the problem, and reads the `<` as an operator.
 */
import { expressionCanFollow } from './expression-start.js';
import { closerText, closes, FrameKind, isJsxElement, openerText, type Frame } from './frames.js';
import { continueElement, openElement, startsTypeParameters, type JsxHost } from './jsx-elements.js';
import { LanguageVariant, Scanner, SyntaxKind, type LexerMessage } from './lexer/index.js';
import type { SyntaxErrorList } from './syntax-errors.js';

/**
 * Failed JSX guesses allowed per script. Each one can rescan the rest of the
 * text, so the cap bounds the time of a file full of them. Past the cap, `<`
 * is read as an operator.
 */
const MAX_JSX_ROLLBACKS = 64;

/** The stream state that a rollback restores, saved just before the `<` of a guessed JSX element. */
interface JsxGuess {
  start: number;
  frameCount: number;
  referenceCount: number;
  errorCount: number;
  lastErrorOffset: number;
  lastRollbackErrorOffset: number;
  previous: SyntaxKind;
  afterDot: boolean;
}

/** The list that recognizers add references to; the stream cuts it back on a rollback. */
export interface TruncatableList {
  readonly length: number;
  truncate(length: number): void;
}

/**
 * The scanner of every stream. Sharing it is safe because a stream is read
 * to its end before the next one is created: scanning is synchronous.
 */
const sharedScanner = new Scanner();

export interface TokenStreamOptions {
  jsx: boolean;
  /** Offset where scanning starts, after a `#!` line that the scanner would not skip. */
  start: number;
  errors: SyntaxErrorList;
  references: TruncatableList;
  lineAt: (offset: number) => number;
}

export class TokenStream {
  /** Kind of the current token. */
  token: SyntaxKind = SyntaxKind.Unknown;
  /** Offset of the current token's first character. */
  tokenStart = 0;
  /** Kind of the code token before the current one; `Unknown` at the start and `JsxElement` after a closed element. */
  previous: SyntaxKind = SyntaxKind.Unknown;
  /** True when the previous token was `.` or `?.`, so the current one is a property name. */
  afterDot = false;
  /** Grows by one on each rollback; a recognizer that saw it change must drop what it read. */
  generation = 0;

  private readonly scanner: Scanner;
  private readonly frames: Frame[] = [];
  private readonly guesses: JsxGuess[] = [];
  /** `<` offsets whose JSX guess failed: they are operators from now on. */
  private readonly rejectedGuesses = new Set<number>();
  private jsx: boolean;
  private rollbacks = 0;
  private expressionAllowed = true;
  /** Offset of the last scanner error kept, so an error met again when a token is scanned twice is kept once. */
  private lastErrorOffset = -1;
  /**
   * Offset of the last rollback's error. Rescanning after a rollback can
   * guess again inside the same element and fail at the same place, as in
   * `<div><span></div>`, which is reported once.
   */
  private lastRollbackErrorOffset = -1;
  private muted = 0;
  private finished = false;
  private readonly jsxHost: JsxHost = {
    scanner: sharedScanner,
    push: (kind, start, tagName) => this.push(kind, start, tagName),
    closeElement: () => this.closeElement(),
    enterExpression: (start) => this.enterExpression(start),
    rollBack: (offset, message) => this.rollBack(offset, message),
  };

  constructor(
    text: string,
    private readonly options: TokenStreamOptions,
  ) {
    this.jsx = options.jsx;
    this.scanner = sharedScanner;
    this.scanner.setLanguageVariant(options.jsx ? LanguageVariant.JSX : LanguageVariant.Standard);
    this.scanner.setOnError((message, tokenStart) => this.onScannerError(message, tokenStart));
    this.scanner.setText(text, options.start);
    this.readNext();
  }

  /** Offset just past the current token's last character. */
  get tokenEnd(): number {
    return this.scanner.getTokenEnd();
  }

  /** Number of open frames; recognizers compare it to find the end of an argument. */
  get depth(): number {
    return this.frames.length;
  }

  /**
   * Returns whether the current token is of `kind`. Recognizers use it rather
   * than comparing `token`, which TypeScript would keep narrowed across
   * `advance()` calls.
   */
  is(kind: SyntaxKind): boolean {
    return this.token === kind;
  }

  /** Returns the current token's value: the decoded text of a literal, or the name of an identifier or keyword. */
  value(): string {
    return this.scanner.getTokenValue();
  }

  /**
   * Returns the kinds of the next `count` tokens without moving. They are
   * scanned without the stream's context, so a caller may compare them only
   * with names, punctuation other than `/`, `<` and `}`, and string literals.
   */
  peek(count: number): SyntaxKind[] {
    return this.lookAhead(() => {
      const kinds: SyntaxKind[] = [];
      for (let i = 0; i < count; i++) kinds.push(this.scanner.scan());
      return kinds;
    });
  }

  /**
   * Drops the frames above `depth` without reporting them, for a recognizer
   * that has reported the missing closer itself, as with `import { a from 'x'`.
   * Frames of a JSX guess are kept, because a rollback needs them.
   */
  abandonFrames(depth: number): void {
    const guess = this.guesses[this.guesses.length - 1];
    const floor = guess === undefined ? depth : Math.max(depth, guess.frameCount);
    if (this.frames.length > floor) this.frames.length = floor;
  }

  /** True while a `<` is read as the start of a JSX element that has not closed: references found meanwhile may be dropped by a rollback. */
  get guessingJsx(): boolean {
    return this.guesses.length > 0;
  }

  advance(): void {
    const expressionAllowed = expressionCanFollow(this.token, this.expressionAllowed, this.afterDot);
    this.afterDot = this.token === SyntaxKind.DotToken || this.token === SyntaxKind.QuestionDotToken;
    this.previous = this.token;
    this.expressionAllowed = expressionAllowed;
    this.readNext();
  }

  /** Moves to the next code token, handling JSX elements and closing brackets on the way. */
  private readNext(): void {
    if (this.finished) return;
    for (;;) {
      const top = this.frames[this.frames.length - 1];
      if (top !== undefined && isJsxElement(top.kind)) {
        continueElement(this.jsxHost, top);
        continue;
      }

      let kind = this.scanner.scan();
      const start = this.scanner.getTokenStart();
      switch (kind) {
        case SyntaxKind.SlashToken:
        case SyntaxKind.SlashEqualsToken:
          if (this.expressionAllowed) kind = this.scanner.reScanSlashToken();
          break;
        case SyntaxKind.LessThanToken:
          if (this.startsJsxElement(start)) {
            this.guesses.push(this.guessState(start));
            openElement(this.jsxHost, start);
            continue;
          }
          break;
        case SyntaxKind.OpenParenToken:
          this.push(FrameKind.Paren, start);
          break;
        case SyntaxKind.OpenBracketToken:
          this.push(FrameKind.Bracket, start);
          break;
        case SyntaxKind.OpenBraceToken:
          this.push(FrameKind.Brace, start);
          break;
        case SyntaxKind.TemplateHead:
          this.push(FrameKind.TemplateSubstitution, start);
          break;
        case SyntaxKind.CloseParenToken:
        case SyntaxKind.CloseBracketToken:
        case SyntaxKind.CloseBraceToken: {
          const closed = this.close(kind, start);
          if (closed === undefined) continue;
          kind = closed;
          break;
        }
        case SyntaxKind.EndOfFileToken:
          if (this.guesses.length > 0) {
            const element = this.innermostElement();
            this.rollBack(element.start, `'<${element.tagName}>' has no closing tag.`);
            continue;
          }
          this.reportUnclosedFrames();
          this.finished = true;
          break;
      }
      this.token = kind;
      this.tokenStart = start;
      return;
    }
  }

  private push(kind: FrameKind, start: number, tagName = ''): void {
    this.frames.push({ kind, start, tagName });
  }

  /**
   * Pops the frame that a closing bracket ends and returns the token to
   * surface: the bracket itself, or the template middle or tail that a `}`
   * continues. Returns undefined when no code token results, because the
   * brace ended a JSX expression or a JSX guess was rolled back.
   */
  private close(kind: SyntaxKind, start: number): SyntaxKind | undefined {
    let closer = '}';
    if (kind === SyntaxKind.CloseParenToken) closer = ')';
    else if (kind === SyntaxKind.CloseBracketToken) closer = ']';
    let top = this.frames[this.frames.length - 1];
    if (top === undefined || !closes(closer, top.kind)) {
      if (this.guesses.length > 0) {
        // Brackets inside a guessed JSX element do not pair up: the guess is the likelier mistake.
        this.rollBack(start, `Unexpected '${closer}'.`);
        return undefined;
      }
      top = this.recoverFromMismatch(closer, start);
      if (top === undefined) return kind;
    }

    switch (top.kind) {
      case FrameKind.TemplateSubstitution: {
        const continued = this.scanner.reScanTemplateToken();
        if (continued === SyntaxKind.TemplateTail) this.frames.pop();
        return continued;
      }
      case FrameKind.JsxExpression:
        this.frames.pop();
        return undefined;
      default:
        this.frames.pop();
        return kind;
    }
  }

  /**
   * Handles a closing bracket that does not match the innermost frame, as in
   * `f(a]`. When an enclosing frame matches, the frames above it are
   * reported as unclosed and dropped, and that frame is returned. Otherwise
   * the bracket is reported and ignored. The search stops at a template
   * substitution, because text after its `}` is template text, not code.
   */
  private recoverFromMismatch(closer: string, start: number): Frame | undefined {
    let index = this.frames.length - 1;
    while (index >= 0) {
      const frame = this.frames[index]!;
      if (closes(closer, frame.kind)) break;
      if (frame.kind === FrameKind.TemplateSubstitution) {
        index = -1;
        break;
      }
      index--;
    }
    if (index < 0) {
      this.reportError(start, `Unexpected '${closer}'.`);
      return undefined;
    }
    for (let unclosed = this.frames.length - 1; unclosed > index; unclosed--) this.reportUnclosed(this.frames[unclosed]!);
    this.frames.length = index + 1;
    return this.frames[index];
  }

  private reportUnclosedFrames(): void {
    for (const frame of this.frames) this.reportUnclosed(frame);
    this.frames.length = 0;
  }

  private reportUnclosed(frame: Frame): void {
    this.reportError(frame.start, `'${openerText(frame.kind)}' has no matching '${closerText(frame.kind)}'.`);
  }

  private reportError(offset: number, message: string): void {
    this.options.errors.add(this.options.lineAt(offset), message);
  }

  /**
   * Keeps a lexer error, reported where the bad token, comment or literal
   * began. The lexer reports only errors that change where tokens end, and
   * so can hide or invent references.
   */
  private onScannerError(message: LexerMessage, tokenStart: number): void {
    if (this.muted > 0 || tokenStart <= this.lastErrorOffset) return;
    this.lastErrorOffset = tokenStart;
    this.reportError(tokenStart, message);
  }

  /** Returns whether the `<` at `start` is guessed to open a JSX element. */
  private startsJsxElement(start: number): boolean {
    if (!this.jsx || !this.expressionAllowed || this.rejectedGuesses.has(start)) return false;
    return !this.lookAhead(() => startsTypeParameters(this.scanner));
  }

  private lookAhead<T>(read: () => T): T {
    this.muted++;
    try {
      return this.scanner.lookAhead(read);
    } finally {
      this.muted--;
    }
  }

  private guessState(start: number): JsxGuess {
    return {
      start,
      frameCount: this.frames.length,
      referenceCount: this.options.references.length,
      errorCount: this.options.errors.size,
      lastErrorOffset: this.lastErrorOffset,
      lastRollbackErrorOffset: this.lastRollbackErrorOffset,
      previous: this.previous,
      afterDot: this.afterDot,
    };
  }

  /** Returns the innermost open JSX element; a guess is open, so there is one. */
  private innermostElement(): Frame {
    for (let index = this.frames.length - 1; ; index--) {
      const frame = this.frames[index]!;
      if (isJsxElement(frame.kind)) return frame;
    }
  }

  /**
   * Steps back to the `<` of the innermost JSX guess, which the scanner then
   * reads again as an operator, and reports `message` at `offset`. A failure
   * always lies in the innermost guess, because the frames of inner guesses
   * sit on top of the stack.
   */
  private rollBack(offset: number, message: string): void {
    const guess = this.guesses.pop()!;
    this.rejectedGuesses.add(guess.start);
    this.frames.length = guess.frameCount;
    this.options.references.truncate(guess.referenceCount);
    this.options.errors.truncate(guess.errorCount);
    this.lastErrorOffset = guess.lastErrorOffset;
    this.lastRollbackErrorOffset = guess.lastRollbackErrorOffset;
    this.previous = guess.previous;
    this.afterDot = guess.afterDot;
    this.expressionAllowed = true;
    this.scanner.resetTokenState(guess.start);
    this.generation++;
    this.rollbacks++;
    if (this.rollbacks >= MAX_JSX_ROLLBACKS) this.jsx = false;
    if (offset === this.lastRollbackErrorOffset) return;
    this.lastRollbackErrorOffset = offset;
    this.reportError(offset, message);
  }

  /** Pops the innermost element; when it was a guess, code resumes after it as after an operand. */
  private closeElement(): void {
    this.frames.pop();
    const guess = this.guesses[this.guesses.length - 1];
    if (guess === undefined || guess.frameCount !== this.frames.length) return;
    this.guesses.pop();
    this.previous = SyntaxKind.JsxElement;
    this.afterDot = false;
    this.expressionAllowed = false;
  }

  /** Pushes the frame of a `{` in a JSX element, whose contents are code. */
  private enterExpression(start: number): void {
    this.push(FrameKind.JsxExpression, start);
    this.previous = SyntaxKind.OpenBraceToken;
    this.afterDot = false;
    this.expressionAllowed = true;
  }
}
