/**
 * A depth-first walk over an ESTree that calls `enter` before a node's
 * children and `exit` after them, as ESLint's traverser does.
 *
 * typescript-estree's `parse` sets no `parent` fields, so the walk passes the
 * parent along. Children are found by reading every property that holds a
 * node or an array of nodes. The order of sibling keys can differ from
 * ESLint's visitor keys, which does not matter here because the counters only
 * add numbers and track nesting along the path from the root.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';

export type SyntaxNode = TSESTree.Node;

export interface SyntaxVisitor {
  enter(node: SyntaxNode, parent: SyntaxNode | null): void;
  exit(node: SyntaxNode, parent: SyntaxNode | null): void;
}

/** Properties that point away from the node's subtree or hold no nodes. */
const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'comments', 'tokens']);

export function walkSyntax(root: SyntaxNode, visitor: SyntaxVisitor): void {
  visit(root, null, visitor);
}

function visit(node: SyntaxNode, parent: SyntaxNode | null, visitor: SyntaxVisitor): void {
  visitor.enter(node, parent);
  for (const child of childrenOf(node)) visit(child, node, visitor);
  visitor.exit(node, parent);
}

/** The child nodes of a node in source order of its properties. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key) || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

function isNode(value: unknown): value is SyntaxNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Function nodes with a body: the nodes ESLint starts a code path for and esquery's `:function` matches. */
export function isFunctionNode(
  node: SyntaxNode,
): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}
