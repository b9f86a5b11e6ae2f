/**
 * security/insecure-random: `Math.random()` whose result becomes a token, a
 * secret, an id or a similar value that an attacker must not guess.
 *
 * The model is local to one function and names only. The value of a
 * `Math.random()` call flows outward through the expression around it
 * (arithmetic, method calls such as `.toString(36)`, template literals,
 * arrays, `Math.floor`) to the first consumer:
 * - the variable, property or assignment target it is stored in,
 * - the function it is passed to, or
 * - the function that returns it.
 * The finding fires when that name contains a secret-like word. A variable
 * without such a name that stores the value passes it on once more, so
 * `const r = Math.random(); const token = r.toString(36)` is reported too.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode } from '../parse/function-nodes.js';
import { enclosingScope, type Node } from './ast-walk.js';
import { dottedPath, lastName, propertyKeyName, wordsOfName } from './expressions.js';
import { reportNode, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

/** Whole words of a name that mark a value as secret or guess-sensitive; `id` matches `userId` but not `idle`. */
const SECRET_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'nonce', 'salt', 'key', 'apikey',
  'session', 'sid', 'otp', 'totp', 'pin', 'id', 'ids', 'uid', 'uuid', 'guid', 'csrf', 'xsrf', 'iv',
  'verifier', 'challenge', 'credential', 'credentials', 'auth', 'cookie', 'ticket',
]);

/** Expression kinds through which a random number keeps flowing to its consumer. */
const PASS_THROUGH = new Set([
  'BinaryExpression', 'UnaryExpression', 'TemplateLiteral', 'ArrayExpression', 'ConditionalExpression',
  'LogicalExpression', 'TSAsExpression', 'TSNonNullExpression', 'ChainExpression', 'SpreadElement',
  'AwaitExpression', 'SequenceExpression', 'TaggedTemplateExpression',
]);

export function isSecretLikeName(name: string): boolean {
  return wordsOfName(name).some((word) => SECRET_WORDS.has(word));
}

export const insecureRandomRule: ScriptRule = (context) => {
  /** Variables per function that hold a random value under a neutral name. */
  const randomVariables = new Map<Node, Set<string>>();

  return (node, ancestors) => {
    const isRandomCall = node.type === 'CallExpression' && dottedPath(node.callee)?.join('.') === 'Math.random';
    const isRandomVariable =
      node.type === 'Identifier' &&
      randomVariables.size > 0 &&
      randomVariables.get(enclosingScope(ancestors))?.has(node.name) === true &&
      !isDeclarationName(node, ancestors);
    if (!isRandomCall && !isRandomVariable) return;

    const consumer = consumerOf(node, ancestors);
    if (!consumer) return;
    if (isSecretLikeName(consumer.name)) {
      const source = isRandomCall ? 'Math.random()' : `\`${(node as TSESTree.Identifier).name}\`, which stores a Math.random() value,`;
      reportNode(
        context,
        SECURITY_RULE_IDS.insecureRandom,
        node,
        `${source} flows into ${consumer.kind} \`${consumer.name}\`, but its output is predictable; use crypto.randomBytes, crypto.randomUUID or crypto.getRandomValues.`,
      );
    } else if (consumer.kind === 'variable' && isRandomCall) {
      const scope = enclosingScope(ancestors);
      let names = randomVariables.get(scope);
      if (!names) randomVariables.set(scope, (names = new Set()));
      names.add(consumer.name);
    }
  };
};

interface Consumer {
  kind: 'variable' | 'property' | 'function' | 'the return value of';
  name: string;
}

/** Walks up from the random value through pass-through expressions to the node that consumes it. */
function consumerOf(start: Node, ancestors: readonly Node[]): Consumer | null {
  let child: Node = start;
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const parent = ancestors[index]!;
    const consumer = consumerAt(parent, child, ancestors.slice(0, index));
    if (consumer !== undefined) return consumer;
    if (!flowsThrough(parent, child)) return null;
    child = parent;
  }
  return null;
}

/** Returns the consumer when `parent` takes the value, undefined when the value flows on, and null when it stops. */
function consumerAt(parent: Node, child: Node, above: readonly Node[]): Consumer | null | undefined {
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.init === child && parent.id.type === 'Identifier' ? { kind: 'variable', name: parent.id.name } : null;
    case 'AssignmentExpression': {
      const name = parent.right === child ? lastName(parent.left) : null;
      return name ? { kind: parent.left.type === 'Identifier' ? 'variable' : 'property', name } : null;
    }
    case 'Property': {
      const name = parent.value === child ? propertyKeyName(parent.key, parent.computed) : null;
      return name ? { kind: 'property', name } : null;
    }
    case 'PropertyDefinition': {
      const name = parent.value === child ? propertyKeyName(parent.key, parent.computed) : null;
      return name ? { kind: 'property', name } : null;
    }
    case 'ReturnStatement':
      return returnConsumer(above);
    case 'ArrowFunctionExpression':
      return parent.body === child ? functionConsumer(parent, above) : null;
    case 'CallExpression':
    case 'NewExpression':
      return callConsumer(parent, child);
    default:
      return undefined;
  }
}

/** Calls on the value (`.toString(36)`, `.slice(2)`) pass it on; a call that takes it as an argument consumes it. */
function callConsumer(call: TSESTree.CallExpression | TSESTree.NewExpression, child: Node): Consumer | null | undefined {
  if (call.callee === child) return undefined;
  const path = dottedPath(call.callee);
  // Math.floor(Math.random() * n), String(...) and Number(...) transform the value without consuming it.
  if (path && (path[0] === 'Math' || path.join('.') === 'String' || path.join('.') === 'Number')) return undefined;
  const name = lastName(call.callee);
  return name ? { kind: 'function', name } : null;
}

function flowsThrough(parent: Node, child: Node): boolean {
  if (PASS_THROUGH.has(parent.type)) return true;
  if (parent.type === 'MemberExpression') return parent.object === child;
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') return true;
  return false;
}

function returnConsumer(above: readonly Node[]): Consumer | null {
  for (let index = above.length - 1; index >= 0; index -= 1) {
    const node = above[index]!;
    if (isFunctionNode(node)) return functionConsumer(node, above.slice(0, index));
  }
  return null;
}

/** The name of a function: its own, or that of the variable, property or method it is stored in. */
function functionConsumer(fn: Node, above: readonly Node[]): Consumer | null {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) {
    return { kind: 'the return value of', name: fn.id.name };
  }
  const holder = above[above.length - 1];
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') return { kind: 'the return value of', name: holder.id.name };
  if ((holder?.type === 'Property' || holder?.type === 'MethodDefinition' || holder?.type === 'PropertyDefinition') && holder.value === fn) {
    const name = propertyKeyName(holder.key, holder.computed);
    return name ? { kind: 'the return value of', name } : null;
  }
  return null;
}

/** True where the identifier names something rather than reading the variable: a declaration, a property key or `a.name`. */
function isDeclarationName(node: TSESTree.Identifier, ancestors: readonly Node[]): boolean {
  const parent = ancestors[ancestors.length - 1];
  if (parent?.type === 'VariableDeclarator') return parent.id === node;
  if (parent?.type === 'MemberExpression') return parent.property === node && !parent.computed;
  if (parent?.type === 'Property') return parent.key === node && !parent.computed && !parent.shorthand;
  return false;
}
