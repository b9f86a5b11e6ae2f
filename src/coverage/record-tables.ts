/**
 * Column storage for the branch groups, functions and statements of one file.
 *
 * A large report has millions of these records. Kept as one object each, they
 * made garbage collection about a third of the parse time of the 100 MB lcov
 * input of bench/, and an object costs several times the bytes of its numbers.
 * Here each field is one typed array per file, of the narrowest element type
 * that stores its values, which the parsers pack into a `ColumnArena`, so the
 * counts live outside the JavaScript heap. Record objects (`BranchGroup`, `FunctionRecord`,
 * `StatementRecord`) are built on demand, for merging and the HTML report.
 */
import { ColumnArena, NumberColumn } from './columns.js';
import { narrowCopy, type CountArray } from './count-arrays.js';
import { NameColumn } from './name-column.js';
import type { BranchGroup, Counter, FunctionRecord, StatementRecord } from './model.js';

/** Branch groups of one file. Group `i` has the values at index `i` of each column. */
export interface BranchTable {
  readonly length: number;
  readonly line: CountArray;
  readonly covered: CountArray;
  readonly total: CountArray;
  /**
   * Offsets into `taken`, one more than there are groups: group `i` lists its
   * outcome counts in `taken[takenStart[i]]` up to `taken[takenStart[i + 1]]`.
   * An empty range means the format counts outcomes without listing them
   * (`BranchGroup.taken` is null).
   */
  readonly takenStart: CountArray;
  readonly taken: CountArray;
  /**
   * Sums of `covered` and `total`, when the table's producer counted them
   * while it built the columns, so that totals need no pass over them.
   */
  readonly counter?: Counter;
}

/** Functions of one file. Function `i` has the values at index `i` of each column. */
export interface FunctionTable {
  readonly length: number;
  readonly name: NameColumn;
  /** 1-based line of the declaration, or 0 when the format does not give one. */
  readonly line: CountArray;
  readonly hits: CountArray;
  /** Functions with hits above 0, and all functions, when the table's producer counted them while it built the columns. */
  readonly counter?: Counter;
}

/** Statements of one file. Statement `i` has the values at index `i` of each column. */
export interface StatementTable {
  readonly length: number;
  readonly line: CountArray;
  /** 0-based column of the statement start, or 0 when the format does not give one. */
  readonly column: CountArray;
  readonly hits: CountArray;
  /** Statements each record stands for: 1, except for Go blocks, which count `numStmt` (up to 2^53 - 1). */
  readonly weight: CountArray;
}

export class BranchTableBuilder {
  private readonly line = new NumberColumn();
  private readonly covered = new NumberColumn();
  private readonly total = new NumberColumn();
  private readonly takenStart = new NumberColumn();
  private readonly taken = new NumberColumn();

  constructor() {
    this.takenStart.push(0);
  }

  get length(): number {
    return this.line.length;
  }

  /** Empties the builder and keeps its capacity, for the next file. */
  reset(): void {
    for (const column of [this.line, this.covered, this.total, this.takenStart, this.taken]) column.clear();
    this.takenStart.push(0);
  }

  /** Appends a group. `taken` lists its outcome counts, or is null when the format gives only counts. */
  add(line: number, covered: number, total: number, taken: ArrayLike<number> | null): void {
    this.line.push(line);
    this.covered.push(covered);
    this.total.push(total);
    if (taken) for (let i = 0; i < taken.length; i++) this.taken.push(taken[i]!);
    this.takenStart.push(this.taken.length);
  }

  /** Appends a group whose outcomes are the counts in `taken[start, end)`. Outcomes above 0 count as covered. */
  addOutcomes(line: number, taken: ArrayLike<number>, start: number, end: number): void {
    let covered = 0;
    for (let i = start; i < end; i++) {
      const hits = taken[i]!;
      if (hits > 0) covered++;
      this.taken.push(hits);
    }
    this.line.push(line);
    this.covered.push(covered);
    this.total.push(end - start);
    this.takenStart.push(this.taken.length);
  }

  /** Returns a copy of the groups at their exact length, in `arena` when one is given. */
  build(arena?: ColumnArena): BranchTable {
    return {
      length: this.line.length,
      line: packColumn(this.line, arena),
      covered: packColumn(this.covered, arena),
      total: packColumn(this.total, arena),
      takenStart: packColumn(this.takenStart, arena),
      taken: packColumn(this.taken, arena),
    };
  }
}

