/**
 * `standards/naming`: exported symbols must match the pattern configured for
 * their kind. Only the module's own declarations are checked: names that a
 * module re-exports from another (`export { a } from './b'`, `export *`)
 * belong to that module, and `export default` of an expression has no name.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { UserError } from '../../errors.js';
import type { Finding } from '../model.js';
import { rangeOfNode } from '../parse/parse-source.js';
import type { NamingRule } from '../settings.js';
import { NAMING } from './rules.js';

type SymbolKind = NamingRule['kind'];

interface CompiledNamingRule {
  kind: SymbolKind;
  pattern: string;
  expression: RegExp;
}

const compiledRules = new WeakMap<readonly NamingRule[], CompiledNamingRule[]>();

/**
 * Compiles the patterns once per settings array, with the `u` flag. Raises a
 * UserError that names the setting when a pattern is not a valid regular
 * expression.
 */
export function compileNamingRules(rules: readonly NamingRule[]): CompiledNamingRule[] {
  const cached = compiledRules.get(rules);
  if (cached) return cached;

  const compiled = rules.map((rule, index) => {
    try {
      return { kind: rule.kind, pattern: rule.pattern, expression: new RegExp(rule.pattern, 'u') };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UserError(
        `validate.standards.naming[${index}].pattern ${JSON.stringify(rule.pattern)} is not a valid regular expression ` +
          `(${reason}). Fix the pattern for ${rule.kind} names in the configuration.`,
        { cause: error },
      );
    }
  });
  compiledRules.set(rules, compiled);
  return compiled;
}

interface ExportedSymbol {
  kind: SymbolKind;
  name: string;
  /** The identifier to point at: the declaration's name, or the exported name of an `export { }` specifier. */
  node: TSESTree.Node;
}

/** Checks every exported symbol of the program against the rules for its kind. Each (kind, name) pair is reported once. */
export function namingFindings(path: string, program: TSESTree.Program, rules: readonly NamingRule[]): Finding[] {
  if (rules.length === 0) return [];
  const compiled = compileNamingRules(rules);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  for (const symbol of exportedSymbols(program)) {
    const key = `${symbol.kind}\0${symbol.name}`;
    if (seen.has(key)) continue;
    seen.add(key);

    for (const rule of compiled) {
      if (rule.kind !== symbol.kind || rule.expression.test(symbol.name)) continue;
      findings.push({
        ruleId: NAMING.id,
        level: NAMING.defaultLevel,
        path,
        range: rangeOfNode(symbol.node),
        message: `Exported ${symbol.kind} '${symbol.name}' does not match the naming pattern ${rule.pattern} set for ${symbol.kind} names.`,
        tool: 'testmaster',
        properties: { pattern: rule.pattern },
      });
    }
  }
  return findings;
}

/** Lists the symbols a module exports from its own top-level declarations, in source order. */
function exportedSymbols(program: TSESTree.Program): ExportedSymbol[] {
  const localKinds = topLevelKinds(program);
  const symbols: ExportedSymbol[] = [];

  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) symbols.push(...declaredSymbols(statement.declaration));
      else if (statement.source === null) symbols.push(...specifierSymbols(statement.specifiers, localKinds));
    } else if (statement.type === 'ExportDefaultDeclaration') {
      symbols.push(...declaredSymbols(statement.declaration));
    }
  }
  return symbols;
}

/** Maps every name the module declares at the top level, exported or not, to its kind, for `export { name }`. */
function topLevelKinds(program: TSESTree.Program): Map<string, SymbolKind> {
  const kinds = new Map<string, SymbolKind>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    for (const symbol of declaredSymbols(declaration)) if (!kinds.has(symbol.name)) kinds.set(symbol.name, symbol.kind);
  }
  return kinds;
}

function declaredSymbols(node: TSESTree.Node): ExportedSymbol[] {
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'TSDeclareFunction':
      return node.id ? [{ kind: 'function', name: node.id.name, node: node.id }] : [];
    case 'ClassDeclaration':
      return node.id ? [{ kind: 'class', name: node.id.name, node: node.id }] : [];
    case 'TSTypeAliasDeclaration':
      return [{ kind: 'type', name: node.id.name, node: node.id }];
    case 'TSInterfaceDeclaration':
      return [{ kind: 'interface', name: node.id.name, node: node.id }];
    case 'TSEnumDeclaration':
      return [{ kind: 'enum', name: node.id.name, node: node.id }];
    case 'VariableDeclaration':
      return node.declarations.flatMap(variableSymbols);
    default:
      return [];
  }
}

function variableSymbols(declarator: TSESTree.VariableDeclarator): ExportedSymbol[] {
  if (declarator.id.type === 'Identifier') {
    return [{ kind: initializerKind(declarator.init), name: declarator.id.name, node: declarator.id }];
  }
  return boundIdentifiers(declarator.id).map((identifier) => ({ kind: 'variable', name: identifier.name, node: identifier }));
}

function initializerKind(init: TSESTree.Expression | null): SymbolKind {
  if (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression') return 'function';
  if (init?.type === 'ClassExpression') return 'class';
  return 'variable';
}

/** Lists the identifiers a destructuring pattern binds. */
function boundIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement' ? boundIdentifiers(property.argument) : boundIdentifiers(property.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? boundIdentifiers(element) : []));
    case 'RestElement':
      return boundIdentifiers(pattern.argument);
    case 'AssignmentPattern':
      return boundIdentifiers(pattern.left);
    default:
      return [];
  }
}

/** Lists the names of `export { local as exported }` whose local declaration is in this module, with its kind. */
function specifierSymbols(specifiers: readonly TSESTree.ExportSpecifier[], localKinds: ReadonlyMap<string, SymbolKind>): ExportedSymbol[] {
  const symbols: ExportedSymbol[] = [];
  for (const specifier of specifiers) {
    if (specifier.local.type !== 'Identifier') continue;
    const kind = localKinds.get(specifier.local.name);
    const name = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
    if (kind === undefined || name === 'default') continue;
    symbols.push({ kind, name, node: specifier.exported });
  }
  return symbols;
}
