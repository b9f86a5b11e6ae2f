/**
 * The offset where the scan of a script may stop. Every module reference starts with
 * a token whose text is written out in the file: `import`, `require`, the
 * `from` before the specifier of a re-export, or a `/// <reference` comment.
 * Past the last place where one of these words occurs no reference can
 * start, so the token stream need not read the rest of the file. In the
 * benchmark repositories that rest was half to two thirds of the bytes of a
 * module, because exports and function bodies follow the imports.
 */

/** Words that start a reference, or end one (`from` closes `export … from`). */
const REFERENCE_WORDS = ['import', 'require', '<reference'];

/** `from`, then white space or comments, then the opening quote of a specifier. A `from` not followed by a quote, as in `Array.from(x)`, ends no reference. */
const FROM_SPECIFIER = /from(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*)*['"`]/y;

/**
 * Returns the offset from which no reference can start in `text`: just past
 * the last occurrence of a reference word. A text with a backslash-`u`
 * escape gets its full length, because an identifier may spell `require`
 * with escapes, which a plain text search would not find.
 */
export function referenceLimit(text: string): number {
  if (text.includes('\\u')) return text.length;
  let limit = 0;
  for (const word of REFERENCE_WORDS) {
    const at = text.lastIndexOf(word);
    if (at >= 0) limit = Math.max(limit, at + word.length);
  }
  return Math.max(limit, lastFromSpecifier(text, limit));
}

/** End of the last `from` with a specifier after it that lies past `after`, or 0. Searching from the end finds it without reading the whole text. */
function lastFromSpecifier(text: string, after: number): number {
  for (let at = text.lastIndexOf('from'); at >= after; at = text.lastIndexOf('from', at - 1)) {
    FROM_SPECIFIER.lastIndex = at;
    const match = FROM_SPECIFIER.exec(text);
    if (match !== null) return at + match[0].length;
    if (at === 0) break;
  }
  return 0;
}
