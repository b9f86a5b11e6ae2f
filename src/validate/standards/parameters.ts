/**
 * `standards/max-parameters`, counted as ESLint 10's max-params counts with
 * the option `countThis: "never"`: a TypeScript `this` parameter only
 * declares the type of `this` and disappears from the compiled function.
 * ESLint's default, `except-void`, counts it unless its type is `void`.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Finding } from '../model.js';
import { capitalize, countOf, type FunctionInfo } from './functions.js';
import { MAX_PARAMETERS } from './rules.js';

/**
 * Checks one function, declared function signature or function type. The
 * finding covers the counted parameters, from the first to the last.
 */
export function parameterCountFinding(path: string, info: FunctionInfo, max: number): Finding | null {
  const counted = info.node.params.filter((parameter) => !isThisParameter(parameter));
  if (counted.length <= max) return null;

  const first = counted[0]!;
  const last = counted[counted.length - 1]!;
  return {
    ruleId: MAX_PARAMETERS.id,
    level: MAX_PARAMETERS.defaultLevel,
    path,
    range: {
      startLine: first.loc.start.line,
      startColumn: first.loc.start.column + 1,
      endLine: last.loc.end.line,
      endColumn: last.loc.end.column + 1,
    },
    message: `${capitalize(info.description)} declares ${countOf(counted.length, 'parameter')}, more than the maximum of ${max}.`,
    tool: 'testmaster',
    properties: { parameters: counted.length, max },
  };
}

function isThisParameter(parameter: TSESTree.Parameter): boolean {
  return parameter.type === 'Identifier' && parameter.name === 'this';
}
