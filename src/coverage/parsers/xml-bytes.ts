/**
 * A streaming XML 1.0 reader that scans UTF-8 bytes, for coverage reports.
 *
 * It reads each chunk in place. A construct that a chunk cuts off (a tag, a
 * comment, a reference, a multi-byte character) is copied into a carry
 * buffer and scanned again from its start once more bytes arrive. The carry
 * buffer is scanned again only when it has doubled in length since the last
 * attempt, so a construct of n bytes costs O(n) however the input is split.
 *
 * It checks well-formedness: matching tags, names, quoted and unique
 * attributes, references, characters, and what may appear outside the root
 * element. It never fetches a DTD and does not read declarations in the
 * DOCTYPE. It does not check namespaces, and it decodes invalid UTF-8 in
 * text and attribute values as U+FFFD, like Node's UTF-8 decoder.
 */

import type { ReportPosition } from '../../errors.js';
import {
  AMPERSAND,
  APOSTROPHE,
  CR,
  decodeSequence,
  EQUALS,
  EXCLAMATION,
  GT,
  isControl,
  isExcludedNonCharacter,
  isNameCodePoint,
  isNameStartCodePoint,
  LF,
  LT,
  NAME_BYTE,
  NAME_START_BYTE,
  QUESTION,
  QUOTE,
  SEMICOLON,
  sequenceLength,
  SLASH,
  SPACE,
  TAB,
  HASH,
} from './xml-chars.js';
import {
  BANG_CDATA,
  BANG_COMMENT,
  bangKind,
  declaresEntities,
  isXmlTarget,
  parseDeclaration,
  scanCdata,
  scanComment,
  scanDoctype,
  scanProcessingInstructionData,
  type MarkupContext,
} from './xml-markup.js';
import { nextNameHash, NameTable } from './xml-names.js';
import { referenceCodePoint } from './xml-references.js';
import { AttributeList, ScannedTag, VALUE_HAS_NON_ASCII, VALUE_HAS_REFERENCE, VALUE_HAS_WHITESPACE, type XmlTag } from './xml-tag.js';

/** Kinds of well-formedness problem, which the report reader turns into a message and a fix. */
export type XmlSyntaxKind = 'malformed' | 'truncated' | 'undefined-entity' | 'no-root' | 'not-utf8';

/** A well-formedness error at a position of the input. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly kind: XmlSyntaxKind,
    message: string,
    readonly position: ReportPosition,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** Receivers of the events the reader reports besides tags. */
export interface XmlDocumentEvents {
  /** Called for `<?xml ...?>`, with its encoding or undefined when it declares none. */
  xmlDeclaration(encoding: string | undefined): void;
  /** Called for a DOCTYPE, which the reader otherwise skips. */
  doctype(declaresEntities: boolean): void;
  /** Called for the root element's start tag, before the tag handlers see it. */
  root(tag: XmlTag): void;
  openTag(tag: XmlTag): void;
  closeTag(tag: XmlTag): void;
}

// Stages of the document.
const START = 0;
const PROLOG = 1;
const IN_ROOT = 2;
const EPILOG = 3;

// Byte classes of character data inside the root element.
const TEXT_PLAIN = 0;
const TEXT_LT = 1;
const TEXT_NEWLINE = 2;
const TEXT_AMPERSAND = 3;
const TEXT_BRACKET = 4;
const TEXT_GT = 5;
const TEXT_NON_ASCII = 6;
const TEXT_CONTROL = 7;

const TEXT_BYTE = new Uint8Array(256);
/** `VALUE_BYTE[b]` is 0 for a byte that an attribute value may contain as it is, 1 for one that needs a closer look. */
const VALUE_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  if (b >= 0x80) TEXT_BYTE[b] = TEXT_NON_ASCII;
  else if (b === LT) TEXT_BYTE[b] = TEXT_LT;
  else if (b === LF || b === CR) TEXT_BYTE[b] = TEXT_NEWLINE;
  else if (b === AMPERSAND) TEXT_BYTE[b] = TEXT_AMPERSAND;
  else if (b === 0x5d) TEXT_BYTE[b] = TEXT_BRACKET;
  else if (b === GT) TEXT_BYTE[b] = TEXT_GT;
  else if (isControl(b)) TEXT_BYTE[b] = TEXT_CONTROL;
  VALUE_BYTE[b] = b < SPACE || b >= 0x80 || b === QUOTE || b === APOSTROPHE || b === AMPERSAND || b === LT ? 1 : 0;
}

