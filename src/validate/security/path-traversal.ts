/**
 * security/path-traversal: request data that reaches a file system path.
 *
 * The taint model is intra-procedural, in source order, and by variable
 * name (see docs/validate/security.md for examples):
 * - Sources are the request fields and calls in request-sources.ts.
 * - Taint flows through variables and destructuring, property reads and
 *   method calls on a tainted value, template literals, `+`, `?:`, `||`,
 *   `await`, TypeScript casts, `path.join`, `path.resolve`,
 *   `path.normalize`, `String`, `decodeURI` and `decodeURIComponent`.
 * - `path.basename` returns a clean value. So does any other function call,
 *   because calls are not followed into other functions.
 * - A tainted variable counts as checked once it is an argument or a method
 *   receiver inside an `if` test (`if (!name.startsWith(root))`). It also
 *   counts as checked once it is an argument of a call statement whose name
 *   contains assert, check, validate, ensure, verify, sanitize or guard.
 *   A `?:` whose test checks a tainted variable yields a clean value. The
 *   rule does not judge whether the check is right.
 * - Sinks are the path arguments of the calls listed in path-sinks.ts.
 * `for…of` and `for…in` over a tainted value taint the loop variable.
 * Reassigning a variable from a clean value clears it. Inner functions inherit
 * the taint of the outer ones, and branches are not distinguished.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { enclosingScope, enclosingScopes, walkNode, type Node } from './ast-walk.js';
import { dottedPath, lastName, propertyKeyName, unwrapExpression } from './expressions.js';
import { calleeName } from './module-bindings.js';
import { pathSinkOf } from './path-sinks.js';
import { isRequestDataCall, isRequestDataMember, requestFieldsOf } from './request-sources.js';
import { reportNode, snippetOf, type RuleContext, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

/** path functions whose result keeps the taint of any argument. */
const PATH_PROPAGATORS = new Set(['join', 'resolve', 'normalize', 'toNamespacedPath', 'format']);

const GLOBAL_PROPAGATORS = new Set(['String', 'decodeURI', 'decodeURIComponent', 'unescape']);

const CHECKING_CALL = /assert|check|validat|ensure|verify|saniti[sz]|guard/i;

/** State of a variable: the source text of its request data, `clean`, or `checked`, which ends the taint. */
type VariableState = { source: string } | 'clean' | 'checked';

export const pathTraversalRule: ScriptRule = (context) => {
  const states = new Map<Node, Map<string, VariableState>>();
  const tracker = new TaintTracker(context, states);
  return (node, ancestors) => {
    switch (node.type) {
      case 'VariableDeclarator':
        tracker.declare(node, ancestors);
        break;
      case 'AssignmentExpression':
        tracker.assign(node, ancestors);
        break;
      case 'ForOfStatement':
      case 'ForInStatement':
        tracker.declareLoopVariable(node, ancestors);
        break;
      case 'IfStatement':
      case 'ConditionalExpression':
        tracker.markChecked(node.test, ancestors);
        break;
      case 'ExpressionStatement':
        tracker.markAssertion(node.expression, ancestors);
        break;
      case 'CallExpression':
        checkSink(context, tracker, node, ancestors);
        break;
      default:
        break;
    }
  };
};

class TaintTracker {
  constructor(
    private readonly context: RuleContext,
    private readonly states: Map<Node, Map<string, VariableState>>,
  ) {}

  /** Returns the source text of the request data in an expression, or null when it contains none. */
  taintOf(node: Node, ancestors: readonly Node[]): string | null {
    const expression = unwrapExpression(node);
    switch (expression.type) {
      case 'Identifier': {
        const state = this.lookup(expression.name, ancestors);
        return typeof state === 'object' ? state.source : null;
      }
      case 'MemberExpression':
        if (isRequestDataMember(expression)) return snippetOf(this.context, expression);
        return this.taintOf(expression.object, ancestors);
      case 'CallExpression':
        return this.callTaint(expression, ancestors);
      case 'TemplateLiteral':
        return this.firstTaint(expression.expressions, ancestors);
      case 'BinaryExpression':
        return expression.operator === '+' ? this.firstTaint([expression.left, expression.right], ancestors) : null;
      case 'LogicalExpression':
        return this.firstTaint([expression.left, expression.right], ancestors);
      case 'ConditionalExpression':
        return this.conditionalTaint(expression, ancestors);
      default:
        return null;
    }
  }

