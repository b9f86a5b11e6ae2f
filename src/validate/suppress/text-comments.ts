/**
 * Finds comments in text that has no parsed syntax tree: `#` comments of
 * YAML and shell, and `//` and block comments of C-like languages and of
 * scripts that failed to parse.
 *
 * The scanners skip quoted strings so a `#` or `//` inside one starts no
 * comment. NOTE: they do not know regular expression literals, YAML strings
 * that span lines, or heredocs, so text inside those can read as a comment.
 * A directive must start its comment, which keeps such misreadings rare.
 */
import type { SourceRange } from '../model.js';
import { LineIndex } from '../parse/line-index.js';
import { splitSourceLines } from '../scope/source-lines.js';
import type { SourceComment } from './directive.js';

/** Characters after which a quote opens a string; elsewhere, as in `don't`, it is part of a word. */
const QUOTE_OPENERS = new Set([' ', '\t', ':', '[', '{', ',', '=', '(']);

/**
 * Finds `#` comments line by line. A `#` starts a comment at the start of a
 * line or after white space, as YAML and POSIX shells require. Lines inside a
 * YAML block scalar are read like any other line, so a directive can sit
 * inside a workflow's `run:` script as a shell comment.
 */
export function hashComments(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  splitSourceLines(text).forEach((line, index) => {
    const column = hashCommentStart(line);
    if (column < 0) return;
    const range: SourceRange = { startLine: index + 1, startColumn: column + 1, endLine: index + 1, endColumn: line.length + 1 };
    comments.push({ text: line.slice(column + 1), range });
  });
  return comments;
}

/** Returns the index of the `#` that starts a comment in the line, or -1. */
function hashCommentStart(line: string): number {
  let quote: string | null = null;
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!;
    const previous = index === 0 ? ' ' : line[index - 1]!;
    if (quote !== null) {
      // YAML escapes a single quote by doubling it, and in shells `'a''b'` joins two quoted strings.
      if (character === '\\' && quote === '"') index++;
      else if (character === "'" && quote === "'" && line[index + 1] === "'") index++;
      else if (character === quote) quote = null;
      continue;
    }
    if ((character === '"' || character === "'") && QUOTE_OPENERS.has(previous)) quote = character;
    else if (character === '#' && (index === 0 || previous === ' ' || previous === '\t')) return index;
  }
  return -1;
}

/**
 * Finds `//` and block comments, skipping strings in single quotes, double
 * quotes and backticks. Template substitutions are not followed, so a
 * backtick inside `${...}` ends the template early.
 */
export function slashComments(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  const positions = new LineIndex(text, 'script');
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '"' || character === "'" || character === '`') {
      index = stringEnd(text, index, character);
    } else if (character === '/' && text[index + 1] === '/') {
      const end = lineEnd(text, index);
      comments.push({ text: text.slice(index + 2, end), range: positions.range(index, end) });
      index = end;
    } else if (character === '/' && text[index + 1] === '*') {
      const close = text.indexOf('*/', index + 2);
      const end = close < 0 ? text.length : close + 2;
      comments.push({ text: text.slice(index + 2, close < 0 ? end : close), range: positions.range(index, end) });
      index = end;
    } else {
      index++;
    }
  }
  return comments;
}

/** Returns the index after the closing quote. A line break ends a quoted string that is not a template. */
function stringEnd(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '\\') index += 2;
    else if (character === quote) return index + 1;
    else if (quote !== '`' && (character === '\n' || character === '\r')) return index;
    else index++;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const lineBreak = /[\n\r\u2028\u2029]/g;
  lineBreak.lastIndex = start;
  const match = lineBreak.exec(text);
  return match ? match.index : text.length;
}
