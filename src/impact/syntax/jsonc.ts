/**
 * A reader of JSON with comments, the format of tsconfig.json and
 * jsconfig.json. Like TypeScript 5.9's config parser, it accepts `//` and
 * `/* *\/` comments, trailing commas, and JavaScript escapes and number forms
 * such as `0x10`, and it rejects single-quoted strings and unquoted property
 * names.
 */
import { positionAt, TextSyntaxError } from '../change/parse-problem.js';

/** Objects nested deeper than this are rejected, so that a hostile file cannot overflow the stack. */
const MAX_NESTING = 1000;

const NUMBER = /-?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const WORD = /[A-Za-z_$][\w$]*/y;
/** A string on one line, for messages. */
const STRING = /"(?:[^"\\\n\r]|\\.)*"?/y;
/** The rest of a line, from the `//` of a comment up to the line break. */
const LINE_REST = /[^\n\r\u2028\u2029]*/y;
const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/**
 * Parses `text` and returns its value, or undefined when the text contains
 * only whitespace and comments. Throws `TextSyntaxError` with the line and
 * column of the first error.
 */
export function parseJsonc(text: string): unknown {
  const strict = readStrictJson(text);
  if (strict !== NOT_STRICT) return strict;
  const reader = new JsoncReader(text);
  reader.skipTrivia();
  if (reader.atEnd()) return undefined;
  const value = reader.readValue(0);
  reader.skipTrivia();
  if (!reader.atEnd()) reader.fail(`unexpected ${reader.describeNext()} after the end of the value`);
  return value;
}

/** Marks a text that `readStrictJson` leaves to the reader below. */
const NOT_STRICT = Symbol('not strict JSON');

/**
 * Returns the value of `text` when it is strict JSON, or `NOT_STRICT`.
 * Strict JSON is a subset of this format, and `JSON.parse` gives the value
 * the reader below gives for it: the same escapes, numbers, last duplicate
 * key, and `__proto__` as an own property. It reads natively, where the
 * reader runs as script code: most tsconfig files have no comments (110 of
 * TanStack/query's 147), and reading them took about 6 ms in CPU profiles of
 * a cold impact run there. A text with more brackets than `MAX_NESTING` may nest deeper
 * than the reader allows, so the reader decides it.
 */
