/**
 * A check that runs before the lexer and finds most code changes in one
 * pass over the characters. The lexer's first use in a process costs tens of
 * milliseconds while its code is still interpreted: about 60 ms for three
 * files of 73,000 characters on Node.js 20. A run with a warm scan cache
 * loads the lexer for nothing else.
 *
 * The pass knows strings, template literals and comments. It takes a `/`
 * for the start of a regular expression after a punctuator or a keyword
 * such as `return`, as a parser-less tokenizer does, and it does not know
 * JSX text. So a quote or comment marker inside JSX text, or a misread `/`,
 * can throw it off. Then it may call a change to comments a code change,
 * which costs selection but never safety, because it can only report
 * "differs", and the full comparison decides everything else.
 */

import { classifyPath } from '../../scan/file-kinds.js';

const KEYWORDS: ReadonlySet<string> = new Set([
  'await', 'break', 'case', 'catch', 'continue', 'debugger', 'delete', 'do', 'else', 'finally', 'for', 'if', 'instanceof',
  'new', 'return', 'super', 'switch', 'throw', 'try', 'while', 'with', 'yield',
]);

/**
 * Operators that type syntax never contains, as `erasure-checks.ts` lists
 * them, longest first. `>=` is left out: `let a: Array<T>= b` has one.
 */
