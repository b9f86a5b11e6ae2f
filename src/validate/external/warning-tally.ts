/**
 * Counts repeated problems of a report by kind, so that a report with ten
 * thousand results outside the repository yields one warning, not ten
 * thousand.
 */

interface TallyEntry {
  count: number;
  example: string;
}

export class WarningTally {
  private readonly entries = new Map<string, TallyEntry>();

  constructor(private readonly reportPath: string) {}

  /**
   * Counts one occurrence. `problem` is a sentence without its count, such
   * as "results outside the repository were dropped", and `example` names
   * the first occurrence.
   */
  add(problem: string, example: string): void {
    const entry = this.entries.get(problem);
    if (entry) entry.count++;
    else this.entries.set(problem, { count: 1, example });
  }

  /** Returns one line per problem, in the order they first occurred. */
  lines(): string[] {
    const lines: string[] = [];
    for (const [problem, { count, example }] of this.entries) {
      lines.push(`${this.reportPath}: ${problem} (${count}, first: ${example})`);
    }
    return lines;
  }
}
