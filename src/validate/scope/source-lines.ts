/**
 * Lines of source text the way ESTree locations and ESLint count them:
 * `\r\n`, `\n`, `\r`, U+2028 and U+2029 each end a line.
 */
import type { SourceRange } from '../model.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * Returns the lines of `text` without their line breaks. A text that ends
 * with a line break yields an empty last element, as ESLint's
 * `SourceCode#lines` does.
 */
export function splitSourceLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * Counts lines as an editor shows them: a line break at the end of the file
 * ends the last line and does not start another one. Empty text has no lines.
 */
export function countSourceLines(text: string): number {
  if (text.length === 0) return 0;
  const lines = splitSourceLines(text);
  return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

/** Converts offsets to 1-based lines and columns, with the line breaks ESTree counts. */
export class LinePositions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    const breaks = /\r\n|[\n\r\u2028\u2029]/g;
    for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
      this.lineStarts.push(match.index + match[0].length);
    }
  }

  /** Converts offsets `start` and `end` (exclusive), in UTF-16 code units, to a range. */
  range(start: number, end: number): SourceRange {
    const first = this.position(start);
    const last = this.position(end);
    return { startLine: first.line, startColumn: first.column, endLine: last.line, endColumn: last.column };
  }

  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}
