/**
 * Parser for Istanbul `coverage-final.json` (nyc, Jest, Vitest, c8 and
 * `istanbul-lib-coverage`'s `CoverageMap.toJSON()`), and for the same map
 * nested as `coverageMap` in the output of `jest --json --coverage`.
 *
 * Counters follow `istanbul-lib-coverage` 3.2 `FileCoverage.toSummary()`:
 * statements, functions and branches are the entries of `s`, `f` and `b`, and
 * a line's hits are the maximum over the statements that start on it.
 */
import { ReportError } from '../../errors.js';
import { NOT_INSTRUMENTED, type FileCoverage } from '../model.js';
import { FileTableBuilders, type BranchTable, type FunctionTable, type StatementTable } from '../record-tables.js';
import { parseUnsigned } from './decimal.js';
import type { JsonCursor } from './json-cursor.js';
import { visitJsonMembers, type MemberAction, type MemberVisitor } from './json-entries.js';
import type { ReportInput, ReportParser } from './types.js';

const KEY = {
  path: Buffer.from('path'),
  statementMap: Buffer.from('statementMap'),
  fnMap: Buffer.from('fnMap'),
  branchMap: Buffer.from('branchMap'),
  s: Buffer.from('s'),
  f: Buffer.from('f'),
  b: Buffer.from('b'),
  data: Buffer.from('data'),
  start: Buffer.from('start'),
  line: Buffer.from('line'),
  column: Buffer.from('column'),
  name: Buffer.from('name'),
  decl: Buffer.from('decl'),
  loc: Buffer.from('loc'),
};

/** Top-level keys of `jest --json` output; a report that starts with one is read as Jest output. */
const JEST_KEYS = new Set([
  'numFailedTestSuites',
  'numFailedTests',
  'numPassedTestSuites',
  'numPassedTests',
  'numPendingTestSuites',
  'numPendingTests',
  'numRuntimeErrorTestSuites',
  'numTodoTests',
  'numTotalTestSuites',
  'numTotalTests',
  'openHandles',
  'snapshot',
  'startTime',
  'success',
  'testResults',
  'wasInterrupted',
  'coverageMap',
]);

const REQUIRED_MAPS = ['statementMap', 's', 'fnMap', 'f', 'branchMap', 'b'] as const;
type RequiredMap = (typeof REQUIRED_MAPS)[number];

/** Detail of one file as read, indexed by the numeric ids Istanbul uses as keys. */
class FileCoverageBuilder {
  path: string | undefined;
  readonly seen = new Set<RequiredMap>();
  readonly statementLine: number[] = [];
  readonly statementColumn: number[] = [];
  readonly statementHits: number[] = [];
  readonly functionName: string[] = [];
  readonly functionLine: number[] = [];
  readonly functionHits: number[] = [];
  readonly branchLine: number[] = [];
  readonly branchTaken: number[][] = [];
  /** Hit counts below zero, read as 0, and the name of the first one. */
  negativeCounts = 0;
  firstNegative: string | undefined;

  /**
   * Builds the file's records. Lines are allocated at their final length,
   * because arrays grown by push() keep up to half their length as spare
   * capacity, which a large report holds for all of its files.
   */
  build(key: string, builders: FileTableBuilders): FileCoverage {
    const statements = this.buildStatements(builders);
    let lastLine = 0;
    for (let i = 0; i < statements.length; i++) if (statements.line[i]! > lastLine) lastLine = statements.line[i]!;
    const lines = new Float64Array(lastLine > 0 ? lastLine + 1 : 0).fill(NOT_INSTRUMENTED);
    for (let i = 0; i < statements.length; i++) {
      const line = statements.line[i]!;
      const hits = statements.hits[i]!;
      if (line >= 1 && lines[line]! < hits) lines[line] = hits;
    }
    return { path: this.path ?? key, lines, statements, functions: this.buildFunctions(builders), branches: this.buildBranches(builders) };
  }