  private callTaint(call: TSESTree.CallExpression, ancestors: readonly Node[]): string | null {
    if (isRequestDataCall(call)) return snippetOf(this.context, call);
    const args = call.arguments.filter((argument) => argument.type !== 'SpreadElement');
    const pathFunction = pathFunctionName(calleeName(call.callee, this.context.bindings));
    if (pathFunction === 'basename') return null;
    if (pathFunction !== null) return PATH_PROPAGATORS.has(pathFunction) ? this.firstTaint(args, ancestors) : null;
    const global = dottedPath(call.callee);
    if (global?.length === 1 && GLOBAL_PROPAGATORS.has(global[0]!)) return this.firstTaint(args, ancestors);
    // A method called on a tainted value, such as `.trim()` or `.toString()`, returns tainted data.
    if (call.callee.type === 'MemberExpression') return this.taintOf(call.callee.object, ancestors);
    return null;
  }

  private firstTaint(nodes: readonly Node[], ancestors: readonly Node[]): string | null {
    for (const node of nodes) {
      const source = this.taintOf(node, ancestors);
      if (source !== null) return source;
    }
    return null;
  }

  declare(node: TSESTree.VariableDeclarator, ancestors: readonly Node[]): void {
    if (!node.init) return;
    const source = this.taintOf(node.init, ancestors);
    const scope = enclosingScope(ancestors);
    if (source !== null) {
      this.bindAll(node.id, { source }, scope);
      return;
    }
    const fields = requestFieldsOf(node.init);
    if (fields && node.id.type === 'ObjectPattern') {
      this.bindRequestFields(node.id, fields, snippetOf(this.context, node.init), scope);
      return;
    }
    this.bindAll(node.id, 'clean', scope);
  }

  /** `for (const file of req.body.files)` and `for (const key in req.query)` taint the loop variable. */
  declareLoopVariable(node: TSESTree.ForOfStatement | TSESTree.ForInStatement, ancestors: readonly Node[]): void {
    const source = this.taintOf(node.right, ancestors);
    if (source === null) return;
    const target = node.left.type === 'VariableDeclaration' ? node.left.declarations[0]?.id : node.left;
    // The loop variable belongs to the function around the loop, like a `var` would.
    if (target) this.bindAll(target, { source }, enclosingScope(ancestors));
  }

  assign(node: TSESTree.AssignmentExpression, ancestors: readonly Node[]): void {
    if (node.left.type !== 'Identifier') return;
    const source = this.taintOf(node.right, ancestors);
    if (node.operator !== '=' && source === null) return;
    const scope = this.scopeDeclaring(node.left.name, ancestors) ?? enclosingScope(ancestors);
    this.set(scope, node.left.name, source === null ? 'clean' : { source });
  }

  /** Marks tainted variables used as call arguments or receivers inside a test as checked. */
  markChecked(test: Node, ancestors: readonly Node[]): void {
    this.markOperands(this.checkOperands(test), ancestors);
  }

  /** Call arguments and receivers inside a test, the operands a check looks at. */
  private checkOperands(test: Node): Node[] {
    const operands: Node[] = [];
    walkProgramPart(test, (node) => {
      if (node.type !== 'CallExpression') return;
      // fs.existsSync(file) tests that the file exists, not that the path stays inside a folder.
      if (calleeName(node.callee, this.context.bindings)?.startsWith('fs.')) return;
      operands.push(...node.arguments);
      if (node.callee.type === 'MemberExpression') operands.push(node.callee.object);
    });
    return operands;
  }

