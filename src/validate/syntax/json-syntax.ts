/**
 * Finds the first syntax error of a JSON or JSONC text, with the range of the
 * offending token.
 *
 * Strict JSON follows RFC 8259; a byte order mark at the start is skipped, as
 * Node.js's `require` does. JSONC adds `//` and `/* *\/` comments and a comma
 * before a closing bracket, as TypeScript and VS Code accept; its strings and
 * numbers stay strict. The reader keeps its own stack instead of recursing,
 * so any nesting depth is read without overflowing the call stack.
 */
import type { JsonDialect } from './json-dialect.js';

export interface JsonSyntaxError {
  message: string;
  /** UTF-16 offset of the first character of the offending token. */
  start: number;
  /** UTF-16 offset just after the token; equal to `start` at the end of the text. */
  end: number;
}

const STRICT_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of characters that reads as one word in a message: a number, literal or bare name. */
const WORD = /[\w$.+-]+/y;
/** A `//` comment up to the line break. */
const LINE_COMMENT = /\/\/[^\r\n]*/y;
const JSON_WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

type Container = '{' | '[';
type State = 'value' | 'afterValue' | 'key' | 'firstKeyOrEnd' | 'firstValueOrEnd';

class JsonSyntaxFound extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super(error.message);
  }
}

/** Returns the first syntax error of `text` read as `dialect`, or null when it parses. */
export function findJsonSyntaxError(text: string, dialect: JsonDialect): JsonSyntaxError | null {
  try {
    new JsonChecker(text, dialect).check();
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxFound) return error.error;
    throw error;
  }
}

class JsonChecker {
  private offset: number;
  private readonly stack: Container[] = [];
  /** Offset of the last comma read, for the message about a trailing comma. */
  private lastComma = -1;

  constructor(
    private readonly text: string,
    private readonly dialect: JsonDialect,
  ) {
    this.offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  check(): void {
    this.skipTrivia();
    // An empty JSONC file, or one with only comments, is an empty configuration to VS Code and TypeScript.
    if (this.atEnd() && this.dialect === 'jsonc') return;
    let state: State = 'value';
    for (;;) {
      this.skipTrivia();
      state = this.step(state);
      if (state === 'afterValue' && this.stack.length === 0) break;
    }
    this.skipTrivia();
    if (!this.atEnd()) this.failAtToken(`Unexpected ${this.describeToken()} after the end of the JSON value.`);
  }

  private step(state: State): State {
    switch (state) {
      case 'value':
        return this.readValue();
      case 'firstKeyOrEnd':
        if (this.consume('}')) return this.close();
        return this.readKey();
      case 'firstValueOrEnd':
        if (this.consume(']')) return this.close();
        return this.readValue();
      case 'key':
        return this.readKey();
      case 'afterValue':
        return this.readSeparator();
    }
  }

  private readValue(): State {
    const char = this.text[this.offset];
    if (char === '{' || char === '[') {
      this.stack.push(char);
      this.offset++;
      return char === '{' ? 'firstKeyOrEnd' : 'firstValueOrEnd';
    }
    if (char === '"') {
      this.readString();
      return 'afterValue';
    }
    this.readScalar();
    return 'afterValue';
  }

  private readKey(): State {
    if (this.text[this.offset] === "'") this.failAtToken('Property names need double quotes in JSON.');
    if (this.text[this.offset] !== '"') {
      this.failAtToken(`Expected a property name in double quotes but found ${this.describeToken()}.`);
    }
    this.readString();
    this.skipTrivia();
    if (!this.consume(':')) this.failAtToken(`Expected ':' after the property name but found ${this.describeToken()}.`);
    return 'value';
  }

  /** Reads the `,` or closing bracket after a value inside an object or array. */
  private readSeparator(): State {
    const container = this.stack[this.stack.length - 1]!;
    const closing = container === '{' ? '}' : ']';
    if (this.consume(closing)) return this.close();
    if (this.consume(',')) {
      this.lastComma = this.offset - 1;
      this.skipTrivia();
      if (this.text[this.offset] === closing) {
        if (this.dialect === 'json') this.fail(`Trailing comma before '${closing}' is not allowed in JSON.`, this.lastComma, this.lastComma + 1);
        this.offset++;
        return this.close();
      }
      return container === '{' ? 'key' : 'value';
    }
    const after = container === '{' ? 'a property value' : 'an array element';
    this.failAtToken(`Expected ',' or '${closing}' after ${after} but found ${this.describeToken()}.`);
  }

  private close(): State {
    this.stack.pop();
    return 'afterValue';
  }

  /** Reads a number, `true`, `false` or `null`. */
  private readScalar(): void {
    const start = this.offset;
    WORD.lastIndex = start;
    const word = WORD.exec(this.text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.offset += word.length;
      return;
    }
    STRICT_NUMBER.lastIndex = start;
    const number = STRICT_NUMBER.exec(this.text)?.[0];
    if (number !== undefined && number === word) {
      this.offset += number.length;
      return;
    }
    if (word !== undefined && /^[-+.\d]/.test(word)) this.failAtToken(`Invalid number '${shorten(word)}'.`);
    if (this.text[start] === "'") this.failAtToken('Strings need double quotes in JSON.');
    this.failAtToken(`Expected a value (a string, number, object, array, true, false or null) but found ${this.describeToken()}.`);
  }

  /** Reads a double-quoted string; the offset is at its opening quote. */
  private readString(): void {
    const start = this.offset;
    const { text } = this;
    let index = start + 1;
    for (;;) {
      const code = text.charCodeAt(index);
      if (index >= text.length || code === 0x0a || code === 0x0d) {
        this.fail('The string has no closing double quote.', start, index);
      }
      if (code === 0x22) break;
      if (code < 0x20) {
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        this.fail(`Control character U+${hex} in a string; write it as an escape such as \\u${hex}.`, index, index + 1);
      }
      index += code === 0x5c ? this.escapeLength(index) : 1;
    }
    this.offset = index + 1;
  }

  /** Length of the escape sequence whose backslash is at `index`; throws when it is invalid. */
  private escapeLength(index: number): number {
    const letter = this.text[index + 1];
    if (letter !== undefined && SIMPLE_ESCAPES.has(letter)) return 2;
    if (letter === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(index + 2, index + 6))) return 6;
    const end = letter === 'u' ? index + 2 + (/^[0-9a-fA-F]*/.exec(this.text.slice(index + 2, index + 6))?.[0].length ?? 0) : index + 2;
    const sequence = this.text.slice(index, Math.min(end, this.text.length));
    this.fail(`Invalid escape sequence '${sequence}' in a string.`, index, Math.min(end, this.text.length));
  }

