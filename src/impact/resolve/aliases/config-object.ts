/**
 * Finds the object literals that a config file exports and reads properties
 * from them through the syntax tree, without running the file.
 */
import type { ArrayLiteral, Expression, ModuleSyntax, ObjectLiteral, Statement } from '../../syntax/syntax-tree.js';
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
export function exportedConfigObjects(source: ModuleSyntax, context: EvaluationContext): ObjectLiteral[] {
  for (const statement of source.statements) {
    const exported = exportedExpression(statement);
    if (exported) return objectsOf(exported, context, 0);
  }
  return [];
}

/**
 * Returns `expression` as an object literal, following `await` and
 * top-level constants, or undefined when it is not one. The syntax tree
 * has already dropped parentheses and type assertions.
 */
export function asObjectLiteral(expression: Expression | undefined, context: EvaluationContext): ObjectLiteral | undefined {
  const unwrapped = expression && unwrap(expression, context, 0);
  return unwrapped?.kind === 'object' ? unwrapped : undefined;
}

/** Returns `expression` as an array literal, following the same steps as `asObjectLiteral`. */
export function asArrayLiteral(expression: Expression | undefined, context: EvaluationContext): ArrayLiteral | undefined {
  const unwrapped = expression && unwrap(expression, context, 0);
  return unwrapped?.kind === 'array' ? unwrapped : undefined;
}

/** Returns the value of the last property named `name`, because JavaScript keeps the last duplicate. */
export function propertyValue(object: ObjectLiteral, name: string): Expression | undefined {
  let value: Expression | undefined;
  for (const property of object.properties) {
    if ((property.kind === 'property' || property.kind === 'shorthand') && property.name === name) value = property.value;
  }
  return value;
}

function exportedExpression(statement: Statement): Expression | undefined {
  if (statement.kind === 'export-default' || statement.kind === 'export-equals') return statement.expression;
  if (statement.kind !== 'expression') return undefined;

  const expression = statement.expression;
  if (expression.kind !== 'binary' || expression.operator !== '=') return undefined;
  const target = expression.left;
  const isModuleExports =
    target.kind === 'member' && target.object.kind === 'identifier' && target.object.name === 'module' && target.name === 'exports';
  return isModuleExports ? expression.right : undefined;
}

function objectsOf(expression: Expression, context: EvaluationContext, depth: number): ObjectLiteral[] {
  if (depth > MAX_DEPTH) return [];
  const node = unwrap(expression, context, depth);
  if (node.kind === 'object') return [node];

  if (node.kind === 'call' && CONFIG_WRAPPERS.has(calleeText(node.callee))) {
    return node.arguments.flatMap((argument) => objectsOf(argument, context, depth + 1));
  }
  if (node.kind === 'function') return node.returned ? objectsOf(node.returned, context, depth + 1) : [];
  return [];
}

/** Strips `await` and follows identifiers to top-level constants. */
function unwrap(expression: Expression, context: EvaluationContext, depth: number): Expression {
  let node = expression;
  for (let step = depth; step <= MAX_DEPTH; step++) {
    if (node.kind === 'unary' && node.operator === 'await') {
      node = node.operand;
      continue;
    }
    const constant = node.kind === 'identifier' ? context.constants.get(node.name) : undefined;
    if (!constant) return node;
    node = constant;
  }
  return node;
}

function calleeText(callee: Expression): string {
  if (callee.kind === 'identifier') return callee.name;
  if (callee.kind === 'member') return callee.name;
  return '';
}