  private buildStatements(builders: FileTableBuilders): StatementTable {
    const hitsById = this.statementHits;
    const builder = builders.statements;
    builder.reset();
    for (let id = 0; id < hitsById.length; id++) {
      const hits = hitsById[id];
      if (hits === undefined) continue;
      // A statement missing from statementMap still counts, as in istanbul-lib-coverage, but has no line.
      builder.add(this.statementLine[id] ?? 0, this.statementColumn[id] ?? 0, hits, 1);
    }
    return builder.build(builders.arena);
  }

  private buildFunctions(builders: FileTableBuilders): FunctionTable {
    const hitsById = this.functionHits;
    const builder = builders.functions;
    builder.reset();
    for (let id = 0; id < hitsById.length; id++) {
      const hits = hitsById[id];
      if (hits === undefined) continue;
      builder.add(this.functionName[id] ?? `(anonymous_${id})`, this.functionLine[id] ?? 0, hits);
    }
    return builder.build(builders.arena);
  }

  private buildBranches(builders: FileTableBuilders): BranchTable {
    const takenById = this.branchTaken;
    const builder = builders.branches;
    builder.reset();
    for (let id = 0; id < takenById.length; id++) {
      const taken = takenById[id];
      if (taken === undefined) continue;
      builder.addOutcomes(this.branchLine[id] ?? 0, taken, 0, taken.length);
    }
    return builder.build(builders.arena);
  }
}

/**
 * Maximum Istanbul id. Ids index dense arrays, and istanbul-lib-instrument
 * numbers them from 0 in each file, so an id stays below the number of
 * statements, functions or branches of one file. A key such as "4000000000"
 * would otherwise make the builder walk billions of empty slots.
 */
const MAX_ID = 10_000_000;

/** Reads a member key that must be a numeric Istanbul id. */
function readId(cursor: JsonCursor, mapName: string): number {
  cursor.readKey();
  const id = cursor.stringHasEscapes ? -1 : parseUnsigned(cursor.buffer, cursor.stringStart, cursor.stringEnd);
  if (id < 0) {
    cursor.pos = cursor.stringStart;
    cursor.fail(`${mapName} has the key ${JSON.stringify(cursor.decodeString())}, but Istanbul keys are numeric ids`);
  }
  if (id > MAX_ID) {
    cursor.pos = cursor.stringStart;
    cursor.fail(`${mapName} has the id ${cursor.decodeString()}, which is above the maximum id ${MAX_ID}`, 'Istanbul numbers ids from 0 in each file; regenerate the report with the coverage tool');
  }
  return id;
}

function readLine(cursor: JsonCursor): number {
  const line = cursor.readLineNumber();
  if (line < 0) cursor.failLineNumber('the line number');
  return line;
}

/** Reads `{"line": L, "column": C}` and returns the line; the column goes to `columnOut[id]` when given. */
function readPosition(cursor: JsonCursor, columnOut?: number[], id = 0): number {
  let line = 0;
  if (cursor.openObject()) return line;
  do {
    cursor.readKey();
    if (cursor.keyIs(KEY.line)) line = readLine(cursor);
    else if (columnOut && cursor.keyIs(KEY.column)) columnOut[id] = cursor.readNumber();
    else cursor.skipValue();
  } while (cursor.nextMember());
  return line;
}

/** Reads `{"start": {...}, "end": {...}}` and returns the start line; `end` is skipped. */
function readLocationStart(cursor: JsonCursor, columnOut?: number[], id = 0): number {
  let line = 0;
  if (cursor.openObject()) return line;
  do {
    cursor.readKey();
    if (cursor.keyIs(KEY.start)) line = readPosition(cursor, columnOut, id);
    else cursor.skipValue();
  } while (cursor.nextMember());
  return line;
}

function readStatementMap(cursor: JsonCursor, file: FileCoverageBuilder): void {
  if (cursor.openObject()) return;
  do {
    const id = readId(cursor, 'statementMap');
    file.statementLine[id] = readLocationStart(cursor, file.statementColumn, id);
  } while (cursor.nextMember());
}

