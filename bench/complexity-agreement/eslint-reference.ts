/**
 * Runs ESLint 10 with the `complexity` rule and eslint-plugin-sonarjs's
 * `cognitive-complexity` rule at threshold 0, so that both report every
 * unit, and compares their numbers with `measureComplexity`.
 *
 * ESLint reports a position, not a node, so this module walks ESLint's own
 * AST and computes where each rule reports each unit. ESLint reports at the
 * head of the function: the property's start for methods and fields, `=>`
 * for other arrows, and the node's start otherwise. sonarjs reports at the
 * key of a method, the id of a declaration, and the `function` or `=>` token
 * of other functions. The unit's node range then joins the report to our
 * entry.
 */
import { Linter, type SourceCode } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import sonarjs from 'eslint-plugin-sonarjs';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FunctionComplexity } from '../../src/validate/complexity/measure.js';

type Node = TSESTree.Node;
type UnitCategory = 'function' | 'static-block' | 'field-initializer';

/** One unit as ESLint and sonarjs reported it. */
export interface ReferenceUnit {
  category: UnitCategory;
  /** 1-based line and column of the unit node's start and end, as our `range` has them. */
  key: string;
  line: number;
  /** ESLint's name of the unit, such as `Method 'parse'`. */
  label: string;
  cyclomatic: number;
  /** Null for units that sonarjs does not measure. */
  cognitive: number | null;
  /** True for the implicit function ESLint reports for a field whose value is a function, which has no unit of ours. */
  wrapsFunction: boolean;
}

export type ReferenceOutcome = { ok: true; units: ReferenceUnit[] } | { ok: false; message: string };

/** A unit where ours and the reference differ, or that only one side has. */
export interface Disagreement {
  line: number;
  name: string;
  metric: 'cyclomatic' | 'cognitive' | 'unit';
  ours: number | null;
  reference: number | null;
}

const linter = new Linter({ configType: 'flat' });

function configFor(path: string): Linter.Config[] {
  return [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
      // Inline `eslint-disable` comments would hide reports and name rules that are not loaded.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      languageOptions: {
        parser: tsParser as Linter.Parser,
        sourceType: path.endsWith('.cjs') ? 'commonjs' : 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      plugins: { sonarjs: sonarjs as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { complexity: ['error', 0], 'sonarjs/cognitive-complexity': ['error', 0] },
    },
  ];
}

/** Lints one file and returns every unit with the numbers the two rules reported. */
export function referenceComplexity(text: string, path: string): ReferenceOutcome {
  const messages = linter.verify(text, configFor(path), { filename: path });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { ok: false, message: `${fatal.line}:${fatal.column} ${fatal.message}` };

  const cyclomaticAt = new Map<string, number>();
  const cognitiveAt = new Map<string, number>();
  for (const message of messages) {
    if (message.ruleId === 'complexity') {
      const value = Number(/has a complexity of (\d+)/.exec(message.message)?.[1]);
      const category = categoryOfLabel(message.message);
      cyclomaticAt.set(`${category}@${message.line}:${message.column}`, value);
    } else if (message.ruleId === 'sonarjs/cognitive-complexity') {
      const value = Number(/Cognitive Complexity from (\d+)/.exec(message.message)?.[1]);
      cognitiveAt.set(`${message.line}:${message.column}`, value);
    } else if (message.ruleId !== null) {
      // A warning without a rule, such as the note that inline config is off, changes no number.
      return { ok: false, message: `${message.line}:${message.column} ${message.ruleId}: ${message.message}` };
    }
  }

  const sourceCode = linter.getSourceCode();
  const units: ReferenceUnit[] = [];
  for (const found of findReferenceUnits(sourceCode)) {
    const cyclomatic = cyclomaticAt.get(`${found.category}@${position(found.eslintAt)}`);
    const cognitive = found.sonarAt ? (cognitiveAt.get(position(found.sonarAt)) ?? 0) : null;
    units.push({
      category: found.category,
      key: keyOfLoc(found.node.loc),
      line: found.node.loc.start.line,
      label: found.label,
      cyclomatic: cyclomatic ?? Number.NaN,
      cognitive,
      wrapsFunction: found.wrapsFunction,
    });
  }
  return { ok: true, units };
}

