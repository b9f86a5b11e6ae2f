/**
 * A depth-first walk over an ESTree program in source order that hands each
 * node its ancestors, because typescript-estree's `parse` sets no `parent`.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode } from '../parse/function-nodes.js';

export type Node = TSESTree.Node;

/** Runs before the node's children, so a rule visits a declaration before the code after it. */
export type Visitor = (node: Node, ancestors: readonly Node[]) => void;

/** Keys that hold positions or back links, never child nodes. */
const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'type', 'tokens', 'comments']);

export function walkProgram(program: TSESTree.Program, visitors: readonly Visitor[]): void {
  walkNode(program, visitors);
}

/** Walks a subtree; the ancestors handed to visitors start at `root`. */
export function walkNode(root: Node, visitors: readonly Visitor[]): void {
  const ancestors: Node[] = [];
  const visit = (node: Node): void => {
    for (const visitor of visitors) visitor(node, ancestors);
    ancestors.push(node);
    for (const child of childrenOf(node)) visit(child);
    ancestors.pop();
  };
  visit(root);
}

function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  const record = node as unknown as Record<string, unknown>;
  // for...in avoids the arrays Object.entries allocates, which dominated the walk on large bundles.
  for (const key in record) {
    if (SKIPPED_KEYS.has(key)) continue;
    const value = record[key];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  // Key order is the order typescript-estree set the fields in, which is not always source order (decorators, for example).
  let sorted = true;
  for (let index = 1; index < children.length && sorted; index += 1) {
    sorted = children[index - 1]!.range[0] <= children[index]!.range[0];
  }
  return sorted ? children : children.sort((a, b) => a.range[0] - b.range[0]);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The innermost function around a node, or the program for top-level code. */
export function enclosingScope(ancestors: readonly Node[]): Node {
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const node = ancestors[index]!;
    if (isFunctionNode(node) || node.type === 'Program') return node;
  }
  throw new Error('A node outside a program has no scope');
}

/** Functions and the program around a node, innermost first. */
export function enclosingScopes(ancestors: readonly Node[]): Node[] {
  return ancestors.filter((node) => isFunctionNode(node) || node.type === 'Program').reverse();
}
