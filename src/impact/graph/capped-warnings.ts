/** Warnings of a graph build, listed up to a limit and counted in full. */

/** Maximum number of warnings listed, so that a repository with thousands of broken imports does not flood the report. */
export const MAX_LISTED_WARNINGS = 100;

export interface GraphWarnings {
  /** The first `MAX_LISTED_WARNINGS` warnings, in the order they were found. */
  messages: string[];
  /** Every warning, listed or not. */
  total: number;
}

export class CappedWarnings {
  readonly messages: string[] = [];
  private total = 0;

  add(message: string): void {
    if (this.messages.length < MAX_LISTED_WARNINGS) this.messages.push(message);
    this.total++;
  }

  summary(): GraphWarnings {
    return { messages: [...this.messages], total: this.total };
  }
}
