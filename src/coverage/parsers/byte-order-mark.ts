/** The UTF-8 byte order mark, which Windows tools write at the start of text files and the report readers skip. */
export const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/** Checks whether `buffer[start, end)` starts with a UTF-8 byte order mark. */
export function startsWithByteOrderMark(buffer: Buffer, start: number, end: number): boolean {
  return end - start >= BYTE_ORDER_MARK.length && buffer.compare(BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length, start, start + BYTE_ORDER_MARK.length) === 0;
}
