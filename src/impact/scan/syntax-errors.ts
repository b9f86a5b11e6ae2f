/**
 * Collects the syntax problems met while scanning one file. The tokenizer can
 * step back and rescan a stretch of text, so the list can be cut back to an
 * earlier length.
 */

/** Errors listed per file at most; the rest are counted in one closing entry, so one garbled file cannot flood a report. */
export const MAX_LISTED_ERRORS = 10;

interface SyntaxError {
  line: number;
  message: string;
}

export class SyntaxErrorList {
  private readonly listed: SyntaxError[] = [];
  private total = 0;

  get size(): number {
    return this.total;
  }

  add(line: number, message: string): void {
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push({ line, message });
    this.total++;
  }

  /** Drops the errors added after the list had `size` entries. */
  truncate(size: number): void {
    this.total = size;
    if (this.listed.length > size) this.listed.length = size;
  }

  /** Returns the errors as `path:line: message`, sorted by line, with a closing count of those not listed. */
  format(path: string): string[] {
    const sorted = [...this.listed].sort((a, b) => a.line - b.line);
    const lines = sorted.map((error) => `${path}:${error.line}: ${error.message}`);
    const unlisted = this.total - this.listed.length;
    if (unlisted > 0) lines.push(`${path}: ${unlisted} more syntax errors are not listed.`);
    return lines;
  }
}
