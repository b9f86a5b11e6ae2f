/**
 * Function nodes as the function rules see them: what to call the function
 * in a message, where to point, and which node's lines it spans.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceRange } from '../model.js';
import { rangeOfNode } from '../parse/parse-source.js';
import type { LineIndex } from '../parse/line-index.js';

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression
  | TSESTree.TSDeclareFunction
  | TSESTree.TSFunctionType;

/**
 * The node types ESLint 10's max-params checks. Abstract methods and method
 * overload signatures (TSEmptyBodyFunctionExpression) are not among them, so
 * their implementations are checked in their place.
 */
const FUNCTION_TYPES = new Set<string>([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'TSDeclareFunction',
  'TSFunctionType',
]);

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return FUNCTION_TYPES.has(node.type);
}

export interface FunctionInfo {
  node: FunctionNode;
  /** `method`, `getter`, `constructor` etc. followed by the quoted name when it has one, for messages. */
  description: string;
  /** The name's identifier or key, or the head from the function's start to its body for an anonymous function. */
  nameRange: SourceRange;
  /** The node whose lines the function spans: the method definition or property for a method, else the function. */
  spanNode: TSESTree.Node;
  /** Called right where it is defined: `(function () {})()`. */
  immediatelyInvoked: boolean;
}

/** Describes a function node; `parent` is its parent in the tree. */
export function describeFunction(node: FunctionNode, parent: TSESTree.Node | undefined, positions: LineIndex, text: string): FunctionInfo {
  const owner = methodOwner(node, parent);
  const nameNode = owner ? owner.key : nameNodeOf(node, parent);
  const name = nameNode ? nameText(nameNode, owner?.computed ?? false) : null;
  let kind = KIND_BY_TYPE[node.type] ?? 'function';
  if (owner) kind = methodKind(owner);

  return {
    node,
    description: describeKind(kind, name),
    nameRange: nameNode ? rangeOfNode(nameNode) : headRange(node, positions, text),
    spanNode: owner ?? node,
    immediatelyInvoked: parent?.type === 'CallExpression' && parent.callee === node,
  };
}

const KIND_BY_TYPE: Record<string, string> = { ArrowFunctionExpression: 'arrow function', TSFunctionType: 'function type' };

function describeKind(kind: string, name: string | null): string {
  if (kind === 'constructor') return kind;
  return name === null ? `anonymous ${kind}` : `${kind} '${name}'`;
}

type MethodOwner = TSESTree.MethodDefinition | TSESTree.TSAbstractMethodDefinition | TSESTree.Property;

/** The method definition or object property whose value is this function, when the function is a method or accessor. */
function methodOwner(node: FunctionNode, parent: TSESTree.Node | undefined): MethodOwner | null {
  if (parent === undefined) return null;
  if ((parent.type === 'MethodDefinition' || parent.type === 'TSAbstractMethodDefinition') && parent.value === node) return parent;
  if (parent.type === 'Property' && parent.value === node && (parent.method || parent.kind !== 'init')) return parent;
  return null;
}

function methodKind(owner: MethodOwner): string {
  if (owner.kind === 'get') return 'getter';
  if (owner.kind === 'set') return 'setter';
  if (owner.kind === 'constructor') return 'constructor';
  return 'method';
}

/** The identifier that names a function: its own id, or what it is assigned to. */
function nameNodeOf(node: FunctionNode, parent: TSESTree.Node | undefined): TSESTree.Node | null {
  if ('id' in node && node.id) return node.id;
  if (parent === undefined) return null;
  if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') return parent.id;
  if (parent.type === 'TSTypeAliasDeclaration' && parent.typeAnnotation === node) return parent.id;
  if ((parent.type === 'PropertyDefinition' || parent.type === 'Property') && parent.value === node) return parent.key;
  if (parent.type === 'AssignmentExpression' && parent.right === node) {
    if (parent.left.type === 'Identifier') return parent.left;
    if (parent.left.type === 'MemberExpression' && !parent.left.computed) return parent.left.property;
  }
  return null;
}

function nameText(node: TSESTree.Node, computed: boolean): string | null {
  if (node.type === 'Identifier' && !computed) return node.name;
  if (node.type === 'PrivateIdentifier') return `#${node.name}`;
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return null;
}

/** From the function's start to the end of the last token before its body: `function (a, b)` or `(a, b) =>`. */
function headRange(node: FunctionNode, positions: LineIndex, text: string): SourceRange {
  const body = 'body' in node ? node.body : null;
  if (!body) return rangeOfNode(node);

  let end = body.range[0];
  while (end > node.range[0] && /\s/.test(text[end - 1]!)) end--;
  return positions.range(node.range[0], end);
}

/** Writes a count with its noun, in the plural unless the count is 1. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Upper-cases the first letter of a description, to start a message with it. */
export function capitalize(description: string): string {
  return description.charAt(0).toUpperCase() + description.slice(1);
}
