import { expect } from 'vitest';

import type { ParsedReport } from '../../../src/coverage/model.js';
import { inputFromBuffer, type ReportParser } from '../../../src/coverage/parsers/types.js';

/** Chunk sizes that split every tag, attribute and multi-byte character, and one that splits none. */
export const CHUNK_SIZES = [1, 5, 64 * 1024] as const;

/**
 * Parses `document` once per chunk size, checks that every split gives the
 * same result, and returns it.
 */
export async function parseInChunks(parser: ReportParser, document: string | Buffer, source = 'report.xml'): Promise<ParsedReport> {
  const results: ParsedReport[] = [];
  for (const size of CHUNK_SIZES) {
    results.push(await parser(inputFromBuffer(source, document, size)));
  }
  for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  return results[0]!;
}

/** Returns the error message each chunk size produces, after checking that they are all the same. */
export async function errorInChunks(parser: ReportParser, document: string | Buffer, source = 'report.xml'): Promise<string> {
  const messages: string[] = [];
  for (const size of CHUNK_SIZES) {
    const error = await parser(inputFromBuffer(source, document, size)).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error, `chunk size ${size}`).toBeInstanceOf(Error);
    expect((error as Error).name, `chunk size ${size}`).toBe('ReportError');
    messages.push((error as Error).message);
  }
  for (const message of messages.slice(1)) expect(message).toBe(messages[0]);
  return messages[0]!;
}
