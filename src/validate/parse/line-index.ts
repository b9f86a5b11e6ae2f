/**
 * Converts UTF-16 offsets of a text into SARIF positions.
 *
 * Two conventions decide where lines end:
 * - `git`: only `\n` ends a line, as in git and in GitHub's diff view, so the
 *   line of a finding matches the line that the changed-lines filter compares
 *   it with. A `\r` before the `\n` is the last character of its line.
 * - `script`: `\r\n`, `\n`, `\r`, U+2028 and U+2029 each end a line, as
 *   ECMAScript, ESTree locations and ESLint count them. Rules that mix their
 *   own offsets with ESTree locations use it, so both agree on one file.
 * The two differ only in files with a lone `\r`, U+2028 or U+2029.
 */
import type { SourceRange } from '../model.js';

export type LineBreaks = 'git' | 'script';

const SCRIPT_LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

export class LineIndex {
  /** Offset of the first character of each line; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[] = [0];
  /** Offset just after the last character that is not whitespace, computed on first use. */
  private contentEnd: number | undefined;

  constructor(
    readonly text: string,
    breaks: LineBreaks = 'git',
  ) {
    if (breaks === 'script') {
      for (const match of text.matchAll(SCRIPT_LINE_BREAK)) this.lineStarts.push(match.index + match[0].length);
      return;
    }
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  /** 1-based line and column of `offset`; an offset past the end is clamped to the end of the text. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  /** Converts the offsets `start` and exclusive `end` into a range, which is empty when `end <= start`. */
  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }

  /**
   * Like `range`, but a range that starts in the whitespace at the end of the
   * text, such as a parser's "expected '}'" at the end of the file, moves to
   * the last character that is not whitespace. A line after the last line
   * would never match a changed line, and an annotation there has no text.
   */
  rangeInText(start: number, end: number): SourceRange {
    this.contentEnd ??= this.text.trimEnd().length;
    const { contentEnd } = this;
    if (start < contentEnd || contentEnd === 0) return this.range(start, end);
    return this.range(contentEnd - 1, contentEnd);
  }
}