function readFunctionMap(cursor: JsonCursor, file: FileCoverageBuilder): void {
  if (cursor.openObject()) return;
  do {
    const id = readId(cursor, 'fnMap');
    let declLine = 0;
    let locLine = 0;
    let line = 0;
    let name: string | undefined;
    if (!cursor.openObject()) {
      do {
        cursor.readKey();
        if (cursor.keyIs(KEY.name)) name = cursor.peek() === 34 ? cursor.readString() : (cursor.skipValue(), undefined);
        else if (cursor.keyIs(KEY.decl)) declLine = readLocationStart(cursor);
        else if (cursor.keyIs(KEY.loc)) locLine = readLocationStart(cursor);
        else if (cursor.keyIs(KEY.line)) line = readLine(cursor);
        else cursor.skipValue();
      } while (cursor.nextMember());
    }
    if (name !== undefined) file.functionName[id] = name;
    file.functionLine[id] = declLine || locLine || line;
  } while (cursor.nextMember());
}

function readBranchMap(cursor: JsonCursor, file: FileCoverageBuilder): void {
  if (cursor.openObject()) return;
  do {
    const id = readId(cursor, 'branchMap');
    let line = 0;
    let locLine = 0;
    if (!cursor.openObject()) {
      do {
        cursor.readKey();
        if (cursor.keyIs(KEY.line)) line = readLine(cursor);
        else if (cursor.keyIs(KEY.loc)) locLine = readLocationStart(cursor);
        else cursor.skipValue();
      } while (cursor.nextMember());
    }
    // istanbul-lib-coverage places a branch on `line`, falling back to the start of `loc`.
    file.branchLine[id] = line || locLine;
  } while (cursor.nextMember());
}

function readHitMap(cursor: JsonCursor, out: number[], mapName: string, file: FileCoverageBuilder): void {
  if (cursor.openObject()) return;
  do {
    const id = readId(cursor, mapName);
    const hits = cursor.readCount();
    // Istanbul's summary counts any non-zero statement or function count as covered, a negative one included.
    out[id] = hits < 0 ? readNegativeCount(cursor, `the hit count of ${mapName}["${id}"]`, file, 1) : hits;
  } while (cursor.nextMember());
}

/**
 * Reads a negative count as `replacement`, or throws for any other value
 * that is not a count. V8 coverage converted by v8-to-istanbul (the v8
 * provider of vitest and c8) can write a negative count, as -4 in the branch
 * counts `[6, -4]`. Istanbul's own summary counts a negative statement or
 * function count as covered and a negative branch count as not covered, so
 * the callers replace it with 1 or 0 to keep the totals equal to the tool's.
 */
function readNegativeCount(cursor: JsonCursor, valueName: string, file: FileCoverageBuilder, replacement: 0 | 1): number {
  if (!cursor.skipNegativeInteger()) cursor.failCount(valueName);
  file.negativeCounts++;
  file.firstNegative ??= valueName;
  return replacement;
}

/** Collects the counts of one `b` entry before they are copied into an array of their exact length. */
const branchCounts: number[] = [];

function readBranchHits(cursor: JsonCursor, out: number[][], file: FileCoverageBuilder): void {
  if (cursor.openObject()) return;
  do {
    const id = readId(cursor, 'b');
    let count = 0;
    cursor.expect(91);
    if (cursor.peek() === 93) {
      cursor.pos++;
    } else {
      do {
        const taken = cursor.readCount();
        // Istanbul's summary counts a branch as covered only when its count is above zero.
        branchCounts[count] = taken < 0 ? readNegativeCount(cursor, `the hit count of b["${id}"][${count}]`, file, 0) : taken;
        count++;
      } while (cursor.nextElement());
    }
    out[id] = branchCounts.slice(0, count);
  } while (cursor.nextMember());
}

