/** Object, array and template literals. */
import type { ExpressionParser } from './expression-parser.js';
import type { ArrayLiteral, Expression, ObjectLiteral, ObjectMember, SpreadElement, TemplateLiteral } from './syntax-tree.js';
import type { TokenCursor } from './token-cursor.js';
import { skipType, skipTypeArguments } from './type-skipping.js';

/** Words that make the member after them a method: `async run() {}`, `get size() {}`. */
const METHOD_MODIFIERS = new Set(['async', 'get', 'set']);

export function parseObjectLiteral(parser: ExpressionParser): ObjectLiteral {
  const start = parser.cursor.token.start;
  const properties: ObjectMember[] = [];
  parser.parseDelimited(() => {
    const member = parseObjectMember(parser);
    if (member) properties.push(member);
  });
  return parser.finish(start, { kind: 'object', properties });
}

export function parseArrayLiteral(parser: ExpressionParser): ArrayLiteral {
  const start = parser.cursor.token.start;
  const elements: (Expression | undefined)[] = [];
  // A comma that follows another comma, or the opening bracket, leaves a hole.
  let afterElement = false;
  parser.parseDelimited(
    () => {
      elements.push(parser.parseElement());
      afterElement = true;
    },
    () => {
      if (!afterElement) elements.push(undefined);
      afterElement = false;
    },
  );
  return parser.finish(start, { kind: 'array', elements });
}

/** Parses a template literal with substitutions; the current token is its head. */
export function parseTemplateLiteral(parser: ExpressionParser): TemplateLiteral {
  const { cursor } = parser;
  const start = cursor.token.start;
  const head = cursor.token.value;
  const spans: TemplateLiteral['spans'] = [];
  cursor.advance();
  while (!cursor.atEnd) {
    const expression = parser.parseExpression();
    // Tokens the expression left unread are skipped up to the `}` that continues the template.
    while (!cursor.atEnd && cursor.token.kind !== 'template-middle' && cursor.token.kind !== 'template-tail') cursor.skip();
    if (cursor.atEnd) break;
    spans.push({ expression, literal: cursor.token.value });
    const isTail = cursor.token.kind === 'template-tail';
    cursor.advance();
    if (isTail) break;
  }
  return parser.finish(start, { kind: 'template', head, spans });
}

function parseObjectMember(parser: ExpressionParser): ObjectMember | undefined {
  const { cursor } = parser;
  const start = cursor.token.start;
  if (cursor.is('...')) return parser.parseElement() as SpreadElement;

  let isMethod = false;
  if (cursor.token.kind === 'name' && METHOD_MODIFIERS.has(cursor.token.value) && startsPropertyNameAfter(cursor)) {
    cursor.advance();
    isMethod = true;
  }
  if (cursor.consume('*')) isMethod = true;

  const nameToken = cursor.token;
  const name = parsePropertyName(parser);
  if (name === null) return undefined;
  if (isMethod || cursor.is('(') || cursor.is('<')) {
    skipMethodRest(cursor);
    return parser.finish(start, { kind: 'method', name });
  }
  if (cursor.consume(':')) {
    const value = parser.parseAssignment();
    return parser.finish(start, { kind: 'property', name, value });
  }

  // A shorthand property; `= value` gives a default, which only destructuring patterns use.
  if (nameToken.kind !== 'name' || name === undefined) return undefined;
  const value = parser.finish(start, { kind: 'identifier' as const, name });
  if (cursor.consume('=')) parser.parseAssignment();
  return parser.finish(start, { kind: 'shorthand', name, value });
}

/**
 * Parses a property name: an identifier or keyword, a string or number, or
 * a computed `[expression]`. Returns its text, undefined for a computed name
 * that is not a string literal or for a private name, or null when no
 * property name starts here.
 */
export function parsePropertyName(parser: ExpressionParser): string | undefined | null {
  const { cursor } = parser;
  const { kind, value } = cursor.token;
  if (kind === 'name' || kind === 'string' || kind === 'number') {
    cursor.advance();
    return value;
  }
  if (kind === 'private-name') {
    cursor.advance();
    return undefined;
  }
  if (!cursor.is('[')) return null;
  let computed: Expression | undefined;
  parser.parseDelimited(() => {
    computed = parser.parseAssignment();
  });
  return computed?.kind === 'string' ? computed.value : undefined;
}

/** Returns whether a property name follows the current token, so that `get` in `{ get size() {} }` is a modifier but not in `{ get: 1 }`. */
function startsPropertyNameAfter(cursor: TokenCursor): boolean {
  return cursor.lookAhead(() => {
    cursor.advance();
    const { kind } = cursor.token;
    return kind === 'name' || kind === 'string' || kind === 'number' || kind === 'private-name' || cursor.is('[') || cursor.is('*');
  });
}

/** Skips type parameters, parameters, return type and body of a method. */
function skipMethodRest(cursor: TokenCursor): void {
  if (cursor.is('<')) skipTypeArguments(cursor);
  if (cursor.is('(')) cursor.skip();
  if (cursor.consume(':')) skipType(cursor);
  if (cursor.is('{')) cursor.skip();
}
