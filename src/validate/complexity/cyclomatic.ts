/**
 * Cyclomatic complexity as ESLint 10's `complexity` rule counts it with its
 * default "classic" variant (eslint/lib/rules/complexity.js).
 *
 * Every unit starts at 1, one execution path, and each of these nodes adds a
 * path: `if`, the five loops, `catch`, `?:`, each `&&`, `||` and `??`, and
 * each `&&=`, `||=` and `??=`. So does each default value, an
 * AssignmentPattern in parameters or destructuring, each `?.` member access
 * or call, and each `case` with a test. `default:` adds nothing.
 *
 * ESLint counts a node in the innermost code path that contains it. Code
 * paths start at functions (declarations, expressions, arrows), at class
 * static blocks, and at the value of a class field, which ESLint treats as an
 * implicit function. The file's top level is a code path that the rule never
 * reports, so nodes there count nowhere.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode } from '../parse/function-nodes.js';
import { walkSyntax, type SyntaxNode } from './syntax-walk.js';

const LOGICAL_ASSIGNMENT_OPERATORS = new Set(['&&=', '||=', '??=']);

/**
 * Counts the cyclomatic complexity of every unit in the program. Keys are
 * function and StaticBlock nodes, and for a class field's initializer the
 * PropertyDefinition node, because a field whose value is an arrow function
 * is two units in ESLint: the initializer (always 1) and the arrow.
 */
export function countCyclomatic(program: TSESTree.Program): Map<SyntaxNode, number> {
  const counts = new Map<SyntaxNode, number>();
  const units: SyntaxNode[] = [];

  walkSyntax(program, {
    enter(node, parent) {
      const initializerOf = fieldOfInitializer(node, parent);
      if (initializerOf) openUnit(initializerOf);
      if (isFunctionNode(node) || node.type === 'StaticBlock') openUnit(node);

      const current = units.at(-1);
      if (current && addsPath(node)) counts.set(current, (counts.get(current) ?? 1) + 1);
    },
    exit(node, parent) {
      if (isFunctionNode(node) || node.type === 'StaticBlock') units.pop();
      if (fieldOfInitializer(node, parent)) units.pop();
    },
  });
  return counts;

  function openUnit(unit: SyntaxNode): void {
    units.push(unit);
    counts.set(unit, 1);
  }
}

/** Returns the PropertyDefinition whose value is `node`, or null. */
function fieldOfInitializer(node: SyntaxNode, parent: SyntaxNode | null): TSESTree.PropertyDefinition | null {
  return parent?.type === 'PropertyDefinition' && parent.value === node ? parent : null;
}

function addsPath(node: SyntaxNode): boolean {
  switch (node.type) {
    case 'IfStatement':
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'CatchClause':
    case 'ConditionalExpression':
    case 'LogicalExpression':
    case 'AssignmentPattern':
      return true;
    case 'SwitchCase':
      return node.test !== null;
    case 'AssignmentExpression':
      return LOGICAL_ASSIGNMENT_OPERATORS.has(node.operator);
    case 'MemberExpression':
    case 'CallExpression':
      return node.optional;
    default:
      return false;
  }
}
