/**
 * Parses the syntax of a yarn v1 lockfile (`# yarn lockfile v1`), which is
 * neither JSON nor YAML:
 *
 *   "@babel/core@^7.0.0", "@babel/core@^7.1.0":
 *     version "7.1.2"
 *     resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.1.2.tgz#abc"
 *     integrity sha512-...
 *     dependencies:
 *       "@babel/parser" "^7.1.2"
 *
 * A line ending in `:` opens a block for one or more comma-separated keys,
 * and the lines indented below it fill the block. Other lines are
 * `key value`. Keys and values are bare words or JSON-style quoted strings,
 * and `#` starts a comment line.
 */
import { TextSyntaxError } from './parse-problem.js';

export type YarnClassicValue = string | YarnClassicBlock;
export interface YarnClassicBlock {
  [key: string]: YarnClassicValue;
}

/**
 * Parses the text into nested blocks. Keys listed in one header share one
 * block object. Blocks have no prototype, so a key such as `__proto__` is an
 * ordinary entry.
 */
export function parseYarnClassicSyntax(text: string): YarnClassicBlock {
  const root = emptyBlock();
  const stack: OpenBlock[] = [{ indent: -INDENT_STEP, block: root }];
  const lines = text.split('\n');

  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (content === '' || content.startsWith('#')) return;
    if (line.slice(0, indent).includes('\t')) throw new TextSyntaxError('tabs are not allowed in indentation', lineNumber, 1);

    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (indent !== parent.indent + INDENT_STEP) throw new TextSyntaxError('unexpected indentation', lineNumber, indent + 1);

    const cursor = new LineCursor(content, lineNumber, indent);
    const statement = readStatement(cursor);
    if (statement.kind === 'block') {
      const block = emptyBlock();
      for (const key of statement.keys) parent.block[key] = block;
      stack.push({ indent, block });
    } else {
      parent.block[statement.key] = statement.value;
    }
  });
  return root;
}

/** Spaces per nesting level. Yarn v1 writes two per level, and its own tokenizer rejects an odd count. */
const INDENT_STEP = 2;

function emptyBlock(): YarnClassicBlock {
  return Object.create(null) as YarnClassicBlock;
}

interface OpenBlock {
  /** Indentation of the block's header line; its entries are indented `INDENT_STEP` more. */
  indent: number;
  block: YarnClassicBlock;
}

type Statement = { kind: 'block'; keys: string[] } | { kind: 'value'; key: string; value: string };

/** Reads `key[, key...]:` or `key value` from one line. */
function readStatement(cursor: LineCursor): Statement {
  const keys = [cursor.readWord()];
  for (;;) {
    cursor.skipSpaces();
    if (cursor.atEnd()) throw cursor.error('a key has no value');
    if (cursor.peek() === ',') {
      cursor.advance();
      cursor.skipSpaces();
      keys.push(cursor.readWord());
      continue;
    }
    if (cursor.peek() === ':' && cursor.remaining() === 1) return { kind: 'block', keys };
    if (keys.length > 1) throw cursor.error('a list of keys must end with ":"');
    break;
  }
  const value = cursor.readWord();
  cursor.skipSpaces();
  if (!cursor.atEnd()) throw cursor.error('unexpected text after the value');
  return { kind: 'value', key: keys[0]!, value };
}

/** Position inside one line, with errors that carry the 1-based line and column. */
class LineCursor {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly lineNumber: number,
    private readonly indent: number,
  ) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.position];
  }

  remaining(): number {
    return this.text.length - this.position;
  }

  advance(): void {
    this.position++;
  }

  skipSpaces(): void {
    while (this.peek() === ' ') this.position++;
  }

  /** Reads a quoted string, or a bare word up to a space, comma or the `:` that ends the line. */
  readWord(): string {
    if (this.peek() === '"') return this.readQuoted();
    const start = this.position;
    while (!this.atEnd()) {
      const char = this.peek()!;
      if (char === ' ' || char === ',' || (char === ':' && this.remaining() === 1)) break;
      this.position++;
    }
    if (this.position === start) throw this.error('a key or value is missing');
    return this.text.slice(start, this.position);
  }

  error(problem: string): TextSyntaxError {
    return new TextSyntaxError(problem, this.lineNumber, this.indent + this.position + 1);
  }

  private readQuoted(): string {
    const start = this.position;
    this.position++;
    while (!this.atEnd() && this.peek() !== '"') {
      this.position += this.peek() === '\\' ? 2 : 1;
    }
    if (this.atEnd()) {
      this.position = start;
      throw this.error('a quoted string has no closing quote');
    }
    this.position++;
    try {
      return JSON.parse(this.text.slice(start, this.position)) as string;
    } catch {
      this.position = start;
      throw this.error('a quoted string has an invalid escape');
    }
  }
}
