/**
 * Line and column arithmetic on a file's text, for regions that tools give
 * as offsets or without an end column. Columns are 1-based UTF-16 code
 * units, as in the model.
 */

/** The line terminators of ECMAScript, which TypeScript and ESLint count lines by. */
export const SCRIPT_LINE_BREAKS: readonly string[] = ['\r\n', '\n', '\r', '\u2028', '\u2029'];

export class TextLines {
  /** Offset in UTF-16 code units where each line starts. */
  private readonly starts: number[] = [0];
  /** Offset where each line's text ends, before its line break. */
  private readonly ends: number[] = [];

  /** Splits `text` into lines at any of `lineBreaks` (SARIF's `run.newlineSequences` for a SARIF run). */
  constructor(
    readonly text: string,
    lineBreaks: readonly string[] = SCRIPT_LINE_BREAKS,
  ) {
    // Longer sequences first, so that CR LF is one break and not CR and then LF.
    const breaks = lineBreaks.filter((item) => item.length > 0).sort((left, right) => right.length - left.length);
    const firstCodes = new Set(breaks.map((item) => item.charCodeAt(0)));
    for (let i = 0; i < text.length; i++) {
      if (!firstCodes.has(text.charCodeAt(i))) continue;
      const found = breaks.find((item) => text.startsWith(item, i));
      if (found === undefined) continue;
      this.ends.push(i);
      i += found.length - 1;
      this.starts.push(i + 1);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Column just after the last character of a 1-based line, before its line break; 1 for a line past the end. */
  endColumnOf(line: number): number {
    const start = this.starts[line - 1];
    if (start === undefined) return 1;
    return this.ends[line - 1]! - start + 1;
  }

  /** 1-based line and column of a UTF-16 offset; offsets past the end clamp to the end. */
  positionAt(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1 };
  }

  /** UTF-16 offset of a UTF-8 byte offset, for regions given in bytes. */
  offsetOfByte(byteOffset: number): number {
    let bytes = 0;
    let i = 0;
    while (i < this.text.length && bytes < byteOffset) {
      const code = this.text.codePointAt(i)!;
      bytes += utf8Length(code);
      i += code > 0xffff ? 2 : 1;
    }
    return i;
  }

  /** UTF-16 offset of an offset counted in Unicode code points. */
  offsetOfCodePoint(codePointOffset: number): number {
    let i = 0;
    for (let count = 0; count < codePointOffset && i < this.text.length; count++) {
      i += this.text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    return i;
  }

  /** UTF-16 column of a 1-based column counted in code points on a 1-based line. */
  columnOfCodePoint(line: number, codePointColumn: number): number {
    const start = this.starts[line - 1];
    if (start === undefined) return codePointColumn;
    let i = start;
    for (let count = 1; count < codePointColumn && i < this.text.length; count++) {
      i += this.text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    return i - start + 1;
  }
}

/** Number of bytes that UTF-8 takes for a code point. */
function utf8Length(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/** Returns a file's lines, split at `lineBreaks` (the script line terminators when absent). */
export type LinesReader = (path: string, lineBreaks?: readonly string[]) => TextLines | undefined;

/** Reads each file once through `readText`; returns undefined for unknown files and when no reader is given. */
export function cachedTextLines(readText: ((path: string) => string | undefined) | undefined): LinesReader {
  const texts = new Map<string, string | undefined>();
  const lines = new Map<string, TextLines>();
  return (path, lineBreaks = SCRIPT_LINE_BREAKS) => {
    if (!readText) return undefined;
    if (!texts.has(path)) texts.set(path, readText(path));
    const text = texts.get(path);
    if (text === undefined) return undefined;
    const key = `${lineBreaks.join('\0')}\0\0${path}`;
    let found = lines.get(key);
    if (!found) {
      found = new TextLines(text, lineBreaks);
      lines.set(key, found);
    }
    return found;
  };
}
