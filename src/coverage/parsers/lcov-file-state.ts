/**
 * Reading state of one source file in an lcov report. It contains the file's
 * tables as of its last closed record, and closes and reopens the file's
 * records.
 */
import { ColumnArena } from '../columns.js';
import type { CountArray } from '../count-arrays.js';
import type { LineCounter } from '../model.js';
import { LineHitsBuilder } from '../line-hits.js';
import { branchTable, BranchTableBuilder, functionTable, type FunctionTable } from '../record-tables.js';
import { BranchOutcomeList, NO_KEYS, type GroupedOutcomes } from './branch-outcomes.js';
import { RecordFunctions } from './lcov-functions.js';

/**
 * Everything read so far for one source file, over all of its records. The
 * open record reads into the reader's `RecordBuilders`, which are built into
 * the file's final tables when the record closes. A later record of the same
 * file reloads the builders from the tables.
 */
export interface FileState {
  path: string;
  /** Line hits as of the file's last closed record, and their counts. */
  lines: CountArray;
  lineCounter: LineCounter | null;
  /** Whether the open record is this file's, so that the builders contain its records. */
  open: boolean;
  /** Branch groups and functions, built when the file's last record closed. */
  grouped: GroupedOutcomes;
  functions: FunctionTable;
}

export const NO_OUTCOMES: GroupedOutcomes = { table: branchTable([]), keys: NO_KEYS };
export const NO_FUNCTIONS: FunctionTable = functionTable([]);
export const NO_LINES = new Float64Array(0);

/**
 * Builders for the open record's tables, which the reader reuses from one
 * record to the next. Reading a DA, BRDA, FN or FNDA line with an ASCII name
 * creates no object, and each closed record costs one allocation of its final
 * size per table.
 */
export class RecordBuilders {
  /** Storage of every closed record's tables. */
  readonly arena = new ColumnArena();
  readonly lines = new LineHitsBuilder();
  readonly outcomes = new BranchOutcomeList();
  readonly functions = new RecordFunctions();
  private readonly branches = new BranchTableBuilder();
  /**
   * Whether any record of the report carries branches (BRDA, BRF, BRH) or
   * functions (FN, FNDA, FNL, FNA, FNF, FNH). A report with none leaves the
   * metric undefined, so totals show it as absent rather than 0 of 0.
   */
  hasBranchRecords = false;
  hasFunctionRecords = false;

  /** Empties the builders for a file's first record. */
  open(file: FileState): void {
    this.lines.reset();
    this.outcomes.clear();
    this.functions.clear();
    file.open = true;
  }

  /** Fills the builders with a closed file's tables, for a later record that names it again. */
  reopen(file: FileState): void {
    this.lines.reset(file.lines);
    this.outcomes.load(file.grouped);
    this.functions.load(file.functions);
    file.open = true;
  }

  /** Builds the open record's lines, branches and functions into the file's final tables. */
  close(file: FileState): void {
    if (!file.open) return;
    file.lines = this.lines.build(this.arena);
    file.lineCounter = this.lines.count(file.lines);
    file.grouped = this.outcomes.build(this.branches, this.arena);
    file.functions = this.functions.build(this.arena);
    file.open = false;
  }
}
