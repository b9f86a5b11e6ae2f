/**
 * A pull reader over the bytes of a JSON document that is still arriving.
 *
 * Readers call its methods on the bytes buffered so far. When a value runs
 * past the end of the buffer, the cursor throws `NEED_MORE`; the driver in
 * `json-entries.ts` then rewinds to the last checkpoint, appends more bytes and
 * calls the reader again. Readers therefore change no shared state until they
 * have read a whole value.
 */
import { ReportError } from '../../errors.js';
import { MAX_LINE_NUMBER } from '../model.js';
import { BYTE_ORDER_MARK } from './byte-order-mark.js';

/** Thrown when the buffered bytes end inside a value; not an error. */
export const NEED_MORE: unique symbol = Symbol('need more input');

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;
const MINUS = 45;

const EMPTY = Buffer.alloc(0);
const NULL_BYTES = Buffer.from('null');
const TRUE_BYTES = Buffer.from('true');
const FALSE_BYTES = Buffer.from('false');

function isWhitespace(byte: number): boolean {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}

export class JsonCursor {
  buffer: Buffer = EMPTY;
  pos = 0;
  /** Position the driver rewinds to when a read runs out of bytes. */
  checkpoint = 0;
  /** Offset in the file of `buffer[0]`. */
  base = 0;
  /** True once the stream has no more chunks, so running out of bytes means the file is truncated. */
  atEnd = false;
  /** Bounds of the last string read by `readStringRange`, without the quotes. */
  stringStart = 0;
  stringEnd = 0;
  stringHasEscapes = false;

  constructor(readonly source: string) {}

  /**
   * Bytes that `append` copies chunks into, reused from one append to the
   * next. `buffer` is always its first `buffer.length` bytes. Allocating a new
   * buffer of several MiB per chunk leaves the old ones to the garbage
   * collector, which raised the peak memory of large reports.
   */
  private storage: Buffer = EMPTY;

  /**
   * Copies `chunk` after the buffered bytes, because the reader refills the
   * chunk's buffer. When the storage is full, the bytes before the checkpoint
   * are dropped first, and the storage grows only if the rest still does not fit.
   */
  append(chunk: Buffer): void {
    if (this.buffer.length + chunk.length > this.storage.length) this.compact(chunk.length);
    const length = this.buffer.length;
    chunk.copy(this.storage, length);
    this.buffer = this.storage.subarray(0, length + chunk.length);
  }

  private compact(incoming: number): void {
    const restStart = this.checkpoint;
    const restLength = this.buffer.length - restStart;
    this.base += restStart;
    this.pos -= restStart;
    this.checkpoint = 0;
    let target = this.storage;
    if (target.length < restLength + incoming) target = Buffer.allocUnsafe(Math.max(restLength + incoming, 2 * target.length));
    // copy() moves overlapping bytes correctly when the rest already lies in the storage buffer.
    this.buffer.copy(target, 0, restStart);
    this.storage = target;
    this.buffer = target.subarray(0, restLength);
  }

  /** Bytes after the checkpoint that a retry will read again. */
  get retained(): number {
    return this.buffer.length - this.checkpoint;
  }

  needMore(): never {
    if (this.atEnd) {
      throw new ReportError(
        this.source,
        { offset: this.base + this.buffer.length },
        'the JSON ends early, so the report is truncated',
        'Regenerate the report and make sure it was written completely',
      );
    }
    throw NEED_MORE;
  }

  fail(problem: string, fix = 'Check that the file is the coverage report you meant and that it is valid JSON'): never {
    throw new ReportError(this.source, { offset: this.base + this.pos }, problem, fix);
  }

  /**
   * Skips a UTF-8 byte order mark at the start of the file. RFC 8259 lets a
   * parser ignore one, and Windows tools write it: PowerShell 5.1's
   * `Set-Content -Encoding UTF8` does.
   */
  skipByteOrderMark(): void {
    if (this.base + this.pos !== 0) return;
    for (let index = 0; index < BYTE_ORDER_MARK.length; index++) {
      if (index >= this.buffer.length) {
        if (this.atEnd) return;
        this.needMore();
      }
      if (this.buffer[index] !== BYTE_ORDER_MARK[index]) return;
    }
    this.pos = BYTE_ORDER_MARK.length;
  }

  /** Skips whitespace and returns the next byte without consuming it. */
  peek(): number {
    const buffer = this.buffer;
    const end = buffer.length;
    let pos = this.pos;
    while (pos < end) {
      const byte = buffer[pos]!;
      if (!isWhitespace(byte)) {
        this.pos = pos;
        return byte;
      }
      pos++;
    }
    this.pos = pos;
    return this.needMore();
  }

