/**
 * Reads the first argument of `require(...)` or `import(...)` when it is built
 * from string literals: 'a', `./x/${y}.json`, or './x/' + name + '.js'.
 */
import { SyntaxKind } from './lexer/index.js';
import type { TokenStream } from './token-stream.js';

export interface StringArgument {
  /** Offset of the argument's first token. */
  start: number;
  /** False when every part is static, so `prefix` is the whole specifier. */
  dynamic: boolean;
  /** Static text before the first part that is not static. */
  prefix: string;
  /** Static text after the last part that is not static; '' when the argument is static. */
  suffix: string;
}

/** Returns whether an argument starting with a token of `kind` can be read by `readStringArgument`. */
function startsStringArgument(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.StringLiteral || kind === SyntaxKind.NoSubstitutionTemplateLiteral || kind === SyntaxKind.TemplateHead;
}

/**
 * Reads the first argument of a call: a `+` chain of operands that starts
 * with a string or template literal, up to the `,` or `)` that ends it. The
 * stream must be at the call's `(`.
 *
 * Returns undefined when the argument does not start with a literal, leaving
 * the stream at its first token, or when something other than `+` joins its
 * operands, as in `'./a'.concat(x)`.
 */
export function readStringArgument(stream: TokenStream): StringArgument | undefined {
  const generation = stream.generation;
  // The `(` has opened the call's frame, so its arguments are read at this depth.
  const depth = stream.depth;
  stream.advance();
  if (!startsStringArgument(stream.token)) return undefined;
  const argument: StringArgument = { start: stream.tokenStart, dynamic: false, prefix: '', suffix: '' };

  for (;;) {
    if (!readOperand(stream, depth, argument)) return undefined;
    if (stream.generation !== generation) return undefined;
    if (stream.is(SyntaxKind.PlusToken) && stream.depth === depth) {
      stream.advance();
      continue;
    }
    if (endsArgument(stream, depth)) return argument;
    return undefined;
  }
}

/** Returns whether the stream is at the `,` or `)` that ends an argument read at `depth`. */
export function endsArgument(stream: TokenStream, depth: number): boolean {
  if (stream.is(SyntaxKind.CommaToken)) return stream.depth === depth;
  // The `)` has already closed the call's frame.
  return stream.is(SyntaxKind.CloseParenToken) && stream.depth === depth - 1;
}

/** Moves past the rest of the call's arguments to its `)`, whose frame is at `depth`. */
export function skipToCallEnd(stream: TokenStream, depth: number): void {
  while (!(stream.is(SyntaxKind.CloseParenToken) && stream.depth === depth - 1)) {
    if (stream.is(SyntaxKind.EndOfFileToken) || stream.depth < depth - 1) return;
    stream.advance();
  }
}

/** Reads one operand of the `+` chain and folds it into `argument`; returns false when it cannot be read. */
function readOperand(stream: TokenStream, depth: number, argument: StringArgument): boolean {
  switch (stream.token) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      if (argument.dynamic) argument.suffix += stream.value();
      else argument.prefix += stream.value();
      stream.advance();
      return true;
    case SyntaxKind.TemplateHead: {
      if (!argument.dynamic) argument.prefix += stream.value();
      argument.dynamic = true;
      const tail = readTemplateTail(stream, depth);
      if (tail === undefined) return false;
      argument.suffix = tail;
      return true;
    }
    default:
      argument.dynamic = true;
      argument.suffix = '';
      skipExpression(stream, depth);
      return true;
  }
}

/**
 * Moves from a template head to its tail and past it, and returns the tail's
 * text. The head opened a frame above `depth`, and the tail closes it.
 */
function readTemplateTail(stream: TokenStream, depth: number): string | undefined {
  stream.advance();
  while (!(stream.is(SyntaxKind.TemplateTail) && stream.depth === depth)) {
    if (stream.is(SyntaxKind.EndOfFileToken) || stream.depth < depth) return undefined;
    stream.advance();
  }
  const tail = stream.value();
  stream.advance();
  return tail;
}

/** Moves past an operand that is not a literal, up to the next `+`, `,` or `)` at `depth`. */
function skipExpression(stream: TokenStream, depth: number): void {
  for (;;) {
    if (stream.is(SyntaxKind.EndOfFileToken) || stream.depth < depth) return;
    if (stream.depth === depth && (stream.is(SyntaxKind.PlusToken) || stream.is(SyntaxKind.CommaToken))) return;
    stream.advance();
  }
}
