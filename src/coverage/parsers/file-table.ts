/**
 * Per-file records that a parser fills while it reads, keyed by the path the
 * report wrote, so that a file the report splits over several elements
 * (Cobertura classes, JaCoCo classes and source files) becomes one record.
 */

import type { ClassRecord, Counter, FileCoverage, MetricName } from '../model.js';
import { ColumnArena, NumberColumn } from '../columns.js';
import { LineHitsBuilder } from '../line-hits.js';
import { BranchTableBuilder, FunctionTableBuilder, StatementTableBuilder, type BranchTable } from '../record-tables.js';
import { detachString } from './xml-attributes.js';

export class FileDraft {
  readonly lines = new LineHitsBuilder();
  readonly functions = new FunctionTableBuilder();
  readonly statements = new StatementTableBuilder();
  readonly classes: ClassRecord[] = [];
  readonly summary: Partial<Record<MetricName, Counter>> = {};
  private readonly branchLine = new NumberColumn();
  private readonly branchCovered = new NumberColumn();
  private readonly branchTotal = new NumberColumn();
  /** Outcome counts per group, or null for count-only formats; only Clover lists them. */
  private readonly branchTaken: (number[] | null)[] = [];
  /** Index of the groups by line, built only once a line comes out of ascending order. */
  private branchIndex: Map<number, number> | null = null;

  constructor(readonly path: string) {}

  addLine(line: number, hits: number): void {
    this.lines.add(line, hits);
  }

  /**
   * Adds branch outcomes to a line. A line reported twice (Cobertura lists a
   * line again in each class that compiles code onto it) keeps one group
   * whose counts are summed, because each listing counts other outcomes.
   */
  addBranches(line: number, covered: number, total: number, taken: number[] | null): void {
    const count = this.branchLine.length;
    if (count === 0 || (this.branchLine.at(count - 1) < line && !this.branchIndex)) {
      this.appendBranchGroup(line, covered, total, taken);
      return;
    }
    const index = (this.branchIndex ??= this.indexBranchLines());
    const group = index.get(line);
    if (group === undefined) {
      index.set(line, count);
      this.appendBranchGroup(line, covered, total, taken);
      return;
    }
    this.branchCovered.set(group, this.branchCovered.at(group) + covered);
    this.branchTotal.set(group, this.branchTotal.at(group) + total);
    const previous = this.branchTaken[group]!;
    this.branchTaken[group] = previous && taken ? [...previous, ...taken] : null;
  }

  /** Builds the branch groups recorded so far, ordered by line. */
  branchTable(arena?: ColumnArena): BranchTable {
    const order = Array.from({ length: this.branchLine.length }, (_, index) => index);
    if (this.branchIndex) order.sort((a, b) => this.branchLine.at(a) - this.branchLine.at(b));
    const builder = new BranchTableBuilder();
    for (const group of order) {
      builder.add(this.branchLine.at(group), this.branchCovered.at(group), this.branchTotal.at(group), this.branchTaken[group]!);
    }
    return builder.build(arena);
  }

  private appendBranchGroup(line: number, covered: number, total: number, taken: number[] | null): void {
    this.branchLine.push(line);
    this.branchCovered.push(covered);
    this.branchTotal.push(total);
    this.branchTaken.push(taken);
  }

  private indexBranchLines(): Map<number, number> {
    const index = new Map<number, number>();
    for (let group = 0; group < this.branchLine.length; group++) index.set(this.branchLine.at(group), group);
    return index;
  }
}

/** Flags of the metrics a report carries. A metric it does not carry stays `undefined` on every file. */
export type CarriedMetrics = Record<MetricName, boolean>;

export class FileTable {
  private readonly drafts = new Map<string, FileDraft>();

  get size(): number {
    return this.drafts.size;
  }

  /** Returns the record for `path`, creating it on first use. */
  get(path: string): FileDraft {
    let draft = this.drafts.get(path);
    if (!draft) {
      const ownPath = detachString(path);
      draft = new FileDraft(ownPath);
      this.drafts.set(ownPath, draft);
    }
    return draft;
  }

  /**
   * Builds the files in the order the report first named them. A carried
   * metric that a file has no records of becomes an empty array, unless the
   * file has a summary counter for it.
   */
  toFiles(carried: CarriedMetrics): FileCoverage[] {
    const files: FileCoverage[] = [];
    const arena = new ColumnArena();
    for (const draft of this.drafts.values()) {
      files.push(toFileCoverage(draft, carried, arena));
    }
    return files;
  }
}

function toFileCoverage(draft: FileDraft, carried: CarriedMetrics, arena: ColumnArena): FileCoverage {
  const file: FileCoverage = { path: draft.path };
  const hasSummary = (metric: MetricName): boolean => draft.summary[metric] !== undefined;

  if (carried.lines && !hasSummary('lines')) file.lines = draft.lines.build(arena);
  if (carried.branches && !hasSummary('branches')) file.branches = draft.branchTable(arena);
  if (carried.functions && !hasSummary('functions')) file.functions = draft.functions.build(arena);
  if (carried.statements && !hasSummary('statements')) file.statements = draft.statements.build(arena);
  if (carried.classes && !hasSummary('classes')) file.classes = draft.classes;
  if (Object.keys(draft.summary).length > 0) file.summary = draft.summary;
  return file;
}
