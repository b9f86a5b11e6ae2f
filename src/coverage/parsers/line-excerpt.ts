/** Quoting of report lines inside error messages. */

const MAX_EXCERPT = 80;

/** Returns the line `buffer[start, end)` as a quoted string, shortened to 80 characters. */
export function lineExcerpt(buffer: Buffer, start: number, end: number): string {
  const text = buffer.toString('utf8', start, Math.min(end, start + MAX_EXCERPT * 4));
  const short = text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
  return JSON.stringify(short);
}
