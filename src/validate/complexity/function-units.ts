/**
 * Finds the units that complexity is measured for, in source order, and
 * names them so that the same function can be found again in another
 * revision of the file.
 *
 * Units are functions (declarations, expressions, arrows, including methods,
 * getters, setters, constructors and arrow functions in class fields),
 * class static blocks, and class field values that are not functions, which
 * ESLint's `complexity` rule measures as implicit functions.
 */
import { createHash } from 'node:crypto';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceRange } from '../model.js';
import { rangeOfNode } from '../parse/parse-source.js';
import { isFunctionNode, type FunctionNode } from '../parse/function-nodes.js';
import { walkSyntax, type SyntaxNode } from './syntax-walk.js';

export type UnitKind =
  | 'function'
  | 'arrow'
  | 'method'
  | 'getter'
  | 'setter'
  | 'constructor'
  | 'static-block'
  | 'field-initializer';

export interface FunctionUnit {
  kind: UnitKind;
  /** The function, StaticBlock, or field value node. */
  node: SyntaxNode;
  /** The PropertyDefinition for a field initializer, which is the key of its cyclomatic count. */
  field: TSESTree.PropertyDefinition | null;
  /** Name without enclosing scopes, such as `parse`, `get size`, `<anonymous>` or `static {}`. */
  name: string;
  /** Names of enclosing classes and functions joined with dots; see `qualifiedSegment`. */
  qualifiedName: string;
  range: SourceRange;
  /** Range of the unit's name, or of its first line when it has no name. */
  header: SourceRange;
  /** Hash of the unit's source text with white space runs collapsed; see `fingerprintOf`. */
  fingerprint: string;
}

const ANONYMOUS = '<anonymous>';

interface Scope {
  qualifiedName: string;
  /** How often each name was used so far among this scope's direct children. */
  uses: Map<string, number>;
}

/** Lists the measured units of a program in the order their first tokens appear. */
export function findFunctionUnits(program: TSESTree.Program, text: string): FunctionUnit[] {
  const units: FunctionUnit[] = [];
  const scopes: Scope[] = [{ qualifiedName: '', uses: new Map() }];
  const scopeOwners: SyntaxNode[] = [];

  walkSyntax(program, {
    enter(node, parent) {
      const unit = describeUnit(node, parent, text);
      if (unit) {
        const qualifiedName = qualifiedSegment(unit.name);
        units.push({ ...unit, qualifiedName, fingerprint: fingerprintOf(node, text) });
        openScope(node, qualifiedName);
        return;
      }
      if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
        openScope(node, qualifiedSegment(classNameOf(node, parent)));
      }
    },
    exit(node) {
      if (scopeOwners.at(-1) === node) {
        scopeOwners.pop();
        scopes.pop();
      }
    },
  });
  return units;

  /**
   * Returns the qualified name for a child named `name` of the current scope.
   * The first child with a name keeps it and later ones get `#2`, `#3` and so
   * on. Nameless ones are numbered from `<anonymous>#1`.
   */
  function qualifiedSegment(name: string): string {
    const scope = scopes[scopes.length - 1]!;
    const use = (scope.uses.get(name) ?? 0) + 1;
    scope.uses.set(name, use);
    const segment = name === ANONYMOUS || use > 1 ? `${name}#${use}` : name;
    return scope.qualifiedName === '' ? segment : `${scope.qualifiedName}.${segment}`;
  }

  function openScope(node: SyntaxNode, qualifiedName: string): void {
    scopeOwners.push(node);
    scopes.push({ qualifiedName, uses: new Map() });
  }
}

type UnitWithoutQualifiedName = Omit<FunctionUnit, 'qualifiedName' | 'fingerprint'>;

/**
 * Hashes the unit's text with each run of white space as one space, so
 * reindenting or moving a unit keeps its fingerprint. Returns the first 16
 * hex digits of the SHA-256.
 */
function fingerprintOf(node: SyntaxNode, text: string): string {
  return createHash('sha256').update(compactSource(node, text)).digest('hex').slice(0, 16);
}

