/**
 * Collects branch outcomes (lcov BRDA records) as flat arrays and groups them
 * per line at the end of a record. A report contains millions of outcomes, and
 * building the groups once, at their final size, keeps the heap and the
 * garbage collector's work far smaller than growing one small array per line
 * while parsing.
 */
import { ArenaBranchTable, type BranchColumnRefs } from '../arena-tables.js';
import { Float64Column, Int32Column, viewColumn, type ColumnArena, type ColumnRef } from '../columns.js';
import { typeForRange, type CountArray } from '../count-arrays.js';
import { BranchTableBuilder, type BranchTable } from '../record-tables.js';

/** Above this many outcomes on one line, duplicates are found with a Map instead of a linear search. */
const LINEAR_SEARCH_LIMIT = 32;

/** The groups of one file, and the key of every outcome in the order the table lists them. */
export interface GroupedOutcomes {
  table: BranchTable;
  keys: OutcomeKeys;
}

/**
 * Keys of a closed file's outcomes, kept in case a later record names the
 * file again. Numeric keys, which lcov writes for all but expression
 * branches, go into a typed array outside the JavaScript heap. lcov numbers
 * the branches of a block 0, 1, 2 and so on, so the keys of a group are
 * usually consecutive numbers. Then only each group's first key is kept,
 * which on the lcov input of bench/ is one value per 2.4 outcomes.
 */
export interface OutcomeKeys {
  /** Key of each outcome, or null when `groupFirst` is kept instead. */
  readonly perOutcome: CountArray | readonly (number | string)[] | null;
  /** Key of the first outcome of each group; the next outcomes of the group have the next numbers. */
  readonly groupFirst: CountArray | null;
}

export const NO_KEYS: OutcomeKeys = { perOutcome: [], groupFirst: null };

/** Keys of consecutive outcomes whose `groupFirst` column lies in an arena block, viewed when a later record reopens the file. */
class PlacedFirstKeys implements OutcomeKeys {
  readonly perOutcome = null;
  private view: CountArray | null = null;

  constructor(
    private readonly block: ArrayBuffer,
    private readonly ref: ColumnRef,
    private readonly length: number,
  ) {}

  get groupFirst(): CountArray {
    return (this.view ??= viewColumn(this.block, this.ref, this.length));
  }
}

/** Returns the key of `outcome`, an index into `table.taken` within `group`. */
export function storedKeyAt(keys: OutcomeKeys, table: BranchTable, group: number, outcome: number): number | string {
  if (keys.perOutcome) return keys.perOutcome[outcome]!;
  return keys.groupFirst![group]! + (outcome - table.takenStart[group]!);
}

/** Stores the keys of `table`'s outcomes, the first entries of `keys`, in the smallest of the forms of `OutcomeKeys`. */
export function compactKeys(keys: readonly (number | string)[], table: BranchTable, arena: ColumnArena): OutcomeKeys {
  const count = table.takenStart[table.length]!;
  let consecutive = true;
  for (let group = 0; group < table.length; group++) {
    const start = table.takenStart[group]!;
    const end = table.takenStart[group + 1]!;
    for (let outcome = start; outcome < end; outcome++) {
      const key = keys[outcome]!;
      if (typeof key !== 'number') return { perOutcome: keys.slice(0, count), groupFirst: null };
      if (outcome > start && key !== (keys[outcome - 1] as number) + 1) consecutive = false;
    }
  }
  if (!consecutive) return { perOutcome: arena.pack(keys as readonly number[], count), groupFirst: null };
  const firsts = new Array<number>(table.length);
  for (let group = 0; group < table.length; group++) {
    const start = table.takenStart[group]!;
    firsts[group] = start < table.takenStart[group + 1]! ? (keys[start] as number) : 0;
  }
  return { perOutcome: null, groupFirst: arena.pack(firsts, table.length) };
}

/** Groups as `toGroups` builds them, before their keys are compacted. */
export interface BuiltOutcomes {
  table: BranchTable;
  /** Key of each outcome in table order; entries past the table's outcomes are stale. */
  keys: (number | string)[];
}

/** Capacity of a new list; it doubles when an outcome does not fit. */
const INITIAL_CAPACITY = 256;

