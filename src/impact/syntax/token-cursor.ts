/**
 * A cursor over the tokens of one text. It supplies the context that a
 * lexer leaves to its parser: it guesses from the previous token whether a
 * `/` starts a regular expression, tracks open brackets and template
 * substitutions, and rescans the `}` that continues a template literal.
 */
import { createTokenSource } from './lexer-adapter.js';
import type { Token, TokenSource } from './tokens.js';

/** Keywords that an operand follows, as in `return /x/`, so a `/` after them starts a regular expression. */
const OPERAND_KEYWORDS = new Set([
  'await', 'case', 'default', 'delete', 'do', 'else', 'in', 'instanceof', 'new', 'of', 'return', 'throw', 'typeof', 'void', 'yield',
]);

const OPENERS = new Set(['(', '[', '{']);
const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}', '${': '}' };

/** Everything a look-ahead restores. */
export interface CursorState {
  token: Token;
  previous: Token | undefined;
  afterDot: boolean;
  frames: string[];
}

export class TokenCursor {
  /** The current token. */
  token: Token;
  /** The token before the current one, or undefined at the start. */
  previous: Token | undefined;
  /** True when the previous token is `.` or `?.`, so the current name is a property name. */
  afterDot = false;

  private readonly source: TokenSource;
  /** Open brackets and template substitutions (`${`), innermost last. */
  private frames: string[] = [];

  constructor(readonly text: string) {
    this.source = createTokenSource(text);
    // A `#!` line is not JavaScript, and a lexer need not skip it.
    if (text.startsWith('#!')) {
      const lineEnd = text.search(/[\r\n]/);
      this.source.reset(lineEnd === -1 ? text.length : lineEnd);
    }
    this.token = this.source.next(true);
    this.enter(this.token);
  }

  /** Number of open brackets and template substitutions after the current token. */
  get depth(): number {
    return this.frames.length;
  }

  get atEnd(): boolean {
    return this.token.kind === 'end';
  }

  /** Returns whether the current token is the punctuation or name `text`, and not a string with that value. */
  is(text: string): boolean {
    const { kind, value } = this.token;
    return value === text && (kind === 'punctuation' || kind === 'name');
  }

  /** Returns whether the current token is the name `word` in a position where it can be a keyword, not after a dot. */
  isKeyword(word: string): boolean {
    return this.token.kind === 'name' && this.token.value === word && !this.afterDot;
  }

  /** Moves to the next token. */
  advance(): void {
    const token = this.token;
    if (token.kind === 'end') return;
    const regexAllowed = expressionCanFollow(token, this.afterDot);
    this.afterDot = token.kind === 'punctuation' && (token.value === '.' || token.value === '?.');
    this.previous = token;
    this.scan(regexAllowed);
  }

  /** Advances past the current token when it is `text`, and returns whether it was. */
  consume(text: string): boolean {
    if (!this.is(text)) return false;
    this.advance();
    return true;
  }

  /**
   * Reads the current `/` or `/=` again as a regular expression, for a
   * parser that has found that an operand starts here.
   */
  rescanAsRegex(): void {
    if (this.token.kind !== 'punctuation' || (this.token.value !== '/' && this.token.value !== '/=')) return;
    this.source.reset(this.token.start);
    this.token = this.source.next(true);
  }

  /**
   * Skips the current token. An opening bracket or template head is skipped
   * together with everything up to its closer, and an unclosed one up to
   * the end of the text.
   */
  skip(): void {
    const depth = this.depth;
    const opens = this.isOpener();
    this.advance();
    if (!opens) return;
    while (this.depth >= depth && !this.atEnd) this.advance();
    // The current token is now the closer that brought the depth back, unless the text ended first.
    if (!this.atEnd) this.advance();
  }

  /** Returns whether the current token opens a bracket or a template substitution. */
  isOpener(): boolean {
    const { kind, value } = this.token;
    return kind === 'template-head' || (kind === 'punctuation' && OPENERS.has(value));
  }

  /** Runs `read` and then restores the cursor to where it was, returning what `read` returned. */
  lookAhead<T>(read: () => T): T {
    const saved = this.save();
    try {
      return read();
    } finally {
      this.restore(saved);
    }
  }

  /**
   * Moves the cursor to the token at `offset`, inside text that it did not
   * read token by token, such as a JSX element, with the open frames of
   * `state`.
   */
  jumpTo(offset: number, state: CursorState): void {
    this.restore(state);
    this.previous = undefined;
    this.afterDot = false;
    this.source.reset(offset);
    this.scan(true);
  }

  /**
   * Continues after an operand that ends at `offset` and that the cursor did
   * not read token by token, such as a JSX element. The open frames return
   * to those of `state`.
   */
  resumeAt(offset: number, state: CursorState): void {
    this.restore(state);
    // A token for the skipped operand becomes the previous token. Its kind ends an operand, so a `/` after it divides.
    this.previous = { kind: 'unknown', start: state.token.start, end: offset, value: '', lineBreakBefore: state.token.lineBreakBefore };
    this.afterDot = false;
    this.source.reset(offset);
    this.scan(false);
  }

  /** Returns the state that `restore` returns to. */
  save(): CursorState {
    return { token: this.token, previous: this.previous, afterDot: this.afterDot, frames: [...this.frames] };
  }

  restore(state: CursorState): void {
    this.token = state.token;
    this.previous = state.previous;
    this.afterDot = state.afterDot;
    this.frames = [...state.frames];
    this.source.reset(state.token.end);
  }

  /** Scans the next token, continuing a template literal at a `}` that closes a substitution. */
  private scan(regexAllowed: boolean): void {
    let next = this.source.next(regexAllowed);
    if (next.kind === 'punctuation' && next.value === '}' && this.frames[this.frames.length - 1] === '${') {
      next = this.source.continueTemplate();
    }
    this.token = next;
    this.enter(next);
  }

  /** Updates the open frames for the token just scanned. */
  private enter(token: Token): void {
    if (token.kind === 'template-head') {
      this.frames.push('${');
      return;
    }
    if (token.kind === 'template-tail') {
      this.frames.pop();
      return;
    }
    if (token.kind !== 'punctuation') return;
    if (OPENERS.has(token.value)) {
      this.frames.push(token.value);
      return;
    }
    if (token.value === ')' || token.value === ']' || token.value === '}') this.close(token.value);
  }

  /**
   * Pops the frame that `closer` ends. A closer that does not match the
   * innermost frame closes the nearest frame it matches, as in `f(a]`, or is
   * ignored when none matches before a template substitution.
   */
  private close(closer: string): void {
    for (let index = this.frames.length - 1; index >= 0; index--) {
      const frame = this.frames[index]!;
      if (CLOSER_OF[frame] === closer && frame !== '${') {
        this.frames.length = index;
        return;
      }
      if (frame === '${') return;
    }
  }
}

/**
 * Guesses from the token before it whether an operand can start at the next
 * token, which decides whether a `/` there starts a regular expression.
 * After `)` the guess is no, because `(a + b) / 2` is more common than
 * `if (a) /x/.test(b)`. After `}` it is yes, because blocks end more often
 * than object literals.
 */
function expressionCanFollow(token: Token, afterDot: boolean): boolean {
  switch (token.kind) {
    case 'punctuation':
      return token.value !== ')' && token.value !== ']';
    case 'template-head':
    case 'template-middle':
      return true;
    case 'name':
      return !afterDot && OPERAND_KEYWORDS.has(token.value);
    default:
      return false;
  }
}
