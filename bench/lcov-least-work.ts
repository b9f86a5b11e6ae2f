/**
 * The least work a complete lcov reader does on the benchmark's input: it
 * reads DA, BRDA, FN and FNDA records into typed arrays and a name map per
 * file and adds up the totals, with no validation, no error positions, no
 * lcov 2 records and no merging of repeated SF records, which the generated
 * input does not need. It runs as the `lcov-least-work` row, which shows how
 * far below `line-split` any JavaScript lcov reader can get on this machine.
 */
import { closeSync, openSync, readSync } from 'node:fs';

import type { Counter, Totals } from '../src/coverage/model.js';

const CHUNK_BYTES = 4 * 1024 * 1024;
const LF = 10;
const COMMA = 44;
const DASH = 45;

/** Records of the open SF record, kept as a reader that gates on every line must keep them. */
class FileRecords {
  lines = new Float64Array(1024).fill(-1);
  lastLine = 0;
  branchLines = new Int32Array(256);
  branchTaken = new Float64Array(256);
  branchCount = 0;
  readonly functionNames: string[] = [];
  functionHits = new Float64Array(64);
  readonly functionIndex = new Map<string, number>();

  addLine(line: number, hits: number): void {
    if (line >= this.lines.length) {
      const larger = new Float64Array(Math.max(line + 1, this.lines.length * 2)).fill(-1);
      larger.set(this.lines);
      this.lines = larger;
    }
    if (line > this.lastLine) this.lastLine = line;
    const previous = this.lines[line]!;
    this.lines[line] = previous < 0 ? hits : previous + hits;
  }

  addBranch(line: number, taken: number): void {
    if (this.branchCount === this.branchLines.length) {
      const lines = new Int32Array(this.branchCount * 2);
      lines.set(this.branchLines);
      this.branchLines = lines;
      const taken = new Float64Array(this.branchCount * 2);
      taken.set(this.branchTaken);
      this.branchTaken = taken;
    }
    this.branchLines[this.branchCount] = line;
    this.branchTaken[this.branchCount++] = taken;
  }

  addFunction(name: string): void {
    const index = this.functionNames.length;
    if (index === this.functionHits.length) {
      const hits = new Float64Array(index * 2);
      hits.set(this.functionHits);
      this.functionHits = hits;
    }
    this.functionIndex.set(name, index);
    this.functionNames.push(name);
    this.functionHits[index] = 0;
  }

  addFunctionHits(name: string, hits: number): void {
    const index = this.functionIndex.get(name);
    if (index !== undefined) this.functionHits[index]! += hits;
  }
}

type LcovTotals = Record<'lines' | 'branches' | 'functions', Counter>;

function emptyTotals(): LcovTotals {
  return { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 } };
}

/** Closes a record: counts it and keeps its arrays trimmed to their length. */
function closeRecord(file: FileRecords, totals: LcovTotals, kept: unknown[]): void {
  for (let line = 1; line <= file.lastLine; line++) {
    const hits = file.lines[line]!;
    if (hits < 0) continue;
    totals.lines.total++;
    if (hits > 0) totals.lines.covered++;
  }
  for (let i = 0; i < file.branchCount; i++) if (file.branchTaken[i]! > 0) totals.branches.covered++;
  totals.branches.total += file.branchCount;
  for (let i = 0; i < file.functionNames.length; i++) if (file.functionHits[i]! > 0) totals.functions.covered++;
  totals.functions.total += file.functionNames.length;
  kept.push([
    file.lines.slice(0, file.lastLine + 1),
    file.branchLines.slice(0, file.branchCount),
    file.branchTaken.slice(0, file.branchCount),
    file.functionNames,
    file.functionHits.slice(0, file.functionNames.length),
  ]);
}

function readNumber(buffer: Buffer, start: number): [value: number, end: number] {
  let value = 0;
  let pos = start;
  let byte = 0;
  while ((byte = buffer[pos]!) >= 48 && byte <= 57) {
    value = value * 10 + byte - 48;
    pos++;
  }
  return [value, pos];
}