/**
 * Outcomes of the open record. A reader reuses one list for every record, so
 * its arrays keep their capacity and entries at or past `count` are stale.
 *
 * Lines and counts are kept in Int32Arrays, so that closing a record copies
 * them with one native `set` each. While outcomes arrive in line order with
 * numeric keys that go up within each line, as lcov writes them, `add` also
 * builds the groups and counts the covered outcomes, so that `build` places
 * the columns without a pass in JavaScript. Other orders are grouped when
 * the record closes.
 */
export class BranchOutcomeList {
  private lines = new Int32Array(INITIAL_CAPACITY);
  private readonly keys: (number | string)[] = [];
  private taken = new Int32Array(INITIAL_CAPACITY);
  /** The counts once one of them is above 2^31 - 1, else null. */
  private wideTaken: Float64Array | null = null;
  private count = 0;
  private sorted = true;
  /** Whether every key is a number above the key before it on the same line, so no line lists a key twice. */
  private ascending = true;
  /** Whether every key is one more than the key before it on the same line. */
  private consecutive = true;
  /** Greatest count in `taken`, so that the table's column type is known without a pass. */
  private maxTaken = 0;
  private coveredOutcomes = 0;
  private lastLine = -1;
  private lastKey = 0;
  private maxFirstKey = 0;
  /** Groups of the outcomes while `ascending` holds: each group's line, first outcome and first key. */
  private readonly groupLine = new Int32Column();
  private readonly groupStart = new Int32Column();
  private readonly groupFirstKey = new Float64Column();

  /** Forgets every outcome. */
  clear(): void {
    this.count = 0;
    this.wideTaken = null;
    this.sorted = true;
    this.ascending = true;
    this.consecutive = true;
    this.maxTaken = 0;
    this.coveredOutcomes = 0;
    this.lastLine = -1;
    this.lastKey = 0;
    this.maxFirstKey = 0;
    this.groupLine.clear();
    this.groupStart.clear();
    this.groupFirstKey.clear();
  }

  /** Starts over with outcomes grouped earlier, so that a record that reopens a file merges into them. */
  load(table: BranchTable, keys: OutcomeKeys): void {
    this.clear();
    for (let group = 0; group < table.length; group++) {
      const line = table.line[group]!;
      for (let outcome = table.takenStart[group]!; outcome < table.takenStart[group + 1]!; outcome++) {
        this.add(line, storedKeyAt(keys, table, group, outcome), table.taken[outcome]!);
      }
    }
  }

  /**
   * Adds one outcome; a later outcome with the same line and key adds its
   * count to the first. `line` is an integer from 0 to `MAX_LINE_NUMBER`,
   * `taken` an integer from 0 to 2^53 - 1, and a numeric key a non-negative
   * integer.
   */
  add(line: number, key: number | string, taken: number): void {
    const count = this.count;
    if (count === this.lines.length) this.grow();
    if (line < this.lastLine) this.sorted = false;
    if (typeof key !== 'number') {
      this.ascending = false;
    } else if (line !== this.lastLine) {
      this.startGroup(line, count, key);
    } else if (key !== this.lastKey + 1) {
      this.consecutive = false;
      if (key <= this.lastKey) this.ascending = false;
    }
    if (typeof key === 'number') this.lastKey = key;
    this.lastLine = line;

    this.lines[count] = line;
    this.keys[count] = key;
    // 2^31 - 1 is a literal, which a bundler cannot turn into a variable (see lcov-fast-records.ts).
    if (taken <= 0x7fffffff && !this.wideTaken) this.taken[count] = taken;
    else this.storeWide(count, taken);
    if (taken > this.maxTaken) this.maxTaken = taken;
    this.coveredOutcomes += +(taken > 0);
    this.count = count + 1;
  }

  /**
   * Returns one group per line, in line order, with outcomes in the order they
   * first appeared, and their keys. `builder` is emptied first, so a parser
   * can reuse one.
   */
  build(builder: BranchTableBuilder, arena: ColumnArena): GroupedOutcomes {
    if (this.ascending && this.sorted) return this.placeGroups(arena);
    const inOrder = this.sorted ? this.groupInFileOrder(arena) : null;
    if (inOrder) return inOrder;
    const grouped = this.toGroups(builder, arena);
    return { table: grouped.table, keys: compactKeys(grouped.keys, grouped.table, arena) };
  }

