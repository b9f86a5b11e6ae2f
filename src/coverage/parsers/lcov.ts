/**
 * Parser for lcov tracefiles, in the record set of lcov 1.x and 2.x.
 *
 * Totals are always recomputed from DA, BRDA and FN/FNDA/FNL/FNA records. The
 * LF/LH, BRF/BRH and FNF/FNH summary lines are ignored because some writers
 * get them wrong.
 */
import { ReportError } from '../../errors.js';
import { decodeGitPath } from '../../git/git-path.js';
import { MAX_LINE_NUMBER, type FileCoverage } from '../model.js';
import { indexOfByte, lastIndexOfByte, parseUnsigned } from './decimal.js';
import { readBranchRun, readFunctionRun, readLineHitsRun } from './lcov-fast-records.js';
import { hashName } from './lcov-functions.js';
import { newFileState, RecordBuilders, type FileState } from './lcov-file-state.js';
import { B, COLON, COMMA, CR, D, DASH, F, HASH, isEndOfRecord, isKnownTag, LF, packTag, TAG } from './lcov-tags.js';
import { startsWithByteOrderMark } from './byte-order-mark.js';
import { lineExcerpt } from './line-excerpt.js';
import { scanLineBlocks } from './line-scanner.js';
import type { ReportInput, ReportParser } from './types.js';

/** Maximum number of lines or runs of lines that one call of `readLines` reads. */
const MAX_STEPS_PER_CALL = 64;

const LINE_NUMBER_FIX = 'No source file has that many lines; regenerate the report with the coverage tool';

/** An lcov 2 `FNL` function, which its `FNA` aliases name and count. */
interface IndexedFunction {
  line: number;
  /** Index in the record's `RecordFunctions` once the first alias named it, else -1. */
  function: number;
}

class LcovReader {
  private readonly files = new Map<string, FileState>();
  private readonly builders = new RecordBuilders();
  private current: FileState | null = null;
  private readonly indexedFunctions = new Map<number, IndexedFunction>();
  private lastLineClosedRecord = false;
  private readonly unknownTags = new Set<string>();
  private warnedLargeCount = false;
  readonly warnings: string[] = [];

  constructor(private readonly source: string) {}

  private lineNumber = 0;

  /**
   * Reads whole lines. DA, BRDA, FN and FNDA records, nearly every line of a
   * large report, take the fast paths of lcov-fast-records.ts.
   */
  readBlock(buffer: Buffer, start: number, end: number): void {
    let pos = start;
    // The line scanner delivers the first line whole, so a byte order mark lies entirely in the first block.
    if (this.lineNumber === 0 && startsWithByteOrderMark(buffer, start, end)) pos += 3;
    while (pos < end) pos = this.readLines(buffer, pos, end);
  }

