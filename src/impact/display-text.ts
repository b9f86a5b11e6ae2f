/**
 * The one visible form of a path or import specifier in the sentences,
 * tables and chart of the impact report. The JSON result keeps every path
 * exact, and the renderers escape this form once for their output: Markdown
 * escapes its syntax, Mermaid writes entity codes, and the terminal prints
 * it as it is.
 *
 * A path may contain any byte but NUL. Left raw, a line feed or tab would
 * become a space in every renderer, and a quote or backslash written as in
 * JSON would show its escape. So backslashes and quotes stay as they are,
 * each C0 control character becomes its Unicode control picture (U+2400 to
 * U+241F, and U+2421 for DEL), and a byte that is not UTF-8, which
 * `decodeGitPath` keeps as a lone surrogate, becomes U+FFFD.
 */

const C0_AND_DELETE = /[\u0000-\u001f\u007f]/g;

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const CONTROL_PICTURES = 0x2400;
const DELETE_PICTURE = '\u2421';
const REPLACEMENT_CHARACTER = '\uFFFD';

/** Returns `text` as one visible line: control characters as control pictures, bytes that are not UTF-8 as U+FFFD. */
export function displayText(text: string): string {
  return text
    .replace(C0_AND_DELETE, (character) => (character === '\u007f' ? DELETE_PICTURE : String.fromCharCode(CONTROL_PICTURES + character.charCodeAt(0))))
    .replace(LONE_SURROGATES, REPLACEMENT_CHARACTER);
}

/** Returns `name` in double quotes, in its `displayText` form, for a name inside a sentence. */
export function quoteName(name: string): string {
  return `"${displayText(name)}"`;
}
