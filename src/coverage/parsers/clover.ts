/**
 * Clover XML, as written by PHPUnit (php-code-coverage), OpenClover and
 * Istanbul (nyc, jest and vitest `clover` reporter).
 *
 * A line is instrumented when it has a `stmt` or `cond` entry. A `method`
 * entry marks a declaration and is not a line of its own, which matches how
 * PHPUnit counts: its `statements` counter excludes method entries and its
 * `elements` counter is statements + conditionals + methods.
 *
 * The dialects disagree on `cond` entries. OpenClover writes `truecount` and
 * `falsecount` as the hit counts of the two outcomes of one condition. Istanbul
 * 3.x (istanbul-reports lib/clover) writes the covered and the missed branches
 * of the line into them instead, counts `cond` lines as statements, and writes
 * no `method` entries, only the `methods` counters. Each file is read the
 * way its own `<metrics>` counters add up; see `readConditions`.
 */

import type { ParsedReport } from '../model.js';
import { FileTable, type FileDraft } from './file-table.js';
import type { ReportInput, ReportParser } from './types.js';
import { detachString, optionalCount, requireAttribute, requireCount, requireLineNumber } from './xml-attributes.js';
import { requireFiles, XmlReportReader, type XmlContentHandlers, type XmlTag } from './xml-stream.js';

interface ConditionEntry {
  line: number;
  /** Hits of the line: the `count` attribute, or true + false outcomes when it is missing. */
  hits: number;
  trueCount: number;
  falseCount: number;
}

/** The counters of a file's own `<metrics>` element; -1 where an attribute is missing. */
interface FileMetrics {
  statements: number;
  conditionals: number;
  coveredConditionals: number;
  methods: number;
  coveredMethods: number;
}

/** A `<file>` being read, with what must wait for its `<metrics>` before it can be recorded. */
interface FileState {
  draft: FileDraft;
  conditions: ConditionEntry[];
  statementLines: number;
  methodLines: number;
  /** True when the file contains `<class>` elements, which Istanbul's writer never emits. */
  hasClasses: boolean;
  metrics: FileMetrics | null;
}

class CloverHandlers implements XmlContentHandlers {
  readonly files = new FileTable();
  sawCondition = false;
  sawFunctions = false;
  sawStatement = false;
  private file: FileState | null = null;
  private inClass = false;
  private warnedTypes = new Set<string>();

  constructor(private readonly reader: XmlReportReader) {}

  openTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'line':
        this.readLine(tag);
        break;
      case 'file':
        this.openFile(tag);
        break;
      case 'class':
        this.inClass = true;
        if (this.file) this.file.hasClasses = true;
        break;
      case 'metrics':
        // Class, package and project counters are aggregates of the file counters.
        if (this.file && !this.inClass) this.file.metrics = readFileMetrics(this.reader, tag);
        break;
      case 'packages':
        throw this.reader.error(
          'the report has a <packages> element, which Cobertura reports have and Clover reports do not',
          'Set the format of this report to cobertura',
        );
    }
  }

  closeTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'file':
        if (this.file) this.closeFile(this.file);
        this.file = null;
        break;
      case 'class':
        this.inClass = false;
        break;
    }
  }

  private openFile(tag: XmlTag): void {
    const path = tag.attributes.path ?? requireAttribute(this.reader, tag, 'name');
    this.file = { draft: this.files.get(path), conditions: [], statementLines: 0, methodLines: 0, hasClasses: false, metrics: null };
  }

  private readLine(tag: XmlTag): void {
    const file = this.file;
    if (!file) {
      throw this.reader.error('<line> appears outside a <file> element', 'Regenerate the report with the coverage tool');
    }
    const line = requireLineNumber(this.reader, tag, 'num');
    const type = requireAttribute(this.reader, tag, 'type');
    switch (type) {
      case 'stmt': {
        const hits = requireCount(this.reader, tag, 'count');
        file.draft.addLine(line, hits);
        file.draft.statements.add(line, 0, hits, 1);
        file.statementLines++;
        break;
      }
      case 'cond': {
        const trueCount = optionalCount(this.reader, tag, 'truecount', 0);
        const falseCount = optionalCount(this.reader, tag, 'falsecount', 0);
        const hits = optionalCount(this.reader, tag, 'count', trueCount + falseCount);
        file.draft.addLine(line, hits);
        file.conditions.push({ line, hits, trueCount, falseCount });
        break;
      }
      case 'method': {
        const name = detachString(tag.attributes.name ?? tag.attributes.signature ?? '');
        file.draft.functions.add(name, line, requireCount(this.reader, tag, 'count'));
        file.methodLines++;
        break;
      }
      default:
        this.warnUnknownType(type);
    }
  }

  private closeFile(file: FileState): void {
    this.readConditions(file);
    if (file.statementLines > 0 || file.conditions.length > 0) this.sawStatement = true;

    if (file.methodLines > 0) {
      this.sawFunctions = true;
    } else if (file.metrics && file.metrics.methods > 0) {
      // Istanbul writes no method entries, so its counters are the only function data.
      file.draft.summary.functions = { covered: Math.max(0, file.metrics.coveredMethods), total: file.metrics.methods };
    }
  }

  /**
   * Records the file's `cond` entries as branches and statements. Files that
   * Istanbul wrote (see `readsAsIstanbul`) carry covered outcomes in
   * `truecount` and uncovered ones in `falsecount`, and count `cond` lines as
   * statements. Otherwise each entry is one condition with two outcomes,
   * covered when taken at least once, as OpenClover writes them.
   */
  private readConditions(file: FileState): void {
    if (file.conditions.length === 0) return;
    this.sawCondition = true;

    const istanbul = readsAsIstanbul(file);
    for (const entry of file.conditions) {
      if (istanbul) {
        file.draft.addBranches(entry.line, entry.trueCount, entry.trueCount + entry.falseCount, null);
        file.draft.statements.add(entry.line, 0, entry.hits, 1);
      } else {
        const covered = (entry.trueCount > 0 ? 1 : 0) + (entry.falseCount > 0 ? 1 : 0);
        file.draft.addBranches(entry.line, covered, 2, [entry.trueCount, entry.falseCount]);
      }
    }
  }

  private warnUnknownType(type: string): void {
    if (this.warnedTypes.has(type)) return;
    this.warnedTypes.add(type);
    this.reader.warn(`<line> has type="${type}", which is not stmt, cond or method, so lines of this type are left out`);
  }
}

/**
 * Istanbul's Clover writer (used by nyc, c8 and vitest) emits neither
 * `<class>` elements nor `method` lines, while PHPUnit and OpenClover emit
 * both. The structure decides rather than the file's `<metrics>`, because
 * Istanbul's counters do not always add up to its own line entries: it leaves
 * out a default parameter's branch on a line that has no statement.
 */
function readsAsIstanbul(file: FileState): boolean {
  // Istanbul writes a <metrics> element for every file; a file without one is
  // read the OpenClover way.
  return !file.hasClasses && file.methodLines === 0 && file.metrics !== null;
}

/** Reads a file's counters; the method counters become the file's function summary, so they are checked like any count. */
function readFileMetrics(reader: XmlReportReader, tag: XmlTag): FileMetrics {
  const count = (name: string): number => {
    const text = tag.attributes[name];
    return text === undefined ? -1 : Number(text);
  };
  return {
    statements: count('statements'),
    conditionals: count('conditionals'),
    coveredConditionals: count('coveredconditionals'),
    methods: optionalCount(reader, tag, 'methods', -1),
    coveredMethods: optionalCount(reader, tag, 'coveredmethods', -1),
  };
}

/** Parses a Clover XML report. */
export const parseClover: ReportParser = async (input: ReportInput): Promise<ParsedReport> => {
  const reader = new XmlReportReader(input.source, { name: 'Clover', root: 'coverage' });
  const handlers = new CloverHandlers(reader);
  await reader.read(input, handlers);
  requireFiles(reader, handlers.files.size, 'file');

  return {
    format: 'clover',
    source: input.source,
    files: handlers.files.toFiles({
      lines: true,
      branches: handlers.sawCondition,
      functions: handlers.sawFunctions,
      statements: handlers.sawStatement,
      classes: false,
    }),
    roots: [],
    warnings: reader.warnings,
  };
};
