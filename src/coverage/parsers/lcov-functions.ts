/**
 * Functions of the open lcov record, looked up by the UTF-8 bytes of their
 * names in a hash table of its own.
 *
 * A 100 MB report has 1.2 million FN and FNDA lines. Decoding each name into
 * a string for a Map, and keeping a record object per function, took about a
 * fifth of the parse with the garbage collection they caused. Here names stay
 * bytes from the line to the finished `NameColumn`, and the counts live in
 * arrays that one record reuses after another.
 */
import { ArenaFunctionTable, type FunctionColumnRefs } from '../arena-tables.js';
import type { ColumnArena } from '../columns.js';
import { typeForRange } from '../count-arrays.js';
import type { FunctionTable } from '../record-tables.js';

const INITIAL_SLOTS = 1024;
const INITIAL_FUNCTIONS = 256;

/** Start value of a name hash, which is FNV-1a over the name's bytes. */
export const NAME_HASH_SEED = 0x811c9dc5;

/** Folds one byte into a name hash. */
export function hashNameByte(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, 0x01000193);
}

/**
 * Returns the hash that `RecordFunctions` takes for a name, given its FNV-1a
 * value and the OR of its bytes. The hash keeps 30 bits, which V8 stores as a
 * small integer. A name with bytes outside ASCII gets -1, and the table hashes
 * it again after decoding it.
 */
export function finishNameHash(hash: number, bits: number): number {
  return bits < 0x80 ? hash & 0x3fffffff : -1;
}

/** Returns the hash of the name in `buffer[start, end)` for `RecordFunctions`. */
export function hashName(buffer: Buffer, start: number, end: number): number {
  let hash = NAME_HASH_SEED;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const byte = buffer[i]!;
    bits |= byte;
    hash = hashNameByte(hash, byte);
  }
  return finishNameHash(hash, bits);
}

/**
 * Returns the key that `RecordFunctions` looks up a name by when its bytes are
 * not ASCII: the UTF-8 encoding of its decoded text, so that two byte
 * sequences that decode to one string, as invalid UTF-8 can, are one name.
 */
function decodedKey(buffer: Buffer, start: number, end: number): Buffer {
  return Buffer.from(buffer.toString('utf8', start, end), 'utf8');
}

/** Returns the hash of a whole key buffer for `RecordFunctions`, which is never -1, even for bytes outside ASCII. */
function keyHash(key: Buffer): number {
  let hash = NAME_HASH_SEED;
  for (let i = 0; i < key.length; i++) hash = hashNameByte(hash, key[i]!);
  return finishNameHash(hash, 0);
}

/**
 * One name can belong to several functions, such as two `area` methods of
 * two classes. Functions of one name form a chain in the order they were
 * added, and the n-th FNDA line of a name in a record counts the n-th
 * function of the chain (the last one once the chain runs out).
 */
export class RecordFunctions {
  /** Names, each stored once: name `n` is `nameBytes[nameEnd[n - 1], nameEnd[n])`. */
  private nameBytes = Buffer.allocUnsafe(4096);
  private nameEnd = new Int32Array(INITIAL_FUNCTIONS);
  private readonly nameHash: number[] = [];
  /** Slot of the name in `slots`, so that `clear` frees only the slots in use. */
  private readonly nameSlot: number[] = [];
  private readonly firstFunction: number[] = [];
  private readonly lastFunction: number[] = [];
  private readonly namesakeCount: number[] = [];
  /** FNDA lines of the name so far in this record. */
  private readonly hitLines: number[] = [];
  private nameCount = 0;
  /** Name after the one that the last FNDA line counted, which the next FNDA line names when they follow the FN lines' order. */
  private nextCounted = 0;

  /**
   * Lines and hits of the functions, in typed arrays so that `build` copies
   * them with one native `set` each. Hits are Float64, which stores every
   * count up to 2^53 - 1 exactly.
   */
  private functionLine = new Int32Array(INITIAL_FUNCTIONS);
  private functionHits = new Float64Array(INITIAL_FUNCTIONS);
  /** Next function of the same name, or -1. */
  private readonly nextNamesake: number[] = [];
  private functionCount = 0;
  /** Greatest line and hit count of the functions, and the functions with hits above 0. */
  private maxLine = 0;
  private maxHits = 0;
  private coveredFunctions = 0;

  /** Open addressing table of name index + 1, 0 for a free slot; its length is a power of two. */
  private slots = new Int32Array(INITIAL_SLOTS);
  /**
   * Hash and free slot of the name that the last `findName` did not find,
   * where `addName` inserts it. The name's bytes are passed to `addName`
   * rather than kept here: storing the read buffer in this long-lived object
   * took a write barrier call for every FN line (`perf`, Node 20.20.2).
   */
  private keyHash = 0;
  private keySlot = 0;