  /** `isSafe(name) ? name : fallback` checks `name` before using it, so the result is clean. */
  private conditionalTaint(expression: TSESTree.ConditionalExpression, ancestors: readonly Node[]): string | null {
    const checked = this.checkOperands(expression.test).some((operand) => {
      const unwrapped = unwrapExpression(operand);
      return unwrapped.type === 'Identifier' && this.taintOf(unwrapped, ancestors) !== null;
    });
    return checked ? null : this.firstTaint([expression.consequent, expression.alternate], ancestors);
  }

  markAssertion(statement: Node, ancestors: readonly Node[]): void {
    const call = unwrapExpression(statement);
    if (call.type !== 'CallExpression') return;
    const name = lastName(call.callee);
    if (name !== null && CHECKING_CALL.test(name)) this.markOperands(call.arguments, ancestors);
  }

  private markOperands(operands: readonly Node[], ancestors: readonly Node[]): void {
    for (const operand of operands) {
      const expression = unwrapExpression(operand);
      if (expression.type !== 'Identifier') continue;
      const scope = this.scopeDeclaring(expression.name, ancestors);
      if (scope && typeof this.lookup(expression.name, ancestors) === 'object') this.set(scope, expression.name, 'checked');
    }
  }

  private bindAll(pattern: Node, state: VariableState, scope: Node): void {
    walkProgramPart(pattern, (node, parent) => {
      if (node.type !== 'Identifier' || !isBindingIdentifier(node, parent)) return;
      this.set(scope, node.name, state);
    });
  }

  private bindRequestFields(pattern: TSESTree.ObjectPattern, fields: ReadonlySet<string>, object: string, scope: Node): void {
    for (const property of pattern.properties) {
      if (property.type !== 'Property') continue;
      const key = propertyKeyName(property.key, property.computed);
      const state: VariableState = key !== null && fields.has(key) ? { source: `${object}.${key}` } : 'clean';
      this.bindAll(property.value, state, scope);
    }
  }

  private lookup(name: string, ancestors: readonly Node[]): VariableState | undefined {
    for (const scope of enclosingScopes(ancestors)) {
      const state = this.states.get(scope)?.get(name);
      if (state !== undefined) return state;
    }
    return undefined;
  }

  private scopeDeclaring(name: string, ancestors: readonly Node[]): Node | undefined {
    return enclosingScopes(ancestors).find((scope) => this.states.get(scope)?.has(name));
  }

  private set(scope: Node, name: string, state: VariableState): void {
    let names = this.states.get(scope);
    if (!names) this.states.set(scope, (names = new Map()));
    names.set(name, state);
  }
}

function checkSink(context: RuleContext, tracker: TaintTracker, call: TSESTree.CallExpression, ancestors: readonly Node[]): void {
  const sink = pathSinkOf(call, context.bindings);
  if (!sink) return;
  for (const index of sink.pathArguments) {
    const argument = call.arguments[index];
    if (!argument) continue;
    const source = tracker.taintOf(argument, ancestors);
    if (source === null) continue;
    reportNode(
      context,
      SECURITY_RULE_IDS.pathTraversal,
      argument,
      `Request data from ${source} reaches the path of ${sink.name}() without path.basename or a check, so a value such as ../../etc/passwd escapes the intended folder.`,
    );
  }
}

/** `path.join`, `path.posix.join` and an imported `join` all give `join`; null for anything outside the path module. */
function pathFunctionName(resolved: string | null): string | null {
  if (!resolved?.startsWith('path.')) return null;
  const parts = resolved.split('.').slice(1);
  if (parts[0] === 'posix' || parts[0] === 'win32') parts.shift();
  return parts.length === 1 ? parts[0]! : null;
}

/** Identifiers in a pattern that bind a name, not property keys or default values. */
function isBindingIdentifier(node: TSESTree.Identifier, parent: Node | undefined): boolean {
  if (parent?.type === 'Property') return parent.value === node;
  if (parent?.type === 'AssignmentPattern') return parent.left === node;
  return true;
}

/** Walks a subtree, handing each node its parent; used on tests and patterns. */
function walkProgramPart(root: Node, visit: (node: Node, parent: Node | undefined) => void): void {
  walkNode(root, [(node, ancestors) => visit(node, ancestors[ancestors.length - 1])]);
}
