/**
 * Parser for Go cover profiles (`go test -coverprofile`), including several
 * profiles concatenated into one file.
 *
 * Each block line is `importpath/file.go:startLine.startCol,endLine.endCol numStmt count`.
 * Statements are the blocks weighted by `numStmt`, so the total equals the
 * total line of `go tool cover -func`. Paths stay import paths; stripping the
 * module path is left to path mapping.
 */
import { ReportError } from '../../errors.js';
import { decodeGitPath } from '../../git/git-path.js';
import { MAX_LINE_NUMBER, type FileCoverage } from '../model.js';
import { LineHitsBuilder } from '../line-hits.js';
import { StatementTableBuilder } from '../record-tables.js';
import { indexOfByte, lastIndexOfByte, parseUnsigned } from './decimal.js';
import { startsWithByteOrderMark } from './byte-order-mark.js';
import { lineExcerpt } from './line-excerpt.js';
import { scanLines } from './line-scanner.js';
import type { ReportInput, ReportParser } from './types.js';

const SPACE = 32;
const COLON = 58;
const COMMA = 44;
const DOT = 46;
const MODE_PREFIX = Buffer.from('mode:');
const MODES = new Set(['set', 'count', 'atomic']);
const COUNT_FIX = 'Counts above 2^53 - 1 cannot be added exactly; regenerate the profile with go test -coverprofile';

interface Block {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  statements: number;
  count: number;
}

interface FileBlocks {
  path: string;
  blocks: Block[];
  /** Index in `blocks` by `startLine.startCol,endLine.endCol`, to merge repeated blocks. */
  byRange: Map<string, number>;
}

class GoProfileReader {
  private mode: string | undefined;
  private readonly files = new Map<string, FileBlocks>();
  /** Sum of `numStmt` over distinct blocks, kept exact so that statement totals stay exact. */
  private statementTotal = 0;

  constructor(private readonly source: string) {}

  readLine(buffer: Buffer, start: number, end: number, lineNumber: number): void {
    if (lineNumber === 1 && startsWithByteOrderMark(buffer, start, end)) start += 3;
    while (end > start && (buffer[end - 1] === SPACE || buffer[end - 1] === 9)) end--;
    if (start === end) return;
    if (end - start >= MODE_PREFIX.length && buffer.compare(MODE_PREFIX, 0, MODE_PREFIX.length, start, start + MODE_PREFIX.length) === 0) {
      this.readMode(buffer.toString('latin1', start + MODE_PREFIX.length, end).trim(), lineNumber);
      return;
    }
    if (this.mode === undefined) {
      throw new ReportError(
        this.source,
        { line: lineNumber },
        'the Go cover profile has no "mode:" line before its first block',
        'A profile written by go test -coverprofile starts with "mode: set", "mode: count" or "mode: atomic"; check that the file is complete',
      );
    }
    this.readBlock(buffer, start, end, lineNumber);
  }

  private readMode(mode: string, lineNumber: number): void {
    if (!MODES.has(mode)) {
      throw new ReportError(this.source, { line: lineNumber }, `unknown cover mode ${JSON.stringify(mode)}`, 'Expected "mode: set", "mode: count" or "mode: atomic"');
    }
    if (this.mode !== undefined && this.mode !== mode) {
      throw new ReportError(
        this.source,
        { line: lineNumber },
        `cover mode ${JSON.stringify(mode)} differs from the mode ${JSON.stringify(this.mode)} of the profile before it`,
        'Concatenate only profiles written with the same -covermode',
      );
    }
    this.mode = mode;
  }

  /** Reads `path:L1.C1,L2.C2 numStmt count` from the right, because paths may contain spaces or colons. */
  private readBlock(buffer: Buffer, start: number, end: number, lineNumber: number): void {
    const countSpace = lastIndexOfByte(buffer, SPACE, start, end);
    const statementSpace = countSpace < 0 ? -1 : lastIndexOfByte(buffer, SPACE, start, countSpace);
    const colon = statementSpace < 0 ? -1 : lastIndexOfByte(buffer, COLON, start, statementSpace);
    const block = colon <= start ? null : parseBlock(buffer, colon + 1, statementSpace, countSpace, end);
    if (!block) {
      throw new ReportError(
        this.source,
        { line: lineNumber },
        `invalid block ${lineExcerpt(buffer, start, end)}`,
        'Expected <import path>/<file>.go:<start line>.<start column>,<end line>.<end column> <statements> <count>',
      );
    }
    this.checkLimits(block, buffer, colon + 1, statementSpace, countSpace, end, lineNumber);
    const path = decodeGitPath(buffer.subarray(start, colon));
    let file = this.files.get(path);
    if (!file) {
      file = { path, blocks: [], byRange: new Map() };
      this.files.set(path, file);
    }
    this.addBlock(file, block, buffer.toString('latin1', colon + 1, statementSpace), lineNumber);
  }