  get length(): number {
    return this.functionCount;
  }

  /** Forgets every function, keeping the capacity for the next record. */
  clear(): void {
    for (let index = 0; index < this.nameCount; index++) this.slots[this.nameSlot[index]!] = 0;
    this.nameCount = 0;
    this.nextCounted = 0;
    this.functionCount = 0;
    this.maxLine = 0;
    this.maxHits = 0;
    this.coveredFunctions = 0;
  }

  /** Starts the record with the functions of a table built earlier, for a record that names a file again. */
  load(table: FunctionTable): void {
    this.clear();
    for (let i = 0; i < table.length; i++) {
      // The UTF-8 encoding of a decoded name is the key that `findName` looks names up by.
      const name = Buffer.from(table.name.at(i), 'utf8');
      const index = this.findName(name, 0, name.length, keyHash(name));
      const added = index < 0 ? this.addName(name, 0, name.length, table.line[i]!) : this.appendNamesake(index, table.line[i]!);
      this.addHits(added, table.hits[i]!);
    }
  }

  /** FN: a function of the name in `buffer[start, end)`, whose `hashName` is `hash`, starts at `line`. */
  declare(buffer: Buffer, start: number, end: number, hash: number, line: number): void {
    if (hash < 0) {
      const key = decodedKey(buffer, start, end);
      this.declare(key, 0, key.length, keyHash(key), line);
      return;
    }
    const index = this.findName(buffer, start, end, hash);
    if (index < 0) {
      this.addName(buffer, start, end, line);
      return;
    }
    // A function counted by FNDA before its FN line has line 0 until now.
    const unplaced = this.findNamesake(index, 0);
    if (unplaced >= 0) this.setFunctionLine(unplaced, line);
    else if (this.findNamesake(index, line) < 0) this.appendNamesake(index, line);
  }

  /** FNDA: adds `hits` to the next function of the name. */
  count(buffer: Buffer, start: number, end: number, hash: number, hits: number): void {
    if (hash < 0) {
      const key = decodedKey(buffer, start, end);
      this.count(key, 0, key.length, keyHash(key), hits);
      return;
    }
    const index = this.findName(buffer, start, end, hash);
    if (index < 0) {
      // A function counted before or without its FN line; its line is unknown.
      const added = this.addName(buffer, start, end, 0);
      this.addHits(added, hits);
      this.hitLines[this.nameCount - 1] = 1;
      this.nextCounted = this.nameCount;
      return;
    }
    this.nextCounted = index + 1;
    const seen = this.hitLines[index]!;
    this.hitLines[index] = seen + 1;
    let target = this.firstFunction[index]!;
    for (let step = Math.min(seen, this.namesakeCount[index]! - 1); step > 0; step--) target = this.nextNamesake[target]!;
    this.addHits(target, hits);
  }

  /**
   * FNDA: counts a line that names the name after the one the last FNDA line
   * counted, as lcov writes FNDA lines in the order of the FN lines. When
   * `buffer` at `start` contains that name and a line break, and the name
   * has one function, adds `hits` as `count` would and returns the position
   * after the line break. Else returns -1 and changes nothing. Comparing the
   * bytes with one name needs no hash and no table lookup.
   */
  countInOrder(buffer: Buffer, start: number, end: number, hits: number): number {
    const index = this.nextCounted;
    if (index >= this.nameCount || this.namesakeCount[index] !== 1) return -1;
    const nameStart = index === 0 ? 0 : this.nameEnd[index - 1]!;
    const length = this.nameEnd[index]! - nameStart;
    const nameEnd = start + length;
    if (nameEnd >= end) return -1;
    const bytes = this.nameBytes;
    // Two bytes per pass, and byte codes as literals, for the reasons in lcov-fast-records.ts.
    let i = 0;
    for (; i + 1 < length; i += 2) {
      if (buffer[start + i] !== bytes[nameStart + i] || buffer[start + i + 1] !== bytes[nameStart + i + 1]) return -1;
    }
    if (i < length && buffer[start + i] !== bytes[nameStart + i]) return -1;
    let next = -1;
    const byte = buffer[nameEnd];
    if (byte === 10 /* LF */) next = nameEnd + 1;
    else if (byte === 13 /* CR */ && buffer[nameEnd + 1] === 10 /* LF */) next = nameEnd + 2;
    else return -1;
    this.nextCounted = index + 1;
    this.hitLines[index] = this.hitLines[index]! + 1;
    this.addHits(this.firstFunction[index]!, hits);
    return next;
  }