/** Returns the position after the line break at or after `pos`, or -1 when `end` comes first. */
function skipLine(buffer: Buffer, pos: number, end: number): number {
  while (pos < end && buffer[pos] !== LF) pos++;
  return pos < end ? pos + 1 : -1;
}

/**
 * Reads the line that starts at `pos` into `file` and returns the position
 * after its line break, or -1 when the line does not end before `end`.
 */
function readRecordLine(buffer: Buffer, pos: number, end: number, file: FileRecords): number {
  const first = buffer[pos];
  if (first === 68 && buffer[pos + 1] === 65 && buffer[pos + 2] === 58) {
    // DA:<line>,<hits>
    const [line, afterLine] = readNumber(buffer, pos + 3);
    const [hits, afterHits] = readNumber(buffer, afterLine + 1);
    if (buffer[afterHits] !== LF || afterHits >= end) return skipLine(buffer, pos, end);
    file.addLine(line, hits);
    return afterHits + 1;
  }
  const lineEnd = skipLine(buffer, pos, end) - 1;
  if (lineEnd < 0) return -1;
  if (first === 66 && buffer[pos + 1] === 82 && buffer[pos + 2] === 68 && buffer[pos + 3] === 65) {
    // BRDA:<line>,<block>,<branch>,<taken or ->
    const [line, afterLine] = readNumber(buffer, pos + 5);
    let takenStart = afterLine + 1;
    while (buffer[takenStart] !== COMMA) takenStart++;
    takenStart++;
    while (buffer[takenStart] !== COMMA) takenStart++;
    takenStart++;
    file.addBranch(line, buffer[takenStart] === DASH ? 0 : readNumber(buffer, takenStart)[0]);
  } else if (first === 70 && buffer[pos + 1] === 78 && buffer[pos + 2] === 58) {
    // FN:<line>,<name>
    let nameStart = pos + 3;
    while (buffer[nameStart] !== COMMA) nameStart++;
    file.addFunction(buffer.toString('latin1', nameStart + 1, lineEnd));
  } else if (first === 70 && buffer[pos + 1] === 78 && buffer[pos + 2] === 68 && buffer[pos + 3] === 65) {
    // FNDA:<hits>,<name>
    const [hits, afterHits] = readNumber(buffer, pos + 5);
    file.addFunctionHits(buffer.toString('latin1', afterHits + 1, lineEnd), hits);
  }
  return lineEnd + 1;
}

export function lcovLeastWork(path: string): { totals: Partial<Totals>; note: string } {
  const totals = emptyTotals();
  const kept: unknown[] = [];
  let file: FileRecords | null = null;
  const descriptor = openSync(path, 'r');
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES * 2);
  let carried = 0;
  try {
    for (;;) {
      if (buffer.length - carried < CHUNK_BYTES) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, carried);
        buffer = larger;
      }
      const read = readSync(descriptor, buffer, carried, CHUNK_BYTES, null);
      const end = carried + read;
      if (read === 0) {
        // The generator ends every line with a line break, so nothing is left over.
        break;
      }
      let pos = 0;
      for (;;) {
        let next: number;
        if (file && buffer[pos] !== 101) {
          next = readRecordLine(buffer, pos, end, file);
        } else {
          next = skipLine(buffer, pos, end);
          if (next < 0) break;
          if (buffer[pos] === 83 && buffer[pos + 1] === 70) file = new FileRecords();
          else if (buffer[pos] === 101 && file) {
            closeRecord(file, totals, kept);
            file = null;
          }
        }
        if (next < 0) break;
        pos = next;
      }
      buffer.copy(buffer, 0, pos, end);
      carried = end - pos;
    }
  } finally {
    closeSync(descriptor);
  }
  return { totals, note: `${kept.length} records` };
}