function describeUnit(node: SyntaxNode, parent: SyntaxNode | null, text: string): UnitWithoutQualifiedName | null {
  if (isFunctionNode(node)) return describeFunction(node, parent, text);
  if (node.type === 'StaticBlock') {
    const header = { ...rangeOfNode(node), endLine: node.loc.start.line, endColumn: node.loc.start.column + 7 };
    return { kind: 'static-block', node, field: null, name: 'static {}', range: rangeOfNode(node), header };
  }
  if (parent?.type === 'PropertyDefinition' && parent.value === node) {
    return {
      kind: 'field-initializer',
      node,
      field: parent,
      name: propertyKeyName(parent, text),
      range: rangeOfNode(node),
      header: rangeOfNode(parent.key),
    };
  }
  return null;
}


function describeFunction(node: FunctionNode, parent: SyntaxNode | null, text: string): UnitWithoutQualifiedName {
  const base = { node, field: null, range: rangeOfNode(node) };
  const fallbackHeader = firstLineOf(node, text);

  if (parent && (parent.type === 'MethodDefinition' || parent.type === 'Property') && parent.value === node) {
    const kind = accessorKind(parent.kind, parent.type === 'Property' && !parent.method);
    const key = propertyKeyName(parent, text);
    let name = key;
    if (kind === 'getter') name = `get ${key}`;
    if (kind === 'setter') name = `set ${key}`;
    return { ...base, kind: kind ?? (node.type === 'ArrowFunctionExpression' ? 'arrow' : 'function'), name, header: rangeOfNode(parent.key) };
  }

  const kind: UnitKind = node.type === 'ArrowFunctionExpression' ? 'arrow' : 'function';
  if (parent?.type === 'PropertyDefinition' && parent.value === node) {
    return { ...base, kind, name: propertyKeyName(parent, text), header: rangeOfNode(parent.key) };
  }
  if (node.id) return { ...base, kind, name: node.id.name, header: rangeOfNode(node.id) };

  const binding = bindingOf(node, parent, text);
  if (binding) return { ...base, kind, name: binding.name, header: binding.header };
  const name = parent?.type === 'ExportDefaultDeclaration' ? 'default' : ANONYMOUS;
  return { ...base, kind, name, header: fallbackHeader };
}

/**
 * Returns the unit kind that a property's `kind` implies, or null for a plain
 * property such as `{ run: () => {} }` whose value keeps its own kind.
 */
function accessorKind(kind: 'constructor' | 'get' | 'set' | 'method' | 'init', isPlainProperty: boolean): UnitKind | null {
  if (kind === 'constructor') return 'constructor';
  if (kind === 'get') return 'getter';
  if (kind === 'set') return 'setter';
  return isPlainProperty ? null : 'method';
}

/** The variable, parameter or assignment target a nameless function is stored in. */
function bindingOf(
  node: FunctionNode,
  parent: SyntaxNode | null,
  text: string,
): { name: string; header: SourceRange } | null {
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    return { name: parent.id.name, header: rangeOfNode(parent.id) };
  }
  if ((parent?.type === 'AssignmentExpression' || parent?.type === 'AssignmentPattern') && parent.right === node) {
    if (parent.left.type === 'Identifier') return { name: parent.left.name, header: rangeOfNode(parent.left) };
    if (parent.left.type === 'MemberExpression') {
      return { name: compactSource(parent.left, text), header: rangeOfNode(parent.left) };
    }
  }
  return null;
}

function classNameOf(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, parent: SyntaxNode | null): string {
  if (node.id) return node.id.name;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  return parent?.type === 'ExportDefaultDeclaration' ? 'default' : '<class>';
}

/** The name of a property, method or field key: `size`, `#size`, `'a-b'` as `a-b`, or `[Symbol.iterator]`. */
function propertyKeyName(
  property: TSESTree.MethodDefinition | TSESTree.Property | TSESTree.PropertyDefinition,
  text: string,
): string {
  const key = property.key;
  if (property.computed) return `[${compactSource(key, text)}]`;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal') return String(key.value);
  return compactSource(key, text);
}

/** Returns the source text of a node on one line, with runs of white space as one space. */
function compactSource(node: SyntaxNode, text: string): string {
  return text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ');
}

/** Returns the range of a node's first line, from its first character to the end of that line. */
function firstLineOf(node: SyntaxNode, text: string): SourceRange {
  const start = node.range[0];
  const lineEnd = text.indexOf('\n', start);
  const firstLineEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, node.range[1]);
  const length = text.slice(start, firstLineEnd).replace(/\r$/, '').length;
  const line = node.loc.start.line;
  const column = node.loc.start.column + 1;
  return { startLine: line, startColumn: column, endLine: line, endColumn: column + Math.max(length, 1) };
}