const OPERATORS = ['===', '!==', '**=', '&&=', '||=', '??=', '<<=', '==', '!=', '&&', '||', '??', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<=', '?.', '**', '@', '%', '^', '~'];

/** First characters of `OPERATORS`, so that other punctuation skips the search. */
const OPERATOR_STARTS = '=!*&|?<+-/%^~@';

/** Characters after which a keyword is a property name, as in `{ if: 1 }` or `delete(): void`. */
const NAME_FOLLOWERS = new Set([':', '?', '(', '<', ',', ';', '}']);

interface Digest {
  /** The text without comments and without white space outside strings and templates. */
  code: string;
  /** The value-only operators and keywords, in order. */
  valueOnly: string;
}

const TYPESCRIPT_SOURCE = /\.(?:[mc]?ts|tsx)$/i;

/**
 * Returns true when the two versions of the script at `path` certainly
 * differ at run time: their code differs, and for TypeScript, so do the
 * tokens that type erasure keeps. False means undecided, and always for a
 * declaration file, which emits nothing.
 */
export function certainlyDiffersAtRunTime(path: string, base: string, head: string): boolean {
  const kind = classifyPath(path);
  if (kind.kind !== 'script' || kind.language.declarationFile) return false;
  return certainlyDiffers(base, head, TYPESCRIPT_SOURCE.test(path));
}

function certainlyDiffers(base: string, head: string, typescript: boolean): boolean {
  const left = digest(base);
  const right = digest(head);
  if (left.code === right.code) return false;
  return !typescript || left.valueOnly !== right.valueOnly;
}

function digest(text: string): Digest {
  const scanner = new DigestScanner(text);
  while (scanner.pos < text.length) scanner.step();
  return scanner.finish();
}

/** One pass of `digest` over a text: each `step` consumes one token, one comment or one run of white space. */
class DigestScanner {
  pos = 0;
  private readonly code: string[] = [];
  private readonly valueOnly: string[] = [];
  /** Brace depth of each open template substitution, innermost last. */
  private readonly substitutions: number[] = [];
  private braces = 0;
  /** Start of the code that has not been copied into `code` yet. */
  private runStart = 0;

  constructor(private readonly text: string) {}

  step(): void {
    const { text, pos } = this;
    const char = text[pos]!;
    const next = text[pos + 1];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.skip(pos + 1);
    else if (char === '/' && (next === '/' || next === '*')) this.skip(next === '/' ? lineEnd(text, pos) : blockCommentEnd(text, pos));
    else if (char === '"' || char === "'") this.pos = stringEnd(text, pos, char);
    else if (char === '`' || (char === '}' && this.closesSubstitution())) this.readTemplate(char);
    else if (char === '/' && regexCanStart(text, pos)) this.readRegex();
    else if (isWordStart(char)) this.readWord();
    else this.readPunctuation(char);
  }

  finish(): Digest {
    this.flush(this.pos);
    // Joined without a separator, so that formatting between tokens leaves the code equal.
    return { code: this.code.join(''), valueOnly: this.valueOnly.join(' ') };
  }

  /** Leaves out the text up to `end`: white space or a comment. */
  private skip(end: number): void {
    this.flush(this.pos);
    this.pos = end;
    this.runStart = end;
  }

  private flush(end: number): void {
    if (end > this.runStart) this.code.push(this.text.slice(this.runStart, end));
  }

  private closesSubstitution(): boolean {
    const depth = this.substitutions[this.substitutions.length - 1];
    return depth !== undefined && depth === this.braces;
  }

  private readTemplate(char: string): void {
    if (char === '}') this.substitutions.pop();
    this.pos = templateEnd(this.text, this.pos + 1);
    if (this.text.startsWith('${', this.pos - 2)) this.substitutions.push(this.braces);
  }

  /** A regular expression never occurs in a type, so erasure keeps it. */
  private readRegex(): void {
    const end = regexEnd(this.text, this.pos);
    this.valueOnly.push(this.text.slice(this.pos, end));
    this.pos = end;
  }

  private readWord(): void {
    const { text, pos } = this;
    const end = wordEnd(text, pos);
    const word = text.slice(pos, end);
    if (KEYWORDS.has(word) && !afterDot(text, pos) && !NAME_FOLLOWERS.has(nextVisible(text, end))) this.valueOnly.push(word);
    this.pos = end;
  }

  private readPunctuation(char: string): void {
    if (char === '{') this.braces++;
    else if (char === '}') this.braces--;
    const operator = OPERATOR_STARTS.includes(char) ? OPERATORS.find((candidate) => this.text.startsWith(candidate, this.pos)) : undefined;
    if (operator !== undefined && !(operator === '?.' && isDigit(this.text[this.pos + 2]))) {
      this.valueOnly.push(operator);
      this.pos += operator.length;
    } else {
      this.pos++;
    }
  }
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS: ReadonlySet<string> = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

const REGEX_AFTER_CHARACTERS = '(,=:[!&|?{};+-*%<>~^';

/** Returns whether the `/` at `pos` starts a regular expression, judged by the character or keyword before it. */
function regexCanStart(text: string, pos: number): boolean {
  let index = pos - 1;
  while (index >= 0 && isSpace(text[index]!)) index--;
  if (index < 0) return true;
  const previous = text[index]!;
  if (REGEX_AFTER_CHARACTERS.includes(previous)) return true;
  if (!isWordStart(previous) && !isDigit(previous)) return false;
  let start = index;
  while (start > 0 && (isWordStart(text[start - 1]!) || isDigit(text[start - 1]))) start--;
  return REGEX_AFTER_WORDS.has(text.slice(start, index + 1));
}

/** Returns the offset after the regular expression at `pos` and its flags, or after the `/` alone when no `/` closes it on its line. */
function regexEnd(text: string, pos: number): number {
  let index = pos + 1;
  let inClass = false;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === '\n') return pos + 1;
    else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      else if (char === '/' && !inClass) return wordEnd(text, index);
      index++;
    }
  }
  return pos + 1;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function lineEnd(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end === -1 ? text.length : end;
}

function blockCommentEnd(text: string, pos: number): number {
  const end = text.indexOf('*/', pos + 2);
  return end === -1 ? text.length : end + 2;
}

/** Returns the offset after the string that starts with `quote` at `pos`. */
function stringEnd(text: string, pos: number, quote: string): number {
  let index = pos + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === quote || char === '\n') return index + 1;
    else index++;
  }
  return index;
}

/** Returns the offset after the closing backtick or the `${` that ends this stretch of template text. */
function templateEnd(text: string, pos: number): number {
  let index = pos;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === '`') return index + 1;
    else if (char === '$' && text[index + 1] === '{') return index + 2;
    else index++;
  }
  return index;
}

function isWordStart(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char === '$' || char === '#';
}

function wordEnd(text: string, pos: number): number {
  let index = pos + 1;
  while (index < text.length && (isWordStart(text[index]!) || isDigit(text[index]))) index++;
  return index;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function afterDot(text: string, pos: number): boolean {
  let index = pos - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r')) index--;
  return text[index] === '.';
}

function nextVisible(text: string, pos: number): string {
  let index = pos;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r')) index++;
  return text[index] ?? '';
}
