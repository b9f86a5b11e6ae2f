/**
 * Line and column arithmetic on a file's text, for regions that tools give
 * as offsets or without an end column. Columns are 1-based UTF-16 code
 * units, as in the model.
 */

export class TextLines {
  /** Offset in UTF-16 code units where each line starts; lines end at LF, CR LF or CR. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Column just after the last character of a 1-based line, before its line break; 1 for a line past the end. */
  endColumnOf(line: number): number {
    const start = this.starts[line - 1];
    if (start === undefined) return 1;
    const next = this.starts[line] ?? this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end - start + 1;
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

/** Reads each file's lines once through `readText`; returns undefined for unknown files and when no reader is given. */
export function cachedTextLines(readText: ((path: string) => string | undefined) | undefined): (path: string) => TextLines | undefined {
  const cache = new Map<string, TextLines | undefined>();
  return (path) => {
    if (!readText) return undefined;
    if (!cache.has(path)) {
      const text = readText(path);
      cache.set(path, text === undefined ? undefined : new TextLines(text));
    }
    return cache.get(path);
  };
}
