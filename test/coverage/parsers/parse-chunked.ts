import type { ParsedReport } from '../../../src/coverage/model.js';
import { inputFromBuffer, type ReportParser } from '../../../src/coverage/parsers/types.js';
import { withRecordObjects } from '../../support/coverage-records.js';

/** Chunk sizes that split records at every byte, inside records, and not at all for small inputs. */
export const CHUNK_SIZES = [1, 7, 64 * 1024] as const;

/** Parses `content` once per chunk size and checks that every split gives the same result. */
export async function parseChunked(parser: ReportParser, source: string, content: string | Buffer): Promise<ParsedReport> {
  const results: ParsedReport[] = [];
  for (const size of CHUNK_SIZES) results.push(await parser(inputFromBuffer(source, content, size)));
  const first = comparable(results[0]!);
  for (const result of results.slice(1)) {
    if (comparable(result) !== first) throw new Error(`parse result depends on the chunk size for ${source}`);
  }
  return results[0]!;
}

/** Returns the error a parse rejects with, for every chunk size, checking that all agree. */
export async function parseError(parser: ReportParser, source: string, content: string | Buffer): Promise<Error> {
  const messages = new Set<string>();
  let last: Error | undefined;
  for (const size of CHUNK_SIZES) {
    try {
      await parser(inputFromBuffer(source, content, size));
    } catch (error) {
      last = error as Error;
      messages.add(last.message);
      continue;
    }
    throw new Error(`expected ${source} to be rejected with chunk size ${size}`);
  }
  if (messages.size !== 1) throw new Error(`error depends on the chunk size: ${[...messages].join(' | ')}`);
  return last!;
}

/** Returns the report as JSON with its tables as record objects, because a table may view its columns only when they are read. */
function comparable(report: ParsedReport): string {
  return JSON.stringify({ ...report, files: report.files.map(withRecordObjects) });
}
