/**
 * Collects branch outcomes (lcov BRDA records) as flat arrays and groups them
 * per line at the end. A report holds millions of outcomes, and building the
 * groups once, at their final size, keeps the heap and the garbage collector's
 * work far smaller than growing one small array per line while parsing.
 */
import type { BranchGroup } from '../model.js';

/** Above this many outcomes on one line, duplicates are found with a Map instead of a linear search. */
const LINEAR_SEARCH_LIMIT = 32;

export class BranchOutcomeList {
  private readonly lines: number[] = [];
  private readonly keys: (number | string)[] = [];
  private readonly taken: number[] = [];
  private sorted = true;

  /** Adds one outcome; a later outcome with the same line and key adds its count to the first. */
  add(line: number, key: number | string, taken: number): void {
    const count = this.lines.length;
    if (count > 0 && this.lines[count - 1]! > line) this.sorted = false;
    this.lines.push(line);
    this.keys.push(key);
    this.taken.push(taken);
  }

  /** Returns one group per line, in line order, with outcomes in the order they first appeared. */
  toGroups(): BranchGroup[] {
    const order = this.entryOrder();
    const groups: BranchGroup[] = [];
    let runStart = 0;
    while (runStart < order.length) {
      const line = this.lines[order[runStart]!]!;
      let runEnd = runStart + 1;
      while (runEnd < order.length && this.lines[order[runEnd]!] === line) runEnd++;
      groups.push(this.buildGroup(line, order, runStart, runEnd));
      runStart = runEnd;
    }
    return groups;
  }

  /** Entry indices sorted by line, keeping file order within a line. */
  private entryOrder(): number[] {
    const order = Array.from({ length: this.lines.length }, (_, index) => index);
    if (!this.sorted) order.sort((a, b) => this.lines[a]! - this.lines[b]! || a - b);
    return order;
  }

  private buildGroup(line: number, order: number[], start: number, end: number): BranchGroup {
    const keys: (number | string)[] = [];
    const taken: number[] = [];
    const positions = end - start > LINEAR_SEARCH_LIMIT ? new Map<number | string, number>() : null;
    for (let i = start; i < end; i++) {
      const entry = order[i]!;
      const key = this.keys[entry]!;
      const position = positions ? (positions.get(key) ?? -1) : keys.indexOf(key);
      if (position >= 0) {
        taken[position]! += this.taken[entry]!;
        continue;
      }
      positions?.set(key, keys.length);
      keys.push(key);
      taken.push(this.taken[entry]!);
    }
    let covered = 0;
    for (const hits of taken) if (hits > 0) covered++;
    return { line, covered, total: taken.length, taken: taken.length === end - start ? taken : taken.slice() };
  }
}
