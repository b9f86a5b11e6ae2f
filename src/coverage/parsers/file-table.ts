/**
 * Per-file records that a parser fills while it reads, keyed by the path the
 * report wrote, so that a file the report splits over several elements
 * (Cobertura classes, JaCoCo classes and source files) becomes one record.
 */

import {
  addLineHits,
  type BranchGroup,
  type ClassRecord,
  type Counter,
  type FileCoverage,
  type FunctionRecord,
  type MetricName,
  type StatementRecord,
} from '../model.js';
import { detachString } from './xml-attributes.js';

export class FileDraft {
  readonly lines: number[] = [];
  readonly functions: FunctionRecord[] = [];
  readonly statements: StatementRecord[] = [];
  readonly classes: ClassRecord[] = [];
  readonly summary: Partial<Record<MetricName, Counter>> = {};
  private readonly branches: BranchGroup[] = [];
  /** Index of `branches` by line, built only once a line comes out of ascending order. */
  private branchIndex: Map<number, BranchGroup> | null = null;

  constructor(readonly path: string) {}

  addLine(line: number, hits: number): void {
    addLineHits(this.lines, line, hits);
  }

  /**
   * Adds branch outcomes to a line. A line reported twice (Cobertura lists a
   * line again in each class that compiles code onto it) keeps one group
   * whose counts are summed, because each listing counts other outcomes.
   */
  addBranches(line: number, covered: number, total: number, taken: number[] | null): void {
    const last = this.branches[this.branches.length - 1];
    if (!last || (last.line < line && !this.branchIndex)) {
      this.branches.push({ line, covered, total, taken });
      return;
    }
    const index = (this.branchIndex ??= new Map(this.branches.map((group) => [group.line, group])));
    const group = index.get(line);
    if (!group) {
      const added = { line, covered, total, taken };
      this.branches.push(added);
      index.set(line, added);
      return;
    }
    group.covered += covered;
    group.total += total;
    group.taken = group.taken && taken ? [...group.taken, ...taken] : null;
  }

  /** Returns the branch groups recorded so far, ordered by line. */
  branchGroups(): BranchGroup[] {
    return this.branchIndex ? this.branches.sort((a, b) => a.line - b.line) : this.branches;
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
    for (const draft of this.drafts.values()) {
      files.push(toFileCoverage(draft, carried));
    }
    return files;
  }
}

function toFileCoverage(draft: FileDraft, carried: CarriedMetrics): FileCoverage {
  const file: FileCoverage = { path: draft.path };
  const hasSummary = (metric: MetricName): boolean => draft.summary[metric] !== undefined;

  // slice() drops the spare capacity that push() leaves, about a quarter of each array.
  if (carried.lines && !hasSummary('lines')) file.lines = draft.lines.slice();
  if (carried.branches && !hasSummary('branches')) file.branches = draft.branchGroups();
  if (carried.functions && !hasSummary('functions')) file.functions = draft.functions;
  if (carried.statements && !hasSummary('statements')) file.statements = draft.statements;
  if (carried.classes && !hasSummary('classes')) file.classes = draft.classes;
  if (Object.keys(draft.summary).length > 0) file.summary = draft.summary;
  return file;
}
