import type { ParsedReport } from '../model.js';

/** The bytes of one report, read in chunks so that no report has to fit in one string. */
export interface ReportInput {
  /** Path of the report as the user named it; every error message names it. */
  source: string;
  chunks: AsyncIterable<Buffer>;
}

/** A parser reads chunks and returns the report, or throws `ReportError` naming the position. */
export type ReportParser = (input: ReportInput) => Promise<ParsedReport>;

/** Wraps an in-memory text or buffer as a report input, for tests and small reports. */
export function inputFromBuffer(source: string, content: string | Buffer, chunkSize = 64 * 1024): ReportInput {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    source,
    chunks: (async function* () {
      for (let offset = 0; offset < buffer.length; offset += chunkSize) {
        yield buffer.subarray(offset, offset + chunkSize);
      }
    })(),
  };
}
