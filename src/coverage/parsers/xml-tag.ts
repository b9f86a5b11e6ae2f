/**
 * Start tags as the byte reader hands them to handlers. Attribute values stay
 * as byte ranges in the reader's buffer until a handler reads
 * `tag.attributes`, so tags that no handler inspects create no strings.
 */

import { AMPERSAND, CR, LF, TAB } from './xml-chars.js';
import { referenceCodePoint, writeUtf8 } from './xml-references.js';

/** A start tag and its attributes. `isSelfClosing` is true for `<line/>`. */
export interface XmlTag {
  readonly name: string;
  /**
   * Attribute values by name, with references expanded and tab, line feed
   * and carriage return turned into spaces, as XML 1.0 normalises CDATA
   * attributes. Readable in `openTag` and `closeTag`.
   */
  readonly attributes: Record<string, string>;
  readonly isSelfClosing: boolean;
}

/** The value contains `&`, so references must be expanded. */
export const VALUE_HAS_REFERENCE = 1;
/** The value contains a tab, line feed or carriage return, which become spaces. */
export const VALUE_HAS_WHITESPACE = 2;
/** The value contains bytes of 0x80 and above, so it is decoded as UTF-8. */
export const VALUE_HAS_NON_ASCII = 4;

const EMPTY = Buffer.alloc(0);

/** Strings of "0" to "9999", created when first needed, because most attribute values in coverage reports are small counts. */
const SMALL_NUMBERS: (string | undefined)[] = new Array<string | undefined>(10000).fill(undefined);

/** The attributes of the start tag the reader read last, as names and byte ranges of its buffer. */
export class AttributeList {
  buffer: Buffer = EMPTY;
  /** Counts start tags, so that a tag can tell whether this list still describes it. */
  generation = 0;
  count = 0;
  private readonly names: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly flags: number[] = [];

  /** Empties the list for the next start tag, whose bytes are in `buffer`. */
  reset(buffer: Buffer): void {
    this.buffer = buffer;
    this.count = 0;
    this.generation++;
  }

  /** Adds an attribute whose value is `buffer[start, end)`, or returns false when the tag already has one of this name. */
  add(name: string, start: number, end: number, flags: number): boolean {
    const count = this.count;
    for (let i = 0; i < count; i++) {
      if (this.names[i] === name) return false;
    }
    this.names[count] = name;
    this.starts[count] = start;
    this.ends[count] = end;
    this.flags[count] = flags;
    this.count = count + 1;
    return true;
  }

  /** Decodes every attribute into a new record. */
  toRecord(): Record<string, string> {
    const record: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i]!;
      const value = decodeValue(this.buffer, this.starts[i]!, this.ends[i]!, this.flags[i]!);
      // Assigning "__proto__" would replace the record's prototype instead of adding a property.
      if (name === '__proto__') Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
      else record[name] = value;
    }
    return record;
  }
}

/** A start tag whose attributes are decoded on first access. */
export class ScannedTag implements XmlTag {
  private record: Record<string, string> | undefined = undefined;

  constructor(
    readonly name: string,
    readonly isSelfClosing: boolean,
    private readonly list: AttributeList,
    private readonly generation: number,
  ) {}

  get attributes(): Record<string, string> {
    if (this.record === undefined) {
      if (this.list.generation !== this.generation) {
        throw new Error(`the attributes of <${this.name}> were read after the XML reader moved past its start tag`);
      }
      this.record = this.list.toRecord();
    }
    return this.record;
  }
}

/** Decodes an attribute value that the reader has already checked for well-formedness. */
function decodeValue(buffer: Buffer, start: number, end: number, flags: number): string {
  if (flags === 0) return end - start <= 4 ? shortAsciiValue(buffer, start, end) : buffer.toString('latin1', start, end);
  if (flags === VALUE_HAS_NON_ASCII) return buffer.toString('utf8', start, end);

  // A reference is never shorter than the UTF-8 bytes of its character, so the decoded bytes fit in the value's length.
  const decoded = Buffer.allocUnsafe(end - start);
  let length = 0;
  for (let i = start; i < end; i++) {
    const b = buffer[i]!;
    if (b === AMPERSAND) {
      const semicolon = buffer.indexOf(0x3b, i);
      length = writeUtf8(decoded, length, referenceCodePoint(buffer, i + 1, semicolon));
      i = semicolon;
    } else if (b === TAB || b === LF || b === CR) {
      decoded[length++] = 0x20;
      if (b === CR && buffer[i + 1] === LF) i++;
    } else {
      decoded[length++] = b;
    }
  }
  return decoded.toString('utf8', 0, length);
}

/** Returns a value of at most 4 ASCII bytes, from the cache when it is a count such as "0" or "1234". */
function shortAsciiValue(buffer: Buffer, start: number, end: number): string {
  let number = 0;
  for (let i = start; i < end; i++) {
    const digit = buffer[i]! - 0x30;
    if (digit < 0 || digit > 9) return buffer.toString('latin1', start, end);
    number = number * 10 + digit;
  }
  // "007" and the empty value are not the decimal form of their number.
  if (end === start || (buffer[start] === 0x30 && end - start > 1)) return buffer.toString('latin1', start, end);
  return (SMALL_NUMBERS[number] ??= String(number));
}