  expect(byte: number): void {
    if (this.peek() !== byte) this.fail(`expected ${JSON.stringify(String.fromCharCode(byte))} but found ${this.describeNext()}`);
    this.pos++;
  }

  /** Consumes `{` and returns false, or `}` of an empty object and returns true. */
  openObject(): boolean {
    this.expect(OPEN_BRACE);
    if (this.peek() === CLOSE_BRACE) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** After a member or element: consumes `,` and returns true, or the closing byte and returns false. */
  next(close: typeof CLOSE_BRACE | typeof CLOSE_BRACKET): boolean {
    const byte = this.peek();
    this.pos++;
    if (byte === COMMA) return true;
    if (byte === close) return false;
    this.pos--;
    return this.fail(`expected "," or ${JSON.stringify(String.fromCharCode(close))} but found ${this.describeNext()}`);
  }

  nextMember(): boolean {
    return this.next(CLOSE_BRACE);
  }

  nextElement(): boolean {
    return this.next(CLOSE_BRACKET);
  }

  /** Reads a string and records its bounds in `stringStart`/`stringEnd`, without decoding it. */
  readStringRange(): void {
    if (this.peek() !== QUOTE) this.fail(`expected a string but found ${this.describeNext()}`);
    const buffer = this.buffer;
    const end = buffer.length;
    const start = this.pos + 1;
    let escapes = false;
    let pos = start;
    for (;;) {
      if (pos >= end) return this.needMore();
      const byte = buffer[pos]!;
      if (byte === QUOTE) break;
      if (byte === BACKSLASH) {
        escapes = true;
        pos += 2;
        continue;
      }
      if (byte < 32) {
        this.pos = pos;
        this.fail('control character inside a string');
      }
      pos++;
    }
    this.stringStart = start;
    this.stringEnd = pos;
    this.stringHasEscapes = escapes;
    this.pos = pos + 1;
  }

  readString(): string {
    this.readStringRange();
    return this.decodeString();
  }

  /** Decodes the string last read by `readStringRange`. */
  decodeString(): string {
    if (!this.stringHasEscapes) return this.buffer.toString('utf8', this.stringStart, this.stringEnd);
    try {
      return JSON.parse(this.buffer.toString('utf8', this.stringStart - 1, this.stringEnd + 1)) as string;
    } catch {
      this.pos = this.stringStart;
      return this.fail('invalid escape sequence in a string');
    }
  }

  /** Reads an object key and the colon after it; the key's bounds are in `stringStart`/`stringEnd`. */
  readKey(): void {
    this.readStringRange();
    this.expect(COLON);
  }

  /** True when the last key read equals `name` (ASCII, no escapes). */
  keyIs(name: Buffer): boolean {
    const length = this.stringEnd - this.stringStart;
    if (length !== name.length) return false;
    const buffer = this.buffer;
    const start = this.stringStart;
    for (let i = 0; i < length; i++) {
      if (buffer[start + i] !== name[i]) return false;
    }
    return true;
  }

  /** Reads a number; `null` reads as 0, because JSON writes lost values (such as `Infinity`) as `null`. */
  readNumber(): number {
    // Plain integers take the fast path; a sign, fraction or exponent is read in full.
    const integer = this.readBoundedInteger(Number.MAX_VALUE);
    return integer >= 0 ? integer : this.readGeneralNumber();
  }

  /**
   * Reads a count: plain digits up to 2^53 - 1, or `null` as 0. Returns -1,
   * with the cursor left at the value for `failCount`, for anything else.
   * JSON.stringify writes every safe integer in plain digits, so a sign,
   * fraction or exponent means the value is not a count.
   */
  readCount(): number {
    return this.readBoundedInteger(Number.MAX_SAFE_INTEGER);
  }

  /** Reads a line number: plain digits up to `MAX_LINE_NUMBER`, or `null` as 0; returns -1 like `readCount`. */
  readLineNumber(): number {
    return this.readBoundedInteger(MAX_LINE_NUMBER);
  }

  /**
   * Skips the value that `readCount` rejected when it is a negative integer,
   * and returns true; returns false, leaving the cursor, for anything else.
   */
  skipNegativeInteger(): boolean {
    const text = this.numberText();
    if (!/^-\d+$/.test(text)) return false;
    this.pos += text.length;
    return true;
  }

  /** Throws for the value that `readCount` rejected; `valueName` names it, for example `the hit count of s["3"]`. */
  failCount(valueName: string): never {
    const text = this.numberText();
    if (!isPlainDigits(text)) this.fail(`${valueName} is ${text}, but a count must be a non-negative integer in plain digits`, 'Regenerate the report with the coverage tool; hand edits can damage counts');
    this.fail(`${valueName} is ${text}, which is above the maximum ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, 'Counts above 2^53 - 1 cannot be added exactly; regenerate the report with the coverage tool');
  }

  /** Throws for the value that `readLineNumber` rejected; `valueName` names it. */
  failLineNumber(valueName: string): never {
    const text = this.numberText();
    if (!isPlainDigits(text)) this.fail(`${valueName} is ${text}, but a line number must be a non-negative integer in plain digits`, 'Regenerate the report with the coverage tool; hand edits can damage line numbers');
    this.fail(`${valueName} is ${text}, which is above the maximum ${MAX_LINE_NUMBER}`, 'No source file has that many lines; regenerate the report with the coverage tool');
  }

  /** Reads plain digits up to `max` in one pass; any other number is checked for JSON syntax and then rejected with -1. */
  private readBoundedInteger(max: number): number {
    if (this.peek() === 110) {
      this.readLiteral(NULL_BYTES);
      return 0;
    }
    const buffer = this.buffer;
    const end = buffer.length;
    const start = this.pos;
    let pos = start;
    let value = 0;
    for (;;) {
      if (pos >= end) return this.needMore();
      const digit = buffer[pos]! - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
      pos++;
    }
    const stop = buffer[pos]!;
    if (pos > start && value <= max && (stop === COMMA || stop === CLOSE_BRACE || stop === CLOSE_BRACKET || isWhitespace(stop))) {
      this.pos = pos;
      return value;
    }
    // A syntax error, such as "1x", is reported as one before the value is rejected as a count.
    this.readGeneralNumber();
    this.pos = start;
    return -1;
  }

  /** Returns the text of the number at the cursor, for error messages. */
  private numberText(): string {
    const buffer = this.buffer;
    let end = this.pos;
    while (end < buffer.length && end - this.pos < 80) {
      const byte = buffer[end]!;
      const numeric = (byte >= 48 && byte <= 57) || byte === MINUS || byte === 43 || byte === 46 || byte === 101 || byte === 69;
      if (!numeric) break;
      end++;
    }
    return buffer.toString('latin1', this.pos, end);
  }

  /** Slow path for numbers with a sign, fraction or exponent. */
  private readGeneralNumber(): number {
    const buffer = this.buffer;
    const end = buffer.length;
    let pos = this.pos;
    for (;;) {
      if (pos >= end) return this.needMore();
      const byte = buffer[pos]!;
      const numeric = (byte >= 48 && byte <= 57) || byte === MINUS || byte === 43 || byte === 46 || byte === 101 || byte === 69;
      if (!numeric) break;
      pos++;
    }
    const text = buffer.toString('latin1', this.pos, pos);
    if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text)) this.fail(`expected a number but found ${this.describeNext()}`);
    this.pos = pos;
    return Number(text);
  }

  private readLiteral(literal: Buffer): void {
    const end = this.pos + literal.length;
    if (end > this.buffer.length) this.needMore();
    if (this.buffer.compare(literal, 0, literal.length, this.pos, end) !== 0) this.fail(`invalid literal ${this.describeNext()}`);
    this.pos = end;
  }

  /** Skips one value of any type. Skipped containers are checked for balance only, not fully validated. */
  skipValue(): void {
    const first = this.peek();
    switch (first) {
      case QUOTE:
        this.readStringRange();
        return;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        this.skipContainer();
        return;
      case 116:
        this.readLiteral(TRUE_BYTES);
        return;
      case 102:
        this.readLiteral(FALSE_BYTES);
        return;
      case 110:
        this.readLiteral(NULL_BYTES);
        return;
      default:
        this.readNumber();
    }
  }

  private skipContainer(): void {
    const buffer = this.buffer;
    const end = buffer.length;
    let pos = this.pos;
    let depth = 0;
    let inString = false;
    for (;;) {
      if (pos >= end) return this.needMore();
      const byte = buffer[pos++]!;
      if (inString) {
        if (byte === BACKSLASH) pos++;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        inString = true;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        depth++;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) break;
      }
    }
    this.pos = pos;
  }

  /** Describes the next character for an error message; one character, so the message does not depend on chunking. */
  describeNext(): string {
    if (this.pos >= this.buffer.length) return 'the end of the input';
    const byte = this.buffer[this.pos]!;
    return byte >= 32 && byte < 127 ? JSON.stringify(String.fromCharCode(byte)) : `the byte 0x${byte.toString(16).padStart(2, '0')}`;
  }
}

function isPlainDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

export const JSON_BYTES = { QUOTE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, BACKSLASH } as const;