  /** Returns the groups as `build` does, before their keys are compacted. */
  toGroups(builder = new BranchTableBuilder(), arena?: ColumnArena): BuiltOutcomes {
    builder.reset();
    const order = this.sorted ? null : this.entryOrder();
    const count = this.count;
    const keys: (number | string)[] = [];
    let runStart = 0;
    while (runStart < count) {
      const line = this.lines[order ? order[runStart]! : runStart]!;
      let runEnd = runStart + 1;
      while (runEnd < count && this.lines[order ? order[runEnd]! : runEnd] === line) runEnd++;
      const taken = this.mergeGroup(order, runStart, runEnd, keys);
      builder.addOutcomes(line, taken, 0, taken.length);
      runStart = runEnd;
    }
    return { table: builder.build(arena), keys };
  }

  private startGroup(line: number, count: number, key: number): void {
    this.groupLine.push(line);
    this.groupStart.push(count);
    this.groupFirstKey.push(key);
    if (key > this.maxFirstKey) this.maxFirstKey = key;
  }

  /** Places the groups that `add` built, for outcomes in line order whose keys go up within each line. */
  private placeGroups(arena: ColumnArena): GroupedOutcomes {
    const count = this.count;
    const groups = this.groupLine.length;
    const lastLine = groups > 0 ? this.groupLine.at(groups - 1) : 0;
    // The end of the last group; `clear` drops it with the rest.
    this.groupStart.push(count);
    // Two Int32 columns of at most 4 bytes an element, two of at most 8, and 7 bytes of alignment for each of the four.
    arena.openGroup(groups * 16 + 4 + count * 8 + 4 * 7);
    const takenType = typeForRange(0, this.maxTaken, true);
    const refs: BranchColumnRefs = {
      line: arena.placeInt32(this.groupLine.values, groups, typeForRange(0, lastLine, true)),
      takenStart: arena.placeInt32(this.groupStart.values, groups + 1, typeForRange(0, count, true)),
      taken: this.wideTaken ? arena.placeAs(this.wideTaken, count, takenType) : arena.placeInt32(this.taken, count, takenType),
      coveredOutcomes: this.coveredOutcomes,
      outcomes: count,
    };
    const firstKeys = this.consecutive ? arena.placeFloat64(this.groupFirstKey.values, groups, typeForRange(0, this.maxFirstKey, true)) : -1;
    const block = arena.groupBlock;
    const table = new ArenaBranchTable(groups, block, refs);
    if (!this.consecutive) return { table, keys: { perOutcome: arena.pack(this.keys as number[], count), groupFirst: null } };
    return { table, keys: new PlacedFirstKeys(block, firstKeys, groups) };
  }

  /** Counts of the outcomes, in whichever array contains them. */
  private takenValues(): Int32Array | Float64Array {
    return this.wideTaken ?? this.taken;
  }

  /** Stores a count above 2^31 - 1, or any count once one was, in `wideTaken`. */
  private storeWide(index: number, taken: number): void {
    if (!this.wideTaken) {
      this.wideTaken = new Float64Array(this.taken.length);
      this.wideTaken.set(this.taken.subarray(0, this.count));
    }
    this.wideTaken[index] = taken;
  }

  private grow(): void {
    const capacity = this.lines.length * 2;
    const lines = new Int32Array(capacity);
    lines.set(this.lines);
    this.lines = lines;
    const taken = new Int32Array(capacity);
    taken.set(this.taken);
    this.taken = taken;
    if (this.wideTaken) {
      const wide = new Float64Array(capacity);
      wide.set(this.wideTaken);
      this.wideTaken = wide;
    }
  }

