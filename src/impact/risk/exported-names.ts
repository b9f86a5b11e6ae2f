/**
 * The names a TypeScript or JavaScript module exports, read from its text
 * with the TypeScript parser. Only the module's own top-level statements
 * count: exports inside `declare module 'x' { ... }` or a namespace belong
 * to another scope.
 */

import ts from 'typescript';

export interface ExportedNames {
  /**
   * Names an importer can use, sorted and distinct. `default` stands for a
   * default export and `export=` for `export =`, the name the TypeScript
   * compiler gives that form.
   */
  names: string[];
  /**
   * Specifiers of `export * from '...'`, sorted and distinct. The names they
   * re-export are not expanded, because that needs the other module.
   */
  wildcards: string[];
}

/** Name that `export = value` exports. */
export const EXPORT_EQUALS = 'export=';

/**
 * Lists the exported names of a module. The file name only selects the
 * syntax (`.tsx` and `.jsx` parse JSX), and text with syntax errors is
 * parsed as far as the parser recovers.
 *
 * NOTE: CommonJS exports (`module.exports = ...`, `exports.name = ...`) and
 * the UMD global of `export as namespace` are not listed.
 */
export function listExportedNames(fileName: string, text: string): ExportedNames {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const names = new Set<string>();
  const wildcards = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) addExportDeclaration(statement, names, wildcards);
    else if (ts.isExportAssignment(statement)) names.add(statement.isExportEquals === true ? EXPORT_EQUALS : 'default');
    else for (const name of declaredExports(statement)) names.add(name);
  }
  return { names: [...names].sort(), wildcards: [...wildcards].sort() };
}

/** Adds the names of `export { a, b as c }`, `export { a } from 'm'` and `export * as ns from 'm'`, or the specifier of `export * from 'm'`. */
function addExportDeclaration(statement: ts.ExportDeclaration, names: Set<string>, wildcards: Set<string>): void {
  const clause = statement.exportClause;
  if (clause === undefined) {
    const specifier = statement.moduleSpecifier;
    if (specifier !== undefined && ts.isStringLiteral(specifier)) wildcards.add(specifier.text);
    return;
  }
  if (ts.isNamespaceExport(clause)) {
    names.add(clause.name.text);
    return;
  }
  // An export name may be a string literal (`export { a as "a-b" }`), and `text` is its value.
  for (const element of clause.elements) names.add(element.name.text);
}

/** Lists the names that a declaration with the `export` modifier exports, or none without it. */
function declaredExports(statement: ts.Statement): string[] {
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) return ['default'];

  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name));
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement)
  ) {
    return statement.name === undefined ? [] : [statement.name.text];
  }
  // `export namespace N {}` exports N. `export declare module 'x' {}` with a
  // string name declares another module, and `declare global` augments the
  // global scope, so neither exports a name from this module.
  if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
    const isGlobal = (statement.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
    return isGlobal ? [] : [statement.name.text];
  }
  return [];
}

/** Collects the identifiers that a variable declaration binds, also inside destructuring patterns. */
function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const names: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    names.push(...bindingNames(element.name));
  }
  return names;
}
