/**
 * Lines of source text the way ESTree locations and ESLint count them:
 * `\r\n`, `\n`, `\r`, U+2028 and U+2029 each end a line.
 */

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * Returns the lines of `text` without their line breaks. A text that ends
 * with a line break yields an empty last element, as ESLint's
 * `SourceCode#lines` does.
 */
export function splitSourceLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * Counts lines as an editor shows them: a line break at the end of the file
 * ends the last line and does not start another one. Empty text has no lines.
 */
export function countSourceLines(text: string): number {
  if (text.length === 0) return 0;
  const lines = splitSourceLines(text);
  return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}
