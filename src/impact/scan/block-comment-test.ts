/**
 * A test, without the lexer, whether an offset lies inside a block comment
 * that opens at the start of a line, as JSDoc comments do. The scan limit
 * uses it for reference words in such comments: TanStack/query's
 * `types.ts` has `derived from \`status\`` in a JSDoc comment near its end,
 * so its scan read 36 kB past its last import.
 *
 * Why the test is sound. It returns true for an offset `at` only under three
 * conditions. A `/*` at `c` before it has only spaces and tabs before it on
 * its line. The first `*\/` after `c` lies after `at`. Neither a backtick
 * nor `${` lies between `c` and `at`. Then:
 *
 * - If the lexer reads `c` as code, `/*` opens a comment there (a `/`
 *   followed by `*` never starts a regular expression or a division), and
 *   that comment runs past `at`.
 * - If `c` is inside a block comment, that comment too runs past `at`.
 * - `c` cannot be inside a line comment, a regular expression, or a string
 *   opened on its own line, because only spaces and tabs precede it there.
 *   A string from an earlier line reaches `c` only through a line
 *   continuation, so the test needs the line before not to end with `\`.
 * - If `c` is inside the text of a template literal, `at` is too, because
 *   template text ends only at a backtick or `${`.
 * - JSX text may hold `/*` as text, so JSX scripts are not tested, and the
 *   lexer skips whole regions after `=======` and `|||||||` merge conflict
 *   markers, so texts with either are not tested either.
 *
 * So in every case the lexer reads `at` as comment or template text, where
 * no reference starts.
 */

/** Returns whether the lexer certainly reads offset `at` of `text` as part of a block comment or of template text. */
export function certainlyInBlockComment(text: string, at: number): boolean {
  const open = text.lastIndexOf('/*', at - 2);
  if (open < 0) return false;
  // An unclosed comment counts the word too, so that the scan reaches it and reports the error.
  const close = text.indexOf('*/', open + 2);
  if (close === -1 || close < at) return false;
  const between = text.slice(open, at);
  if (between.includes('`') || between.includes('${')) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', open - 1), text.lastIndexOf('\r', open - 1)) + 1;
  for (let index = lineStart; index < open; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return !continuesLine(text, lineStart);
}

/** Returns whether the texts of `text` may hold merge conflict markers, which make the lexer skip regions the test does not see. */
export function mayHoldConflictRegion(text: string): boolean {
  return text.includes('=======') || text.includes('|||||||');
}

/** Returns whether the line break before `lineStart` follows a backslash, which continues a string across it. */
function continuesLine(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  let lineBreak = lineStart - 1;
  if (text.charCodeAt(lineBreak) === 0x0a && text.charCodeAt(lineBreak - 1) === 0x0d) lineBreak--;
  return text.charCodeAt(lineBreak - 1) === 0x5c;
}
