/**
 * Reads the top-level statements of a JavaScript or TypeScript module that
 * impact analysis needs: imports, variable declarations, every export form
 * and `module.exports = …`. Other statements are skipped token by token,
 * with brackets skipped as a whole, so nothing inside a block, function,
 * class or namespace counts as top level.
 */
import { parseVariableStatement } from './bindings.js';
import { ExpressionParser, type SyntaxOptions } from './expression-parser.js';
import { parseExportStatement, parseImportDeclaration } from './module-declarations.js';
import type { ModuleSyntax, Statement } from './syntax-tree.js';
import { TokenCursor } from './token-cursor.js';

/**
 * Returns the syntax a file may use, from its name: TypeScript for .ts,
 * .mts, .cts and .tsx, and JSX for .tsx and every JavaScript file, as
 * TypeScript's compiler allows JSX in them.
 */
export function syntaxOptionsFor(fileName: string): SyntaxOptions {
  const typeScript = /\.[cm]?tsx?$/.test(fileName);
  return { typeScript, jsx: !typeScript || fileName.endsWith('.tsx') };
}

/**
 * Parses `text` as a module. Text with syntax errors gives the statements
 * that could be read, and the tests in test/impact/syntax hold it to that.
 */
export function parseModule(text: string, options: SyntaxOptions): ModuleSyntax {
  const parser = new ExpressionParser(new TokenCursor(text), options);
  const { cursor } = parser;
  const statements: Statement[] = [];
  while (!cursor.atEnd) {
    const before = cursor.token;
    const statement = readStatement(parser);
    if (statement) statements.push(statement);
    if (cursor.token === before) cursor.skip();
  }
  return { statements };
}

/** Reads the statement at the cursor if it is one the tree has, or returns undefined and leaves the rest to skipping. */
function readStatement(parser: ExpressionParser): Statement | undefined {
  const { cursor } = parser;
  if (cursor.token.kind !== 'name' || cursor.afterDot) return undefined;
  switch (cursor.token.value) {
    case 'import':
      return parseImportDeclaration(parser);
    case 'export':
      return parseExportStatement(parser);
    case 'const':
    case 'let':
    case 'var':
      return startsDeclaration(parser) ? parseVariableStatement(parser, false) : undefined;
    case 'module':
      return startsModuleExports(parser) ? { kind: 'expression', expression: parser.parseExpression() } : undefined;
    default:
      return undefined;
  }
}

/** Returns whether the `const`, `let` or `var` at the cursor starts a declaration, not `const enum` or a variable named `let`. */
function startsDeclaration(parser: ExpressionParser): boolean {
  const { cursor } = parser;
  return cursor.lookAhead(() => {
    cursor.advance();
    return (cursor.token.kind === 'name' && !cursor.is('enum')) || cursor.is('{') || cursor.is('[');
  });
}

/** Returns whether `module.exports` starts at the cursor. */
function startsModuleExports(parser: ExpressionParser): boolean {
  const { cursor } = parser;
  return cursor.lookAhead(() => {
    cursor.advance();
    if (!cursor.consume('.')) return false;
    return cursor.token.kind === 'name' && cursor.token.value === 'exports';
  });
}
