/**
 * Replacement of characters that can change how text is displayed rather than
 * what it reads: C0 and C1 controls (ESC starts terminal escape sequences, CR
 * moves the cursor), bidirectional overrides and isolates (they reorder the
 * text around them, as in "Trojan Source"), and lone UTF-16 surrogates (they
 * have no UTF-8 encoding). Every renderer passes untrusted text through here.
 */

/** The character shown in place of a removed control character. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

// C0 without TAB, LF and CR (handled per context), DEL, C1, the Arabic letter
// mark, LRM/RLM, the embeddings and overrides U+202A–U+202E and the isolates
// U+2066–U+2069.
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// CRLF, CR, NEL is in the C1 range above, LS and PS.
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;

function replaceControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, REPLACEMENT_CHARACTER).replace(LONE_SURROGATES, REPLACEMENT_CHARACTER);
}

/**
 * Turns untrusted text into one line: line breaks and tabs become spaces and
 * other control characters become U+FFFD.
 */
export function sanitizeLine(text: string): string {
  return replaceControls(text.replace(LINE_BREAKS, '\n').replace(/[\n\t]/g, ' '));
}

/**
 * Keeps the lines of untrusted text: every line break becomes LF, tabs stay,
 * and other control characters become U+FFFD.
 */
export function sanitizeLines(text: string): string {
  return replaceControls(text.replace(LINE_BREAKS, '\n'));
}
