/**
 * Fast paths for the lcov records that make up nearly every line of a large
 * report: DA, BRDA, FN and FNDA with plain numbers. The reader picks one by
 * the line's first byte. Each reads a run of lines of its record type
 * straight from the bytes, each line up to and including its line break,
 * into the open record's builders. It stops before the first line of
 * another type, or before an unusual line, which the reader's general path
 * then reads, and reports if it is invalid. A run stores its line count in
 * `RecordBuilders.runLines` and returns the position after its last line, or
 * -1 when it read no line.
 *
 * One loop per run saves the call and the reader's dispatch of each line.
 *
 * A block ends with a line break or at the end of its buffer (see
 * `BlockHandler`), so the digit loops stop at the block's end without
 * comparing positions: there they read a line break, or the end of the
 * buffer, which `digitAt` reports as no digit.
 */
import { MAX_LINE_NUMBER } from '../model.js';
import type { RecordBuilders } from './lcov-file-state.js';
import { A, B, COLON, COMMA, CR, D, DASH, F, LF, N, R, SPACE, TAB } from './lcov-tags.js';
import { hashNameByte, finishNameHash, NAME_HASH_SEED } from './lcov-functions.js';

/**
 * Returns the value of the decimal digit at `pos`, or a number above 9 for
 * any other byte and past the end of the buffer, so that one unsigned
 * comparison separates digits from other bytes.
 */
function digitAt(buffer: Buffer, pos: number): number {
  return ((buffer[pos]! | 0) - 48) >>> 0;
}

/**
 * Reads the run of `DA:<line>,<hits>[,<checksum>]` lines that starts at
 * `pos`, the start of a line that begins with `D`.
 */
export function readLineHitsRun(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  const lineHits = builders.lines;
  let lines = 0;
  let lineStart = pos;
  for (;;) {
    if (buffer[pos + 1] !== A || buffer[pos + 2] !== COLON) break;
    pos += 3;
    let line = 0;
    let digits = pos;
    let byte = 0;
    let digit = 0;
    while ((digit = digitAt(buffer, pos)) <= 9) {
      line = line * 10 + digit;
      pos++;
    }
    byte = buffer[pos]! | 0;
    if (pos === digits || byte !== COMMA || line < 1 || line > MAX_LINE_NUMBER) break;
    pos++;

    let hits = 0;
    digits = pos;
    while ((digit = digitAt(buffer, pos)) <= 9) {
      hits = hits * 10 + digit;
      pos++;
    }
    byte = buffer[pos]! | 0;
    if (pos === digits || hits > Number.MAX_SAFE_INTEGER) break;

    if (pos === end) {
      // The last line of a file without a final line break.
    } else if (byte === LF) {
      pos++;
    } else if (byte === CR && buffer[pos + 1] === LF) {
      pos += 2;
    } else if (byte === COMMA) {
      while (pos < end && buffer[pos] !== LF) pos++;
      pos++;
    } else {
      break;
    }

    lineHits.add(line, hits);
    lines++;
    lineStart = pos;
    if (pos >= end || buffer[pos] !== D) break;
  }
  return finishRun(builders, lines, lineStart);
}

/**
 * Reads the run of `BRDA:<line>,<block>,<branch>,<taken or ->` lines with
 * plain numbers that starts at `pos`, the start of a line that begins with
 * `B`. Anything else (an `e` block, an expression branch) ends the run.
 */