function readStrictJson(text: string): unknown {
  if (text.length > MAX_NESTING && (text.match(/[[{]/g)?.length ?? 0) > MAX_NESTING) return NOT_STRICT;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_STRICT;
  }
}

class JsoncReader {
  private offset: number;

  constructor(private readonly text: string) {
    this.offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  atEnd(): boolean {
    return this.offset >= this.text.length;
  }

  readValue(nesting: number): unknown {
    const char = this.text[this.offset];
    if (char === '{') return this.readObject(nesting + 1);
    if (char === '[') return this.readArray(nesting + 1);
    if (char === '"') return this.readString();
    if (char === "'") this.fail('strings need double quotes');
    NUMBER.lastIndex = this.offset;
    const number = NUMBER.exec(this.text);
    if (number) return this.readNumber(number[0]);
    WORD.lastIndex = this.offset;
    const word = WORD.exec(this.text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.offset += word.length;
      if (word === 'null') return null;
      return word === 'true';
    }
    return this.fail(`expected a value (a string, number, object, array, true, false or null) but found ${this.describeNext()}`);
  }

  /** Skips whitespace and comments. */
  skipTrivia(): void {
    const { text } = this;
    while (this.offset < text.length) {
      const char = text[this.offset]!;
      if (/\s/.test(char) || char === '\ufeff') {
        this.offset++;
      } else if (text.startsWith('//', this.offset)) {
        LINE_REST.lastIndex = this.offset;
        this.offset += LINE_REST.exec(text)![0].length;
      } else if (text.startsWith('/*', this.offset)) {
        const close = text.indexOf('*/', this.offset + 2);
        if (close === -1) this.fail("the comment has no closing '*/'");
        this.offset = close + 2;
      } else {
        return;
      }
    }
  }

  /** Describes the text at the offset for a message: a quoted token or "the end of the file". */
  describeNext(): string {
    if (this.atEnd()) return 'the end of the file';
    WORD.lastIndex = this.offset;
    STRING.lastIndex = this.offset;
    const token = WORD.exec(this.text)?.[0] ?? STRING.exec(this.text)?.[0] ?? this.text[this.offset]!;
    return `'${token.length > 40 ? `${token.slice(0, 40)}…` : token}'`;
  }

  /** Throws the error `problem` at the current offset. */
  fail(problem: string, offset = this.offset): never {
    const { line, column } = positionAt(this.text, offset);
    throw new TextSyntaxError(problem, line, column);
  }

  private readObject(nesting: number): Record<string, unknown> {
    if (nesting > MAX_NESTING) this.fail(`objects and arrays are nested more than ${MAX_NESTING} levels deep`);
    const object: Record<string, unknown> = {};
    this.offset++;
    for (;;) {
      this.skipTrivia();
      if (this.consume('}')) return object;
      if (this.text[this.offset] !== '"') this.fail(`expected a property name in double quotes or '}' but found ${this.describeNext()}`);
      const name = this.readString();
      this.skipTrivia();
      if (!this.consume(':')) this.fail(`expected ':' after the property name but found ${this.describeNext()}`);
      this.skipTrivia();
      // defineProperty, because assigning "__proto__" would change the prototype instead of adding a property.
      Object.defineProperty(object, name, { value: this.readValue(nesting), enumerable: true, writable: true, configurable: true });
      this.skipTrivia();
      if (this.consume('}')) return object;
      if (!this.consume(',')) this.fail(`expected ',' or '}' after the property value but found ${this.describeNext()}`);
    }
  }

  private readArray(nesting: number): unknown[] {
    if (nesting > MAX_NESTING) this.fail(`objects and arrays are nested more than ${MAX_NESTING} levels deep`);
    const array: unknown[] = [];
    this.offset++;
    for (;;) {
      this.skipTrivia();
      if (this.consume(']')) return array;
      array.push(this.readValue(nesting));
      this.skipTrivia();
      if (this.consume(']')) return array;
      if (!this.consume(',')) this.fail(`expected ',' or ']' after the array element but found ${this.describeNext()}`);
    }
  }

  private readNumber(text: string): number {
    const negative = text.startsWith('-');
    const value = Number(negative ? text.slice(1) : text);
    this.offset += text.length;
    return negative ? -value : value;
  }

  /** Reads a double-quoted string with JavaScript escapes; the offset is at its opening quote. */
  private readString(): string {
    const start = this.offset;
    const { text } = this;
    let value = '';
    let index = start + 1;
    for (;;) {
      const char = text[index];
      if (char === undefined || char === '\n' || char === '\r') this.fail('the string has no closing double quote', start);
      if (char === '"') break;
      if (char !== '\\') {
        value += char;
        index++;
        continue;
      }
      const [decoded, length] = this.readEscape(index);
      value += decoded;
      index += length;
    }
    this.offset = index + 1;
    return value;
  }

  /** Decodes the escape sequence at `index` (its backslash) and returns the text and the sequence's length. */
  private readEscape(index: number): [string, number] {
    const { text } = this;
    const letter = text[index + 1];
    if (letter === undefined) this.fail('the string has no closing double quote', index);
    const simple = SIMPLE_ESCAPES[letter];
    if (simple !== undefined) return [simple, 2];
    if (letter === 'u' || letter === 'x') {
      const braced = letter === 'u' && text[index + 2] === '{' ? /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(index + 2, index + 11)) : null;
      if (braced) return [String.fromCodePoint(Number.parseInt(braced[1]!, 16)), 2 + braced[0].length];
      const digits = letter === 'u' ? 4 : 2;
      const hex = text.slice(index + 2, index + 2 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) this.fail(`invalid escape sequence '\\${letter}${hex}'`, index);
      return [String.fromCharCode(Number.parseInt(hex, 16)), 2 + digits];
    }
    // A line break after a backslash continues the string on the next line.
    if (letter === '\n' || letter === '\r') return ['', text.startsWith('\r\n', index + 1) ? 3 : 2];
    // Any other escaped character stands for itself, as in JavaScript: `\"`, `\\`, `\/`.
    return [letter, 2];
  }

  private consume(char: string): boolean {
    if (this.text[this.offset] !== char) return false;
    this.offset++;
    return true;
  }
}