  /**
   * FNA: returns the function of `name` at `line`, which it adds when the
   * record has none, for the caller to count the alias's hits with `addHits`.
   */
  functionAt(buffer: Buffer, start: number, end: number, hash: number, line: number): number {
    if (hash < 0) {
      const key = decodedKey(buffer, start, end);
      return this.functionAt(key, 0, key.length, keyHash(key), line);
    }
    const index = this.findName(buffer, start, end, hash);
    if (index < 0) return this.addName(buffer, start, end, line);
    const found = this.findNamesake(index, line);
    return found >= 0 ? found : this.appendNamesake(index, line);
  }

  /** Adds `hits`, a non-negative integer, to a function's count. */
  addHits(functionIndex: number, hits: number): void {
    const previous = this.functionHits[functionIndex]!;
    const value = previous + hits;
    this.functionHits[functionIndex] = value;
    // Counts never go down, so a function becomes covered once, when its count leaves 0.
    this.coveredFunctions += +(previous === 0 && value > 0);
    if (value > this.maxHits) this.maxHits = value;
  }

  /**
   * Returns the functions as a table, by name in the order each name first
   * appeared, and the functions of one name in the order they were added.
   */
  build(arena: ColumnArena): FunctionTable {
    const count = this.functionCount;
    const counts: FunctionCounts = { covered: this.coveredFunctions, maxLine: this.maxLine, maxHits: this.maxHits };
    if (count === this.nameCount) {
      // No name has a second function, so function n is the only one of name n and the names lie in order.
      return placeFunctions(arena, { nameBytes: this.nameBytes, nameEnds: this.nameEnd, lines: this.functionLine, hits: this.functionHits }, count, counts);
    }
    const bytes = Buffer.allocUnsafe(this.nameEnd[this.nameCount - 1]! + this.extraNameBytes());
    const ends = new Int32Array(count);
    const lines = new Int32Array(count);
    const hits = new Float64Array(count);
    let written = 0;
    let position = 0;
    for (let index = 0; index < this.nameCount; index++) {
      const nameStart = index === 0 ? 0 : this.nameEnd[index - 1]!;
      const nameEnd = this.nameEnd[index]!;
      for (let f = this.firstFunction[index]!; f >= 0; f = this.nextNamesake[f]!) {
        position += this.nameBytes.copy(bytes, position, nameStart, nameEnd);
        ends[written] = position;
        lines[written] = this.functionLine[f]!;
        hits[written] = this.functionHits[f]!;
        written++;
      }
    }
    return placeFunctions(arena, { nameBytes: bytes, nameEnds: ends, lines, hits }, count, counts);
  }

  /** Bytes that the second and later functions of a name add to the name column. */
  private extraNameBytes(): number {
    let extra = 0;
    for (let index = 0; index < this.nameCount; index++) {
      const namesakes = this.namesakeCount[index]!;
      if (namesakes > 1) extra += (namesakes - 1) * (this.nameEnd[index]! - (index === 0 ? 0 : this.nameEnd[index - 1]!));
    }
    return extra;
  }

  /** Returns the function of name `index` at `line`, or -1. */
  private findNamesake(index: number, line: number): number {
    for (let f = this.firstFunction[index]!; f >= 0; f = this.nextNamesake[f]!) {
      if (this.functionLine[f] === line) return f;
    }
    return -1;
  }

