/**
 * Finds GitHub Actions expressions (`${{ ... }}`) in a YAML value's source
 * text and the context properties they read, such as
 * `github.event.issue.title`.
 *
 * The expression language is GitHub's: string literals in single quotes with
 * `''` as the escape, property access with `.name`, `['name']`, `[0]` and the
 * `*` filter, function calls, and the operators `! == != < <= > >= && ||`.
 * Context and property names are case-insensitive, so paths come back in
 * lower case.
 */

/** One `${{ ... }}` in a text. */
export interface ExpressionSpan {
  /** Offset of the `$`. */
  start: number;
  /** Offset just after the closing `}}`. */
  end: number;
  /** The text between `${{` and `}}`. */
  body: string;
}

/** A property path that an expression reads, with `*` for an index or filter. */
export interface ContextReference {
  path: string;
  /** Name of the innermost function call whose arguments contain the reference, in lower case, or null. */
  enclosingFunction: string | null;
}

/**
 * Returns the expressions in `text` between `from` and `to`. An expression
 * without its closing `}}` is skipped, because GitHub rejects the workflow.
 */
export function findExpressions(text: string, from = 0, to = text.length): ExpressionSpan[] {
  const spans: ExpressionSpan[] = [];
  let index = text.indexOf('${{', from);
  while (index >= 0 && index < to) {
    const close = closingBraces(text, index + 3, to);
    if (close < 0) break;
    spans.push({ start: index, end: close + 2, body: text.slice(index + 3, close) });
    index = text.indexOf('${{', close + 2);
  }
  return spans;
}

/** Offset of the `}}` that closes an expression whose body starts at `from`, skipping string literals; -1 when none does. */
function closingBraces(text: string, from: number, to: number): number {
  let inString = false;
  for (let index = from; index < to - 1; index++) {
    const char = text[index];
    if (char === "'") {
      // Inside a string, `''` is an escaped quote: toggling twice keeps the string open.
      inString = !inString;
    } else if (!inString && char === '}' && text[index + 1] === '}') {
      return index;
    }
  }
  return -1;
}

type Token = { kind: 'name' | 'string' | 'number' | 'punctuation'; text: string };

const TOKEN = /\s*(?:'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_-]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|0x[0-9a-fA-F]+)|(==|!=|<=|>=|&&|\|\||[!<>()[\],.*]))/y;

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(body);
    if (!match) {
      // An unknown character: skip it, so that the rest of the expression is still read.
      TOKEN.lastIndex = start + 1;
      continue;
    }
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1].replace(/''/g, "'") });
    else if (match[2] !== undefined) tokens.push({ kind: 'name', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'number', text: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'punctuation', text: match[4] });
  }
  return tokens;
}

/** Lists the context properties that the expression `body` reads. */
export function contextReferences(body: string): ContextReference[] {
  const tokens = tokenize(body);
  const references: ContextReference[] = [];
  /** Function name of each open parenthesis, or null for a grouping one. */
  const calls: Array<string | null> = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token.kind === 'name' && next?.text === '(') {
      calls.push(token.text.toLowerCase());
      index += 2;
    } else if (token.kind === 'name' && !isLiteralName(token.text)) {
      const [path, after] = readPath(tokens, index);
      references.push({ path, enclosingFunction: innermostCall(calls) });
      index = after;
    } else {
      if (token.text === '(') calls.push(null);
      if (token.text === ')') calls.pop();
      index++;
    }
  }
  return references;
}

function isLiteralName(name: string): boolean {
  return ['true', 'false', 'null', 'nan', 'infinity'].includes(name.toLowerCase());
}

function innermostCall(calls: Array<string | null>): string | null {
  for (let index = calls.length - 1; index >= 0; index--) {
    if (calls[index] !== null) return calls[index]!;
  }
  return null;
}

/** Reads the property path that starts with the name at `start`; returns it and the index of the token after it. */
function readPath(tokens: Token[], start: number): [string, number] {
  const segments = [tokens[start]!.text.toLowerCase()];
  let index = start + 1;
  for (;;) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token?.text === '.' && next && (next.kind === 'name' || next.text === '*')) {
      segments.push(next.text.toLowerCase());
      index += 2;
    } else if (token?.text === '[' && next && tokens[index + 2]?.text === ']' && next.kind !== 'punctuation') {
      segments.push(next.kind === 'string' ? next.text.toLowerCase() : '*');
      index += 3;
    } else if (token?.text === '[' && next?.text === '*' && tokens[index + 2]?.text === ']') {
      segments.push('*');
      index += 3;
    } else {
      return [segments.join('.'), index];
    }
  }
}
