/**
 * Branch groups of one file while an XML parser reads it, with a line that
 * the report lists again merged into the group of its first listing.
 */
import type { ColumnArena } from '../columns.js';
import { NumberColumn } from '../columns.js';
import { BranchTableBuilder, type BranchTable } from '../record-tables.js';

export class BranchDraft {
  private readonly line = new NumberColumn();
  private readonly covered = new NumberColumn();
  private readonly total = new NumberColumn();
  /** Outcome counts per group, or null for count-only formats; only Clover lists them. */
  private readonly taken: (number[] | null)[] = [];
  /** Index of the groups by line, built only once a line comes out of ascending order. */
  private index: Map<number, number> | null = null;

  /** Starts a draft with the groups of a table built earlier, for a file that the report names again. */
  static fromTable(table: BranchTable): BranchDraft {
    const draft = new BranchDraft();
    for (let group = 0; group < table.length; group++) {
      const start = table.takenStart[group]!;
      const end = table.takenStart[group + 1]!;
      const taken = end > start ? Array.from(table.taken.subarray(start, end)) : null;
      draft.append(table.line[group]!, table.covered[group]!, table.total[group]!, taken);
    }
    return draft;
  }

  /**
   * Adds branch outcomes to a line. A line reported twice (Cobertura lists a
   * line again in each class that compiles code onto it) keeps one group
   * whose counts are summed, because each listing counts other outcomes.
   */
  add(line: number, covered: number, total: number, taken: number[] | null): void {
    const count = this.line.length;
    if (count === 0 || (this.line.at(count - 1) < line && !this.index)) {
      this.append(line, covered, total, taken);
      return;
    }
    const index = (this.index ??= this.indexLines());
    const group = index.get(line);
    if (group === undefined) {
      index.set(line, count);
      this.append(line, covered, total, taken);
      return;
    }
    this.covered.set(group, this.covered.at(group) + covered);
    this.total.set(group, this.total.at(group) + total);
    const previous = this.taken[group]!;
    this.taken[group] = previous && taken ? [...previous, ...taken] : null;
  }

  /** Builds the groups, ordered by line. */
  build(arena?: ColumnArena): BranchTable {
    const order = Array.from({ length: this.line.length }, (_, index) => index);
    if (this.index) order.sort((a, b) => this.line.at(a) - this.line.at(b));
    const builder = new BranchTableBuilder();
    for (const group of order) {
      builder.add(this.line.at(group), this.covered.at(group), this.total.at(group), this.taken[group]!);
    }
    return builder.build(arena);
  }

  private append(line: number, covered: number, total: number, taken: number[] | null): void {
    this.line.push(line);
    this.covered.push(covered);
    this.total.push(total);
    this.taken.push(taken);
  }

  private indexLines(): Map<number, number> {
    const index = new Map<number, number>();
    for (let group = 0; group < this.line.length; group++) index.set(this.line.at(group), group);
    return index;
  }
}
