/** Converts string offsets into SARIF line and column positions. */
import type { SourceRange } from '../model.js';

export class TextPositions {
  /** Offset of the first character of each line; lines end at `\n`, `\r\n` or a lone `\r`. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) this.lineStarts.push(index + 1);
    }
  }

  /** Converts the offsets `start` (inclusive) and `end` (exclusive), in UTF-16 units as JavaScript strings count them, into a range. */
  rangeOf(start: number, end: number): SourceRange {
    const startPosition = this.positionOf(start);
    const endPosition = this.positionOf(end);
    return {
      startLine: startPosition.line,
      startColumn: startPosition.column,
      endLine: endPosition.line,
      endColumn: endPosition.column,
    };
  }

  private positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}
