/**
 * Import and export declarations at the top level of a module. Each reader
 * starts at its keyword and consumes what it recognizes. The module reader
 * skips what is left of the statement, such as a function body or the type
 * of a type alias.
 */
import { parseVariableStatement } from './bindings.js';
import type { ExpressionParser } from './expression-parser.js';
import type { ImportDeclaration, Statement } from './syntax-tree.js';
import type { TokenCursor } from './token-cursor.js';

/** Words before a declaration that do not change the name it declares. */
const DECLARATION_MODIFIERS = new Set(['declare', 'abstract', 'async']);
/** Declarations whose name follows their keyword. */
const NAMED_DECLARATIONS = new Set(['function', 'class', 'interface', 'type', 'enum', 'namespace']);

/**
 * Reads an import declaration. Returns undefined for `import(…)` and
 * `import.meta`, which are expressions, and for `import A = B.C`, which
 * names no module.
 */
export function parseImportDeclaration(parser: ExpressionParser): ImportDeclaration | undefined {
  const { cursor } = parser;
  cursor.advance();
  if (cursor.is('(') || cursor.is('.')) return undefined;
  const declaration: ImportDeclaration = { kind: 'import', module: '', defaultName: undefined, namespaceName: undefined, named: [] };
  if (isString(cursor)) {
    declaration.module = cursor.token.value;
    cursor.advance();
    return declaration;
  }
  if (cursor.isKeyword('type') && startsImportClause(cursor)) cursor.advance();

  if (cursor.token.kind === 'name' && !(cursor.isKeyword('from') && nextIsString(cursor))) {
    declaration.defaultName = cursor.token.value;
    cursor.advance();
    if (cursor.consume('=')) return readImportEquals(cursor, declaration);
    cursor.consume(',');
  }
  if (cursor.consume('*')) {
    cursor.consume('as');
    declaration.namespaceName = cursor.token.value;
    cursor.advance();
  }
  if (cursor.is('{')) {
    for (const { name, alias } of readSpecifierList(parser)) declaration.named.push({ imported: name, local: alias ?? name });
  }
  if (!cursor.consume('from') || !isString(cursor)) return undefined;
  declaration.module = cursor.token.value;
  cursor.advance();
  return declaration;
}

/** Reads the statement after `export`; the current token is `export`. */
export function parseExportStatement(parser: ExpressionParser): Statement | undefined {
  const { cursor } = parser;
  cursor.advance();
  if (cursor.consume('default')) {
    // `export default interface Shape {}` exports a type, which has no value to read.
    if (cursor.isKeyword('interface')) return { kind: 'export-default', expression: undefined };
    if (cursor.isKeyword('abstract')) cursor.advance();
    return { kind: 'export-default', expression: parser.parseAssignment() };
  }
  if (cursor.consume('=')) return { kind: 'export-equals', expression: parser.parseAssignment() };
  // `export type { A }`, `export type * from 'm'` and `export type * as ns from 'm'` export names as the forms without `type` do.
  if (cursor.isKeyword('type') && (nextIs(cursor, '{') || nextIs(cursor, '*'))) cursor.advance();
  if (cursor.is('*')) return readExportStar(cursor);
  if (cursor.is('{')) {
    const names = readSpecifierList(parser).map(({ name, alias }) => alias ?? name);
    if (!cursor.isKeyword('from') || !nextIsString(cursor)) return { kind: 'export-names', names };
    cursor.advance();
    const module = cursor.token.value;
    cursor.advance();
    return { kind: 'export-names', names, module };
  }
  // `export as namespace Name` declares a global for scripts, not an export of the module.
  if (cursor.isKeyword('as')) return undefined;
  return readExportedDeclaration(parser);
}

/** Reads `export function f`, `export const a = …`, `export declare namespace N` and the like. */
function readExportedDeclaration(parser: ExpressionParser): Statement | undefined {
  const { cursor } = parser;
  while (cursor.is('@')) {
    // A decorator: `export @sealed class C {}`.
    cursor.advance();
    parser.parseAssignment();
  }
  while (cursor.token.kind === 'name' && DECLARATION_MODIFIERS.has(cursor.token.value) && !nextIs(cursor, '=')) cursor.advance();

  const keyword = cursor.token.kind === 'name' ? cursor.token.value : '';
  if (keyword === 'const' && nextIs(cursor, 'enum')) cursor.advance();
  else if (keyword === 'const' || keyword === 'let' || keyword === 'var') return parseVariableStatement(parser, true);

  if (keyword === 'import') {
    // `export import Alias = Namespace.Member`.
    cursor.advance();
    return nameAfter(cursor);
  }
  if (keyword === 'module') {
    // `export declare module 'x' {}` declares another module; `export module N {}` is a namespace.
    cursor.advance();
    return cursor.token.kind === 'name' ? nameAfter(cursor) : undefined;
  }
  if (cursor.token.kind === 'name' && NAMED_DECLARATIONS.has(cursor.token.value)) {
    cursor.advance();
    cursor.consume('*');
    return nameAfter(cursor);
  }
  return undefined;
}

