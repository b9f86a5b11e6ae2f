/**
 * Splits a chunk stream into lines without decoding it, so that a report of
 * any size is read with memory bounded by its longest line.
 */

/**
 * Receives one line: its bytes are `buffer[start, end)` without the line
 * break (LF or CRLF). The buffer is only valid during the call.
 */
export type LineHandler = (buffer: Buffer, start: number, end: number, lineNumber: number) => void;

export interface LineScan {
  /** Number of lines, counting a last line that has no line break. */
  lineCount: number;
  /** False when the last byte is not a line break, which a truncated report often shows. */
  endsWithNewline: boolean;
  byteCount: number;
}

const LF = 10;
const CR = 13;

/** Line splitting state between chunks; `feed` is synchronous so V8 optimizes its loop. */
class LineSplitter {
  /** Bytes of a line that started in an earlier chunk and has not ended yet. */
  private pending: Buffer[] = [];
  lineNumber = 0;
  byteCount = 0;
  lastByte = -1;

  constructor(private readonly onLine: LineHandler) {}

  feed(chunk: Buffer): void {
    const length = chunk.length;
    if (length === 0) return;
    this.byteCount += length;
    this.lastByte = chunk[length - 1]!;

    let start = 0;
    if (this.pending.length > 0) {
      const newline = chunk.indexOf(LF);
      if (newline < 0) {
        this.pending.push(Buffer.from(chunk));
        return;
      }
      this.pending.push(chunk.subarray(0, newline));
      const line = Buffer.concat(this.pending);
      this.pending = [];
      this.emit(line, 0, line.length);
      start = newline + 1;
    }

    // A plain loop beats Buffer.indexOf here, because most coverage lines are
    // shorter than 20 bytes and each indexOf call is a native call.
    for (let i = start; i < length; i++) {
      if (chunk[i] !== LF) continue;
      this.emit(chunk, start, i);
      start = i + 1;
    }
    // Copied, because the reader refills the chunk's buffer.
    if (start < length) this.pending.push(Buffer.from(chunk.subarray(start)));
  }

  finish(): LineScan {
    if (this.pending.length > 0) {
      const line = Buffer.concat(this.pending);
      this.pending = [];
      this.emit(line, 0, line.length);
    }
    return { lineCount: this.lineNumber, endsWithNewline: this.lastByte === LF, byteCount: this.byteCount };
  }

  private emit(buffer: Buffer, start: number, end: number): void {
    if (end > start && buffer[end - 1] === CR) end--;
    this.onLine(buffer, start, end, ++this.lineNumber);
  }
}

/**
 * Receives whole lines: `buffer[start, end)` ends with a line break, except
 * for the last block of a stream that does not end with one. The buffer is
 * only valid during the call.
 */
export type BlockHandler = (buffer: Buffer, start: number, end: number) => void;

/**
 * Calls `onBlock` with runs of whole lines, so that a parser can read each
 * byte once and find line ends as it parses. A line split across chunks is
 * joined into a block of its own.
 */
export async function scanLineBlocks(chunks: AsyncIterable<Buffer>, onBlock: BlockHandler): Promise<Omit<LineScan, 'lineCount'>> {
  let pending: Buffer[] = [];
  let byteCount = 0;
  let lastByte = -1;
  for await (const chunk of chunks) {
    const length = chunk.length;
    if (length === 0) continue;
    byteCount += length;
    lastByte = chunk[length - 1]!;

    let start = 0;
    if (pending.length > 0) {
      const newline = chunk.indexOf(LF);
      if (newline < 0) {
        pending.push(Buffer.from(chunk));
        continue;
      }
      pending.push(chunk.subarray(0, newline + 1));
      const line = Buffer.concat(pending);
      pending = [];
      onBlock(line, 0, line.length);
      start = newline + 1;
    }
    const last = chunk.lastIndexOf(LF);
    if (last >= start) {
      onBlock(chunk, start, last + 1);
      start = last + 1;
    }
    // Copied, because the reader refills the chunk's buffer.
    if (start < length) pending.push(Buffer.from(chunk.subarray(start)));
  }
  if (pending.length > 0) {
    const line = Buffer.concat(pending);
    onBlock(line, 0, line.length);
  }
  return { endsWithNewline: lastByte === LF, byteCount };
}

/** Calls `onLine` for every line of the stream, in order. */
export async function scanLines(chunks: AsyncIterable<Buffer>, onLine: LineHandler): Promise<LineScan> {
  const splitter = new LineSplitter(onLine);
  for await (const chunk of chunks) splitter.feed(chunk);
  return splitter.finish();
}
