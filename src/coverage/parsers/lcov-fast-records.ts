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
 * Digits are read as `((buffer[pos] | 0) - 48) >>> 0`. That is the digit's
 * value for a digit, and above 9 for any other byte and past the end of the
 * buffer, so one unsigned comparison separates digits from other bytes.
 * A block ends with a line break or at the end of its buffer (see
 * `BlockHandler`), so the digit loops stop at the block's end without
 * comparing positions: there they read a line break, or the end of the
 * buffer.
 *
 * Byte codes are number literals, and the digit expression is written out
 * instead of called as a function. esbuild 0.28 writes module-level
 * constants as `var` bindings, and V8 (Node 20.20.2) loads and checks such
 * a binding, or a module-level function, at every use in an optimized loop
 * (`--print-opt-code`). A const enum would not help: tsc with
 * `isolatedModules`, which ncc runs for dist/, keeps its members as
 * property reads. Each digit loop reads two digits per pass, because V8
 * checks the buffer's map and reloads its length and data pointer after
 * the stack check of every pass.
 */
import { MAX_LINE_NUMBER } from '../model.js';
import type { RecordBuilders } from './lcov-file-state.js';
import { hashNameByte, finishNameHash, NAME_HASH_SEED } from './lcov-functions.js';

/**
 * Reads the run of `DA:<line>,<hits>[,<checksum>]` lines that starts at
 * `pos`, the start of a line that begins with `D`.
 */
