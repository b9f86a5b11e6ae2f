/**
 * A streaming XML reader for coverage reports, built on the byte scanner in
 * xml-bytes.ts.
 *
 * It feeds chunks to the scanner as they arrive and keeps no tree, so its own
 * memory is bounded by the largest tag, comment or DOCTYPE, not by the size
 * of the report. The format parsers keep only the records they return.
 * It rejects documents that declare entities. It never fetches a DOCTYPE's
 * external DTD, because the scanner loads no external resources at all.
 */

import { ReportError, type ReportPosition } from '../../errors.js';
import type { ReportInput } from './types.js';
import { XmlByteScanner } from './xml-bytes.js';
import type { XmlDocumentEvents } from './xml-scan-state.js';
import { XmlSyntaxError } from './xml-syntax-error.js';
import type { XmlTag } from './xml-tag.js';

export type { XmlTag } from './xml-tag.js';

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
  private scanner: XmlByteScanner | undefined;

  constructor(
    readonly source: string,
    readonly format: XmlReportFormat,
  ) {}

  /**
   * Position of the construct the reader reported last (1-based line, and the
   * column of its last character), or of the end of the input after `read`.
   */
  get position(): ReportPosition {
    return this.scanner?.position ?? { line: 1, column: 1 };
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
   * Collection is off by default, so the whitespace between tags creates no strings.
   */
  beginText(): void {
    if (this.scanner) this.scanner.captured = '';
  }

  /** Stops collecting character data and returns what was collected. */
  endText(): string {
    const text = this.scanner?.captured ?? '';
    if (this.scanner) this.scanner.captured = undefined;
    return text;
  }

  /** Parses the whole input, calling `handlers` for every tag below and including the root. */
  async read(input: ReportInput, handlers: XmlContentHandlers): Promise<void> {
    const scanner = new XmlByteScanner(this.documentEvents(handlers));
    this.scanner = scanner;
    try {
      for await (const chunk of input.chunks) scanner.write(chunk);
      if (scanner.byteCount === 0) {
        throw new ReportError(
          this.source,
          undefined,
          `the file is empty, but a ${this.format.name} report must contain a <${this.format.root}> element`,
          'Check that the coverage step ran and wrote the report to this path',
        );
      }
      scanner.finish();
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw this.syntaxError(error);
      throw error;
    }
  }

  private documentEvents(handlers: XmlContentHandlers): XmlDocumentEvents {
    return {
      xmlDeclaration: (encoding) => this.checkEncoding(encoding),
      doctype: (declaresEntities) => this.checkDoctype(declaresEntities),
      root: (tag) => this.checkRoot(tag),
      openTag: handlers.openTag.bind(handlers),
      closeTag: handlers.closeTag.bind(handlers),
    };
  }

  private checkEncoding(encoding: string | undefined): void {
    if (encoding === undefined || UTF8_COMPATIBLE.has(encoding.toLowerCase())) return;
    throw this.error(
      `the XML declaration names encoding="${encoding}", but only UTF-8 reports are supported`,
      'Configure the coverage tool to write UTF-8 (for example the outputEncoding of the JaCoCo report task), or convert the file with iconv',
    );
  }

  /**
   * Rejects entity declarations, internal or external. The reader does not
   * expand them, so a report that relies on them would parse with missing
   * text. Rejecting them also rules out entity-expansion attacks.
   */
  private checkDoctype(declaresEntities: boolean): void {
    if (!declaresEntities) return;
    throw this.error(
      'the DOCTYPE declares entities (<!ENTITY ...>), which TestMaster rejects and never expands',
      'Remove the entity declarations from the DOCTYPE; coverage tools do not write them',
    );
  }

  private checkRoot(tag: XmlTag): void {
    if (tag.name === this.format.root) return;
    throw this.error(
      `the root element is <${tag.name}>, but a ${this.format.name} report starts with <${this.format.root}>`,
      `Check that this file is a ${this.format.name} XML report, or set the format of the tool that wrote it`,
    );
  }

  private syntaxError(error: XmlSyntaxError): ReportError {
    const at = (problem: string, fix: string): ReportError => new ReportError(this.source, error.position, problem, fix);
    switch (error.kind) {
      case 'truncated':
        return at(`the report is truncated, because it ends before its root element closes (${error.message})`, TRUNCATED_FIX);
      case 'undefined-entity':
        return at(
          'the report uses an entity reference that XML does not predefine, and TestMaster expands no others',
          'Replace the reference with the character it stands for, or with a numeric reference such as &#233;',
        );
      case 'no-root':
        return at(`the report has no root element, but a ${this.format.name} report must contain <${this.format.root}>`, MALFORMED_FIX);
      case 'not-utf8':
        return at(
          'the file does not start with UTF-8 text (it may be UTF-16, compressed or binary)',
          `Write the ${this.format.name} report as UTF-8 XML, or decompress it first`,
        );
      case 'malformed':
        return at(`the report is not well-formed XML: ${error.message}`, MALFORMED_FIX);
    }
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
