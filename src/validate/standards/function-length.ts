/**
 * `standards/max-function-lines`, counted as ESLint max-lines-per-function
 * counts with its default options.
 */
import type { Finding } from '../model.js';
import { capitalize, countOf, type FunctionInfo } from './functions.js';
import { MAX_FUNCTION_LINES } from './rules.js';

/** Node types with a body, the ones ESLint's max-lines-per-function checks. */
const FUNCTIONS_WITH_BODY = new Set<string>(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Checks one function against the maximum. Signatures and function types, which have no body, are skipped. */
export function functionLengthFinding(path: string, info: FunctionInfo, max: number): Finding | null {
  if (info.immediatelyInvoked) return null;
  if (!FUNCTIONS_WITH_BODY.has(info.node.type)) return null;

  const lines = info.spanNode.loc.end.line - info.spanNode.loc.start.line + 1;
  if (lines <= max) return null;
  return {
    ruleId: MAX_FUNCTION_LINES.id,
    level: MAX_FUNCTION_LINES.defaultLevel,
    path,
    range: info.nameRange,
    message: `${capitalize(info.description)} spans ${countOf(lines, 'line')}, more than the maximum of ${max}.`,
    tool: 'testmaster',
    properties: { lines, max },
  };
}
