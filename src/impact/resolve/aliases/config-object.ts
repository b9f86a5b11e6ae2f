/**
 * Finds the object literals that a config file exports and reads properties
 * from them through the TypeScript AST, without running the file.
 */
import ts from 'typescript';
import type { EvaluationContext } from './static-value.js';

/** Calls whose object arguments are the config: `defineConfig({…})`, `mergeConfig(a, {…})`. */
const CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject', 'mergeConfig']);

const MAX_DEPTH = 20;

/**
 * Finds the object literals that make up the default export (`export default`,
 * `export =` or `module.exports =`), in source order. A wrapper such as
 * `defineConfig` or `mergeConfig` contributes every object argument, and a
 * function contributes the object its first top-level `return` returns.
 * Returns an empty array when the export is not static.
 */
export function exportedConfigObjects(source: ts.SourceFile, context: EvaluationContext): ts.ObjectLiteralExpression[] {
  for (const statement of source.statements) {
    const exported = exportedExpression(statement);
    if (exported) return objectsOf(exported, context, 0);
  }
  return [];
}

/**
 * Returns `expression` as an object literal, following parentheses, type
 * assertions and top-level constants, or undefined when it is not one.
 */
export function asObjectLiteral(
  expression: ts.Expression | undefined,
  context: EvaluationContext,
): ts.ObjectLiteralExpression | undefined {
  const unwrapped = expression && unwrap(expression, context, 0);
  return unwrapped && ts.isObjectLiteralExpression(unwrapped) ? unwrapped : undefined;
}

/** Returns `expression` as an array literal, following the same steps as `asObjectLiteral`. */
export function asArrayLiteral(
  expression: ts.Expression | undefined,
  context: EvaluationContext,
): ts.ArrayLiteralExpression | undefined {
  const unwrapped = expression && unwrap(expression, context, 0);
  return unwrapped && ts.isArrayLiteralExpression(unwrapped) ? unwrapped : undefined;
}

/** Returns the value of the last property named `name`, because JavaScript keeps the last duplicate. */
export function propertyValue(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  let value: ts.Expression | undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === name) value = property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) value = property.name;
  }
  return value;
}

/** Returns the text of a property name that is an identifier, a string or number literal, or a computed string literal. */
export function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

function exportedExpression(statement: ts.Statement): ts.Expression | undefined {
  if (ts.isExportAssignment(statement)) return statement.expression;
  if (!ts.isExpressionStatement(statement)) return undefined;

  const expression = statement.expression;
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = expression.left;
  const isModuleExports =
    ts.isPropertyAccessExpression(target) &&
    ts.isIdentifier(target.expression) &&
    target.expression.text === 'module' &&
    target.name.text === 'exports';
  return isModuleExports ? expression.right : undefined;
}

function objectsOf(expression: ts.Expression, context: EvaluationContext, depth: number): ts.ObjectLiteralExpression[] {
  if (depth > MAX_DEPTH) return [];
  const node = unwrap(expression, context, depth);
  if (ts.isObjectLiteralExpression(node)) return [node];

  if (ts.isCallExpression(node) && CONFIG_WRAPPERS.has(calleeText(node.expression))) {
    return node.arguments.flatMap((argument) => objectsOf(argument, context, depth + 1));
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const body = node.body;
    if (!ts.isBlock(body)) return objectsOf(body, context, depth + 1);
    const returned = body.statements.find(ts.isReturnStatement)?.expression;
    return returned ? objectsOf(returned, context, depth + 1) : [];
  }
  return [];
}

/** Strips parentheses, `as`, `satisfies`, `!` and `await`, and follows identifiers to top-level constants. */
function unwrap(expression: ts.Expression, context: EvaluationContext, depth: number): ts.Expression {
  let node = expression;
  for (let step = depth; step <= MAX_DEPTH; step++) {
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isAwaitExpression(node)
    ) {
      node = node.expression;
      continue;
    }
    const constant = ts.isIdentifier(node) ? context.constants.get(node.text) : undefined;
    if (!constant) return node;
    node = constant;
  }
  return node;
}

function calleeText(callee: ts.Expression): string {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}