export function readLineHitsRun(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  const lineHits = builders.lines;
  let lines = 0;
  let lineStart = pos;
  for (;;) {
    if (buffer[pos + 1] !== 65 /* A */ || buffer[pos + 2] !== 58 /* : */) break;
    pos += 3;
    let line = 0;
    let digits = pos;
    let byte = 0;
    let digit = 0;
    for (;;) {
      if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
      line = line * 10 + digit;
      if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
        pos++;
        break;
      }
      line = line * 10 + digit;
      pos += 2;
    }
    byte = buffer[pos]! | 0;
    if (pos === digits || byte !== 44 /* , */ || line < 1 || line > MAX_LINE_NUMBER) break;
    pos++;

    let hits = 0;
    digits = pos;
    for (;;) {
      if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
      hits = hits * 10 + digit;
      if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
        pos++;
        break;
      }
      hits = hits * 10 + digit;
      pos += 2;
    }
    byte = buffer[pos]! | 0;
    if (pos === digits || hits > Number.MAX_SAFE_INTEGER) break;

    if (pos === end) {
      // The last line of a file without a final line break.
    } else if (byte === 10 /* LF */) {
      pos++;
    } else if (byte === 13 /* CR */ && buffer[pos + 1] === 10 /* LF */) {
      pos += 2;
    } else if (byte === 44 /* , */) {
      while (pos < end && buffer[pos] !== 10 /* LF */) pos++;
      pos++;
    } else {
      break;
    }

    lineHits.add(line, hits);
    lines++;
    lineStart = pos;
    if (pos >= end || buffer[pos] !== 68 /* D */) break;
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
    if (buffer[pos + 1] !== 82 /* R */ || buffer[pos + 2] !== 68 /* D */ || buffer[pos + 3] !== 65 /* A */ || buffer[pos + 4] !== 58 /* : */) break;
    pos += 5;
    let byte = 0;
    let digit = 0;
    let line = 0;
    const lineDigits = pos;
    for (;;) {
      if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
      line = line * 10 + digit;
      if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
        pos++;
        break;
      }
      line = line * 10 + digit;
      pos += 2;
    }
    byte = buffer[pos]! | 0;
    if (pos === lineDigits || byte !== 44 /* , */ || line > MAX_LINE_NUMBER) break;
    pos++;

    let block = 0;
    const blockDigits = pos;
    for (;;) {
      if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
      block = block * 10 + digit;
      if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
        pos++;
        break;
      }
      block = block * 10 + digit;
      pos += 2;
    }
    byte = buffer[pos]! | 0;
    if (pos === blockDigits || byte !== 44 /* , */ || block >= 1_000_000_000) break;
    pos++;

    let branch = 0;
    const branchDigits = pos;
    for (;;) {
      if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
      branch = branch * 10 + digit;
      if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
        pos++;
        break;
      }
      branch = branch * 10 + digit;
      pos += 2;
    }
    byte = buffer[pos]! | 0;
    if (pos === branchDigits || byte !== 44 /* , */ || branch >= 1_000_000) break;
    pos++;

    let taken = 0;
    const takenDigits = pos;
    if (buffer[pos] === 45 /* - */) {
      // A taken count of "-" means the branch's block never ran: 0 hits that still count in the total.
      pos++;
      byte = pos < end ? buffer[pos]! : 10 /* LF */;
    } else {
      for (;;) {
        if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
        taken = taken * 10 + digit;
        if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
          pos++;
          break;
        }
        taken = taken * 10 + digit;
        pos += 2;
      }
      byte = buffer[pos]! | 0;
      if (pos === takenDigits || taken > Number.MAX_SAFE_INTEGER) break;
    }

    if (pos === end) {
      // The last line of a file without a final line break.
    } else if (byte === 10 /* LF */) {
      pos++;
    } else if (byte === 13 /* CR */ && buffer[pos + 1] === 10 /* LF */) {
      pos += 2;
    } else {
      break;
    }

    outcomes.add(line, block * 1_000_000 + branch, taken);
    lines++;
    lineStart = pos;
    if (pos >= end || buffer[pos] !== 66 /* B */) break;
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
    if (buffer[pos + 1] !== 78 /* N */) break;
    pos += 2;
    const declaration = buffer[pos] === 58 /* : */;
    if (declaration) {
      pos++;
    } else if (buffer[pos] === 68 /* D */ && buffer[pos + 1] === 65 /* A */ && buffer[pos + 2] === 58 /* : */) {
      pos += 3;
    } else {
      break;
    }

    let number = 0;
    const digits = pos;
    let byte = 0;
    let digit = 0;
    for (;;) {
      if ((digit = ((buffer[pos]! | 0) - 48) >>> 0) > 9) break;
      number = number * 10 + digit;
      if ((digit = ((buffer[pos + 1]! | 0) - 48) >>> 0) > 9) {
        pos++;
        break;
      }
      number = number * 10 + digit;
      pos += 2;
    }
    byte = buffer[pos]! | 0;
    if (pos === digits || byte !== 44 /* , */ || number > (declaration ? MAX_LINE_NUMBER : Number.MAX_SAFE_INTEGER)) break;
    pos++;

    if (!declaration) {
      const counted = functions.countInOrder(buffer, pos, end, number);
      if (counted >= 0) {
        lines++;
        pos = counted;
        lineStart = pos;
        if (pos >= end || buffer[pos] !== 70 /* F */) break;
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
      if (byte <= 44 /* , */) {
        if (pos >= end) break;
        if (byte === 10 /* LF */) {
          nameEnd = pos;
          next = pos + 1;
          break;
        }
        if (byte === 13 /* CR */ && buffer[pos + 1] === 10 /* LF */) {
          nameEnd = pos;
          next = pos + 2;
          break;
        }
        if (byte === 44 /* , */ && declaration) break run;
      }
      bits |= byte;
      hash = hashNameByte(hash, byte);
      // Reads a second byte per pass. A byte that may end the name is left to the next pass.
      byte = buffer[pos + 1]! | 0;
      if (byte <= 44 /* , */) {
        pos++;
        continue;
      }
      bits |= byte;
      hash = hashNameByte(hash, byte);
      pos += 2;
    }
    if (nameEnd === nameStart) break;
    const last = buffer[nameEnd - 1];
    if (last === 32 /* space */ || last === 9 /* tab */ || last === 13 /* CR */) break;

    if (declaration) functions.declare(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
    else functions.count(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
    lines++;
    pos = next;
    lineStart = pos;
    if (pos >= end || buffer[pos] !== 70 /* F */) break;
  }
  if (lines > 0) builders.hasFunctionRecords = true;
  return finishRun(builders, lines, lineStart);
}

/** Stores the line count of a run and returns the position after it, or -1 when it read no line. */
function finishRun(builders: RecordBuilders, lines: number, next: number): number {
  builders.runLines = lines;
  return lines === 0 ? -1 : next;
}
