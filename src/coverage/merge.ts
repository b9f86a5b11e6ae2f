/**
 * Merge of the coverage records that several reports (test shards, packages,
 * languages) give for the same repository file. Every step is linear in the
 * number of records: records are grouped by path, then by line, name or
 * position in maps. Only files that several reports name are merged, so the
 * record objects built from their tables here are few.
 */

import {
  METRICS,
  NOT_INSTRUMENTED,
  type BranchGroup,
  type ClassRecord,
  type Counter,
  type FileCoverage,
  type FunctionRecord,
  type MetricName,
  type StatementRecord,
} from './model.js';
import { narrowCopy, type CountArray } from './count-arrays.js';
import { branchGroups, branchTable, functionRecords, functionTable, statementRecords, statementTable } from './record-tables.js';

/**
 * Merges records with equal `path` into one record per path, in the order the
 * paths first appear. A path with a single record returns that same object.
 */
export function mergeFileCoverages(files: Iterable<FileCoverage>): FileCoverage[] {
  const groups = new Map<string, FileCoverage[]>();
  for (const file of files) {
    const group = groups.get(file.path);
    if (group) group.push(file);
    else groups.set(file.path, [file]);
  }

  const merged: FileCoverage[] = [];
  for (const group of groups.values()) {
    merged.push(group.length === 1 ? group[0]! : mergeSamePath(group));
  }
  return merged;
}

/** Merges records of one file; the inputs are not modified. */
export function mergeSamePath(group: readonly FileCoverage[]): FileCoverage {
  const first = group[0];
  if (!first) throw new Error('mergeSamePath needs at least one record');

  const result: FileCoverage = { path: first.path };
  const lines = present(group, (file) => file.lines);
  const branches = present(group, (file) => file.branches);
  const functions = present(group, (file) => file.functions);
  const statements = present(group, (file) => file.statements);
  const classes = present(group, (file) => file.classes);

  if (lines.length > 0) result.lines = mergeLines(lines);
  if (branches.length > 0) result.branches = branchTable(mergeBranches(branches.map(branchGroups)));
  if (functions.length > 0) result.functions = functionTable(mergeFunctions(functions.map(functionRecords)));
  if (statements.length > 0) result.statements = statementTable(mergeStatements(statements.map(statementRecords)));
  if (classes.length > 0) result.classes = mergeClasses(classes);

  const summary = mergeSummaries(group, result);
  if (summary) result.summary = summary;
  return result;
}

function present<T>(group: readonly FileCoverage[], pick: (file: FileCoverage) => T | undefined): T[] {
  const values: T[] = [];
  for (const file of group) {
    const value = pick(file);
    if (value !== undefined) values.push(value);
  }
  return values;
}

/**
 * Adds hits per line. A line is instrumented when any report instruments it,
 * so a line that one shard never loaded still counts for the others.
 */
export function mergeLines(sources: readonly CountArray[]): CountArray {
  let length = 0;
  for (const lines of sources) length = Math.max(length, lines.length);

  const merged = new Float64Array(length).fill(NOT_INSTRUMENTED);
  for (const lines of sources) {
    for (let line = 0; line < lines.length; line++) {
      const hits = lines[line]!;
      if (hits < 0) continue;
      const previous = merged[line]!;
      merged[line] = previous < 0 ? hits : previous + hits;
    }
  }
  return narrowCopy(merged, length);
}

/**
 * Merges branch groups line by line. A line can hold several conditions and
 * no format names them, so groups pair by their order on the line when both
 * reports split the line the same way. Formats split lines differently (lcov
 * puts every outcome of a line in one group, Istanbul one group per condition),
 * so otherwise the line's outcomes are compared as one flat list.
 */
export function mergeBranches(sources: readonly BranchGroup[][]): BranchGroup[] {
  const byLine = new Map<number, BranchGroup[]>();
  for (const groups of sources) {
    for (const [line, lineGroups] of groupByLine(groups)) {
      const existing = byLine.get(line);
      byLine.set(line, existing ? mergeLineGroups(existing, lineGroups) : lineGroups.map(copyBranchGroup));
    }
  }
  return [...byLine.keys()].sort((a, b) => a - b).flatMap((line) => byLine.get(line)!);
}

function groupByLine(groups: readonly BranchGroup[]): Map<number, BranchGroup[]> {
  const byLine = new Map<number, BranchGroup[]>();
  for (const group of groups) {
    const list = byLine.get(group.line);
    if (list) list.push(group);
    else byLine.set(group.line, [group]);
  }
  return byLine;
}

function mergeLineGroups(a: readonly BranchGroup[], b: readonly BranchGroup[]): BranchGroup[] {
  const sameShape = a.length === b.length && a.every((group, index) => group.total === b[index]!.total);
  if (sameShape) return a.map((group, index) => combineBranchGroups(group, b[index]!));
  return [combineBranchGroups(flattenLine(a), flattenLine(b))];
}