const EMPTY = Buffer.alloc(0);

export class XmlByteScanner implements MarkupContext {
  buffer: Buffer = EMPTY;
  end = 0;
  /** Text collected between `beginText` and `endText` of the report reader, or undefined when nothing is collected. */
  captured: string | undefined = undefined;

  /** Absolute offset of `buffer[0]` in the input. */
  private base = 0;
  private received = 0;
  private final = false;
  private carry: Buffer = EMPTY;
  private carryLength = 0;
  /** Length of the carry buffer at the last scan that stopped inside a construct. */
  private attemptLength = 0;

  // Line and column: a column counts characters, that is, bytes that are not UTF-8 continuation bytes.
  private line = 1;
  /** Absolute offset of the first byte of the current line. */
  private lineStart = 0;
  /** UTF-8 continuation bytes between `lineStart` and the scan position. */
  private lineContinuations = 0;
  /** Absolute offset after the last carriage return, so that CR LF counts as one line break. */
  private crEnd = -1;
  /** Absolute offset after the construct reported last, where handler errors point. */
  private eventEnd = 0;

  private stage = START;
  private sawDoctype = false;
  /** Absolute offset after a byte order mark, the only place an XML declaration may start. */
  private documentStart = 0;
  private readonly stack: ScannedTag[] = [];
  /** Number of `]` just before the scan position in text, to find `]]>`, which text must not contain. */
  private textBrackets = 0;
  private nameHash = 0;
  private referenceCode = 0;
  private readonly names = new NameTable();
  private readonly attributes = new AttributeList();

  constructor(private readonly events: XmlDocumentEvents) {}

  /** Total bytes received so far. */
  get byteCount(): number {
    return this.received;
  }

  /** Position of the last character of the construct reported last, or of the end of the input after `finish`. */
  get position(): ReportPosition {
    return this.positionAt(this.eventEnd);
  }

