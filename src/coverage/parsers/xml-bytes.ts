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

import { CR, EXCLAMATION, GT, LF, LT, QUESTION, SLASH, SPACE, TAB } from './xml-chars.js';
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
} from './xml-markup.js';
import { EMPTY, EPILOG, IN_ROOT, PROLOG, START } from './xml-scan-state.js';
import { XmlTagScanner } from './xml-tag-scanner.js';

export class XmlByteScanner extends XmlTagScanner {
  private carry: Buffer = EMPTY;
  private carryLength = 0;
  /** Length of the carry buffer at the last scan that stopped inside a construct. */
  private attemptLength = 0;

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
