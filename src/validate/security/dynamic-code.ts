/**
 * security/dynamic-code: eval, the Function constructor, string timers and
 * the vm module with code that is not a literal.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Node } from './ast-walk.js';
import { dottedPath, isConstantString, unwrapExpression } from './expressions.js';
import { calleeName } from './module-bindings.js';
import { reportNode, type RuleContext, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

/** Objects through which browser and Node.js code reach the global functions. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

const VM_FUNCTIONS = new Set(['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction', 'Script']);

export const dynamicCodeRule: ScriptRule = (context) => (node) => {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return;
  const message = dynamicCodeMessage(context, node);
  if (message) reportNode(context, SECURITY_RULE_IDS.dynamicCode, node, message);
};

function dynamicCodeMessage(
  context: RuleContext,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
): string | null {
  const global = globalName(node.callee);
  const [first] = node.arguments;
  if (global === 'eval' && node.type === 'CallExpression') {
    return 'eval() runs its argument as code; call the function you need directly, or use JSON.parse for data.';
  }
  if (global === 'Function' && first) {
    return 'The Function constructor compiles its arguments as code, like eval(); write the function in the source instead.';
  }
  if ((global === 'setTimeout' || global === 'setInterval') && first && isStringArgument(first)) {
    return `${global}() with a string argument evaluates it as code; pass a function instead.`;
  }
  const name = calleeName(node.callee, context.bindings);
  if (name?.startsWith('vm.') && VM_FUNCTIONS.has(name.slice('vm.'.length)) && first && !isConstantString(first)) {
    return `${name}() compiles code that is not a string literal; vm is no security boundary, so run only code from the source tree.`;
  }
  return null;
}

/** `eval`, `window.eval` and `globalThis.eval` all give `eval`. */
function globalName(callee: Node): string | null {
  const path = dottedPath(callee);
  if (!path) return null;
  if (path.length === 1) return path[0]!;
  if (path.length === 2 && GLOBAL_OBJECTS.has(path[0]!)) return path[1]!;
  return null;
}

function isStringArgument(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Literal') return typeof expression.value === 'string';
  if (expression.type === 'TemplateLiteral') return true;
  if (expression.type === 'BinaryExpression' && expression.operator === '+') {
    return isStringArgument(expression.left) || isStringArgument(expression.right);
  }
  return false;
}
