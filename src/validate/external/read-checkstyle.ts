/**
 * Reads checkstyle XML (`<checkstyle><file name><error line column severity
 * message source/></file></checkstyle>`), the report format of Checkstyle,
 * ESLint's `checkstyle` formatter, PHP_CodeSniffer, ktlint and many others.
 *
 * It streams the bytes through the XML scanner of the coverage parsers, so
 * no tree is built. That scanner expands only the five predefined entities
 * and numeric references, never fetches a DTD, and this reader rejects
 * documents that declare entities.
 *
 * The format has no end positions, so a finding runs from its column to the
 * end of its line when the file's text is known, and marks only its column
 * otherwise. A missing or zero line or column counts as 1.
 * NOTE: Checkstyle itself counts columns with tabs expanded to its tabWidth
 * (8 by default); such columns are read as they are, not converted.
 */
import { UserError, formatPosition } from '../../errors.js';
import { XmlByteScanner } from '../../coverage/parsers/xml-bytes.js';
import type { XmlDocumentEvents } from '../../coverage/parsers/xml-scan-state.js';
import { XmlSyntaxError } from '../../coverage/parsers/xml-syntax-error.js';
import type { XmlTag } from '../../coverage/parsers/xml-tag.js';
import type { Finding, FindingLevel } from '../model.js';
import type { ExternalReport, ReportContext } from './report-context.js';
import { resolveReportedPath } from './repository-path.js';
import { prefixedRuleId } from './rule-id.js';
import { MAX_REPORT_INTEGER } from './json-values.js';
import { cachedTextLines, type TextLines } from './text-lines.js';
import { WarningTally } from './warning-tally.js';

const UTF8_NAMES: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const LEVEL_BY_SEVERITY: Record<string, FindingLevel | null> = { error: 'error', warning: 'warning', info: 'note', ignore: null };

/** Reads the findings of a checkstyle XML report; throws `UserError` naming the report and position for invalid input. */
export function readCheckstyle(input: string | Buffer, context: ReportContext): ExternalReport {
  return readCheckstyleChunks([typeof input === 'string' ? Buffer.from(input, 'utf8') : input], context);
}

/**
 * Reads a checkstyle report given in chunks, so a large report need not be
 * one buffer. A chunk is not used after the next one is requested.
 */
export function readCheckstyleChunks(chunks: Iterable<Buffer>, context: ReportContext): ExternalReport {
  const reader = new CheckstyleReader(context);
  const scanner = new XmlByteScanner(reader);
  reader.scanner = scanner;
  try {
    for (const chunk of chunks) scanner.write(chunk);
    if (scanner.byteCount === 0) throw reader.error('the file is empty, but a checkstyle report contains a <checkstyle> element');
    scanner.finish();
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw reader.syntaxError(error);
    throw error;
  }
  return { findings: reader.findings, warnings: reader.tally.lines() };
}

class CheckstyleReader implements XmlDocumentEvents {
  readonly findings: Finding[] = [];
  readonly tally: WarningTally;
  scanner: XmlByteScanner | undefined;
  private readonly tool: string;
  private readonly linesOf: (path: string) => TextLines | undefined;
  /** Repository path of the open `<file>`, null when it lies outside, undefined outside any `<file>`. */
  private file: string | null | undefined = undefined;

  constructor(private readonly context: ReportContext) {
    this.tally = new WarningTally(context.reportPath);
    this.tool = context.toolName ?? 'checkstyle';
    this.linesOf = cachedTextLines(context.readText);
  }

  xmlDeclaration(encoding: string | undefined): void {
    if (encoding !== undefined && !UTF8_NAMES.has(encoding.toLowerCase())) {
      throw this.error(`the XML declaration names encoding="${encoding}", but only UTF-8 reports are read`, 'Configure the linter to write UTF-8, or convert the file with iconv');
    }
  }

  doctype(declaresEntities: boolean): void {
    if (declaresEntities) {
      throw this.error('the DOCTYPE declares entities, which TestMaster rejects and never expands', 'Remove the <!ENTITY> declarations; linters do not write them');
    }
  }

  root(tag: XmlTag): void {
    if (tag.name !== 'checkstyle') {
      throw this.error(`the root element is <${tag.name}>, but a checkstyle report starts with <checkstyle>`, 'Check that the linter writes the checkstyle format, or set the format of this linter');
    }
  }

  openTag(tag: XmlTag): void {
    if (tag.name === 'file') this.openFile(tag);
    else if (tag.name === 'error') this.readError(tag);
  }

  closeTag(tag: XmlTag): void {
    if (tag.name === 'file') this.file = undefined;
  }

  private openFile(tag: XmlTag): void {
    const name = tag.attributes.name;
    if (name === undefined || name === '') throw this.error('<file> has no name attribute', 'Regenerate the report with the linter');
    const resolved = resolveReportedPath(name, this.context);
    if (resolved.inside) {
      this.file = resolved.path;
    } else {
      this.file = null;
      const problem = resolved.missing ? 'files that are not in the repository were skipped with their errors' : 'files outside the repository were skipped with their errors';
      this.tally.add(problem, resolved.shown);
    }
  }

  private readError(tag: XmlTag): void {
    if (this.file === undefined) throw this.error('<error> appears outside a <file> element', 'Regenerate the report with the linter');
    if (this.file === null) return;
    const attributes = tag.attributes;
    const severity = (attributes.severity ?? 'warning').toLowerCase();
    const level = severity in LEVEL_BY_SEVERITY ? LEVEL_BY_SEVERITY[severity]! : 'warning';
    if (level === null) return;

    const path = this.file;
    const line = this.positiveNumber(tag, 'line');
    const column = this.positiveNumber(tag, 'column');
    const endColumn = this.linesOf(path)?.endColumnOf(line) ?? column;
    this.findings.push({
      ruleId: prefixedRuleId(this.tool, attributes.source),
      level,
      path,
      range: { startLine: line, startColumn: column, endLine: line, endColumn: Math.max(column, endColumn) },
      message: (attributes.message ?? '').trim() || (attributes.source ?? 'No message'),
      tool: this.tool,
    });
  }

  /** Reads a line or column attribute; missing or 0 reads as 1, other non-numbers throw. */
  private positiveNumber(tag: XmlTag, name: string): number {
    const text = tag.attributes[name];
    if (text === undefined || text.trim() === '') return 1;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > MAX_REPORT_INTEGER) {
      throw this.error(`<${tag.name}> has ${name}="${text}", but it must be a whole number up to ${MAX_REPORT_INTEGER}`, 'Regenerate the report with the linter');
    }
    return Math.max(1, value);
  }

  error(problem: string, fix = 'Regenerate the report with the linter'): UserError {
    const position = this.scanner?.position;
    const where = position ? ` at ${formatPosition(position)}` : '';
    return new UserError(`${this.context.reportPath}${where}: ${problem}. ${fix}`);
  }

  syntaxError(error: XmlSyntaxError): UserError {
    const where = ` at ${formatPosition(error.position)}`;
    const problem =
      error.kind === 'undefined-entity'
        ? 'the report uses an entity reference that XML does not predefine, and TestMaster expands no others'
        : error.kind === 'not-utf8'
          ? 'the file does not start with UTF-8 text (it may be UTF-16, compressed or binary)'
          : `the checkstyle report is not well-formed XML (${error.message})`;
    const fix = error.kind === 'truncated' ? 'Check that the linter finished writing the report before this step read it' : 'Regenerate the report with the linter';
    return new UserError(`${this.context.reportPath}${where}: ${problem}. ${fix}`, { cause: error });
  }
}
