/**
 * Collects branch outcomes (lcov BRDA records) as flat arrays and groups them
 * per line at the end of a record. A report contains millions of outcomes, and
 * building the groups once, at their final size, keeps the heap and the
 * garbage collector's work far smaller than growing one small array per line
 * while parsing.
 */
import type { BranchGroup } from '../model.js';

/** Above this many outcomes on one line, duplicates are found with a Map instead of a linear search. */
const LINEAR_SEARCH_LIMIT = 32;

/** The groups of one file, and the key of every outcome in the order the groups list them. */
export interface GroupedOutcomes {
  groups: BranchGroup[];
  keys: (number | string)[];
}

export class BranchOutcomeList {
  private readonly lines: number[] = [];
  private readonly keys: (number | string)[] = [];
  private readonly taken: number[] = [];
  private sorted = true;

  /** Starts a list with outcomes grouped earlier, so that a record that reopens a file merges into them. */
  static fromGroups(previous: GroupedOutcomes): BranchOutcomeList {
    const list = new BranchOutcomeList();
    let index = 0;
    for (const group of previous.groups) {
      for (const taken of group.taken!) list.add(group.line, previous.keys[index++]!, taken);
    }
    return list;
  }

  /** Adds one outcome; a later outcome with the same line and key adds its count to the first. */
  add(line: number, key: number | string, taken: number): void {
    const count = this.lines.length;
    if (count > 0 && this.lines[count - 1]! > line) this.sorted = false;
    this.lines.push(line);
    this.keys.push(key);
    this.taken.push(taken);
  }

  /** Returns one group per line, in line order, with outcomes in the order they first appeared. */
  toGroups(): GroupedOutcomes {
    if (this.sorted && !this.hasRepeatedKey()) return this.groupInFileOrder();
    const order = this.sorted ? null : this.entryOrder();
    const count = this.lines.length;
    const groups: BranchGroup[] = [];
    const keys: (number | string)[] = [];
    let runStart = 0;
    while (runStart < count) {
      const line = this.lines[order ? order[runStart]! : runStart]!;
      let runEnd = runStart + 1;
      while (runEnd < count && this.lines[order ? order[runEnd]! : runEnd] === line) runEnd++;
      groups.push(this.buildGroup(line, order, runStart, runEnd, keys));
      runStart = runEnd;
    }
    return { groups, keys };
  }

  /** Checks whether any line lists a key twice, as concatenated tracefiles can. */
  private hasRepeatedKey(): boolean {
    const { lines, keys } = this;
    let runStart = 0;
    for (let i = 1; i < lines.length; i++) {
      if (lines[i] !== lines[i - 1]) {
        runStart = i;
        continue;
      }
      if (i - runStart > LINEAR_SEARCH_LIMIT) return true;
      for (let j = runStart; j < i; j++) if (keys[j] === keys[i]) return true;
    }
    return false;
  }

  /**
   * Groups outcomes that are already in line order with no repeated key,
   * which is how lcov and Istanbul write them. Each `taken` array comes from
   * slice(), which allocates its exact length: an array grown by push() keeps
   * spare capacity, and a report has a million groups.
   */
  private groupInFileOrder(): GroupedOutcomes {
    const { lines, taken } = this;
    const groups: BranchGroup[] = [];
    let runStart = 0;
    while (runStart < lines.length) {
      const line = lines[runStart]!;
      let runEnd = runStart + 1;
      while (runEnd < lines.length && lines[runEnd] === line) runEnd++;
      const groupTaken = taken.slice(runStart, runEnd);
      let covered = 0;
      for (let i = 0; i < groupTaken.length; i++) if (groupTaken[i]! > 0) covered++;
      groups.push({ line, covered, total: groupTaken.length, taken: groupTaken });
      runStart = runEnd;
    }
    return { groups, keys: this.keys };
  }

  /** Entry indices sorted by line, keeping file order within a line. */
  private entryOrder(): number[] {
    const lines = this.lines;
    const order = new Array<number>(lines.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => lines[a]! - lines[b]! || a - b);
  }

  /** Builds the group of entries `[start, end)`, merging repeated keys, and appends its distinct keys to `keysOut`. */
  private buildGroup(line: number, order: number[] | null, start: number, end: number, keysOut: (number | string)[]): BranchGroup {
    const firstKey = keysOut.length;
    const positions = end - start > LINEAR_SEARCH_LIMIT ? new Map<number | string, number>() : null;
    // Distinct positions of each entry, counted first so the group's array can be allocated once.
    const entryPosition = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const key = this.keys[order ? order[i]! : i]!;
      let position = positions ? (positions.get(key) ?? -1) : -1;
      if (!positions) {
        for (let k = firstKey; k < keysOut.length; k++) {
          if (keysOut[k] === key) {
            position = k - firstKey;
            break;
          }
        }
      }
      if (position < 0) {
        position = keysOut.length - firstKey;
        positions?.set(key, position);
        keysOut.push(key);
      }
      entryPosition[i - start] = position;
    }

    const taken = new Array<number>(keysOut.length - firstKey).fill(0);
    for (let i = start; i < end; i++) taken[entryPosition[i - start]!]! += this.taken[order ? order[i]! : i]!;
    let covered = 0;
    for (let i = 0; i < taken.length; i++) if (taken[i]! > 0) covered++;
    return { line, covered, total: taken.length, taken };
  }
}