export function readBranchRun(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  const outcomes = builders.outcomes;
  let lines = 0;
  let lineStart = pos;
  for (;;) {
    if (buffer[pos + 1] !== R || buffer[pos + 2] !== D || buffer[pos + 3] !== A || buffer[pos + 4] !== COLON) break;
    pos += 5;
    let byte = 0;
    let digit = 0;
    let line = 0;
    const lineDigits = pos;
    while ((digit = digitAt(buffer, pos)) <= 9) {
      line = line * 10 + digit;
      pos++;
    }
    byte = buffer[pos]! | 0;
    if (pos === lineDigits || byte !== COMMA || line > MAX_LINE_NUMBER) break;
    pos++;

    let block = 0;
    const blockDigits = pos;
    while ((digit = digitAt(buffer, pos)) <= 9) {
      block = block * 10 + digit;
      pos++;
    }
    byte = buffer[pos]! | 0;
    if (pos === blockDigits || byte !== COMMA || block >= 1_000_000_000) break;
    pos++;

    let branch = 0;
    const branchDigits = pos;
    while ((digit = digitAt(buffer, pos)) <= 9) {
      branch = branch * 10 + digit;
      pos++;
    }
    byte = buffer[pos]! | 0;
    if (pos === branchDigits || byte !== COMMA || branch >= 1_000_000) break;
    pos++;

    let taken = 0;
    const takenDigits = pos;
    if (buffer[pos] === DASH) {
      // A taken count of "-" means the branch's block never ran: 0 hits that still count in the total.
      pos++;
      byte = pos < end ? buffer[pos]! : LF;
    } else {
      while ((digit = digitAt(buffer, pos)) <= 9) {
        taken = taken * 10 + digit;
        pos++;
      }
      byte = buffer[pos]! | 0;
      if (pos === takenDigits || taken > Number.MAX_SAFE_INTEGER) break;
    }

    if (pos === end) {
      // The last line of a file without a final line break.
    } else if (byte === LF) {
      pos++;
    } else if (byte === CR && buffer[pos + 1] === LF) {
      pos += 2;
    } else {
      break;
    }

    outcomes.add(line, block * 1_000_000 + branch, taken);
    lines++;
    lineStart = pos;
    if (pos >= end || buffer[pos] !== B) break;
  }
  if (lines > 0) builders.hasBranchRecords = true;
  return finishRun(builders, lines, lineStart);
}

/**
 * Reads the run of `FN:<line>,<name>` and `FNDA:<hits>,<name>` lines that
 * starts at `pos`, the start of a line that begins with `F`, hashing each
 * name while it looks for the line break. An FN name that contains a comma
 * (perhaps lcov 2's `FN:<line>,<end line>,<name>`) and a name that ends in a
 * space or tab end the run.
 */
export function readFunctionRun(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  const functions = builders.functions;
  let lines = 0;
  let lineStart = pos;
  run: for (;;) {
    if (buffer[pos + 1] !== N) break;
    pos += 2;
    const declaration = buffer[pos] === COLON;
    if (declaration) {
      pos++;
    } else if (buffer[pos] === D && buffer[pos + 1] === A && buffer[pos + 2] === COLON) {
      pos += 3;
    } else {
      break;
    }

    let number = 0;
    const digits = pos;
    let byte = 0;
    let digit = 0;
    while ((digit = digitAt(buffer, pos)) <= 9) {
      number = number * 10 + digit;
      pos++;
    }
    byte = buffer[pos]! | 0;
    if (pos === digits || byte !== COMMA || number > (declaration ? MAX_LINE_NUMBER : Number.MAX_SAFE_INTEGER)) break;
    pos++;

    if (!declaration) {
      const counted = functions.countInOrder(buffer, pos, end, number);
      if (counted >= 0) {
        lines++;
        pos = counted;
        lineStart = pos;
        if (pos >= end || buffer[pos] !== F) break;
        continue;
      }
    }

    const nameStart = pos;
    let nameEnd = end;
    let next = end;
    let hash = NAME_HASH_SEED;
    let bits = 0;
    for (;;) {
      // Past the end of the buffer the byte reads as 0, so the end is checked only among the bytes up to the comma.
      byte = buffer[pos]! | 0;
      if (byte <= COMMA) {
        if (pos >= end) break;
        if (byte === LF) {
          nameEnd = pos;
          next = pos + 1;
          break;
        }
        if (byte === CR && buffer[pos + 1] === LF) {
          nameEnd = pos;
          next = pos + 2;
          break;
        }
        if (byte === COMMA && declaration) break run;
      }
      bits |= byte;
      hash = hashNameByte(hash, byte);
      pos++;
    }
    if (nameEnd === nameStart) break;
    const last = buffer[nameEnd - 1];
    if (last === SPACE || last === TAB || last === CR) break;

    if (declaration) functions.declare(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
    else functions.count(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
    lines++;
    pos = next;
    lineStart = pos;
    if (pos >= end || buffer[pos] !== F) break;
  }
  if (lines > 0) builders.hasFunctionRecords = true;
  return finishRun(builders, lines, lineStart);
}

/** Stores the line count of a run and returns the position after it, or -1 when it read no line. */
function finishRun(builders: RecordBuilders, lines: number, next: number): number {
  builders.runLines = lines;
  return lines === 0 ? -1 : next;
}