  /** Skips whitespace, and comments in JSONC; a comment in strict JSON is an error. */
  private skipTrivia(): void {
    const { text } = this;
    while (this.offset < text.length) {
      if (JSON_WHITESPACE.has(text[this.offset]!)) {
        this.offset++;
        continue;
      }
      const end = this.commentEnd();
      if (end === null) return;
      if (this.dialect === 'json') {
        this.fail('Comments are not allowed in JSON; remove the comment, or use a .jsonc file if the tool reads JSON with comments.', this.offset, end);
      }
      this.offset = end;
    }
  }

  /** Returns the offset after the comment that starts at the offset, or null when no comment starts there. */
  private commentEnd(): number | null {
    const { text, offset } = this;
    if (text.startsWith('//', offset)) {
      LINE_COMMENT.lastIndex = offset;
      return offset + LINE_COMMENT.exec(text)![0].length;
    }
    if (!text.startsWith('/*', offset)) return null;
    const close = text.indexOf('*/', offset + 2);
    if (close < 0) this.fail("The comment has no closing '*/'.", offset, offset + 2);
    return close + 2;
  }

  private atEnd(): boolean {
    return this.offset >= this.text.length;
  }

  private consume(char: string): boolean {
    if (this.text[this.offset] !== char) return false;
    this.offset++;
    return true;
  }

  /** Describes the token at the offset for a message: a quoted word, string or character, or "the end of the file". */
  private describeToken(): string {
    if (this.atEnd()) return 'the end of the file';
    return `'${shorten(this.text.slice(this.offset, this.tokenEnd()))}'`;
  }

  private tokenEnd(): number {
    const { text, offset } = this;
    const quote = text[offset];
    if (quote === '"' || quote === "'") {
      const close = text.slice(offset + 1).search(new RegExp(`[${quote}\\r\\n]`));
      if (close >= 0 && text[offset + 1 + close] === quote) return offset + close + 2;
    }
    WORD.lastIndex = offset;
    const word = WORD.exec(text)?.[0];
    if (word) return offset + word.length;
    // One code point, so a surrogate pair is never split.
    return offset + String.fromCodePoint(text.codePointAt(offset)!).length;
  }

  /** Throws `message` for the token at the offset, or for the end of the text. */
  private failAtToken(message: string): never {
    if (!this.atEnd()) this.fail(message, this.offset, this.tokenEnd());
    this.fail(message, this.text.length, this.text.length);
  }

  private fail(message: string, start: number, end: number): never {
    throw new JsonSyntaxFound({ message, start, end });
  }
}

function shorten(token: string): string {
  return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}
