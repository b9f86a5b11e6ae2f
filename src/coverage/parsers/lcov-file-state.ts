/**
 * Reading state of one source file in an lcov report. It contains the file's
 * tables as of its last closed record, and closes and reopens the file's
 * records.
 */
import { ColumnArena } from '../columns.js';
import type { CountArray } from '../count-arrays.js';
import { LineHitsBuilder } from '../line-hits.js';
import { branchTable, BranchTableBuilder, functionTable, type BranchTable, type FunctionTable } from '../record-tables.js';
import { BranchOutcomeList, NO_KEYS, type OutcomeKeys } from './branch-outcomes.js';
import { RecordFunctions } from './lcov-functions.js';

/**
 * Everything read so far for one source file, over all of its records. The
 * open record reads into the reader's `RecordBuilders`, which are built into
 * the file's final tables when the record closes. A later record of the same
 * file reloads the builders from the tables.
 */
export interface FileState {
  path: string;
  /** Line hits as of the file's last closed record, and their counts from line 1 on. */
  lines: CountArray;
  coveredLines: number;
  instrumentedLines: number;
  /** Whether the open record is this file's, so that the builders contain its records. */
  open: boolean;
  /** Branch groups, the keys of their outcomes, and functions, built when the file's last record closed. */
  branches: BranchTable;
  outcomeKeys: OutcomeKeys;
  functions: FunctionTable;
}

const NO_BRANCHES: BranchTable = branchTable([]);
const NO_FUNCTIONS: FunctionTable = functionTable([]);
const NO_LINES = new Float64Array(0);

/** Returns the state of a file that the report has not named before. */
export function newFileState(path: string): FileState {
  return { path, lines: NO_LINES, coveredLines: 0, instrumentedLines: 0, open: false, branches: NO_BRANCHES, outcomeKeys: NO_KEYS, functions: NO_FUNCTIONS };
}

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
  /** Lines that the last run of lcov-fast-records.ts read. */
  runLines = 0;

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
    this.outcomes.load(file.branches, file.outcomeKeys);
    this.functions.load(file.functions);
    file.open = true;
  }

  /** Builds the open record's lines, branches and functions into the file's final tables. */
  close(file: FileState): void {
    if (!file.open) return;
    file.lines = this.lines.build(this.arena);
    const counted = this.lines.count(file.lines);
    file.coveredLines = counted.covered;
    file.instrumentedLines = counted.total;
    const grouped = this.outcomes.build(this.branches, this.arena);
    file.branches = grouped.table;
    file.outcomeKeys = grouped.keys;
    file.functions = this.functions.build(this.arena);
    file.open = false;
  }
}