  /**
   * Rejects line numbers above `MAX_LINE_NUMBER`, before any array grows to
   * reach them, and counts above 2^53 - 1, where doubles stop being exact.
   */
  private checkLimits(block: Block, buffer: Buffer, rangeStart: number, statementSpace: number, countSpace: number, end: number, lineNumber: number): void {
    if (block.endLine > MAX_LINE_NUMBER) {
      // endLine >= startLine, so this also covers the start line; the message names whichever is too large.
      const [startText = '', , endText = ''] = buffer.toString('latin1', rangeStart, statementSpace).split(/[.,]/);
      const text = block.startLine > MAX_LINE_NUMBER ? startText : endText;
      throw new ReportError(
        this.source,
        { line: lineNumber },
        `line number ${text} is above the maximum ${MAX_LINE_NUMBER} in block ${lineExcerpt(buffer, rangeStart, end)}`,
        'No source file has that many lines; regenerate the profile with go test -coverprofile',
      );
    }
    if (block.statements > Number.MAX_SAFE_INTEGER) {
      const text = buffer.toString('latin1', statementSpace + 1, countSpace);
      throw new ReportError(this.source, { line: lineNumber }, `statement count ${text} is above the maximum ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, COUNT_FIX);
    }
    if (block.count > Number.MAX_SAFE_INTEGER) {
      const text = buffer.toString('latin1', countSpace + 1, end);
      throw new ReportError(this.source, { line: lineNumber }, `execution count ${text} is above the maximum ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, COUNT_FIX);
    }
  }

  /** Merges a repeated block as `go tool cover` does: set mode ORs the counts, count and atomic add them. */
  private addBlock(file: FileBlocks, block: Block, range: string, lineNumber: number): void {
    const index = file.byRange.get(range);
    if (index === undefined) {
      this.statementTotal += block.statements;
      if (this.statementTotal > Number.MAX_SAFE_INTEGER) {
        throw new ReportError(
          this.source,
          { line: lineNumber },
          `the statement counts of the profile's blocks add up to more than ${Number.MAX_SAFE_INTEGER} (2^53 - 1), so totals would not be exact`,
          COUNT_FIX,
        );
      }
      file.byRange.set(range, file.blocks.length);
      file.blocks.push(block);
      return;
    }
    const existing = file.blocks[index]!;
    if (existing.statements !== block.statements) {
      throw new ReportError(
        this.source,
        { line: lineNumber },
        `block ${file.path}:${range} has ${block.statements} statements here but ${existing.statements} in an earlier line`,
        'Merge only profiles of the same source code',
      );
    }
    if (this.mode === 'set') {
      existing.count = existing.count > 0 || block.count > 0 ? 1 : 0;
    } else {
      existing.count += block.count;
    }
  }

  finish(): FileCoverage[] {
    if (this.mode === undefined) {
      throw new ReportError(this.source, undefined, 'the Go cover profile has no "mode:" line', 'Check that the file was written by go test -coverprofile');
    }
    if (this.files.size === 0) {
      throw new ReportError(this.source, undefined, 'the Go cover profile has no blocks, so it covers no files', 'Check that the tests ran with -coverprofile on the packages you meant');
    }
    return [...this.files.values()].map(toFileCoverage);
  }
}

/** Parses `L1.C1,L2.C2` plus the statement and count fields; returns null when any is invalid. */
function parseBlock(buffer: Buffer, rangeStart: number, statementSpace: number, countSpace: number, end: number): Block | null {
  const comma = indexOfByte(buffer, COMMA, rangeStart, statementSpace);
  if (comma < 0) return null;
  const startDot = indexOfByte(buffer, DOT, rangeStart, comma);
  const endDot = indexOfByte(buffer, DOT, comma + 1, statementSpace);
  if (startDot < 0 || endDot < 0) return null;
  const block: Block = {
    startLine: parseUnsigned(buffer, rangeStart, startDot),
    startColumn: parseUnsigned(buffer, startDot + 1, comma),
    endLine: parseUnsigned(buffer, comma + 1, endDot),
    endColumn: parseUnsigned(buffer, endDot + 1, statementSpace),
    statements: parseUnsigned(buffer, statementSpace + 1, countSpace),
    count: parseUnsigned(buffer, countSpace + 1, end),
  };
  if (block.startLine < 1 || block.endLine < block.startLine || block.startColumn < 0 || block.endColumn < 0) return null;
  if (block.statements < 0 || block.count < 0) return null;
  return block;
}

function toFileCoverage(file: FileBlocks): FileCoverage {
  const statements = new StatementTableBuilder();
  for (const block of file.blocks) statements.add(block.startLine, block.startColumn - 1, block.count, block.statements);
  // A line's hits are the minimum over the blocks that touch it. A line shared
  // by a run block and a block that never ran (the `if x {` line before an
  // unexecuted body) then counts as uncovered, so line coverage never hides
  // code that did not run.
  const lines = new LineHitsBuilder();
  for (const block of file.blocks) {
    for (let line = block.startLine; line <= block.endLine; line++) lines.addMinimum(line, block.count);
  }
  return { path: file.path, lines: lines.build(), statements: statements.build() };
}

export const parseGoProfile: ReportParser = async (input: ReportInput) => {
  const reader = new GoProfileReader(input.source);
  const scan = await scanLines(input.chunks, (buffer, start, end, lineNumber) => {
    reader.readLine(buffer, start, end, lineNumber);
  });
  if (scan.byteCount === 0) {
    throw new ReportError(input.source, undefined, 'the file is empty', 'Check that go test ran with -coverprofile and wrote the profile');
  }
  if (!scan.endsWithNewline) {
    // go test ends every line with a newline; a cut last line could hold a wrong count.
    throw new ReportError(input.source, { line: scan.lineCount }, 'the last line has no line break, so the profile is truncated', 'Regenerate the profile and make sure it was written completely');
  }
  return { format: 'go', source: input.source, files: reader.finish(), roots: [], warnings: [] };
};
