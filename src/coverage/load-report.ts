/**
 * Filesystem adapter that opens a coverage report as a stream, recognises its
 * format when asked to and hands the chunks to the format's parser.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { ReportError } from '../errors.js';
import type { ParsedReport, ReportFormat } from './model.js';
import { parseClover } from './parsers/clover.js';
import { parseCobertura } from './parsers/cobertura.js';
import { detectFormat, DETECTION_BYTES } from './parsers/detect.js';
import { parseGoProfile } from './parsers/go-profile.js';
import { parseIstanbulJson } from './parsers/istanbul-json.js';
import { parseIstanbulSummary } from './parsers/istanbul-summary.js';
import { parseJacoco } from './parsers/jacoco.js';
import { parseLcov } from './parsers/lcov.js';
import type { ReportParser } from './parsers/types.js';
import { withSteadyYoungGeneration } from './young-generation.js';

/**
 * Read size. 1 MiB keeps the per-chunk work of the parsers small next to the
 * per-byte work, and the buffer small next to the memory target of
 * bench/README.md: 4 MiB chunks peaked 3 MiB higher.
 */
const CHUNK_BYTES = 1024 * 1024;

/** The parser of each format. */
export const PARSERS: Record<ReportFormat, ReportParser> = {
  lcov: parseLcov,
  'istanbul-json': parseIstanbulJson,
  'istanbul-summary': parseIstanbulSummary,
  cobertura: parseCobertura,
  clover: parseClover,
  jacoco: parseJacoco,
  go: parseGoProfile,
};

/** Reads the report at `path`; `auto` recognises the format from the first 64 KiB. */
export async function loadReport(path: string, format: ReportFormat | 'auto'): Promise<ParsedReport> {
  const file = await openReport(path);
  const chunks = readChunks(file, path);
  try {
    const head = await readHead(chunks);
    const resolved = format === 'auto' ? detectFormat(Buffer.concat(head.chunks), path) : format;
    return await withSteadyYoungGeneration(() => PARSERS[resolved]({ source: path, chunks: replay(head.chunks, head.done ? null : chunks) }));
  } finally {
    await file.close();
  }
}

async function openReport(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
}

/**
 * Reads the file into one buffer, refilled for each chunk. A stream would
 * allocate a new buffer per chunk, and on a 100 MB report the buffers that wait
 * for the garbage collector raised the peak memory by about 30 MiB.
 * File system errors become `ReportError`s naming the file.
 */
async function* readChunks(file: FileHandle, path: string): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null));
    } catch (error) {
      throw fileError(path, error);
    }
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * Reads chunks until there are enough bytes to recognise the format. The
 * chunks are copied, because they are handed to the parser after later reads
 * have refilled the reader's buffer.
 */
async function readHead(chunks: AsyncIterator<Buffer>): Promise<{ chunks: Buffer[]; done: boolean }> {
  const head: Buffer[] = [];
  let bytes = 0;
  while (bytes < DETECTION_BYTES) {
    const next = await chunks.next();
    if (next.done) return { chunks: head, done: true };
    head.push(Buffer.from(next.value));
    bytes += next.value.length;
  }
  return { chunks: head, done: false };
}

/** Yields the chunks already read, then the rest of the stream. */
async function* replay(head: Buffer[], rest: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  yield* head;
  if (!rest) return;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function fileError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new ReportError(path, undefined, 'the coverage report was not found', 'Check the path, and that the tests wrote the report before this step ran');
    case 'EISDIR':
      return new ReportError(path, undefined, 'the path is a folder, not a coverage report', 'Name the report file inside it, for example coverage/lcov.info');
    case 'EACCES':
    case 'EPERM':
      return new ReportError(path, undefined, 'the coverage report cannot be read: permission denied', 'Make the file readable by the user that runs TestMaster');
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
