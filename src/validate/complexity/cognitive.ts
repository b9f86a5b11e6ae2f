/**
 * Cognitive complexity as eslint-plugin-sonarjs 4.2 reports it per function
 * in its rule S3776 (`sonarjs/cognitive-complexity`), which follows
 * SonarSource's white paper "Cognitive Complexity" (G. Ann Campbell, 2017).
 *
 * What the plugin reports for a function is that function's own score:
 * points inside nested functions go to those functions, and nesting restarts
 * at 0 in every function. Only function declarations, function expressions
 * and arrow functions are functions. Code in class static blocks and class
 * field values counts toward the function around the class, if any.
 *
 * Points:
 * - structural, 1 plus the current nesting: `if` (not `else if`), `? :`,
 *   `switch`, the five loops, `catch`;
 * - flat, 1: `else` and `else if`, `break` or `continue` with a label, and
 *   each run of `&&` in a chain of logical operators. `||` and `??` add
 *   nothing in 4.2. A chain is a LogicalExpression with all LogicalExpression
 *   operands below it, read left to right. A chain whose parent is a JSX
 *   expression container and whose operators are all the same adds nothing.
 * Nesting rises by one inside the branches of `if`/`else`, of `? :`, inside
 * loop bodies, `switch` cases and `catch` blocks.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode } from '../parse/function-nodes.js';
import { walkSyntax, type SyntaxNode } from './syntax-walk.js';

interface FunctionFrame {
  node: SyntaxNode;
  nesting: number;
  score: number;
}

/** Counts the cognitive complexity of every function node in the program. */
export function countCognitive(program: TSESTree.Program): Map<SyntaxNode, number> {
  const scores = new Map<SyntaxNode, number>();
  const frames: FunctionFrame[] = [];
  const nestingNodes = new Set<SyntaxNode>();
  const countedLogicalExpressions = new Set<SyntaxNode>();

  walkSyntax(program, {
    enter(node, parent) {
      // The plugin raises the nesting when it enters a nesting node and
      // before it opens a function. So when a branch of `? :` is itself a
      // function, the raise goes to the enclosing function, while the lowering
      // on exit goes to the inner one. The enclosing function keeps the extra
      // level for the rest of its body, and so do the numbers the plugin
      // reports. This walk keeps that order to report the same numbers.
      if (nestingNodes.has(node)) raiseNesting(1);
      if (isFunctionNode(node)) frames.push({ node, nesting: 0, score: 0 });
      scoreNode(node, parent);
    },
    exit(node) {
      if (nestingNodes.has(node)) {
        raiseNesting(-1);
        nestingNodes.delete(node);
      }
      if (isFunctionNode(node)) {
        const frame = frames.pop();
        if (frame) scores.set(frame.node, frame.score);
      }
    },
  });
  return scores;

  function raiseNesting(by: number): void {
    const frame = frames.at(-1);
    if (frame) frame.nesting += by;
  }

  function addStructural(): void {
    const frame = frames.at(-1);
    if (frame) frame.score += frame.nesting + 1;
  }

  function addFlat(points = 1): void {
    const frame = frames.at(-1);
    if (frame) frame.score += points;
  }

  function nestInside(...nodes: Array<SyntaxNode | null>): void {
    for (const node of nodes) if (node) nestingNodes.add(node);
  }

  function scoreNode(node: SyntaxNode, parent: SyntaxNode | null): void {
    switch (node.type) {
      case 'IfStatement':
        scoreIf(node, parent);
        return;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        addStructural();
        nestInside(node.body);
        return;
      case 'SwitchStatement':
        addStructural();
        nestInside(...node.cases);
        return;
      case 'CatchClause':
        addStructural();
        nestInside(node.body);
        return;
      case 'ConditionalExpression':
        addStructural();
        nestInside(node.consequent, node.alternate);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        if (node.label) addFlat();
        return;
      case 'LogicalExpression':
        scoreLogicalChain(node, parent);
        return;
      default:
        return;
    }
  }

  function scoreIf(node: TSESTree.IfStatement, parent: SyntaxNode | null): void {
    const isElseIf = parent?.type === 'IfStatement' && parent.alternate === node;
    if (isElseIf) addFlat();
    else addStructural();
    nestInside(node.consequent);
    if (node.alternate && node.alternate.type !== 'IfStatement') {
      nestInside(node.alternate);
      addFlat();
    }
  }

  function scoreLogicalChain(node: TSESTree.LogicalExpression, parent: SyntaxNode | null): void {
    if (parent?.type === 'JSXExpressionContainer') {
      const rendered = sameOperatorChain(node, node.operator);
      if (rendered) {
        for (const member of rendered) countedLogicalExpressions.add(member);
        return;
      }
    }
    if (countedLogicalExpressions.has(node)) return;

    let previousOperator: string | null = null;
    for (const member of logicalChain(node)) {
      countedLogicalExpressions.add(member);
      if (member.operator === '&&' && previousOperator !== '&&') addFlat();
      previousOperator = member.operator;
    }
  }
}

/** Lists the LogicalExpressions of a chain in source order of their operators. */
function logicalChain(node: SyntaxNode): TSESTree.LogicalExpression[] {
  if (node.type !== 'LogicalExpression') return [];
  return [...logicalChain(node.left), node, ...logicalChain(node.right)];
}

/**
 * Returns the chain below a JSX short circuit such as `{a && b && <B />}` when every
 * operator in it is `operator` and no operand is a `? :`; otherwise null.
 */
function sameOperatorChain(node: SyntaxNode, operator: string): TSESTree.LogicalExpression[] | null {
  if (node.type === 'ConditionalExpression') return null;
  if (node.type !== 'LogicalExpression') return [];
  if (node.operator !== operator) return null;
  const left = sameOperatorChain(node.left, operator);
  const right = sameOperatorChain(node.right, operator);
  if (!left || !right) return null;
  return [...left, node, ...right];
}
