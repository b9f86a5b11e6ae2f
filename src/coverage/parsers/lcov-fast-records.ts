/**
 * Fast paths for the lcov records that make up nearly every line of a large
 * report: DA, BRDA, FN and FNDA with plain numbers. The reader picks one by
 * the line's first byte. Each reads one line straight from the bytes, up to
 * and including its line break, into the open record's builders, and returns
 * the position after the line. For anything unusual it returns -1 and the
 * reader's general path reads the line again, and reports it if it is
 * invalid.
 *
 * A block ends with a line break or at the end of its buffer (see
 * `BlockHandler`), so the digit loops stop at the block's end without
 * comparing positions: there they read a line break, or the end of the
 * buffer, which `digitAt` reports as no digit.
 */
import { MAX_LINE_NUMBER } from '../model.js';
import type { RecordBuilders } from './lcov-file-state.js';
import { A, COLON, COMMA, CR, D, DASH, LF, N, R, SPACE, TAB } from './lcov-tags.js';
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
 * Parses `DA:<line>,<hits>[,<checksum>]` at `pos`, the start of a line that
 * begins with `D`.
 */
export function readLineHitsFast(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  if (buffer[pos + 1] !== A || buffer[pos + 2] !== COLON) return -1;
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

  builders.lines.add(line, hits);
  return pos;
}

/**
 * Parses `BRDA:<line>,<block>,<branch>,<taken or ->` with plain numbers at
 * `pos`, the start of a line that begins with `B`. Anything else (an `e`
 * block, an expression branch) takes the general path.
 */
export function readBranchFast(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  if (buffer[pos + 1] !== R || buffer[pos + 2] !== D || buffer[pos + 3] !== A || buffer[pos + 4] !== COLON) return -1;
  pos += 5;
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
  builders.outcomes.add(line, block * 1_000_000 + branch, taken);
  builders.hasBranchRecords = true;
  return pos;
}

/**
 * Parses `FN:<line>,<name>` or `FNDA:<hits>,<name>` at `pos`, the start of a
 * line that begins with `F`, hashing the name while it looks for the line
 * break. An FN name that contains a comma (perhaps lcov 2's
 * `FN:<line>,<end line>,<name>`) and a name that ends in a space or tab take
 * the general path.
 */
export function readFunctionFast(builders: RecordBuilders, buffer: Buffer, pos: number, end: number): number {
  if (buffer[pos + 1] !== N) return -1;
  pos += 2;
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
      if (byte === COMMA && declaration) return -1;
    }
    bits |= byte;
    hash = hashNameByte(hash, byte);
    pos++;
  }
  if (nameEnd === nameStart) return -1;
  const last = buffer[nameEnd - 1];
  if (last === SPACE || last === TAB || last === CR) return -1;

  if (declaration) builders.functions.declare(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
  else builders.functions.count(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
  builders.hasFunctionRecords = true;
  return next;
}
