import type { ParsedReport } from '../model.js';

/** The bytes of one report, read in chunks so that no report has to fit in one string. */
export interface ReportInput {
  /** Path of the report as the user named it; every error message names it. */
  source: string;
  /**
   * The report's bytes in order. A chunk is valid only until the parser requests
   * the next one, because the reader reads into the same buffer again, so
   * a parser copies any bytes it keeps across chunks.
   */
  chunks: AsyncIterable<Buffer>;
}

/** A parser reads chunks and returns the report, or throws `ReportError` naming the position. */
export type ReportParser = (input: ReportInput) => Promise<ParsedReport>;

/**
 * Wraps an in-memory text or buffer as a report input, for tests and small
 * reports. Like the file reader, it hands out one buffer again and again, and
 * fills it with 0xFF before each refill, so a parser that keeps a chunk too
 * long reads garbage and fails its tests.
 */
export function inputFromBuffer(source: string, content: string | Buffer, chunkSize = 64 * 1024): ReportInput {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    source,
    chunks: (async function* () {
      const scratch = Buffer.alloc(Math.min(chunkSize, buffer.length));
      for (let offset = 0; offset < buffer.length; offset += chunkSize) {
        scratch.fill(0xff);
        const length = buffer.copy(scratch, 0, offset, offset + chunkSize);
        yield scratch.subarray(0, length);
      }
      scratch.fill(0xff);
    })(),
  };
}
