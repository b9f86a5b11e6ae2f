/**
 * State of the byte-level XML scanner that every layer of it shares: the
 * buffer being scanned, the line and column, the document stage and the open
 * elements, with the errors that point at a position. The layers are
 * `XmlTextScanner` (character data and references), `XmlTagScanner` (start
 * and end tags) and `XmlByteScanner` (chunks, markup and the document).
 */

import type { ReportPosition } from '../../errors.js';
import { CR, LF, SPACE, TAB } from './xml-chars.js';
import type { MarkupContext } from './xml-markup.js';
import { NameTable } from './xml-names.js';
import { XmlSyntaxError, type XmlSyntaxKind } from './xml-syntax-error.js';
import { AttributeList, type ScannedTag, type XmlTag } from './xml-tag.js';

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
export const START = 0;
export const PROLOG = 1;
export const IN_ROOT = 2;
export const EPILOG = 3;

export const EMPTY = Buffer.alloc(0);

export class XmlScanState implements MarkupContext {
  buffer: Buffer = EMPTY;
  end = 0;
  /** Text collected between `beginText` and `endText` of the report reader, or undefined when nothing is collected. */
  captured: string | undefined = undefined;

  /** Absolute offset of `buffer[0]` in the input. */
  protected base = 0;
  protected received = 0;
  protected final = false;

  // Line and column: a column counts characters, that is, bytes that are not UTF-8 continuation bytes.
  protected line = 1;
  /** Absolute offset of the first byte of the current line. */
  protected lineStart = 0;
  /** UTF-8 continuation bytes between `lineStart` and the scan position. */
  protected lineContinuations = 0;
  /** Absolute offset after the last carriage return, so that CR LF counts as one line break. */
  protected crEnd = -1;
  /** Absolute offset after the construct reported last, where handler errors point. */
  protected eventEnd = 0;

  protected stage = START;
  protected sawDoctype = false;
  /** Absolute offset after a byte order mark, the only place an XML declaration may start. */
  protected documentStart = 0;
  protected readonly stack: ScannedTag[] = [];
  /** Number of `]` just before the scan position in text, to find `]]>`, which text must not contain. */
  protected textBrackets = 0;
  protected nameHash = 0;
  protected referenceCode = 0;
  protected readonly names = new NameTable();
  protected readonly attributes = new AttributeList();

  constructor(protected readonly events: XmlDocumentEvents) {}

  /** Total bytes received so far. */
  get byteCount(): number {
    return this.received;
  }

  /** Position of the last character of the construct reported last, or of the end of the input after `finish`. */
  get position(): ReportPosition {
    return this.positionAt(this.eventEnd);
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

  protected error(kind: XmlSyntaxKind, message: string, absoluteEnd: number): XmlSyntaxError {
    return new XmlSyntaxError(kind, message, this.positionAt(absoluteEnd));
  }

  protected positionAt(absoluteEnd: number): ReportPosition {
    return { line: this.line, column: Math.max(1, absoluteEnd - this.lineStart - this.lineContinuations) };
  }

  protected newline(index: number, b: number): void {
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

  /** Adds the continuation bytes of `buffer[from, to)` to the column count, before an error inside a construct. */
  protected countContinuations(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if ((this.buffer[i]! & 0xc0) === 0x80) this.lineContinuations++;
    }
  }
}