  /**
   * Groups outcomes that are already in line order, which is how lcov writes
   * them, in one pass that also compacts their keys. Returns null when a line
   * lists a key twice, as concatenated tracefiles can, or has more outcomes
   * than a linear search for that suits, so that `toGroups` merges them.
   * The column types follow from the ranges found here, so the columns are
   * copied without another pass.
   */
  private groupInFileOrder(arena: ColumnArena): GroupedOutcomes | null {
    const { lines, keys, count } = this;
    const taken = this.takenValues();
    const { groupLine, groupStart, groupFirstKey } = this;
    groupLine.clear();
    groupStart.clear();
    groupFirstKey.clear();
    groupStart.push(0);
    let coveredOutcomes = 0;
    let maxFirstKey = 0;
    let numeric = true;
    let consecutive = true;

    let runStart = 0;
    while (runStart < count) {
      const line = lines[runStart]!;
      let covered = 0;
      let runEnd = runStart;
      // Keys that go up by one, as lcov numbers a block's branches, are distinct without a search.
      let ascending = true;
      do {
        const key = keys[runEnd]!;
        if (typeof key !== 'number') numeric = false;
        if (runEnd > runStart) {
          if (typeof key !== 'number' || key !== (keys[runEnd - 1] as number) + 1) {
            consecutive = false;
            ascending = false;
          }
          if (!ascending) {
            if (runEnd - runStart > LINEAR_SEARCH_LIMIT) return null;
            for (let earlier = runStart; earlier < runEnd; earlier++) if (keys[earlier] === key) return null;
          }
        }
        if (taken[runEnd]! > 0) covered++;
        runEnd++;
      } while (runEnd < count && lines[runEnd] === line);

      const firstKey = keys[runStart]!;
      groupLine.push(line);
      groupStart.push(runEnd);
      if (typeof firstKey === 'number') {
        groupFirstKey.push(firstKey);
        if (firstKey > maxFirstKey) maxFirstKey = firstKey;
      }
      coveredOutcomes += covered;
      runStart = runEnd;
    }

    const groups = groupLine.length;
    // Two Int32 columns of at most 4 bytes an element, two of at most 8, and 7 bytes of alignment for each of the four.
    arena.openGroup(groups * 16 + 4 + count * 8 + 4 * 7);
    const refs: BranchColumnRefs = {
      line: arena.placeInt32(groupLine.values, groups, typeForRange(0, groups > 0 ? groupLine.at(groups - 1) : 0, true)),
      takenStart: arena.placeInt32(groupStart.values, groups + 1, typeForRange(0, count, true)),
      taken: arena.placeAs(taken, count, typeForRange(0, this.maxTaken, true)),
      coveredOutcomes,
      outcomes: count,
    };
    const firstKeys = numeric && consecutive ? arena.placeFloat64(groupFirstKey.values, groups, typeForRange(0, maxFirstKey, true)) : -1;
    const block = arena.groupBlock;
    const table = new ArenaBranchTable(groups, block, refs);
    if (!numeric) return { table, keys: { perOutcome: keys.slice(0, count), groupFirst: null } };
    if (!consecutive) return { table, keys: { perOutcome: arena.pack(keys as number[], count), groupFirst: null } };
    return { table, keys: new PlacedFirstKeys(block, firstKeys, groups) };
  }

  /** Entry indices sorted by line, keeping file order within a line. */
  private entryOrder(): number[] {
    const lines = this.lines;
    const order = new Array<number>(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => lines[a]! - lines[b]! || a - b);
  }

  /** Returns the outcome counts of entries `[start, end)` with repeated keys merged, and appends the distinct keys to `keysOut`. */
  private mergeGroup(order: number[] | null, start: number, end: number, keysOut: (number | string)[]): number[] {
    const firstKey = keysOut.length;
    const positions = end - start > LINEAR_SEARCH_LIMIT ? new Map<number | string, number>() : null;
    // Distinct positions of each entry, counted first so the group's array can be allocated once.
    const entryPosition = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const key = this.keys[order ? order[i]! : i]!;
      let position = positions ? (positions.get(key) ?? -1) : -1;
      if (!positions) {
        for (let k = firstKey; k < keysOut.length; k++) {
          if (keysOut[k] === key) {
            position = k - firstKey;
            break;
          }
        }
      }
      if (position < 0) {
        position = keysOut.length - firstKey;
        positions?.set(key, position);
        keysOut.push(key);
      }
      entryPosition[i - start] = position;
    }

    const taken = new Array<number>(keysOut.length - firstKey).fill(0);
    const counts = this.takenValues();
    for (let i = start; i < end; i++) taken[entryPosition[i - start]!]! += counts[order ? order[i]! : i]!;
    return taken;
  }
}
