/**
 * JaCoCo XML (report.dtd 1.1), including aggregate reports that nest
 * `<group>` elements per module.
 *
 * JaCoCo records whether bytecode instructions ran, not how often, so every
 * line hit count is 1 or 0. A file's path is its package folder and its
 * source file name (`com/example/Main.java`); path mapping later prepends the
 * module's source root. Classes and methods are attached to the file their
 * class names in `sourcefilename`, in the same package.
 */

import { MAX_LINE_NUMBER, type ParsedReport } from '../model.js';
import { FileTable, type FileDraft } from './file-table.js';
import type { ReportInput, ReportParser } from './types.js';
import { checkLineNumber, detachString, optionalCount, parseDigits, requireAttribute, requireLineNumber } from './xml-attributes.js';
import { requireFiles, XmlReportReader, type XmlContentHandlers, type XmlTag } from './xml-stream.js';

interface ClassState {
  name: string;
  file: FileDraft;
  /** Covered count of the class's own CLASS counter, or -1 until it is read. */
  classCounterCovered: number;
  methodCount: number;
  anyMethodRan: boolean;
}

interface MethodState {
  name: string;
  line: number;
  /** Covered count of the METHOD counter, or -1 until it is read. */
  methodCovered: number;
  instructionsCovered: number;
}

class JacocoHandlers implements XmlContentHandlers {
  readonly files = new FileTable();
  sawBranch = false;
  private packageName: string | null = null;
  private currentClass: ClassState | null = null;
  private method: MethodState | null = null;
  private sourceFile: FileDraft | null = null;

  constructor(private readonly reader: XmlReportReader) {}

  openTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'line':
        this.readLine(tag);
        break;
      case 'counter':
        this.readCounter(tag);
        break;
      case 'method':
        this.openMethod(tag);
        break;
      case 'class':
        this.openClass(tag);
        break;
      case 'sourcefile':
        this.sourceFile = this.files.get(this.pathOf(requireAttribute(this.reader, tag, 'name')));
        break;
      case 'package':
        this.packageName = requireAttribute(this.reader, tag, 'name');
        break;
    }
  }

  closeTag(tag: XmlTag): void {
    switch (tag.name) {
      case 'method':
        this.closeMethod();
        break;
      case 'class':
        this.closeClass();
        break;
      case 'sourcefile':
        this.sourceFile = null;
        break;
      case 'package':
        this.packageName = null;
        break;
    }
  }

  /**
   * Reads a `<line>`; lines count when they hold instructions (mi + ci > 0).
   * This runs once per line of the report, so valid input skips the checked helpers.
   */
  private readLine(tag: XmlTag): void {
    const file = this.sourceFile;
    if (!file) {
      throw this.reader.error('<line> appears outside a <sourcefile> element', 'Regenerate the report with JaCoCo');
    }
    const attributes = tag.attributes;
    const lineText = attributes.nr ?? '';
    let line = parseDigits(lineText, 0, lineText.length);
    if (line < 1 || line > MAX_LINE_NUMBER) line = requireLineNumber(this.reader, tag, 'nr');
    const missedInstructions = this.countOf(tag, 'mi', attributes.mi);
    const coveredInstructions = this.countOf(tag, 'ci', attributes.ci);
    if (missedInstructions + coveredInstructions > 0) file.lines.add(line, coveredInstructions > 0 ? 1 : 0);

    const missedBranches = this.countOf(tag, 'mb', attributes.mb);
    const coveredBranches = this.countOf(tag, 'cb', attributes.cb);
    if (missedBranches + coveredBranches > 0) {
      this.sawBranch = true;
      file.addBranches(line, coveredBranches, missedBranches + coveredBranches, null);
    }
  }

  /** Reads an optional counter attribute whose text the caller has already looked up. */
  private countOf(tag: XmlTag, name: string, text: string | undefined): number {
    if (text === undefined) return 0;
    const value = parseDigits(text, 0, text.length);
    return value >= 0 ? value : optionalCount(this.reader, tag, name, 0);
  }

  /** Reads only the counters of methods and classes; file, package and report counters are sums of them. */
  private readCounter(tag: XmlTag): void {
    const method = this.method;
    if (method) {
      const type = tag.attributes.type;
      if (type === 'METHOD') method.methodCovered = optionalCount(this.reader, tag, 'covered', 0);
      else if (type === 'INSTRUCTION') method.instructionsCovered = optionalCount(this.reader, tag, 'covered', 0);
      return;
    }
    const owner = this.currentClass;
    if (owner && tag.attributes.type === 'CLASS') {
      owner.classCounterCovered = optionalCount(this.reader, tag, 'covered', 0);
    }
  }

  private openClass(tag: XmlTag): void {
    const name = detachString(requireAttribute(this.reader, tag, 'name'));
    this.currentClass = { name, file: this.files.get(this.classFilePath(name, tag)), classCounterCovered: -1, methodCount: 0, anyMethodRan: false };
  }

  /**
   * Finds the file of a class. A class compiled without debug information
   * has no `sourcefilename`, so it gets a path made of its class name, which
   * keeps its methods in the totals that JaCoCo reports.
   */
  private classFilePath(name: string, tag: XmlTag): string {
    const sourceFileName = tag.attributes.sourcefilename;
    if (sourceFileName !== undefined) return this.pathOf(sourceFileName);
    this.reader.warn(`<class name="${name}"> has no sourcefilename (compiled without debug information), so it is reported as ${name}.class`);
    return `${name}.class`;
  }

  /**
   * Records the class unless it has no code: JaCoCo lists interfaces and
   * other classes without methods, but leaves them out of its CLASS counter.
   */
  private closeClass(): void {
    const current = this.currentClass;
    this.currentClass = null;
    if (!current || (current.classCounterCovered < 0 && current.methodCount === 0)) return;
    const covered = current.classCounterCovered >= 0 ? current.classCounterCovered > 0 : current.anyMethodRan;
    current.file.classes.push({ name: current.name, covered });
  }

  private openMethod(tag: XmlTag): void {
    if (!this.currentClass) {
      throw this.reader.error('<method> appears outside a <class> element', 'Regenerate the report with JaCoCo');
    }
    const line = tag.attributes.line === undefined ? 0 : checkLineNumber(this.reader, tag, 'line', optionalCount(this.reader, tag, 'line', 0));
    const name = `${requireAttribute(this.reader, tag, 'name')}${tag.attributes.desc ?? ''}`;
    this.method = { name, line, methodCovered: -1, instructionsCovered: 0 };
  }

  private closeMethod(): void {
    const method = this.method;
    const owner = this.currentClass;
    this.method = null;
    if (!method || !owner) return;
    const ran = method.methodCovered >= 0 ? method.methodCovered > 0 : method.instructionsCovered > 0;
    owner.methodCount++;
    if (ran) owner.anyMethodRan = true;
    owner.file.functions.add(detachString(`${simpleClassName(owner.name)}.${method.name}`), method.line, ran ? 1 : 0);
  }

  /** Joins the package folder and a file name; the default package has an empty name. */
  private pathOf(fileName: string): string {
    const packageName = this.packageName;
    if (packageName === null) {
      throw this.reader.error(`"${fileName}" appears outside a <package> element`, 'Regenerate the report with JaCoCo');
    }
    return packageName.length > 0 ? `${packageName}/${fileName}` : fileName;
  }
}

/** "com/example/Outer$Inner" becomes "Outer$Inner". */
function simpleClassName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** Parses a JaCoCo XML report. */
export const parseJacoco: ReportParser = async (input: ReportInput): Promise<ParsedReport> => {
  const reader = new XmlReportReader(input.source, { name: 'JaCoCo', root: 'report' });
  const handlers = new JacocoHandlers(reader);
  await reader.read(input, handlers);
  requireFiles(reader, handlers.files.size, 'sourcefile');

  return {
    format: 'jacoco',
    source: input.source,
    files: handlers.files.toFiles({
      lines: true,
      branches: handlers.sawBranch,
      functions: true,
      statements: false,
      classes: true,
    }),
    roots: [],
    warnings: reader.warnings,
  };
};