  /** Scans one chunk. The chunk is not used after this returns. */
  write(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.carryLength === 0) {
      this.base = this.received;
      this.received += chunk.length;
      const stop = this.scan(chunk, chunk.length);
      if (stop < chunk.length) this.startCarry(chunk, stop);
      return;
    }
    this.appendToCarry(chunk);
    this.received += chunk.length;
    if (this.carryLength >= 2 * this.attemptLength) this.scanCarry();
  }

  /** Scans what the chunks left over and checks that the document is complete. */
  finish(): void {
    this.final = true;
    if (this.carryLength > 0) this.scanCarry();
    this.eventEnd = this.received;
    const open = this.stack[this.stack.length - 1];
    if (open) throw this.error('truncated', `unclosed tag: ${open.name}`, this.received);
    if (this.stage !== EPILOG) throw this.error('no-root', 'document must contain a root element', this.received);
  }

  fail(message: string, index: number): never {
    throw this.error('malformed', message, this.base + index);
  }

  consumeByte(index: number): void {
    const b = this.buffer[index]!;
    if (b < SPACE) {
      if (b === LF || b === CR) this.newline(index, b);
      else if (b !== TAB) this.fail('disallowed character', index + 1);
    } else if ((b & 0xc0) === 0x80) {
      this.lineContinuations++;
    }
  }

  private error(kind: XmlSyntaxKind, message: string, absoluteEnd: number): XmlSyntaxError {
    return new XmlSyntaxError(kind, message, this.positionAt(absoluteEnd));
  }

  private positionAt(absoluteEnd: number): ReportPosition {
    return { line: this.line, column: Math.max(1, absoluteEnd - this.lineStart - this.lineContinuations) };
  }

  private newline(index: number, b: number): void {
    const absolute = this.base + index;
    if (b === CR) {
      this.line++;
      this.crEnd = absolute + 1;
    } else if (this.crEnd !== absolute) {
      this.line++;
    }
    this.lineStart = absolute + 1;
    this.lineContinuations = 0;
  }

  private startCarry(chunk: Buffer, from: number): void {
    const length = chunk.length - from;
    if (this.carry.length < length) this.carry = Buffer.allocUnsafe(Math.max(length, 4096));
    chunk.copy(this.carry, 0, from);
    this.carryLength = length;
    this.attemptLength = length;
  }

  private appendToCarry(chunk: Buffer): void {
    const needed = this.carryLength + chunk.length;
    if (this.carry.length < needed) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.carry.length * 2));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    chunk.copy(this.carry, this.carryLength);
    this.carryLength = needed;
  }

  private scanCarry(): void {
    this.base = this.received - this.carryLength;
    const stop = this.scan(this.carry, this.carryLength);
    this.carry.copyWithin(0, stop, this.carryLength);
    this.carryLength -= stop;
    this.attemptLength = this.carryLength;
  }

  /** Scans `buffer[0, end)` and returns the index of the first byte of a construct that continues past `end`, or `end`. */
  private scan(buffer: Buffer, end: number): number {
    this.buffer = buffer;
    this.end = end;
    let i = 0;
    if (this.stage === START) {
      i = this.startDocument();
      if (i < 0) return this.stopAt(0);
    }
    while (i < end) {
      let next: number;
      if (buffer[i] === LT) {
        const line = this.line;
        const lineStart = this.lineStart;
        const lineContinuations = this.lineContinuations;
        const crEnd = this.crEnd;
        next = this.markup(i);
        if (next < 0) {
          this.line = line;
          this.lineStart = lineStart;
          this.lineContinuations = lineContinuations;
          this.crEnd = crEnd;
          return this.stopAt(i);
        }
      } else {
        next = this.stage === IN_ROOT ? this.text(i) : this.outsideText(i);
        if (next < end && buffer[next] !== LT) return this.stopAt(next);
      }
      i = next;
    }
    return end;
  }

  /** Returns `index`, where the scan stopped inside a construct, unless the input has ended, which makes that an error. */
  private stopAt(index: number): number {
    if (!this.final) return index;
    for (let i = index; i < this.end; i++) {
      const b = this.buffer[i]!;
      if (b === LF || b === CR) this.newline(i, b);
      else if ((b & 0xc0) === 0x80) this.lineContinuations++;
    }
    const open = this.stack[this.stack.length - 1];
    if (open) throw this.error('truncated', `unclosed tag: ${open.name}`, this.received);
    if (this.stage === EPILOG) throw this.error('malformed', 'the file ends inside markup after the root element', this.received);
    throw this.error('truncated', 'the file ends inside markup before the root element', this.received);
  }

  /** Skips a UTF-8 byte order mark. Returns the index after it, or -1 when the chunk ends inside one. */
  private startDocument(): number {
    const { buffer, end } = this;
    let i = 0;
    if (buffer[0] === 0xef) {
      if (end < 3 && !this.final && (end === 1 || buffer[1] === 0xbb)) return -1;
      if (end >= 3 && buffer[1] === 0xbb && buffer[2] === 0xbf) {
        i = 3;
        this.lineContinuations += 2;
      }
    }
    this.stage = PROLOG;
    this.documentStart = this.base + i;
    return i;
  }

  private markup(i: number): number {
    const { buffer, end } = this;
    if (i + 1 >= end) return -1;
    const b = buffer[i + 1]!;
    if (b === SLASH) return this.endTag(i);
    if (b === QUESTION) return this.processingInstruction(i);
    if (b === EXCLAMATION) {
      const kind = bangKind(this, i);
      if (kind === 0) return -1;
      if (kind === BANG_COMMENT) return scanComment(this, i);
      if (kind === BANG_CDATA) return this.cdata(i);
      return this.doctype(i);
    }
    return this.startTag(i);
  }

  /** Scans character data inside the root element up to the next `<`, collecting it when the reader asks for text. */
  private text(start: number): number {
    const { buffer, end } = this;
    const capturing = this.captured !== undefined;
    let brackets = this.textBrackets;
    let segment = start;
    let i = start;
    for (; i < end; i++) {
      const b = buffer[i]!;
      const kind = TEXT_BYTE[b]!;
      if (kind === TEXT_PLAIN) {
        brackets = 0;
        continue;
      }
      if (kind === TEXT_LT) break;
      if (kind === TEXT_NEWLINE) {
        if (capturing && (b === CR || this.crEnd === this.base + i)) {
          // Line breaks are normalised: CR LF and a lone CR become LF.
          this.captured += buffer.toString('utf8', segment, i) + (b === CR ? '\n' : '');
          segment = i + 1;
        }
        this.newline(i, b);
        brackets = 0;
      } else if (kind === TEXT_AMPERSAND) {
        const next = this.reference(i);
        if (next < 0) break;
        if (capturing) this.captured += buffer.toString('utf8', segment, i) + String.fromCodePoint(this.referenceCode);
        segment = next;
        i = next - 1;
        brackets = 0;
      } else if (kind === TEXT_BRACKET) {
        brackets++;
      } else if (kind === TEXT_GT) {
        if (brackets >= 2) this.fail('the text contains "]]>", which XML allows only to close a CDATA section', i + 1);
        brackets = 0;
      } else if (kind === TEXT_NON_ASCII) {
        const length = sequenceLength(buffer, i, end);
        if (length === 0) break;
        if (isExcludedNonCharacter(buffer, i, length)) this.fail('disallowed character', i + 1);
        this.lineContinuations += length - 1;
        i += length - 1;
        brackets = 0;
      } else {
        this.fail('disallowed character', i + 1);
      }
    }
    if (capturing && segment < i) this.captured += buffer.toString('utf8', segment, i);
    this.textBrackets = brackets;
    return i;
  }

  /** Scans the whitespace before and after the root element, where no text may appear. */
  private outsideText(i: number): number {
    const { buffer, end } = this;
    for (; i < end; i++) {
      const b = buffer[i]!;
      if (b === SPACE || b === TAB) continue;
      if (b === LF || b === CR) {
        this.newline(i, b);
        continue;
      }
      if (b === LT) break;
      if (this.base + i === this.documentStart && b >= 0x80 && (b < 0xc2 || b > 0xf4)) {
        throw new XmlSyntaxError('not-utf8', 'the file does not start with UTF-8 text', { line: 1, column: 1 });
      }
      if (isControl(b)) this.fail('disallowed character', i + 1);
      this.fail('text data outside of root node', i + 1);
    }
    return i;
  }

  /** Scans `&...;` at `i`. Returns the index after the `;` and sets `referenceCode`, or returns -1 when the buffer ends first. */
  private reference(i: number): number {
    const { buffer, end } = this;
    let p = i + 1;
    for (; p < end; p++) {
      const b = buffer[p]!;
      if (b === SEMICOLON) break;
      if (NAME_BYTE[b] === 0 && b !== HASH) {
        this.countContinuations(i, p + 1);
        this.fail('invalid entity or character reference, which must be "&name;" or "&#number;"', p + 1);
      }
    }
    if (p >= end) return -1;
    const code = p === i + 1 ? -1 : referenceCodePoint(buffer, i + 1, p);
    if (code < 0) {
      this.countContinuations(i, p);
      if (buffer[i + 1] !== HASH && p > i + 1) throw this.error('undefined-entity', 'undefined entity', this.base + p + 1);
      this.fail('invalid character reference: it must name a character that XML allows, in decimal or after "x" in hexadecimal', p + 1);
    }
    this.referenceCode = code;
    return p + 1;
  }

  /** Adds the continuation bytes of `buffer[from, to)` to the column count, before an error inside a construct. */
  private countContinuations(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if ((this.buffer[i]! & 0xc0) === 0x80) this.lineContinuations++;
    }
  }

  /** Scans a name at `p`. Returns the index after it and sets `nameHash`, or returns -1 when the buffer ends first. */
  private scanName(p: number): number {
    const { buffer, end } = this;
    let hash = 0;
    const start = p;
    while (p < end) {
      const b = buffer[p]!;
      const kind = p === start ? NAME_START_BYTE[b]! : NAME_BYTE[b]!;
      if (kind === 1) {
        hash = nextNameHash(hash, b);
        p++;
        continue;
      }
      if (kind === 0) {
        if (p === start) this.fail('invalid character at the start of a name', p + 1);
        this.nameHash = hash;
        return p;
      }
      const length = sequenceLength(buffer, p, end);
      if (length === 0) return -1;
      const code = decodeSequence(buffer, p, length);
      this.lineContinuations += length - 1;
      if (code < 0 || !(p === start ? isNameStartCodePoint(code) : isNameCodePoint(code))) {
        this.fail('invalid character in a name', p + length);
      }
      for (let k = 0; k < length; k++) hash = nextNameHash(hash, buffer[p + k]!);
      p += length;
    }
    return -1;
  }

  private skipSpace(p: number): number {
    const { buffer, end } = this;
    for (; p < end; p++) {
      const b = buffer[p]!;
      if (b === SPACE || b === TAB) continue;
      if (b === LF || b === CR) {
        this.newline(p, b);
        continue;
      }
      break;
    }
    return p;
  }

  /** Scans a start tag, calls the handlers, and returns the index after its `>`. */
  private startTag(i: number): number {
    const { buffer, end } = this;
    if (this.stage === EPILOG) this.fail('a second root element follows the root element, but a document has one', i + 2);
    const nameEnd = this.scanName(i + 1);
    if (nameEnd < 0) return -1;
    const name = this.names.lookup(buffer, i + 1, nameEnd, this.nameHash);

    const list = this.attributes;
    list.reset(buffer);
    const generation = list.generation;
    let p = nameEnd;
    let isSelfClosing = false;
    for (;;) {
      const spaceStart = p;
      p = this.skipSpace(p);
      if (p >= end) return -1;
      const b = buffer[p]!;
      if (b === GT) break;
      if (b === SLASH) {
        if (p + 1 >= end) return -1;
        if (buffer[p + 1] !== GT) this.fail('expected ">" after "/" in a start tag', p + 2);
        isSelfClosing = true;
        p++;
        break;
      }
      if (p === spaceStart) this.fail('attributes must be separated by whitespace', p + 1);
      p = this.attribute(p, list);
      if (p < 0) return -1;
    }

    const tag = new ScannedTag(name, isSelfClosing, list, generation);
    this.eventEnd = this.base + p + 1;
    if (this.stage !== IN_ROOT) {
      this.stage = IN_ROOT;
      this.events.root(tag);
    }
    this.events.openTag(tag);
    if (isSelfClosing) {
      this.events.closeTag(tag);
      if (this.stack.length === 0) this.stage = EPILOG;
    } else {
      // Decoded now, because the buffer will have been reused by the time the end tag arrives.
      if (list.count > 0) void tag.attributes;
      this.stack.push(tag);
    }
    return p + 1;
  }

  /** Scans `name="value"` at `p` into `list`. Returns the index after the closing quote, or -1 when the buffer ends first. */
  private attribute(p: number, list: AttributeList): number {
    const { buffer, end } = this;
    const nameStart = p;
    p = this.scanName(p);
    if (p < 0) return -1;
    const name = this.names.lookup(buffer, nameStart, p, this.nameHash);
    p = this.skipSpace(p);
    if (p >= end) return -1;
    if (buffer[p] !== EQUALS) this.fail(`attribute "${name}" has no value: expected "="`, p + 1);
    p = this.skipSpace(p + 1);
    if (p >= end) return -1;
    const quote = buffer[p]!;
    if (quote !== QUOTE && quote !== APOSTROPHE) this.fail('unquoted attribute value', p + 1);

    const valueStart = p + 1;
    let flags = 0;
    let q = valueStart;
    for (; q < end; q++) {
      const b = buffer[q]!;
      if (VALUE_BYTE[b] === 0) continue;
      if (b === quote) break;
      if (b === QUOTE || b === APOSTROPHE) continue;
      if (b === AMPERSAND) {
        const next = this.reference(q);
        if (next < 0) return -1;
        flags |= VALUE_HAS_REFERENCE;
        q = next - 1;
      } else if (b === LT) {
        this.fail('"<" in an attribute value, which XML allows only as "&lt;"', q + 1);
      } else if (b === TAB || b === LF || b === CR) {
        if (b !== TAB) this.newline(q, b);
        flags |= VALUE_HAS_WHITESPACE;
      } else if (b >= 0x80) {
        const length = sequenceLength(buffer, q, end);
        if (length === 0) return -1;
        if (isExcludedNonCharacter(buffer, q, length)) this.fail('disallowed character', q + 1);
        this.lineContinuations += length - 1;
        q += length - 1;
        flags |= VALUE_HAS_NON_ASCII;
      } else {
        this.fail('disallowed character', q + 1);
      }
    }
    if (q >= end) return -1;
    if (!list.add(name, valueStart, q, flags)) this.fail(`duplicate attribute "${name}"`, q + 1);
    return q + 1;
  }

  /** Scans an end tag, checks that it closes the innermost open element, and calls the handler. */
  private endTag(i: number): number {
    const { buffer, end } = this;
    const nameEnd = this.scanName(i + 2);
    if (nameEnd < 0) return -1;
    const p = this.skipSpace(nameEnd);
    if (p >= end) return -1;
    if (buffer[p] !== GT) this.fail('expected ">" to end the end tag', p + 1);
    const name = this.names.lookup(buffer, i + 2, nameEnd, this.nameHash);
    const tag = this.stack[this.stack.length - 1];
    if (tag === undefined || tag.name !== name) this.fail('unexpected close tag', p + 1);

    this.eventEnd = this.base + p + 1;
    this.stack.pop();
    this.events.closeTag(tag);
    if (this.stack.length === 0) this.stage = EPILOG;
    return p + 1;
  }

  private cdata(i: number): number {
    if (this.stage !== IN_ROOT) this.fail('a CDATA section appears outside the root element', i + 3);
    const next = scanCdata(this, i);
    if (next < 0) return -1;
    if (this.captured !== undefined) {
      const text = this.buffer.toString('utf8', i + 9, next - 3);
      this.captured += text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    }
    this.textBrackets = 0;
    return next;
  }

  /** Scans `<?target data?>`, or the XML declaration when the target is "xml" at the start of the document. */
  private processingInstruction(i: number): number {
    const { buffer, end } = this;
    const targetEnd = this.scanName(i + 2);
    if (targetEnd < 0) return -1;
    if (targetEnd >= end || (buffer[targetEnd] === QUESTION && targetEnd + 1 >= end)) return -1;
    const afterTarget = buffer[targetEnd]!;
    const closesNow = afterTarget === QUESTION && buffer[targetEnd + 1] === GT;
    if (!closesNow && afterTarget !== SPACE && afterTarget !== TAB && afterTarget !== LF && afterTarget !== CR) {
      this.fail('invalid character after a processing instruction target', targetEnd + 1);
    }
    const isDeclaration = isXmlTarget(buffer, i + 2, targetEnd);
    if (isDeclaration && this.base + i !== this.documentStart) {
      this.fail('an XML declaration may appear only at the start of the file', targetEnd);
    }
    const next = scanProcessingInstructionData(this, targetEnd);
    if (next < 0) return -1;
    if (isDeclaration) {
      const encoding = parseDeclaration(buffer, targetEnd, next - 2);
      if (encoding === null) this.fail('invalid XML declaration: expected version="1.0" and optional encoding and standalone', next);
      this.eventEnd = this.base + next;
      this.events.xmlDeclaration(encoding);
    }
    return next;
  }

  private doctype(i: number): number {
    if (this.stage !== PROLOG || this.sawDoctype) this.fail('a DOCTYPE may appear only once, before the root element', i + 2);
    const next = scanDoctype(this, i);
    if (next < 0) return -1;
    this.eventEnd = this.base + next;
    this.events.doctype(declaresEntities(this.buffer, i, next));
    this.sawDoctype = true;
    return next;
  }
}