export class FunctionTableBuilder {
  private readonly name: string[] = [];
  private readonly line = new NumberColumn();
  private readonly hits = new NumberColumn();

  get length(): number {
    return this.name.length;
  }

  /** Empties the builder and keeps its capacity, for the next file. */
  reset(): void {
    this.name.length = 0;
    this.line.clear();
    this.hits.clear();
  }

  add(name: string, line: number, hits: number): void {
    this.name.push(name);
    this.line.push(line);
    this.hits.push(hits);
  }

  build(arena?: ColumnArena): FunctionTable {
    return { length: this.name.length, name: NameColumn.pack(this.name, this.name.length, arena), line: packColumn(this.line, arena), hits: packColumn(this.hits, arena) };
  }
}

export class StatementTableBuilder {
  private readonly line = new NumberColumn();
  private readonly column = new NumberColumn();
  private readonly hits = new NumberColumn();
  private readonly weight = new NumberColumn();

  get length(): number {
    return this.line.length;
  }

  /** Empties the builder and keeps its capacity, for the next file. */
  reset(): void {
    for (const column of [this.line, this.column, this.hits, this.weight]) column.clear();
  }

  add(line: number, column: number, hits: number, weight: number): void {
    this.line.push(line);
    this.column.push(column);
    this.hits.push(hits);
    this.weight.push(weight);
  }

  build(arena?: ColumnArena): StatementTable {
    return {
      length: this.line.length,
      line: packColumn(this.line, arena),
      column: packColumn(this.column, arena),
      hits: packColumn(this.hits, arena),
      weight: packColumn(this.weight, arena),
    };
  }
}

function packColumn(column: NumberColumn, arena: ColumnArena | undefined): CountArray {
  return arena ? arena.pack(column.values, column.length) : narrowCopy(column.values, column.length);
}

/** One builder per table and an arena, which a parser reuses for every file of a report. */
export class FileTableBuilders {
  readonly arena = new ColumnArena();
  readonly branches = new BranchTableBuilder();
  readonly functions = new FunctionTableBuilder();
  readonly statements = new StatementTableBuilder();
}

/** Builds the record objects of a branch table, in table order. */
export function branchGroups(table: BranchTable): BranchGroup[] {
  const groups = new Array<BranchGroup>(table.length);
  for (let i = 0; i < table.length; i++) {
    const start = table.takenStart[i]!;
    const end = table.takenStart[i + 1]!;
    groups[i] = {
      line: table.line[i]!,
      covered: table.covered[i]!,
      total: table.total[i]!,
      taken: end > start ? Array.from(table.taken.subarray(start, end)) : null,
    };
  }
  return groups;
}

export function functionRecords(table: FunctionTable): FunctionRecord[] {
  const records = new Array<FunctionRecord>(table.length);
  for (let i = 0; i < table.length; i++) records[i] = { name: table.name.at(i), line: table.line[i]!, hits: table.hits[i]! };
  return records;
}

export function statementRecords(table: StatementTable): StatementRecord[] {
  const records = new Array<StatementRecord>(table.length);
  for (let i = 0; i < table.length; i++) {
    records[i] = { line: table.line[i]!, column: table.column[i]!, hits: table.hits[i]!, weight: table.weight[i]! };
  }
  return records;
}

/**
 * Builds a branch table from record objects. A group with an empty `taken`
 * list is stored with no outcomes, so it reads back with `taken: null`.
 */
export function branchTable(groups: Iterable<BranchGroup>): BranchTable {
  const builder = new BranchTableBuilder();
  for (const group of groups) builder.add(group.line, group.covered, group.total, group.taken);
  return builder.build();
}

export function functionTable(records: Iterable<FunctionRecord>): FunctionTable {
  const builder = new FunctionTableBuilder();
  for (const record of records) builder.add(record.name, record.line, record.hits);
  return builder.build();
}

export function statementTable(records: Iterable<StatementRecord>): StatementTable {
  const builder = new StatementTableBuilder();
  for (const record of records) builder.add(record.line, record.column, record.hits, record.weight);
  return builder.build();
}
