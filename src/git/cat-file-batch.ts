/**
 * Requests and output of `git cat-file --batch=<BATCH_FORMAT> -z`. Git replies to
 * each NUL-terminated request in order, with either `<request> missing` (or
 * `ambiguous`) on one line, or a header line, the object's bytes and a newline.
 */

/** Header format that `parseBatchOutput` reads; pass it as `--batch=<format>`. */
export const BATCH_FORMAT = '%(objectname) %(objecttype) %(objectsize)';

export interface BatchObject {
  /** Object name: the SHA-1 or SHA-256 in hex. */
  id: string;
  /** Object type: `blob`, `tree`, `commit` or `tag`. */
  type: string;
  content: Buffer;
}

/** Builds the standard input for `cat-file --batch -z`: each request followed by a NUL. */
export function batchInput(requests: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const request of requests) parts.push(request, NUL);
  return Buffer.concat(parts);
}

/**
 * Splits the output into one entry per request, in request order, with null
 * for a request that names no object. The requests are needed because a
 * `missing` line repeats the request, which may contain a newline.
 */
export function parseBatchOutput(output: Buffer, requests: readonly Buffer[]): (BatchObject | null)[] {
  const objects: (BatchObject | null)[] = [];
  let position = 0;

  for (const request of requests) {
    const unresolvedLength = unresolvedLineLength(output, position, request);
    if (unresolvedLength > 0) {
      objects.push(null);
      position += unresolvedLength;
      continue;
    }

    const headerEnd = output.indexOf(NEWLINE, position);
    if (headerEnd < 0) throw malformed('a header line has no newline', position);
    const header = output.toString('latin1', position, headerEnd);
    const match = HEADER.exec(header);
    if (!match) throw malformed(`unexpected header ${JSON.stringify(header)}`, position);

    const size = Number(match[3]);
    const contentStart = headerEnd + 1;
    const contentEnd = contentStart + size;
    if (output[contentEnd] !== NEWLINE) throw malformed(`the ${size}-byte object is truncated`, contentStart);
    objects.push({ id: match[1]!, type: match[2]!, content: output.subarray(contentStart, contentEnd) });
    position = contentEnd + 1;
  }

  if (position !== output.length) throw malformed('output continues after the last request', position);
  return objects;
}

const NUL = Buffer.of(0);
const NEWLINE = 0x0a;
const HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (\w+) (\d+)$/;
const UNRESOLVED_SUFFIXES = [' missing\n', ' ambiguous\n'].map((suffix) => Buffer.from(suffix, 'latin1'));

/** Length of the `<request> missing` or `<request> ambiguous` line at `position`, or 0 when none starts there. */
function unresolvedLineLength(output: Buffer, position: number, request: Buffer): number {
  const echoEnd = position + request.length;
  if (!output.subarray(position, echoEnd).equals(request)) return 0;
  for (const suffix of UNRESOLVED_SUFFIXES) {
    if (output.subarray(echoEnd, echoEnd + suffix.length).equals(suffix)) return request.length + suffix.length;
  }
  return 0;
}

function malformed(problem: string, position: number): Error {
  return new Error(`unexpected git cat-file --batch output at byte ${position}: ${problem}`);
}