/** Compares our entries with the reference units and lists every difference. */
export function compareWithReference(ours: FunctionComplexity[], reference: ReferenceUnit[]): Disagreement[] {
  const disagreements: Disagreement[] = [];
  const oursByKey = new Map<string, FunctionComplexity>();
  for (const entry of ours) oursByKey.set(`${categoryOfKind(entry.kind)}@${keyOfRange(entry.range)}`, entry);

  for (const unit of reference) {
    if (unit.wrapsFunction) {
      // The value is its own unit, so the implicit function around it has one path.
      if (unit.cyclomatic !== 1) {
        disagreements.push({ line: unit.line, name: unit.label, metric: 'cyclomatic', ours: 1, reference: unit.cyclomatic });
      }
      continue;
    }
    const lookup = `${unit.category}@${unit.key}`;
    const entry = oursByKey.get(lookup);
    oursByKey.delete(lookup);
    if (!entry) {
      disagreements.push({ line: unit.line, name: unit.label, metric: 'unit', ours: null, reference: unit.cyclomatic });
      continue;
    }
    if (entry.cyclomatic !== unit.cyclomatic) {
      disagreements.push({ line: unit.line, name: entry.qualifiedName, metric: 'cyclomatic', ours: entry.cyclomatic, reference: unit.cyclomatic });
    }
    if (entry.cognitive !== unit.cognitive) {
      disagreements.push({ line: unit.line, name: entry.qualifiedName, metric: 'cognitive', ours: entry.cognitive, reference: unit.cognitive });
    }
  }
  for (const entry of oursByKey.values()) {
    disagreements.push({ line: entry.range.startLine, name: entry.qualifiedName, metric: 'unit', ours: entry.cyclomatic, reference: null });
  }
  return disagreements;
}

interface FoundUnit {
  category: UnitCategory;
  node: Node;
  label: string;
  eslintAt: TSESTree.Position;
  sonarAt: TSESTree.Position | null;
  wrapsFunction: boolean;
}

/**
 * Lists the units in ESLint's AST. For a field whose value is a function,
 * ESLint measures an implicit function around the value as well as the
 * value, so both are listed and the first is marked `wrapsFunction`.
 */
function findReferenceUnits(sourceCode: SourceCode): FoundUnit[] {
  const found: FoundUnit[] = [];
  const visit = (node: Node): void => {
    const parent = node.parent;
    if (parent?.type === 'PropertyDefinition' && parent.value === node) {
      found.push({
        category: 'field-initializer',
        node,
        label: 'Class field initializer',
        eslintAt: node.loc.start,
        sonarAt: null,
        wrapsFunction: isFunction(node),
      });
    }
    if (node.type === 'StaticBlock') {
      const label = 'Class static block';
      found.push({ category: 'static-block', node, label, eslintAt: node.loc.start, sonarAt: null, wrapsFunction: false });
    }
    if (isFunction(node)) {
      found.push({
        category: 'function',
        node,
        label: `${node.type} at ${node.loc.start.line}:${node.loc.start.column + 1}`,
        eslintAt: eslintHeadOf(node, sourceCode),
        sonarAt: sonarTokenOf(node, sourceCode),
        wrapsFunction: false,
      });
    }
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as Node);
      }
    }
  };
  visit(sourceCode.ast as unknown as Node);
  return found;
}

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function isFunction(node: Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

function eslintHeadOf(node: FunctionNode, sourceCode: SourceCode): TSESTree.Position {
  const parent = node.parent;
  if (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') {
    return parent.loc.start;
  }
  if (node.type === 'ArrowFunctionExpression') return arrowTokenOf(node, sourceCode);
  return node.loc.start;
}

function sonarTokenOf(node: FunctionNode, sourceCode: SourceCode): TSESTree.Position {
  const parent = node.parent;
  if (node.type === 'FunctionDeclaration' && node.id) return node.id.loc.start;
  if (node.type === 'FunctionExpression' && (parent.type === 'MethodDefinition' || parent.type === 'Property')) {
    return parent.key.loc.start;
  }
  if (node.type === 'ArrowFunctionExpression') return arrowTokenOf(node, sourceCode);
  const keyword = sourceCode.getTokens(node as never).find((token) => token.value === 'function');
  return (keyword?.loc.start ?? node.loc.start) as TSESTree.Position;
}

function arrowTokenOf(node: TSESTree.ArrowFunctionExpression, sourceCode: SourceCode): TSESTree.Position {
  const tokens = sourceCode.getTokensBefore(node.body as never, { count: 50 }).reverse();
  const arrow = tokens.find((token) => token.value === '=>' && token.type === 'Punctuator');
  return (arrow?.loc.start ?? node.loc.start) as TSESTree.Position;
}

function categoryOfLabel(message: string): UnitCategory {
  if (message.startsWith('Class field initializer')) return 'field-initializer';
  if (message.startsWith('Class static block')) return 'static-block';
  return 'function';
}

function categoryOfKind(kind: FunctionComplexity['kind']): UnitCategory {
  if (kind === 'field-initializer' || kind === 'static-block') return kind;
  return 'function';
}

function position(at: TSESTree.Position): string {
  return `${at.line}:${at.column + 1}`;
}

function keyOfLoc(loc: TSESTree.SourceLocation): string {
  return `${loc.start.line}:${loc.start.column + 1}-${loc.end.line}:${loc.end.column + 1}`;
}

function keyOfRange(range: FunctionComplexity['range']): string {
  return `${range.startLine}:${range.startColumn}-${range.endLine}:${range.endColumn}`;
}