/** Combines a line's groups into one group with every outcome, in order. */
function flattenLine(groups: readonly BranchGroup[]): BranchGroup {
  const line = groups[0]!.line;
  const everyTaken = groups.every((group) => group.taken !== null);
  return {
    line,
    covered: groups.reduce((sum, group) => sum + group.covered, 0),
    total: groups.reduce((sum, group) => sum + group.total, 0),
    taken: everyTaken ? groups.flatMap((group) => group.taken!) : null,
  };
}

function combineBranchGroups(a: BranchGroup, b: BranchGroup): BranchGroup {
  if (a.taken && b.taken && a.taken.length === b.taken.length) {
    const taken = a.taken.map((hits, index) => hits + b.taken![index]!);
    return { line: a.line, covered: taken.filter((hits) => hits > 0).length, total: taken.length, taken };
  }
  // Without per-outcome counts on both sides, no data shows whether the two
  // reports covered the same outcomes or different ones. The larger covered
  // count is the union's lower bound, so the merge never claims coverage that
  // neither report shows.
  const total = Math.max(a.total, b.total);
  return { line: a.line, covered: Math.min(Math.max(a.covered, b.covered), total), total, taken: null };
}

function copyBranchGroup(group: BranchGroup): BranchGroup {
  return { ...group, taken: group.taken ? [...group.taken] : null };
}

/**
 * Adds hits of functions with the same name and line. A record without a line
 * (line 0) joins the record of the same name when exactly one has a line.
 */
export function mergeFunctions(sources: readonly FunctionRecord[][]): FunctionRecord[] {
  const byKey = new Map<string, FunctionRecord>();
  const keysByName = new Map<string, string[]>();

  const add = (key: string, record: FunctionRecord): void => {
    const existing = byKey.get(key);
    if (existing) {
      existing.hits += record.hits;
      return;
    }
    byKey.set(key, { ...record });
    const keys = keysByName.get(record.name);
    if (keys) keys.push(key);
    else keysByName.set(record.name, [key]);
  };

  // Records with a line go first, so that a line-less record finds its match
  // whatever the order of the reports.
  for (const records of sources) {
    for (const record of records) if (record.line > 0) add(functionKey(record.name, record.line), record);
  }
  for (const records of sources) {
    for (const record of records) {
      if (record.line > 0) continue;
      const withLine = (keysByName.get(record.name) ?? []).filter((key) => byKey.get(key)!.line > 0);
      add(withLine.length === 1 ? withLine[0]! : functionKey(record.name, 0), record);
    }
  }
  return [...byKey.values()];
}

function functionKey(name: string, line: number): string {
  return `${line}\u0000${name}`;
}

/**
 * Adds hits of statements at the same line and column. The weight is the
 * first record's, because the weight (statements in a Go block) depends on
 * the source, which all reports of one commit share.
 */
export function mergeStatements(sources: readonly StatementRecord[][]): StatementRecord[] {
  const byKey = new Map<string, StatementRecord>();
  for (const records of sources) {
    for (const record of records) {
      const key = `${record.line}:${record.column}`;
      const existing = byKey.get(key);
      if (existing) existing.hits += record.hits;
      else byKey.set(key, { ...record });
    }
  }
  return [...byKey.values()];
}

/** Merges classes by name; a class is covered when any report covers it. */
export function mergeClasses(sources: readonly ClassRecord[][]): ClassRecord[] {
  const byName = new Map<string, ClassRecord>();
  for (const records of sources) {
    for (const record of records) {
      const existing = byName.get(record.name);
      if (existing) existing.covered ||= record.covered;
      else byName.set(record.name, { ...record });
    }
  }
  return [...byName.values()];
}

/**
 * Combines summary counters for the metrics that no record carries in detail.
 * Two summaries of one file count the same source items, so the result takes
 * the larger total and the larger covered count, the union's lower bound,
 * rather than their sums, which would double the total. Where one report has
 * detail and another only a summary of a metric, the summary is dropped for
 * the same reason.
 */
function mergeSummaries(
  group: readonly FileCoverage[],
  merged: FileCoverage,
): Partial<Record<MetricName, Counter>> | undefined {
  let summary: Partial<Record<MetricName, Counter>> | undefined;
  for (const metric of METRICS) {
    if (merged[metric] !== undefined) continue;
    for (const file of group) {
      const counter = file.summary?.[metric];
      if (!counter) continue;
      summary ??= {};
      const combined = summary[metric];
      if (!combined) {
        summary[metric] = { covered: counter.covered, total: counter.total };
        continue;
      }
      combined.total = Math.max(combined.total, counter.total);
      combined.covered = Math.min(Math.max(combined.covered, counter.covered), combined.total);
    }
  }
  return summary;
}
