/** The ESTree nodes that are functions with a body, as rules on scripts need them. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';

/** A function declaration, function expression or arrow function. */
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Tells whether `node` is a function with a body: the nodes ESLint starts a code path for and esquery's `:function` matches. */
export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}
