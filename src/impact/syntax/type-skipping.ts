/**
 * Skipping of TypeScript types. The reader never needs the meaning of a
 * type, only where it ends: after `: Type` in a declaration, after `as` and
 * `satisfies`, and around type arguments such as `f<T>(x)`.
 */
import type { TokenCursor } from './token-cursor.js';

/** Words that start a type and need another type after them, as in `keyof T` or `readonly string[]`. */
const PREFIX_OPERATORS = new Set(['keyof', 'typeof', 'unique', 'readonly', 'infer', 'new', 'abstract', 'asserts']);

/**
 * Skips the type at the cursor. It stops at the first token that cannot
 * continue the type, such as `=`, `,`, `)`, `;`, or the `{` of a function
 * body after a return type. With `stopAtArrow`, as for the return type of
 * an arrow function, it also stops at `=>`.
 */
export function skipType(cursor: TokenCursor, stopAtArrow = false): void {
  let expectOperand = true;
  // `A extends B ? C : D` opens a conditional whose `?` and `:` belong to the type.
  let openConditionals = 0;
  for (;;) {
    if (cursor.atEnd) return;
    if (expectOperand) {
      if (!skipTypeOperandStart(cursor)) return;
      expectOperand = !endsOperand(cursor);
      continue;
    }
    if (cursor.is('.') || cursor.is('?.')) {
      cursor.advance();
      cursor.advance();
      continue;
    }
    if (cursor.is('<')) {
      if (!skipTypeArguments(cursor)) return;
      continue;
    }
    if (cursor.is('(') && cursor.previous?.kind === 'name' && cursor.previous.value === 'import') {
      // An import type: `typeof import('./module').name`.
      cursor.skip();
      continue;
    }
    if (cursor.is('[') && !cursor.token.lineBreakBefore) {
      cursor.skip();
      continue;
    }
    // `=>` continues a function type only after its parameter list: `(value: T) => R`.
    const continuesFunctionType = cursor.is('=>') && !stopAtArrow && cursor.previous?.value === ')';
    if (cursor.is('|') || cursor.is('&') || continuesFunctionType || cursor.isKeyword('is')) {
      cursor.advance();
      expectOperand = true;
      continue;
    }
    if (cursor.isKeyword('extends')) {
      openConditionals++;
      cursor.advance();
      expectOperand = true;
      continue;
    }
    if (openConditionals > 0 && (cursor.is('?') || cursor.is(':'))) {
      if (cursor.is(':')) openConditionals--;
      cursor.advance();
      expectOperand = true;
      continue;
    }
    return;
  }
}

/**
 * Skips `<…>` at the cursor, type parameters or arguments, and returns
 * whether it found the closing `>`. It gives up at a `;`, at the end of the
 * text, or at a closer of an enclosing bracket, which show that the `<` was a
 * less-than sign.
 */
export function skipTypeArguments(cursor: TokenCursor): boolean {
  let open = 0;
  for (;;) {
    const { kind, value } = cursor.token;
    if (kind === 'end') return false;
    if (kind === 'punctuation') {
      if (value === '<') open++;
      else if (value === '>' || value === '>>' || value === '>>>') open -= value.length;
      else if (value === '>=' || value === '>>=' || value === '>>>=') return false;
      else if (value === ';' || value === ')' || value === ']' || value === '}') return false;
    }
    if (open < 0) return false;
    if (cursor.isOpener()) cursor.skip();
    else cursor.advance();
    if (open === 0) return true;
  }
}

/**
 * Consumes what starts a type operand: prefix words, a leading `|` or `&`,
 * and then the operand's first token or bracketed group. Returns false when
 * no type can start here.
 */
function skipTypeOperandStart(cursor: TokenCursor): boolean {
  while (cursor.is('|') || cursor.is('&') || cursor.is('...') || cursor.is('-') || isPrefixOperator(cursor)) cursor.advance();
  if (cursor.is('<')) {
    // A generic function type: `<T>(value: T) => T`.
    return skipTypeArguments(cursor);
  }
  const { kind } = cursor.token;
  if (cursor.isOpener() || kind === 'template') {
    cursor.skip();
    return true;
  }
  if (kind === 'name' || kind === 'string' || kind === 'number') {
    cursor.advance();
    return true;
  }
  return false;
}

/** Returns whether the token just consumed ended an operand, which is false after a generic parameter list. */
function endsOperand(cursor: TokenCursor): boolean {
  const previous = cursor.previous;
  return !(previous?.kind === 'punctuation' && (previous.value === '>' || previous.value === '>>') && cursor.is('('));
}

/** Returns whether the current name is a prefix operator such as `keyof`, which it is only when a type follows it. */
function isPrefixOperator(cursor: TokenCursor): boolean {
  if (cursor.token.kind !== 'name' || !PREFIX_OPERATORS.has(cursor.token.value)) return false;
  return cursor.lookAhead(() => {
    cursor.advance();
    const { kind } = cursor.token;
    return kind === 'name' || kind === 'string' || kind === 'number' || cursor.isOpener() || cursor.is('<');
  });
}
