/**
 * The offset where the scan of a script may stop. Every module reference in
 * code starts with a token whose text is written out in the file: `import`,
 * `require`, or the `from` before the specifier of a re-export. Past the
 * last place where one of these words occurs no reference can start, so the
 * token stream need not read the rest of the file. Reference directives
 * (`/// <reference`) count only in the comments before the first token,
 * which `readReferenceDirectives` reads whatever the limit. In the
 * benchmark repositories that rest was half to two thirds of the bytes of a
 * module, because exports and function bodies follow the imports.
 *
 * An occurrence that cannot start a reference, as the token stream would
 * read it, does not count (see `cannotStartReference`). In TanStack/query,
 * 67 files had such a word in a comment, in a longer word or after a dot
 * late in the file, and they made 600 of the 980 kB that the scan read.
 * Words in block comments that open at the start of a line (JSDoc) made
 * 37 kB more of the 615 kB left there.
 */
import { certainlyInBlockComment, mayHoldConflictRegion } from './block-comment-test.js';
import { GLOB_FUNCTIONS } from './module-calls.js';

/** Words that start a reference, or end one (`from` closes `export … from`). */
const WORDS = /import|require|from/g;

/** Length of each word of `WORDS` by its last code unit: `t`, `e` and `m`. */
const WORD_LENGTHS: Record<number, number> = { 0x74: 6, 0x65: 7, 0x6d: 4 };

const FROM_FIRST = 0x66;
const IMPORT_THIRD = 0x70;

/** `from`, then white space or comments, then the opening quote of a specifier. A `from` not followed by a quote, as in `Array.from(x)`, ends no reference. */
const FROM_SPECIFIER = /from(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*)*['"`]/y;

/** ASCII white space and line ends. */
const ASCII_SPACE = /[ \t\n\r\v\f]/;

/** ASCII characters that continue an identifier. */
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;

/** `.meta.` and the property after `import`, written without spaces or comments, and the character after the property. */
const META_PROPERTY = /\.meta\.([A-Za-z_$][A-Za-z0-9_$]*)([^]?)/y;

/** Characters before a `//` on its line that could make it part of a string, template, regular expression or block comment. */
const OPENS_LITERAL = /['"`/]/;

/** Facts about the whole text that some words need, each found on first need. */
interface TextFacts {
  /** True when the text has no U+2028 or U+2029, which end lines for the lexer but not for the line comment test. */
  lineEnds(): boolean;
  /** True when words inside block comments may be skipped: not JSX, and no merge conflict region (see `block-comment-test.ts`). */
  blockComments(): boolean;
}

/**
 * Returns the offset from which no reference can start in `text`: just past
 * the last occurrence of a reference word that can start one. A text with a
 * backslash-`u` escape gets its full length, because an identifier may spell
 * `require` with escapes, which a plain text search would not find. `jsx`
 * is whether the lexer reads JSX in the text.
 */
export function referenceLimit(text: string, jsx = true): number {
  if (text.includes('\\u')) return text.length;
  // Most texts never ask these questions, so the searches run on first need.
  let plain: boolean | undefined;
  let commentsKnown: boolean | undefined;
  const facts: TextFacts = {
    lineEnds: () => (plain ??= !text.includes('\u2028') && !text.includes('\u2029')),
    blockComments: () => (commentsKnown ??= !jsx && !mayHoldConflictRegion(text)),
  };
  const starts = wordStarts(text);
  for (let index = starts.length - 1; index >= 0; index--) {
    const end = referenceEnd(text, starts[index]!, facts);
    if (end > 0) return end;
  }
  return 0;
}

/** Offsets of every `import`, `require` and `from` in `text`, in order. One regular expression pass finds them faster than a search per word. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  WORDS.lastIndex = 0;
  while (WORDS.test(text)) starts.push(WORDS.lastIndex - WORD_LENGTHS[text.charCodeAt(WORDS.lastIndex - 1)]!);
  return starts;
}

/** Returns where the scan must read to when the word at `at` may start or end a reference, or 0 when it cannot. */
function referenceEnd(text: string, at: number, facts: TextFacts): number {
  const word = text.charCodeAt(at) === FROM_FIRST ? 'from' : text.charCodeAt(at + 2) === IMPORT_THIRD ? 'import' : 'require';
  if (word !== 'from') return cannotStartReference(text, at, word, facts) ? 0 : at + word.length;
  FROM_SPECIFIER.lastIndex = at;
  const match = FROM_SPECIFIER.exec(text);
  if (match === null || !mayEndModuleList(text, at) || cannotStartReference(text, at, 'from', facts)) return 0;
  return at + match[0].length;
}

/**
 * Returns whether the character before `from`, past ASCII white space, may
 * end what comes before `from` in a declaration: `}` of a list, `*`, a
 * name (`* as ns`), the quote of a string name (`* as 'ns'`), or `/` of a
 * comment. Any other ASCII character, as in the class name
 * `'v-enter-from'`, cannot.
 */
function mayEndModuleList(text: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && ASCII_SPACE.test(text[index]!)) index--;
  if (index < 0) return false;
  const char = text[index]!;
  return char === '}' || char === '*' || char === '/' || char === "'" || char === '"' || IDENTIFIER_PART.test(char) || char.charCodeAt(0) >= 0x80;
}

/**
 * Returns true when the word at `at` is certainly not a keyword that the
 * token stream reads as part of a reference. That is so inside a longer
 * ASCII identifier (`required`, `reimport`), after a single `.` (a property
 * such as `input.require`, which the scan skips), in a line comment, and for
 * `import.meta` with a property other than a glob function, and in a block
 * comment that `certainlyInBlockComment` vouches for. Every doubt
 * counts the word: a non-ASCII neighbour may be white space, and a string,
 * template, regular expression or block comment opened earlier on the line
 * may contain the `//`. A `{` between the `//` and the word may open a JSX
 * expression or a template substitution inside such text, so it counts the
 * word too.
 */
function cannotStartReference(text: string, at: number, word: string, facts: TextFacts): boolean {
  const before = text[at - 1];
  const after = text[at + word.length];
  if ((before !== undefined && IDENTIFIER_PART.test(before)) || (after !== undefined && IDENTIFIER_PART.test(after))) return true;
  if (before === '.' && text[at - 2] !== '.') return true;
  if (word === 'import' && otherImportMeta(text, at + word.length)) return true;
  if (facts.lineEnds() && insideLineComment(text, at)) return true;
  return facts.blockComments() && certainlyInBlockComment(text, at);
}

/**
 * Returns whether `import` is followed by `.meta.` and a property other than
 * the glob functions, such as `import.meta.url`, which references nothing.
 * A non-ASCII character after the property may continue its name, so it
 * counts the word.
 */
function otherImportMeta(text: string, end: number): boolean {
  META_PROPERTY.lastIndex = end;
  const match = META_PROPERTY.exec(text);
  if (match === null || GLOB_FUNCTIONS.has(match[1]!)) return false;
  const next = match[2]!;
  return next === '' || next.charCodeAt(0) < 0x80;
}

/** Returns whether a `//` earlier on the line of `at` certainly starts a comment that reaches `at`. */
function insideLineComment(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const slashes = text.indexOf('//', lineStart);
  if (slashes < 0 || slashes >= at) return false;
  return !OPENS_LITERAL.test(text.slice(lineStart, slashes)) && !text.slice(slashes + 2, at).includes('{');
}