/** Reads `export * from 'm'` or `export * as name from 'm'`; the current token is `*`. */
function readExportStar(cursor: TokenCursor): Statement | undefined {
  cursor.advance();
  if (cursor.consume('as')) {
    const name = cursor.token.value;
    cursor.advance();
    if (!cursor.consume('from') || cursor.token.kind !== 'string') return { kind: 'export-names', names: [name] };
    const module = cursor.token.value;
    cursor.advance();
    return { kind: 'export-names', names: [name], module };
  }
  if (!cursor.consume('from') || cursor.token.kind !== 'string') return undefined;
  const module = cursor.token.value;
  cursor.advance();
  return { kind: 'export-all', module };
}

/**
 * Reads `{ a, b as c, type T, "x" as y }` of an import or export. Names
 * may be strings. A trailing `from 'm'` is left for the caller.
 */
function readSpecifierList(parser: ExpressionParser): { name: string; alias: string | undefined }[] {
  const { cursor } = parser;
  const specifiers: { name: string; alias: string | undefined }[] = [];
  parser.parseDelimited(() => {
    if (cursor.isKeyword('type') && startsSpecifierAfterType(cursor)) cursor.advance();
    const { kind, value: name } = cursor.token;
    if (kind !== 'name' && kind !== 'string') return;
    cursor.advance();
    let alias: string | undefined;
    if (cursor.consume('as')) {
      alias = cursor.token.value;
      cursor.advance();
    }
    specifiers.push({ name, alias });
  });
  return specifiers;
}

function readImportEquals(cursor: TokenCursor, declaration: ImportDeclaration): ImportDeclaration | undefined {
  if (!cursor.consume('require') || !cursor.consume('(') || cursor.token.kind !== 'string') return undefined;
  declaration.module = cursor.token.value;
  cursor.advance();
  cursor.consume(')');
  return declaration;
}

/** Returns the declared name at the cursor as an export, or undefined when there is none, as in `export function (`. */
function nameAfter(cursor: TokenCursor): Statement | undefined {
  if (cursor.token.kind !== 'name') return undefined;
  const name = cursor.token.value;
  cursor.advance();
  return { kind: 'export-names', names: [name] };
}

/** After `import type`: whether `type` is a modifier, as in `import type { A }`, rather than a default import named `type`. */
function startsImportClause(cursor: TokenCursor): boolean {
  return cursor.lookAhead(() => {
    cursor.advance();
    if (cursor.is('{') || cursor.is('*')) return true;
    if (cursor.token.kind !== 'name' || cursor.is(',')) return false;
    // `import type from 'x'` imports a default named `type`; `import type from from 'x'` is a type import of `from`.
    return !cursor.is('from') || !nextIsString(cursor);
  });
}

/** Inside `{ … }`: whether `type` is a modifier, as in `{ type A }`, rather than a name, as in `{ type }` or `{ type as t }`. */
function startsSpecifierAfterType(cursor: TokenCursor): boolean {
  return cursor.lookAhead(() => {
    cursor.advance();
    const { kind } = cursor.token;
    if (kind === 'string') return true;
    if (kind !== 'name') return false;
    if (!cursor.is('as')) return true;
    // `{ type as as x }` imports `as` as a type; `{ type as x }` imports `type`.
    cursor.advance();
    return cursor.is('as');
  });
}

function nextIs(cursor: TokenCursor, text: string): boolean {
  return cursor.lookAhead(() => {
    cursor.advance();
    return cursor.is(text);
  });
}

function nextIsString(cursor: TokenCursor): boolean {
  return cursor.lookAhead(() => {
    cursor.advance();
    return cursor.token.kind === 'string';
  });
}

/** Returns whether the current token is a string literal; a function, so that TypeScript does not keep the check narrowed across `advance()`. */
function isString(cursor: TokenCursor): boolean {
  return cursor.token.kind === 'string';
}
