/**
 * Reading state of one source file in an lcov report. It contains the file's line
 * hits and the branches and functions of its open record, and closes and
 * reopens the file's records.
 */
import type { FunctionRecord } from '../model.js';
import { BranchOutcomeList, type GroupedOutcomes } from './branch-outcomes.js';

/**
 * Everything read so far for one source file, over all of its records.
 * Branches and functions are built into their final records when a record
 * closes, so that the lists and maps used while reading die young instead of
 * piling up in the old generation until the end of the report. A later
 * record of the same file reopens them from the built records.
 */
export interface FileState {
  path: string;
  lines: number[];
  /** Outcomes of the open record, or null while the file has no open record. */
  branches: BranchOutcomeList | null;
  /** Functions of the open record by name, or null while the file has no open record. */
  functionsByName: Map<string, Namesakes> | null;
  /** Branch groups and functions, built when the file's last record closed. */
  grouped: GroupedOutcomes;
  functions: FunctionRecord[];
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

export const NO_OUTCOMES: GroupedOutcomes = { groups: [], keys: [] };

/** Builds the open record's branches and functions into their final records and drops the reading state. */
export function closeFile(file: FileState): void {
  if (!file.branches || !file.functionsByName) return;
  const grouped = file.branches.toGroups();
  // slice() trims the spare capacity that push() leaves, which is about a quarter of each array.
  file.grouped = { groups: grouped.groups.slice(), keys: grouped.keys.slice() };
  const functions: FunctionRecord[] = [];
  for (const namesakes of file.functionsByName.values()) {
    functions.push(namesakes.first);
    if (namesakes.others) functions.push(...namesakes.others);
  }
  file.functions = functions.slice();
  file.lines = file.lines.slice();
  file.branches = null;
  file.functionsByName = null;
}

/** Rebuilds the reading state of a closed file, for a later record that names it again. */
export function reopenFile(file: FileState): void {
  file.branches = BranchOutcomeList.fromGroups(file.grouped);
  const byName = new Map<string, Namesakes>();
  for (const record of file.functions) {
    const namesakes = byName.get(record.name);
    if (namesakes) addNamesake(namesakes, record);
    else byName.set(record.name, { first: record, others: null, hitLines: 0 });
  }
  file.functionsByName = byName;
}