  /**
   * Reads up to `MAX_STEPS_PER_CALL` lines or runs of lines from `pos` on and
   * returns the position after them. Short calls let V8 compile this loop
   * once, as a whole function: with one call per 1 MiB block it compiled an
   * on-stack replacement version during the first block and the function
   * again after it (Node 20.20.2, `--trace-opt`). The store of `lineNumber`
   * after the loop has run before V8 compiles the function, so it has type
   * feedback and causes no deoptimization (`--trace-deopt`).
   */
  private readLines(buffer: Buffer, pos: number, end: number): number {
    const builders = this.builders;
    let lineNumber = this.lineNumber;
    let inRecord = this.current !== null;
    for (let steps = 0; steps < MAX_STEPS_PER_CALL && pos < end; steps++) {
      lineNumber++;
      // The fast paths are called from here rather than from one dispatch
      // function, because V8 (Node 20.20.2) did not always inline such a
      // function, and then BRDA and FN lines took two calls each.
      let next = -1;
      if (inRecord) {
        const first = buffer[pos];
        if (first === D) next = readLineHitsRun(builders, buffer, pos, end);
        else if (first === B) next = readBranchRun(builders, buffer, pos, end);
        else if (first === F) next = readFunctionRun(builders, buffer, pos, end);
      }
      // No store of `lastLineClosedRecord` here: a fast path runs only in an open record, whose SF line already cleared it.
      if (next >= 0) {
        lineNumber += builders.runLines - 1;
        pos = next;
        continue;
      }
      let lineEnd = pos;
      while (lineEnd < end && buffer[lineEnd] !== LF) lineEnd++;
      const contentEnd = lineEnd > pos && buffer[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
      this.lineNumber = lineNumber;
      this.readLine(buffer, pos, contentEnd, lineNumber);
      inRecord = this.current !== null;
      pos = lineEnd + 1;
    }
    this.lineNumber = lineNumber;
    return pos;
  }

  private readLine(buffer: Buffer, start: number, end: number, lineNumber: number): void {
    while (end > start && (buffer[end - 1] === 32 || buffer[end - 1] === 9)) end--;
    while (start < end && (buffer[start] === 32 || buffer[start] === 9)) start++;
    if (start === end) return;
    this.lastLineClosedRecord = false;
    if (buffer[start] === HASH) return;

    const colon = tagEnd(buffer, start, end);
    if (colon < 0) {
      this.readLineWithoutTag(buffer, start, end, lineNumber);
      return;
    }
    const tag = packTag(buffer, start, colon);
    const valueStart = colon + 1;
    if (tag === TAG.SF) {
      // Decoded as git decodes paths, so that a file name that is not UTF-8 matches the repository's file.
      this.openRecord(decodeGitPath(buffer.subarray(valueStart, end)));
      return;
    }
    if (tag === TAG.TN || tag === TAG.VER) return;

    if (!this.current) {
      if (isKnownTag(tag)) this.fail(buffer, start, end, lineNumber, 'record before any SF line', 'Every record must follow an SF:<source file> line');
      this.warnUnknownTag(buffer, start, colon, lineNumber);
      return;
    }
    if (tag === TAG.BRDA || tag === TAG.BRF || tag === TAG.BRH) this.builders.hasBranchRecords = true;
    else if (tag === TAG.FN || tag === TAG.FNDA || tag === TAG.FNL || tag === TAG.FNA || tag === TAG.FNF || tag === TAG.FNH) this.builders.hasFunctionRecords = true;
    switch (tag) {
      case TAG.DA:
        this.readLineHits(buffer, start, valueStart, end, lineNumber);
        return;
      case TAG.BRDA:
        this.readBranch(buffer, start, valueStart, end, lineNumber);
        return;
      case TAG.FN:
        this.readFunction(buffer, start, valueStart, end, lineNumber);
        return;
      case TAG.FNDA:
        this.readFunctionHits(buffer, start, valueStart, end, lineNumber);
        return;
      case TAG.FNL:
        this.readFunctionLocation(buffer, start, valueStart, end, lineNumber);
        return;
      case TAG.FNA:
        this.readFunctionAlias(buffer, start, valueStart, end, lineNumber);
        return;
      case TAG.FNF:
      case TAG.FNH:
      case TAG.BRF:
      case TAG.BRH:
      case TAG.LF:
      case TAG.LH:
        if (parseUnsigned(buffer, valueStart, end) < 0) {
          this.fail(buffer, start, end, lineNumber, 'invalid summary count', 'Expected a non-negative integer after the colon');
        }
        return;
      default:
        this.warnUnknownTag(buffer, start, colon, lineNumber);
    }
  }

  /** Checks the end of the input and returns the files. */
  finish(endsWithNewline: boolean): FileCoverage[] {
    if (this.current && !this.lastLineClosedRecord) {
      if (!endsWithNewline) {
        throw new ReportError(
          this.source,
          { line: this.lineNumber },
          'the file ends in the middle of a record, so the report is truncated',
          'Regenerate the report and make sure it was written completely',
        );
      }
      this.warnings.push(`${this.source}: the last record has no end_of_record line; it was read up to the end of the file`);
    }
    if (this.files.size === 0) {
      throw new ReportError(
        this.source,
        undefined,
        'the lcov report contains no SF records, so it covers no files',
        'Check that the tests ran with coverage enabled and that this is the right file',
      );
    }
    if (this.current) this.builders.close(this.current);
    const files: FileCoverage[] = [];
    const { hasBranchRecords, hasFunctionRecords } = this.builders;
    for (const file of this.files.values()) files.push(fileCoverage(file, hasBranchRecords, hasFunctionRecords));
    return files;
  }

  private readLineWithoutTag(buffer: Buffer, start: number, end: number, lineNumber: number): void {
    if (isEndOfRecord(buffer, start, end)) {
      if (this.current) this.builders.close(this.current);
      this.current = null;
      this.clearIndexedFunctions();
      this.lastLineClosedRecord = true;
      return;
    }
    this.fail(buffer, start, end, lineNumber, 'line is not an lcov record', 'Each line must be TAG:value or end_of_record');
  }

  private openRecord(path: string): void {
    if (path.length === 0) throw new ReportError(this.source, undefined, 'SF line without a path', 'Write SF:<source file>');
    // A record that ends without end_of_record is closed by the next SF line.
    if (this.current) this.builders.close(this.current);
    let file = this.files.get(path);
    if (file) {
      this.builders.reopen(file);
    } else {
      file = newFileState(path);
      this.files.set(path, file);
      this.builders.open(file);
    }
    this.current = file;
    this.clearIndexedFunctions();
  }

  /** DA:<line>,<hits>[,<checksum>] */
  private readLineHits(buffer: Buffer, start: number, from: number, end: number, lineNumber: number): void {
    const comma = indexOfByte(buffer, COMMA, from, end);
    const second = comma < 0 ? -1 : indexOfByte(buffer, COMMA, comma + 1, end);
    const line = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
    const hitsEnd = second < 0 ? end : second;
    const hits = comma < 0 ? -1 : parseUnsigned(buffer, comma + 1, hitsEnd);
    if (line < 1 || hits < 0) {
      this.fail(buffer, start, end, lineNumber, 'invalid DA record', 'Expected DA:<line number from 1>,<hit count>');
    }
    this.checkLineNumber(buffer, start, end, lineNumber, from, comma);
    this.builders.lines.add(line, this.limitCount(hits, buffer, comma + 1, hitsEnd, lineNumber));
  }

  /**
   * BRDA:<line>,[e]<block>,<branch>,<taken>; the branch may be an expression
   * that contains commas. Line 0 is valid: coverage.py writes it for branches
   * that leave a function.
   */
  private readBranch(buffer: Buffer, start: number, from: number, end: number, lineNumber: number): void {
    const first = indexOfByte(buffer, COMMA, from, end);
    const second = first < 0 ? -1 : indexOfByte(buffer, COMMA, first + 1, end);
    const last = lastIndexOfByte(buffer, COMMA, from, end);
    const line = first < 0 ? -1 : parseUnsigned(buffer, from, first);
    // A taken count of "-" means the branch's block never ran: 0 hits that still count in the total.
    const notReached = last === end - 2 && buffer[end - 1] === DASH;
    const taken = notReached ? 0 : parseUnsigned(buffer, last + 1, end);
    if (line < 0 || second < 0 || last <= second || taken < 0) {
      this.fail(buffer, start, end, lineNumber, 'invalid BRDA record', 'Expected BRDA:<line number>,<block>,<branch>,<taken count or ->');
    }
    this.checkLineNumber(buffer, start, end, lineNumber, from, first);

    this.builders.outcomes.add(line, outcomeKey(buffer, first + 1, second, last), this.limitCount(taken, buffer, last + 1, end, lineNumber));
  }

  /** FN:<start line>,[<end line>,]<name>; lcov 2 added the optional end line. */
  private readFunction(buffer: Buffer, start: number, from: number, end: number, lineNumber: number): void {
    const comma = indexOfByte(buffer, COMMA, from, end);
    const line = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
    if (line < 0 || comma + 1 >= end) {
      this.fail(buffer, start, end, lineNumber, 'invalid FN record', 'Expected FN:<line number>,<function name>');
    }
    this.checkLineNumber(buffer, start, end, lineNumber, from, comma);
    let nameStart = comma + 1;
    const next = indexOfByte(buffer, COMMA, nameStart, end);
    if (next > nameStart && next + 1 < end && parseUnsigned(buffer, nameStart, next) >= 0) nameStart = next + 1;

    this.builders.functions.declare(buffer, nameStart, end, hashName(buffer, nameStart, end), line);
  }

  /** FNDA:<hits>,<name> */
  private readFunctionHits(buffer: Buffer, start: number, from: number, end: number, lineNumber: number): void {
    const comma = indexOfByte(buffer, COMMA, from, end);
    const parsedHits = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
    if (parsedHits < 0 || comma + 1 >= end) {
      this.fail(buffer, start, end, lineNumber, 'invalid FNDA record', 'Expected FNDA:<hit count>,<function name>');
    }
    const hits = this.limitCount(parsedHits, buffer, from, comma, lineNumber);
    this.builders.functions.count(buffer, comma + 1, end, hashName(buffer, comma + 1, end), hits);
  }

  /** FNL:<index>,<start line>[,<end line>] */
  private readFunctionLocation(buffer: Buffer, start: number, from: number, end: number, lineNumber: number): void {
    const comma = indexOfByte(buffer, COMMA, from, end);
    const second = comma < 0 ? -1 : indexOfByte(buffer, COMMA, comma + 1, end);
    const index = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
    const line = comma < 0 ? -1 : parseUnsigned(buffer, comma + 1, second < 0 ? end : second);
    if (index < 0 || line < 0 || (second >= 0 && parseUnsigned(buffer, second + 1, end) < 0)) {
      this.fail(buffer, start, end, lineNumber, 'invalid FNL record', 'Expected FNL:<function index>,<start line>[,<end line>]');
    }
    this.checkLineNumber(buffer, start, end, lineNumber, comma + 1, second < 0 ? end : second);
    this.indexedFunctions.set(index, { line, function: -1 });
  }

  /**
   * FNA:<index>,<hits>,<name>. Aliases of one index are one function,
   * because lcov 2 counts functions and not aliases in FNF and FNH. The
   * function takes its first alias's name and the sum of the aliases' hits.
   * NOTE: summing alias hits is an assumption; only whether the sum is above 0
   * is checked against lcov 2 output.
   */
  private readFunctionAlias(buffer: Buffer, start: number, from: number, end: number, lineNumber: number): void {
    const comma = indexOfByte(buffer, COMMA, from, end);
    const second = comma < 0 ? -1 : indexOfByte(buffer, COMMA, comma + 1, end);
    const index = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
    const hits = second < 0 ? -1 : parseUnsigned(buffer, comma + 1, second);
    if (index < 0 || hits < 0 || second + 1 >= end) {
      this.fail(buffer, start, end, lineNumber, 'invalid FNA record', 'Expected FNA:<function index>,<hit count>,<function name>');
    }
    const indexed = this.indexedFunctions.get(index);
    if (!indexed) {
      this.fail(buffer, start, end, lineNumber, `FNA record for function index ${index} without an FNL line`, 'Write FNL:<index>,<start line> before the FNA lines of that index');
    }
    const functions = this.builders.functions;
    if (indexed.function < 0) indexed.function = functions.functionAt(buffer, second + 1, end, hashName(buffer, second + 1, end), indexed.line);
    functions.addHits(indexed.function, this.limitCount(hits, buffer, comma + 1, second, lineNumber));
  }

  /** Forgets the FNL indexes of the closed record. Only lcov 2 writes them, and clearing an empty Map still allocates a new table. */
  private clearIndexedFunctions(): void {
    if (this.indexedFunctions.size > 0) this.indexedFunctions.clear();
  }

  private warnUnknownTag(buffer: Buffer, start: number, colon: number, lineNumber: number): void {
    const tag = buffer.toString('latin1', start, colon);
    if (this.unknownTags.has(tag)) return;
    this.unknownTags.add(tag);
    this.warnings.push(`${this.source} at line ${lineNumber}: unknown lcov record type ${JSON.stringify(tag)} was ignored`);
  }

  /** Rejects a line number in `buffer[from, to)` above `MAX_LINE_NUMBER`, before any array grows to reach it. */
  private checkLineNumber(buffer: Buffer, start: number, end: number, lineNumber: number, from: number, to: number): void {
    if (parseUnsigned(buffer, from, to) <= MAX_LINE_NUMBER) return;
    const text = buffer.toString('latin1', from, to);
    this.fail(buffer, start, end, lineNumber, `line number ${text} is above the maximum ${MAX_LINE_NUMBER} in`, LINE_NUMBER_FIX);
  }

  /**
   * Returns a hit count, lowered to 2^53 - 1 when it is larger, where doubles
   * stop being exact. Real tracefiles hold such counts, for example
   * `DA:13,18446744073709551615` (2^64 - 1) in the test.lcov fixture of
   * coverallsapp/coverage-reporter. Only whether a count is above 0 enters
   * the totals, so lowering it changes no result. The first one is reported
   * as a warning.
   */
  private limitCount(hits: number, buffer: Buffer, from: number, to: number, lineNumber: number): number {
    if (hits <= Number.MAX_SAFE_INTEGER) return hits;
    if (!this.warnedLargeCount) {
      this.warnedLargeCount = true;
      const text = buffer.toString('latin1', from, to);
      this.warnings.push(`${this.source} at line ${lineNumber}: the hit count ${text} is above 2^53 - 1 and was read as ${Number.MAX_SAFE_INTEGER}; later such counts are lowered without a warning`);
    }
    return Number.MAX_SAFE_INTEGER;
  }

  private fail(buffer: Buffer, start: number, end: number, lineNumber: number, problem: string, fix: string): never {
    throw new ReportError(this.source, { line: lineNumber }, `${problem} ${lineExcerpt(buffer, start, end)}`, fix);
  }
}

/**
 * Returns the coverage of one file, with the branch and function tables only
 * where the report has such records. Each shape is one object literal,
 * because adding the properties one by one took a map transition per
 * property and file.
 */
function fileCoverage(file: FileState, withBranches: boolean, withFunctions: boolean): FileCoverage {
  const { path, lines, branches, functions } = file;
  const lineCounter = { lines, covered: file.coveredLines, total: file.instrumentedLines };
  if (withBranches && withFunctions) return { path, lines, lineCounter, branches, functions };
  if (withBranches) return { path, lines, lineCounter, branches };
  if (withFunctions) return { path, lines, lineCounter, functions };
  return { path, lines, lineCounter };
}

/** Maximum length of a record tag. lcov's own tags have at most four letters, and a longer one is reported as unknown. */
const MAX_TAG_LENGTH = 32;

/** Returns the position of the colon that ends the line's record tag, letters, digits and `_`, or -1 when the line has none. */
function tagEnd(buffer: Buffer, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_TAG_LENGTH + 1);
  for (let pos = start; pos < limit; pos++) {
    const byte = buffer[pos]!;
    if (byte === COLON) return pos > start ? pos : -1;
    const isTagByte = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte === 95;
    if (!isTagByte) return -1;
  }
  return -1;
}

/**
 * Returns a key for the `block,branch` fields of a BRDA record: a number when
 * both are small integers, which avoids a string per record, else the text.
 */
function outcomeKey(buffer: Buffer, start: number, comma: number, end: number): number | string {
  const block = parseUnsigned(buffer, start, comma);
  const branch = parseUnsigned(buffer, comma + 1, end);
  if (block >= 0 && branch >= 0 && branch < 1_000_000 && block < 1_000_000_000) return block * 1_000_000 + branch;
  return buffer.toString('latin1', start, end);
}

export const parseLcov: ReportParser = async (input: ReportInput) => {
  const reader = new LcovReader(input.source);
  const scan = await scanLineBlocks(input.chunks, (buffer, start, end) => {
    reader.readBlock(buffer, start, end);
  });
  if (scan.byteCount === 0) {
    throw new ReportError(input.source, undefined, 'the file is empty', 'Check that the tests ran with coverage enabled and wrote the report');
  }
  const files = reader.finish(scan.endsWithNewline);
  return { format: 'lcov', source: input.source, files, roots: [], warnings: reader.warnings };
};
