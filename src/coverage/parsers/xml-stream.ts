/**
 * A streaming XML reader for coverage reports, built on `saxes`.
 *
 * It feeds chunks to the parser as they arrive and keeps no tree, so the
 * parser's own memory is bounded by the largest tag or DOCTYPE, not by the
 * size of the report. The format parsers keep only the records they return.
 * It rejects documents that declare entities. It never fetches a DOCTYPE's
 * external DTD, because saxes 6 loads no external resources at all.
 */

import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

import { ReportError, type ReportPosition } from '../../errors.js';
import type { ReportInput } from './types.js';

/** A start tag and its attributes. `isSelfClosing` is true for `<line/>`. */
export type XmlTag = SaxesTagPlain;

export interface XmlContentHandlers {
  /** Called once per start tag, after all its attributes are read. */
  openTag(tag: XmlTag): void;
  /** Called once per end tag, and right after `openTag` for a self-closing tag. */
  closeTag(tag: XmlTag): void;
}

export interface XmlReportFormat {
  /** Format name used in messages, for example "Cobertura". */
  name: string;
  /** Name of the root element the format requires. */
  root: string;
}

/** Encodings that UTF-8 decoding reads correctly. */
const UTF8_COMPATIBLE = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

const MALFORMED_FIX =
  'Regenerate the report with the coverage tool, and check that nothing edited or cut it before this step';
const TRUNCATED_FIX = 'Check that the coverage step finished writing the report before this step read it';

/**
 * Reads one XML report and calls the format's handlers for every tag.
 * Every problem is thrown as a `ReportError` naming the report, line and column.
 */
export class XmlReportReader {
  readonly warnings: string[] = [];
  private readonly parser = new SaxesParser();
  private handlers: XmlContentHandlers | undefined;
  private byteCount = 0;
  private startedText = false;
  private capturedText: string | undefined;
  /** Position at the end of the input, kept because `close()` resets the parser's position. */
  private endPosition: ReportPosition | undefined;

  constructor(
    readonly source: string,
    readonly format: XmlReportFormat,
  ) {
    this.parser.on('error', (error) => this.rejectMalformed(error));
    this.parser.on('xmldecl', (declaration) => this.checkEncoding(declaration.encoding));
    this.parser.on('doctype', (doctype) => this.checkDoctype(doctype));
    this.parser.on('opentag', (tag) => this.checkRoot(tag));
  }

  /** Position of the next character the parser reads: 1-based line and column. */
  get position(): ReportPosition {
    if (this.endPosition) return this.endPosition;
    return { line: this.parser.line, column: Math.max(1, this.parser.column) };
  }

  /** Returns a `ReportError` at the current position, for the caller to throw. */
  error(problem: string, fix: string): ReportError {
    return new ReportError(this.source, this.position, problem, fix);
  }

  /** Records a problem that does not stop parsing, with its position. */
  warn(problem: string): void {
    const { line, column } = this.position;
    this.warnings.push(`${this.source} at line ${line}, column ${column}: ${problem}`);
  }

  /**
   * Starts collecting character data (text and CDATA) until `endText`.
   * Collection is off by default, because a text handler makes saxes build a
   * string for every run of whitespace between tags.
   */
  beginText(): void {
    this.capturedText = '';
    const append = (text: string): void => {
      this.capturedText += text;
    };
    this.parser.on('text', append);
    this.parser.on('cdata', append);
  }

  /** Stops collecting character data and returns what was collected. */
  endText(): string {
    this.parser.off('text');
    this.parser.off('cdata');
    const text = this.capturedText ?? '';
    this.capturedText = undefined;
    return text;
  }