  /**
   * Returns the index of the name in `buffer[start, end)`, whose hash is
   * `hash` (0 or more), or -1 after remembering where `addName` inserts it.
   */
  private findName(buffer: Buffer, start: number, end: number, hash: number): number {
    this.keyHash = hash;

    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) {
        this.keySlot = slot;
        return -1;
      }
      const index = entry - 1;
      if (this.nameHash[index] === hash && this.nameEquals(index, buffer, start, end)) return index;
    }
  }

  private nameEquals(index: number, buffer: Buffer, start: number, end: number): boolean {
    const nameStart = index === 0 ? 0 : this.nameEnd[index - 1]!;
    if (this.nameEnd[index]! - nameStart !== end - start) return false;
    const bytes = this.nameBytes;
    for (let i = 0; i < end - start; i++) if (bytes[nameStart + i] !== buffer[start + i]) return false;
    return true;
  }

  /**
   * Adds the name in `key[keyStart, keyEnd)`, which the last `findName` looked
   * up and did not find, with one function at `line`, and returns that function.
   */
  private addName(key: Buffer, keyStart: number, keyEnd: number, line: number): number {
    const index = this.nameCount;
    if (index === this.nameEnd.length) this.growNames();
    const nameStart = index === 0 ? 0 : this.nameEnd[index - 1]!;
    const length = keyEnd - keyStart;
    if (nameStart + length > this.nameBytes.length) this.growNameBytes(nameStart, nameStart + length);
    const bytes = this.nameBytes;
    // Two bytes per pass, as `countInOrder` compares them.
    let i = 0;
    for (; i + 1 < length; i += 2) {
      bytes[nameStart + i] = key[keyStart + i]!;
      bytes[nameStart + i + 1] = key[keyStart + i + 1]!;
    }
    if (i < length) bytes[nameStart + i] = key[keyStart + i]!;
    this.nameEnd[index] = nameStart + length;
    this.nameHash[index] = this.keyHash;
    this.hitLines[index] = 0;
    this.namesakeCount[index] = 1;
    const added = this.addFunction(line);
    this.firstFunction[index] = added;
    this.lastFunction[index] = added;
    this.nameCount = index + 1;

    this.slots[this.keySlot] = index + 1;
    this.nameSlot[index] = this.keySlot;
    // Keeps the table at most half full, so that probe runs stay short.
    if (this.nameCount * 2 > this.slots.length) this.rehash();
    return added;
  }

  private appendNamesake(index: number, line: number): number {
    const added = this.addFunction(line);
    this.nextNamesake[this.lastFunction[index]!] = added;
    this.lastFunction[index] = added;
    this.namesakeCount[index] = this.namesakeCount[index]! + 1;
    return added;
  }

  private addFunction(line: number): number {
    const added = this.functionCount++;
    if (added === this.functionLine.length) this.growFunctions();
    this.setFunctionLine(added, line);
    this.functionHits[added] = 0;
    this.nextNamesake[added] = -1;
    return added;
  }

  private setFunctionLine(functionIndex: number, line: number): void {
    this.functionLine[functionIndex] = line;
    if (line > this.maxLine) this.maxLine = line;
  }

  private growFunctions(): void {
    const capacity = this.functionLine.length * 2;
    const lines = new Int32Array(capacity);
    lines.set(this.functionLine);
    this.functionLine = lines;
    const hits = new Float64Array(capacity);
    hits.set(this.functionHits);
    this.functionHits = hits;
  }

  private growNames(): void {
    const ends = new Int32Array(this.nameEnd.length * 2);
    ends.set(this.nameEnd);
    this.nameEnd = ends;
  }

  private growNameBytes(used: number, needed: number): void {
    const larger = Buffer.allocUnsafe(Math.max(needed, this.nameBytes.length * 2));
    this.nameBytes.copy(larger, 0, 0, used);
    this.nameBytes = larger;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.nameCount; index++) {
      let slot = this.nameHash[index]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
      this.nameSlot[index] = slot;
    }
    this.slots = slots;
  }
}

/** Columns of a record's functions, of which the first `count` entries are placed. */
interface FunctionColumns {
  nameBytes: Buffer;
  /** End offset of each function's name in `nameBytes`. A name starts where the previous one ends. */
  nameEnds: Int32Array;
  lines: Int32Array;
  hits: Float64Array;
}

/** Values that `RecordFunctions` tracks as it adds functions, so that placing them needs no pass over the columns. */
interface FunctionCounts {
  covered: number;
  maxLine: number;
  maxHits: number;
}

/** Copies the first `count` functions into one group of `arena`, as a table that views its columns when they are read. */
function placeFunctions(arena: ColumnArena, columns: FunctionColumns, count: number, counts: FunctionCounts): FunctionTable {
  const nameByteCount = count === 0 ? 0 : columns.nameEnds[count - 1]!;
  // Three number columns of at most 8 bytes an element, and 7 bytes of alignment for each of the four columns.
  arena.openGroup(nameByteCount + count * 24 + 4 * 7);
  const refs: FunctionColumnRefs = {
    nameBytes: arena.placeBytes(columns.nameBytes, nameByteCount),
    nameByteCount,
    nameEnds: arena.placeInt32(columns.nameEnds, count, typeForRange(0, nameByteCount, true)),
    line: arena.placeInt32(columns.lines, count, typeForRange(0, counts.maxLine, true)),
    hits: arena.placeFloat64(columns.hits, count, typeForRange(0, counts.maxHits, true)),
    covered: counts.covered,
  };
  return new ArenaFunctionTable(count, arena.groupBlock, refs);
}
