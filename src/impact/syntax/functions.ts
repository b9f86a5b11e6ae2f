/**
 * Arrow functions, function expressions and class expressions. Of a
 * function only the value it returns is read, because a config may be a
 * function that returns the config object: `defineConfig(() => ({ … }))`.
 */
import type { ExpressionParser } from './expression-parser.js';
import type { Expression, FunctionExpression } from './syntax-tree.js';
import type { TokenCursor } from './token-cursor.js';
import { skipType, skipTypeArguments } from './type-skipping.js';

/**
 * Returns whether an arrow function starts at the cursor: `x =>`,
 * `(a, b) =>`, `async x =>`, `async (x) =>`, and in TypeScript `(x): T =>`
 * and `<T>(x: T) =>`.
 */
export function isArrowStart(parser: ExpressionParser): boolean {
  const { cursor } = parser;
  const { kind } = cursor.token;
  if (kind !== 'name' && !cursor.is('(') && !(cursor.is('<') && parser.options.typeScript)) return false;
  if (cursor.is('(') && !mayStartParameters(cursor)) return false;
  return cursor.lookAhead(() => {
    if (cursor.isKeyword('async') && !parser.nextIs('=>')) {
      cursor.advance();
      if (cursor.token.lineBreakBefore) return false;
    }
    return skipArrowHead(parser);
  });
}

/** Parses an arrow function; `isArrowStart` has accepted the cursor. */
export function parseArrowFunction(parser: ExpressionParser): FunctionExpression {
  const { cursor } = parser;
  const start = cursor.token.start;
  if (cursor.isKeyword('async') && !parser.nextIs('=>')) cursor.advance();
  skipArrowHead(parser);
  const returned = cursor.is('{') ? readBodyReturn(parser) : parser.parseAssignment();
  return parser.finish(start, { kind: 'function', returned });
}

/** Parses `function name(…) { … }` or `async function`, and reads its first top-level `return`. */
export function parseFunctionExpression(parser: ExpressionParser): FunctionExpression {
  const { cursor } = parser;
  const start = cursor.token.start;
  cursor.consume('async');
  cursor.advance();
  cursor.consume('*');
  if (cursor.token.kind === 'name' && !cursor.is('(')) cursor.advance();
  if (cursor.is('<')) skipTypeArguments(cursor);
  if (cursor.is('(')) cursor.skip();
  if (cursor.consume(':')) skipType(cursor);
  const returned = cursor.is('{') ? readBodyReturn(parser) : undefined;
  return parser.finish(start, { kind: 'function', returned });
}

/** Skips a class expression: name, heritage clauses and body. */
export function skipClassExpression(parser: ExpressionParser): Expression {
  const { cursor } = parser;
  const start = cursor.token.start;
  const depth = cursor.depth;
  cursor.advance();
  while (!cursor.atEnd && !(cursor.is('{') && cursor.depth === depth + 1)) cursor.skip();
  if (cursor.is('{')) cursor.skip();
  return parser.other(start);
}

/**
 * Returns whether the `(` at the cursor may open a parameter list, judged
 * from the two tokens after it. It rules out most parenthesized
 * expressions, such as `((a))` and `(a + b)`, without scanning to the `)`,
 * which would make deeply nested parentheses take quadratic time.
 */
function mayStartParameters(cursor: TokenCursor): boolean {
  return cursor.lookAhead(() => {
    cursor.advance();
    if (cursor.is(')') || cursor.is('...') || cursor.is('{') || cursor.is('[')) return true;
    if (cursor.token.kind !== 'name') return false;
    cursor.advance();
    return cursor.is(',') || cursor.is(':') || cursor.is('=') || cursor.is('?') || cursor.is(')');
  });
}

/**
 * Skips the parameters, the return type and the `=>` of an arrow function,
 * and returns whether the `=>` was there.
 */
function skipArrowHead(parser: ExpressionParser): boolean {
  const { cursor } = parser;
  if (cursor.is('<') && !skipTypeArguments(cursor)) return false;
  if (cursor.token.kind === 'name' && !cursor.is('(')) cursor.advance();
  else if (cursor.is('(')) cursor.skip();
  else return false;
  if (parser.options.typeScript && parser.arrowReturnTypeAllowed && cursor.consume(':')) skipType(cursor, true);
  if (!cursor.is('=>') || cursor.token.lineBreakBefore) return false;
  cursor.advance();
  return true;
}

/**
 * Reads the function body at the cursor's `{` up to its `}`, and returns the
 * value of the first `return` statement directly in it. Returns inside
 * nested blocks and functions are skipped, as TypeScript's tree would show
 * them as statements of those blocks.
 */
function readBodyReturn(parser: ExpressionParser): Expression | undefined {
  const { cursor } = parser;
  const depth = cursor.depth;
  cursor.advance();
  let returned: Expression | undefined;
  let found = false;
  while (cursor.depth >= depth && !cursor.atEnd) {
    if (!found && cursor.isKeyword('return') && startsStatement(cursor)) {
      found = true;
      cursor.advance();
      const hasValue = !cursor.token.lineBreakBefore && !cursor.is(';') && !cursor.is('}');
      if (hasValue) returned = parser.parseExpression();
      continue;
    }
    cursor.skip();
  }
  if (!cursor.atEnd) cursor.advance();
  return returned;
}

/**
 * Returns whether the current token starts a statement of the block being
 * read, as `return` does after `{`, `;`, `}` or a line break, but not in
 * `if (x) return y`.
 */
function startsStatement(cursor: TokenCursor): boolean {
  const previous = cursor.previous;
  if (previous === undefined) return true;
  if (previous.kind === 'punctuation' && (previous.value === '{' || previous.value === ';' || previous.value === '}')) return true;
  const endsHead = (previous.kind === 'punctuation' && previous.value === ')') || (previous.kind === 'name' && (previous.value === 'else' || previous.value === 'do'));
  return cursor.token.lineBreakBefore && !endsHead;
}
