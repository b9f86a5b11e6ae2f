/**
 * Fast paths for the lcov records that make up nearly every line of a large
 * report: DA, BRDA, FN and FNDA with plain numbers. Each reads one line
 * straight from the bytes, up to and including its line break, into the open
 * record's builders, and returns the position after the line. For anything
 * unusual it returns -1 and the reader's general path reads the line again,
 * and reports it if it is invalid.
 *
 * A block ends with a line break or at the end of its buffer (see
 * `BlockHandler`), so the digit loops stop at the block's end without
 * comparing positions: there they read a line break or undefined.
 */
import type { LineHitsBuilder } from '../line-hits.js';
import { MAX_LINE_NUMBER } from '../model.js';
import type { BranchOutcomeList } from './branch-outcomes.js';
import type { RecordBuilders } from './lcov-file-state.js';
import { A, B, COLON, COMMA, CR, D, DASH, F, LF, N, R, SPACE, TAB } from './lcov-tags.js';
import { hashNameByte, finishNameHash, NAME_HASH_SEED, type RecordFunctions } from './lcov-functions.js';

/**
 * Returns the value of the decimal digit at `pos`, or a number above 9 for
 * any other byte and past the end of the buffer, so that one unsigned
 * comparison separates digits from other bytes.
 */
function digitAt(buffer: Buffer, pos: number): number {
  return ((buffer[pos]! | 0) - 48) >>> 0;
}

/** Reads the line at `pos` if it is a DA, BRDA, FN or FNDA record of the common form, else returns -1. */
export function readRecordFast(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  const first = buffer[pos];
  if (first === D) {
    return buffer[pos + 1] === A && buffer[pos + 2] === COLON ? readLineHitsFast(builders.lines, buffer, pos + 3, end) : -1;
  }
  if (first === B) {
    if (buffer[pos + 1] !== R || buffer[pos + 2] !== D || buffer[pos + 3] !== A || buffer[pos + 4] !== COLON) return -1;
    const next = readBranchFast(builders.outcomes, buffer, pos + 5, end);
    if (next >= 0) builders.hasBranchRecords = true;
    return next;
  }
  if (first === F && buffer[pos + 1] === N) {
    const next = readFunctionFast(builders.functions, buffer, pos + 2, end);
    if (next >= 0) builders.hasFunctionRecords = true;
    return next;
  }
  return -1;
}

/**
 * Parses `<line>,<hits>[,<checksum>]` up to and including the line break and
 * returns the position after it, or -1 for anything unusual, which the
 * general path then reads or reports.
 */
export function readLineHitsFast(lines: LineHitsBuilder, buffer: Buffer, pos: number, end: number): number {
  let line = 0;
  let digits = pos;
  let byte = 0;
  let digit = 0;
  while ((digit = digitAt(buffer, pos)) <= 9) {
    line = line * 10 + digit;
    pos++;
  }
  byte = buffer[pos]! | 0;
  if (pos === digits || byte !== COMMA || line < 1 || line > MAX_LINE_NUMBER) return -1;
  pos++;

  let hits = 0;
  digits = pos;
  while ((digit = digitAt(buffer, pos)) <= 9) {
    hits = hits * 10 + digit;
    pos++;
  }
  byte = buffer[pos]! | 0;
  if (pos === digits || hits > Number.MAX_SAFE_INTEGER) return -1;

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
    return -1;
  }

  lines.add(line, hits);
  return pos;
}

/**
 * Parses `<line>,<block>,<branch>,<taken or ->` with plain numbers up to and
 * including the line break, and returns the position after it, or -1 for
 * anything else (an `e` block, an expression branch), which the general
 * path then reads.
 */
export function readBranchFast(branches: BranchOutcomeList, buffer: Buffer, pos: number, end: number): number {
  let byte = 0;
  let digit = 0;
  let line = 0;
  const lineStart = pos;
  while ((digit = digitAt(buffer, pos)) <= 9) {
    line = line * 10 + digit;
    pos++;
  }
  byte = buffer[pos]! | 0;
  if (pos === lineStart || byte !== COMMA || line > MAX_LINE_NUMBER) return -1;
  pos++;

  let block = 0;
  const blockStart = pos;
  while ((digit = digitAt(buffer, pos)) <= 9) {
    block = block * 10 + digit;
    pos++;
  }
  byte = buffer[pos]! | 0;
  if (pos === blockStart || byte !== COMMA || block >= 1_000_000_000) return -1;
  pos++;

  let branch = 0;
  const branchStart = pos;
  while ((digit = digitAt(buffer, pos)) <= 9) {
    branch = branch * 10 + digit;
    pos++;
  }
  byte = buffer[pos]! | 0;
  if (pos === branchStart || byte !== COMMA || branch >= 1_000_000) return -1;
  pos++;

  let taken = 0;
  const takenStart = pos;
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
    if (pos === takenStart || taken > Number.MAX_SAFE_INTEGER) return -1;
  }

  if (pos === end) {
    // The last line of a file without a final line break.
  } else if (byte === LF) {
    pos++;
  } else if (byte === CR && buffer[pos + 1] === LF) {
    pos += 2;
  } else {
    return -1;
  }
  branches.add(line, block * 1_000_000 + branch, taken);
  return pos;
}

/**
 * Parses the rest of `FN:<line>,<name>` or `FNDA:<hits>,<name>` after the
 * `FN`, hashing the name while it looks for the line break. An FN name that
 * contains a comma (perhaps lcov 2's `FN:<line>,<end line>,<name>`) and a
 * name that ends in a space or tab take the general path.
 */
export function readFunctionFast(functions: RecordFunctions, buffer: Buffer, pos: number, end: number): number {
  const declaration = buffer[pos] === COLON;
  if (declaration) {
    pos++;
  } else if (buffer[pos] === D && buffer[pos + 1] === A && buffer[pos + 2] === COLON) {
    pos += 3;
  } else {
    return -1;
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
  if (pos === digits || byte !== COMMA || number > (declaration ? MAX_LINE_NUMBER : Number.MAX_SAFE_INTEGER)) return -1;
  pos++;

  const nameStart = pos;
  let nameEnd = end;
  let next = end;
  let hash = NAME_HASH_SEED;
  let bits = 0;
  while (pos < end) {
    byte = buffer[pos]!;
    if (byte <= COMMA) {
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
      if (byte === COMMA && declaration) return -1;
    }
    bits |= byte;
    hash = hashNameByte(hash, byte);
    pos++;
  }
  if (nameEnd === nameStart) return -1;
  const last = buffer[nameEnd - 1];
  if (last === SPACE || last === TAB || last === CR) return -1;

  if (declaration) functions.declare(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
  else functions.count(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
  return next;
}
