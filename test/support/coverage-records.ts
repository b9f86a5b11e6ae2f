/**
 * Conversions between `FileCoverage` and a plain form for tests. `FileCoverage`
 * stores line hits in a Float64Array and branch groups, functions and
 * statements in column tables. The plain form uses arrays, so tests can write
 * and compare files as readable literals.
 */
import type { BranchGroup, FileCoverage, FunctionRecord, StatementRecord } from '../../src/coverage/model.js';
import {
  branchGroups,
  branchTable,
  functionRecords,
  functionTable,
  statementRecords,
  statementTable,
} from '../../src/coverage/record-tables.js';

/** A `FileCoverage` with a number array for its line hits and record object arrays in place of its column tables. */
export interface PlainFileCoverage extends Omit<FileCoverage, 'lines' | 'branches' | 'functions' | 'statements'> {
  lines?: number[];
  branches?: BranchGroup[];
  functions?: FunctionRecord[];
  statements?: StatementRecord[];
}

/**
 * Converts the line hits of a file to a number array and its tables to record
 * object arrays. A metric the file lacks stays undefined, and a table with no
 * rows becomes an empty array.
 */
export function withRecordObjects(file: FileCoverage): PlainFileCoverage {
  const { lines, branches, functions, statements, ...rest } = file;
  const plain: PlainFileCoverage = { ...rest };
  if (lines !== undefined) plain.lines = Array.from(lines);
  if (branches !== undefined) plain.branches = branchGroups(branches);
  if (functions !== undefined) plain.functions = functionRecords(functions);
  if (statements !== undefined) plain.statements = statementRecords(statements);
  return plain;
}

/**
 * Converts the line hits of a plain file to a Float64Array and its record
 * object arrays to tables. A branch group whose `taken` is empty reads back
 * with `taken: null`.
 */
export function withTables(plain: PlainFileCoverage): FileCoverage {
  const { lines, branches, functions, statements, ...rest } = plain;
  const file: FileCoverage = { ...rest };
  if (lines !== undefined) file.lines = Float64Array.from(lines);
  if (branches !== undefined) file.branches = branchTable(branches);
  if (functions !== undefined) file.functions = functionTable(functions);
  if (statements !== undefined) file.statements = statementTable(statements);
  return file;
}