  /** Parses the whole input, calling `handlers` for every tag below and including the root. */
  async read(input: ReportInput, handlers: XmlContentHandlers): Promise<void> {
    this.handlers = handlers;
    this.parser.on('closetag', handlers.closeTag.bind(handlers));

    // NOTE: invalid UTF-8 bytes become U+FFFD instead of an error, so a Latin-1 report
    // without an XML declaration parses with replaced characters in its paths.
    const decoder = new StringDecoder('utf8');
    for await (const chunk of input.chunks) {
      this.byteCount += chunk.length;
      this.write(decoder.write(chunk));
    }
    this.write(decoder.end());

    if (this.byteCount === 0) {
      throw new ReportError(
        this.source,
        undefined,
        `the file is empty, but a ${this.format.name} report must contain a <${this.format.root}> element`,
        'Check that the coverage step ran and wrote the report to this path',
      );
    }
    const end = this.position;
    this.parser.close();
    this.endPosition = end;
  }

  private write(text: string): void {
    if (text.length === 0) return;
    if (!this.startedText) {
      this.startedText = true;
      text = this.checkDocumentStart(text);
    }
    this.parser.write(text);
  }

  /** Strips a UTF-8 byte order mark and rejects input that does not begin as UTF-8 text. */
  private checkDocumentStart(text: string): string {
    // A BOM can span chunks, so it is stripped from decoded text rather than from bytes.
    if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
    if (text.charCodeAt(0) === 0xfffd) {
      throw new ReportError(
        this.source,
        { line: 1, column: 1 },
        'the file does not start with UTF-8 text (it may be UTF-16, compressed or binary)',
        `Write the ${this.format.name} report as UTF-8 XML, or decompress it first`,
      );
    }
    return text;
  }

  private checkEncoding(encoding: string | undefined): void {
    if (encoding === undefined || UTF8_COMPATIBLE.has(encoding.toLowerCase())) return;
    throw this.error(
      `the XML declaration names encoding="${encoding}", but only UTF-8 reports are supported`,
      'Configure the coverage tool to write UTF-8 (for example the outputEncoding of the JaCoCo report task), or convert the file with iconv',
    );
  }

  /**
   * Rejects entity declarations, internal or external. saxes would not expand
   * them, so a report that relies on them would parse with missing text.
   * Rejecting them also rules out entity-expansion attacks.
   */
  private checkDoctype(doctype: string): void {
    if (!doctype.includes('<!ENTITY')) return;
    throw this.error(
      'the DOCTYPE declares entities (<!ENTITY ...>), which TestMaster rejects and never expands',
      'Remove the entity declarations from the DOCTYPE; coverage tools do not write them',
    );
  }

  /** Checks the root element once, then hands every later tag straight to the format's handler. */
  private checkRoot(tag: XmlTag): void {
    const handlers = this.handlers;
    if (!handlers) throw new Error('XmlReportReader received a tag before read() started');

    if (tag.name !== this.format.root) {
      throw this.error(
        `the root element is <${tag.name}>, but a ${this.format.name} report starts with <${this.format.root}>`,
        `Check that this file is a ${this.format.name} XML report, or set the format of the tool that wrote it`,
      );
    }
    this.parser.on('opentag', handlers.openTag.bind(handlers));
    handlers.openTag(tag);
  }

  private rejectMalformed(error: Error): never {
    // saxes prefixes its messages with "line:column: ", which the ReportError states in its own words.
    const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    if (message.startsWith('unclosed tag')) {
      throw this.error(`the report is truncated, because it ends before its root element closes (${message})`, TRUNCATED_FIX);
    }
    if (message.startsWith('undefined entity')) {
      throw this.error(
        'the report uses an entity reference that XML does not predefine, and TestMaster expands no others',
        'Replace the reference with the character it stands for, or with a numeric reference such as &#233;',
      );
    }
    if (message.startsWith('document must contain a root element')) {
      throw this.error(`the report has no root element, but a ${this.format.name} report must contain <${this.format.root}>`, MALFORMED_FIX);
    }
    throw this.error(`the report is not well-formed XML: ${message}`, MALFORMED_FIX);
  }
}

/** Throws when a report parsed without errors but lists no source files. */
export function requireFiles(reader: XmlReportReader, fileCount: number, elementName: string): void {
  if (fileCount > 0) return;
  throw reader.error(
    `the ${reader.format.name} report lists no source files (no <${elementName}> elements)`,
    "Check that the tests ran with coverage enabled and that the coverage tool's source or include settings match your source folders",
  );
}