/** Reads the members of one FileCoverage object, or of the `data` object that older writers wrap it in. */
function readFileMembers(cursor: JsonCursor, file: FileCoverageBuilder): void {
  if (cursor.openObject()) return;
  do {
    cursor.readKey();
    if (cursor.keyIs(KEY.statementMap)) {
      readStatementMap(cursor, file);
      file.seen.add('statementMap');
    } else if (cursor.keyIs(KEY.s)) {
      readHitMap(cursor, file.statementHits, 's', file);
      file.seen.add('s');
    } else if (cursor.keyIs(KEY.fnMap)) {
      readFunctionMap(cursor, file);
      file.seen.add('fnMap');
    } else if (cursor.keyIs(KEY.f)) {
      readHitMap(cursor, file.functionHits, 'f', file);
      file.seen.add('f');
    } else if (cursor.keyIs(KEY.branchMap)) {
      readBranchMap(cursor, file);
      file.seen.add('branchMap');
    } else if (cursor.keyIs(KEY.b)) {
      readBranchHits(cursor, file.branchTaken, file);
      file.seen.add('b');
    } else if (cursor.keyIs(KEY.path) && cursor.peek() === 34) {
      file.path = cursor.readString();
    } else if (cursor.keyIs(KEY.data) && cursor.peek() === 123) {
      readFileMembers(cursor, file);
    } else {
      cursor.skipValue();
    }
  } while (cursor.nextMember());
}

class IstanbulVisitor implements MemberVisitor {
  readonly files: FileCoverage[] = [];
  /** Files with negative hit counts: the file key, the count, and the first one's name. */
  readonly negativeCounts: { key: string; count: number; first: string }[] = [];
  private readonly builders = new FileTableBuilders();
  private jest: boolean | undefined;
  sawCoverageMap = false;

  constructor(private readonly source: string) {}

  get isJest(): boolean {
    return this.jest === true;
  }

  visitMember(key: string, depth: number, cursor: JsonCursor): MemberAction {
    if (depth === 0) {
      this.jest ??= JEST_KEYS.has(key);
      if (this.jest) {
        if (key !== 'coverageMap') return 'skip';
        this.sawCoverageMap = true;
        return 'descend';
      }
    }
    this.files.push(this.readFile(key, cursor));
    return 'parsed';
  }

  private readFile(key: string, cursor: JsonCursor): FileCoverage {
    const start = cursor.pos;
    if (cursor.peek() !== 123) cursor.fail(`the value of ${JSON.stringify(key)} is not an Istanbul file coverage object`, this.fixHint());
    const file = new FileCoverageBuilder();
    readFileMembers(cursor, file);
    const missing = REQUIRED_MAPS.filter((name) => !file.seen.has(name));
    if (missing.length > 0) {
      cursor.pos = start;
      cursor.fail(`the entry ${JSON.stringify(key)} has no ${missing.join(', ')}, so it is not Istanbul file coverage`, this.fixHint());
    }
    if (file.negativeCounts > 0) this.negativeCounts.push({ key, count: file.negativeCounts, first: file.firstNegative! });
    return file.build(key, this.builders);
  }

  private fixHint(): string {
    return 'Pass coverage-final.json (not coverage-summary.json) or the output of jest --json --coverage, or set --format';
  }
}

export const parseIstanbulJson: ReportParser = async (input: ReportInput) => {
  const visitor = new IstanbulVisitor(input.source);
  await visitJsonMembers(input, visitor);
  if (visitor.isJest && !visitor.sawCoverageMap) {
    throw new ReportError(
      input.source,
      undefined,
      'the Jest JSON output has no coverageMap',
      'Run Jest with both --json and --coverage so the output contains coverage',
    );
  }
  if (visitor.files.length === 0) {
    throw new ReportError(input.source, undefined, 'the Istanbul report covers no files', 'Check that the tests ran with coverage enabled and that this is the right file');
  }
  return { format: 'istanbul-json', source: input.source, files: visitor.files, roots: [], warnings: negativeCountWarnings(visitor.negativeCounts) };
};

/** Returns one warning for all negative hit counts of the report, naming the first few files. */
function negativeCountWarnings(files: readonly { key: string; count: number; first: string }[]): string[] {
  if (files.length === 0) return [];
  const total = files.reduce((sum, file) => sum + file.count, 0);
  const named = files.slice(0, 3).map((file) => `${file.first} of ${JSON.stringify(file.key)}`);
  const more = files.length > named.length ? ` and ${files.length - named.length} more files` : '';
  return [
    `${total} ${total === 1 ? 'hit count is' : 'hit counts are'} negative (${named.join(', ')}${more}). ` +
      'V8 coverage converted by v8-to-istanbul can write these. They count as Istanbul\'s own summary counts them: statements and functions as covered, branches as not covered.',
  ];
}
