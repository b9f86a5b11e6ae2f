/**
 * Facts about single expressions that several rules share: names of
 * properties and callees, and whether a value is a constant string.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Node } from './ast-walk.js';

/** Removes TypeScript-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`) and `await`, which do not change the value's source. */
export function unwrapExpression(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'AwaitExpression':
        current = current.type === 'AwaitExpression' ? current.argument : current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** Returns the name of a non-computed or string-literal property key, or null for computed keys. */
export function propertyKeyName(key: Node, computed: boolean): string | null {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? null;
  return null;
}

/** Returns the property name that a member expression reads: `a.b` and `a['b']` give `b`. */
export function memberName(node: TSESTree.MemberExpression): string | null {
  return propertyKeyName(node.property, node.computed);
}

/** Returns the dotted path of an expression made of identifiers and property reads, such as `process.env.X`. */
export function dottedPath(node: Node): string[] | null {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return [expression.name];
  if (expression.type === 'ThisExpression') return ['this'];
  if (expression.type === 'MemberExpression') {
    const name = memberName(expression);
    const object = dottedPath(expression.object);
    return name !== null && object ? [...object, name] : null;
  }
  return null;
}

/** Returns the last name in a callee or assignment target: `a.b.c` gives `c`, `f` gives `f`. */
export function lastName(node: Node): string | null {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return expression.name;
  if (expression.type === 'MemberExpression') return memberName(expression);
  return null;
}

/** True for a string literal, a template literal without expressions, a `+` of those, or a `?:` choosing between them. */
export function isConstantString(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Literal') return typeof expression.value === 'string';
  if (expression.type === 'ConditionalExpression') {
    return isConstantString(expression.consequent) && isConstantString(expression.alternate);
  }
  if (expression.type === 'TemplateLiteral') return expression.expressions.every(isConstantString);
  if (expression.type === 'BinaryExpression' && expression.operator === '+') {
    return isConstantString(expression.left) && isConstantString(expression.right);
  }
  return false;
}

/** True for a literal of any kind or a template literal whose parts are constant. */
export function isConstantValue(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Literal') return true;
  if (expression.type === 'Identifier' && expression.name === 'undefined') return true;
  return isConstantString(expression);
}

/**
 * True when an expression certainly yields a string that mixes in a
 * non-constant part: a template literal with a non-constant expression, or a
 * `+` with a string on one side and a non-constant value on the other.
 */
export function isBuiltString(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'TemplateLiteral') return !isConstantString(expression);
  if (expression.type === 'BinaryExpression' && expression.operator === '+') {
    const hasString = containsStringPart(expression);
    return hasString && !isConstantString(expression);
  }
  return false;
}

function containsStringPart(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Literal') return typeof expression.value === 'string';
  if (expression.type === 'TemplateLiteral') return true;
  if (expression.type === 'BinaryExpression' && expression.operator === '+') {
    return containsStringPart(expression.left) || containsStringPart(expression.right);
  }
  return false;
}

/** Returns the value of a string literal or of a template literal without expressions. */
export function staticString(node: Node): string | null {
  const expression = unwrapExpression(node);
  if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** Splits `sessionToken`, `SESSION_TOKEN` and `session-token` into lower-case words. */
export function wordsOfName(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}
