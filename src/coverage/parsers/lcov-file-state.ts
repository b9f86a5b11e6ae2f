/**
 * Reading state of one source file in an lcov report. It contains the file's line
 * hits and the branches and functions of its open record, and closes and
 * reopens the file's records.
 */
import type { FunctionRecord } from '../model.js';
import { ColumnArena } from '../columns.js';
import type { CountArray } from '../count-arrays.js';
import { LineHitsBuilder } from '../line-hits.js';
import { branchTable, BranchTableBuilder, functionRecords, functionTable, FunctionTableBuilder, type FunctionTable } from '../record-tables.js';
import { BranchOutcomeList, compactKeys, NO_KEYS, type GroupedOutcomes } from './branch-outcomes.js';

/**
 * Everything read so far for one source file, over all of its records.
 * Branches and functions are built into their final tables when a record
 * closes, so that the lists, maps and record objects used while reading die
 * young instead of piling up in the old generation until the end of the
 * report. A later record of the same file reopens them from the tables.
 */
export interface FileState {
  path: string;
  /** Line hits as of the file's last closed record; the open record adds to a copy in `RecordBuilders.lines`. */
  lines: CountArray;
  /** Outcomes of the open record, or null while the file has no open record. */
  branches: BranchOutcomeList | null;
  /** Functions of the open record by name, or null while the file has no open record. */
  functionsByName: Map<string, Namesakes> | null;
  /** Branch groups and functions, built when the file's last record closed. */
  grouped: GroupedOutcomes;
  functions: FunctionTable;
}

/**
 * The functions of one name in a file. One name can belong to several
 * functions, such as two `area` methods of two classes. The n-th FNDA line of a name in
 * a record counts the n-th function of that name.
 */
export interface Namesakes {
  first: FunctionRecord;
  others: FunctionRecord[] | null;
  hitLines: number;
}

export function namesakeCount(namesakes: Namesakes): number {
  return namesakes.others ? namesakes.others.length + 1 : 1;
}

export function namesakeAt(namesakes: Namesakes, index: number): FunctionRecord {
  return index === 0 ? namesakes.first : namesakes.others![index - 1]!;
}

export function findNamesake(namesakes: Namesakes, predicate: (record: FunctionRecord) => boolean): FunctionRecord | undefined {
  if (predicate(namesakes.first)) return namesakes.first;
  return namesakes.others?.find(predicate);
}

export function addNamesake(namesakes: Namesakes, record: FunctionRecord): void {
  (namesakes.others ??= []).push(record);
}

export const NO_OUTCOMES: GroupedOutcomes = { table: branchTable([]), keys: NO_KEYS };
export const NO_FUNCTIONS: FunctionTable = functionTable([]);
export const NO_LINES = new Float64Array(0);

/**
 * Builders for the open record's tables, which the reader reuses from one
 * record to the next, so that each closed record costs one allocation of its
 * final size per table.
 */
export class RecordBuilders {
  /** Storage of every closed record's tables. */
  readonly arena = new ColumnArena();
  readonly lines = new LineHitsBuilder();
  readonly branches = new BranchTableBuilder();
  readonly functions = new FunctionTableBuilder();
}

/** Builds the open record's lines, branches and functions into their final tables and drops the reading state. */
export function closeFile(file: FileState, builders: RecordBuilders): void {
  if (!file.branches || !file.functionsByName) return;
  file.lines = builders.lines.build(builders.arena);
  const grouped = file.branches.toGroups(builders.branches, builders.arena);
  file.grouped = { table: grouped.table, keys: compactKeys(grouped.keys, grouped.table, builders.arena) };
  const functions: FunctionRecord[] = [];
  for (const namesakes of file.functionsByName.values()) {
    functions.push(namesakes.first);
    if (namesakes.others) functions.push(...namesakes.others);
  }
  builders.functions.reset();
  for (const record of functions) builders.functions.add(record.name, record.line, record.hits);
  file.functions = builders.functions.build(builders.arena);
  file.branches = null;
  file.functionsByName = null;
}

/** Rebuilds the reading state of a closed file, for a later record that names it again. */
export function reopenFile(file: FileState, builders: RecordBuilders): void {
  builders.lines.reset(file.lines);
  file.branches = BranchOutcomeList.fromGroups(file.grouped);
  const byName = new Map<string, Namesakes>();
  for (const record of functionRecords(file.functions)) {
    const namesakes = byName.get(record.name);
    if (namesakes) addNamesake(namesakes, record);
    else byName.set(record.name, { first: record, others: null, hitLines: 0 });
  }
  file.functionsByName = byName;
}
