/**
 * Cobertura XML, as written by coverage.py, coverlet, Istanbul (nyc and
 * vitest), gcovr, simplecov-cobertura and scoverage.
 *
 * Totals come from the `<line>` and `<method>` details, never from the
 * report's own `line-rate`, `lines-covered` or `branches-valid` attributes.
 * On the real reports of coverage.py 7.6, coverlet 1.9, gcovr 5.0 and a .NET
 * tool that the tests read, the details add up to those attributes. They can
 * differ when several classes of one file list the same line, because
 * coverlet writes a class per async state machine or lambda. Such a line
 * counts once per file here, but once per class in a tool that sums classes.
 */

import { MAX_LINE_NUMBER, type ParsedReport } from '../model.js';
import { FileTable, type FileDraft } from './file-table.js';
import type { ReportInput, ReportParser } from './types.js';
import { detachString, isTrue, parseDigits, requireAttribute, requireCount, requireLineNumber } from './xml-attributes.js';
import { requireFiles, XmlReportReader, type XmlContentHandlers, type XmlTag } from './xml-stream.js';

/** A `<method>` being read: covered when any of its lines ran. */
interface MethodDraft {
  name: string;
  firstLine: number;
  hits: number;
  lineCount: number;
}

class CoberturaHandlers implements XmlContentHandlers {
  readonly files = new FileTable();
  readonly roots: string[] = [];
  sawBranch = false;
  sawMethod = false;
  private file: FileDraft | null = null;
  private method: MethodDraft | null = null;
  private inSources = false;

  constructor(private readonly reader: XmlReportReader) {}

  openTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'line':
        if (this.method) this.readMethodLine(tag, this.method);
        else this.readClassLine(tag);
        break;
      case 'method':
        this.openMethod(tag);
        break;
      case 'class':
        this.file = this.files.get(requireAttribute(this.reader, tag, 'filename'));
        break;
      case 'sources':
        this.inSources = true;
        break;
      case 'source':
        if (this.inSources) this.reader.beginText();
        break;
      case 'project':
        throw this.reader.error(
          'the report has a <project> element, which Clover reports have and Cobertura reports do not',
          'Set the format of this report to clover',
        );
    }
  }

  closeTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'method':
        this.closeMethod();
        break;
      case 'class':
        this.file = null;
        break;
      case 'sources':
        this.inSources = false;
        break;
      case 'source':
        if (this.inSources) this.addRoot(this.reader.endText());
        break;
    }
  }

  /** Reads a class's `<line>`; this runs once per line of the report, so valid input skips the checked helpers. */
  private readClassLine(tag: XmlTag): void {
    const file = this.file;
    if (!file) {
      throw this.reader.error('<line> appears outside a <class> element', 'Regenerate the report with the coverage tool');
    }
    const attributes = tag.attributes;
    const lineText = attributes.number ?? '';
    let line = parseDigits(lineText, 0, lineText.length);
    if (line < 1 || line > MAX_LINE_NUMBER) line = requireLineNumber(this.reader, tag, 'number');
    const hitsText = attributes.hits ?? '';
    let hits = parseDigits(hitsText, 0, hitsText.length);
    if (hits < 0) hits = requireCount(this.reader, tag, 'hits');

    file.lines.add(line, hits);
    const branch = attributes.branch;
    if (branch !== undefined && isTrue(branch)) this.readBranches(tag, file, line);
  }

  /** Reads `condition-coverage="50% (1/2)"` into covered and total outcomes. */
  private readBranches(tag: XmlTag, file: FileDraft, line: number): void {
    const text = tag.attributes['condition-coverage'];
    if (text === undefined) {
      this.reader.warn(`<line number="${line}"> has branch="true" but no condition-coverage attribute, so its branches are left out`);
      return;
    }
    const open = text.indexOf('(');
    const slash = text.indexOf('/', open + 1);
    const close = text.indexOf(')', slash + 1);
    const covered = open >= 0 && slash > open ? parseDigits(text, open + 1, slash) : -1;
    const total = close > slash && slash >= 0 ? parseDigits(text, slash + 1, close) : -1;
    if (covered < 0 || total < 0 || covered > total) {
      throw this.reader.error(
        `<line number="${line}"> has condition-coverage="${text}", but the expected form is "50% (1/2)" with covered not above total`,
        'Regenerate the report with the coverage tool',
      );
    }
    this.sawBranch = true;
    file.addBranches(line, covered, total, null);
  }

  private openMethod(tag: XmlTag): void {
    if (!this.file) {
      throw this.reader.error('<method> appears outside a <class> element', 'Regenerate the report with the coverage tool');
    }
    this.sawMethod = true;
    this.method = { name: detachString(tag.attributes.name ?? ''), firstLine: 0, hits: 0, lineCount: 0 };
  }

  private readMethodLine(tag: XmlTag, method: MethodDraft): void {
    const lineText = tag.attributes.number ?? '';
    let line = parseDigits(lineText, 0, lineText.length);
    if (line < 1 || line > MAX_LINE_NUMBER) line = requireLineNumber(this.reader, tag, 'number');
    const hitsText = tag.attributes.hits ?? '';
    let hits = parseDigits(hitsText, 0, hitsText.length);
    if (hits < 0) hits = requireCount(this.reader, tag, 'hits');
    if (method.lineCount === 0 || line < method.firstLine) method.firstLine = line;
    if (hits > method.hits) method.hits = hits;
    method.lineCount++;
  }

  /**
   * Records the method. A method with no lines (a compiler-generated
   * constructor in coverlet output) has no source to cover, so it is left out
   * rather than counted as a function that never ran.
   */
  private closeMethod(): void {
    const method = this.method;
    this.method = null;
    if (!method || method.lineCount === 0 || !this.file) return;
    this.file.functions.add(method.name, method.firstLine, method.hits);
  }

  /** Keeps a `<source>` root, trimmed because .NET tools pad it with line breaks. */
  private addRoot(text: string): void {
    const root = text.trim();
    if (root.length > 0) this.roots.push(detachString(root));
  }
}

/** Parses a Cobertura XML report. */
export const parseCobertura: ReportParser = async (input: ReportInput): Promise<ParsedReport> => {
  const reader = new XmlReportReader(input.source, { name: 'Cobertura', root: 'coverage' });
  const handlers = new CoberturaHandlers(reader);
  await reader.read(input, handlers);
  requireFiles(reader, handlers.files.size, 'class');

  return {
    format: 'cobertura',
    source: input.source,
    files: handlers.files.toFiles({
      lines: true,
      branches: handlers.sawBranch,
      functions: handlers.sawMethod,
      statements: false,
      classes: false,
    }),
    roots: handlers.roots,
    warnings: reader.warnings,
  };
};
