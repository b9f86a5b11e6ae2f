/**
 * security/tls-verification-disabled: options and environment variables that
 * turn off certificate or host name checks.
 *
 * Reported: `rejectUnauthorized: false` and `strictSSL: false` as properties
 * or assignments, `NODE_TLS_REJECT_UNAUTHORIZED` set to `'0'` or `0` on
 * `process.env` or in an env object, and `checkServerIdentity` given a
 * function that returns nothing, which accepts every host name.
 */
import type { Node } from './ast-walk.js';
import { dottedPath, lastName, propertyKeyName, unwrapExpression } from './expressions.js';
import { reportNode, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

const TLS_ENV_NAME = 'NODE_TLS_REJECT_UNAUTHORIZED';

export const tlsVerificationRule: ScriptRule = (context) => (node) => {
  let message: string | null = null;
  // Method shorthand such as `checkServerIdentity() {}` is a Property of kind `init` too.
  if (node.type === 'Property' && node.kind === 'init') {
    message = disablingMessage(propertyKeyName(node.key, node.computed), node.value, false);
  } else if (node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'MemberExpression') {
    message = disablingMessage(lastName(node.left), node.right, isProcessEnv(node.left));
  }
  if (message) reportNode(context, SECURITY_RULE_IDS.tlsVerification, node, message);
};

function disablingMessage(name: string | null, value: Node, onProcessEnv: boolean): string | null {
  const literal = literalValue(value);
  if ((name === 'rejectUnauthorized' || name === 'strictSSL') && literal === false) {
    return `\`${name}: false\` accepts any certificate, so a machine in the network path can read and change the traffic; remove it, and pass a private CA with the \`ca\` option.`;
  }
  if (name === TLS_ENV_NAME && (literal === '0' || literal === 0)) {
    const where = onProcessEnv ? 'for the whole process' : 'for the child process';
    return `${TLS_ENV_NAME}=0 turns off certificate checks ${where}; remove it, and trust a private CA with NODE_EXTRA_CA_CERTS.`;
  }
  if (name === 'checkServerIdentity' && acceptsEveryHost(value)) {
    return 'checkServerIdentity returns nothing, so every host name is accepted; remove it, or return an Error when tls.checkServerIdentity does.';
  }
  return null;
}

function literalValue(node: Node): unknown {
  const expression = unwrapExpression(node);
  return expression.type === 'Literal' ? expression.value : undefined;
}

function isProcessEnv(target: Node): boolean {
  const path = dottedPath(target);
  return path !== null && path.length === 3 && path[0] === 'process' && path[1] === 'env';
}

/** A function whose body is empty or only returns `undefined`, `null` or `void 0`: tls treats that as a match. */
function acceptsEveryHost(node: Node): boolean {
  const fn = unwrapExpression(node);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return false;
  if (fn.body.type !== 'BlockStatement') return isNothing(fn.body);
  return fn.body.body.every(
    (statement) => statement.type === 'ReturnStatement' && (!statement.argument || isNothing(statement.argument)),
  );
}

function isNothing(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return expression.name === 'undefined';
  if (expression.type === 'Literal') return expression.value === null;
  return expression.type === 'UnaryExpression' && expression.operator === 'void' && expression.argument.type === 'Literal';
}
