/**
 * Recognizers for import and export declarations:
 * `import x from 'a'`, `import 'a'`, `import x = require('a')`,
 * `export * from 'a'`, `export { a } from 'a'`, and their `type` forms.
 */
import { isIdentifierOrKeyword } from './expression-start.js';
import { SyntaxKind } from './lexer/index.js';
import type { ReferenceList } from './reference-list.js';
import type { TokenStream } from './token-stream.js';

/** Receives a syntax error at an offset of the scanned text. */
export type ErrorReporter = (offset: number, message: string) => void;

interface NamedBindings {
  count: number;
  typeCount: number;
  /** True when the list lacked its `}` and ended at `from '...'`, as in `import { a from 'x'`. */
  unclosed: boolean;
}

/** Returns whether the token after `import` can start an import declaration, as opposed to `{ import: 1 }` or a class field. */
export function startsImportDeclaration(kind: SyntaxKind): boolean {
  return (
    isIdentifierOrKeyword(kind) || kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.AsteriskToken || kind === SyntaxKind.StringLiteral
  );
}

/** Reads an import declaration; the stream is at the token after `import`, which `startsImportDeclaration` accepted. */
export function readImportDeclaration(stream: TokenStream, references: ReferenceList, reportError: ErrorReporter): void {
  if (stream.is(SyntaxKind.StringLiteral)) {
    references.add('side-effect', stream.value(), stream.tokenStart, false);
    stream.advance();
    return;
  }
  const generation = stream.generation;
  const typeOnly = readImportModifiers(stream);

  // A default or namespace binding makes the import a value import, unless an `import type` modifier was read.
  let hasValueBinding = false;
  if (isIdentifierOrKeyword(stream.token) && !stream.is(SyntaxKind.FromKeyword)) {
    hasValueBinding = true;
    stream.advance();
    if (stream.is(SyntaxKind.EqualsToken)) {
      stream.advance();
      readRequireAlias(stream, references, typeOnly, generation);
      return;
    }
    if (stream.is(SyntaxKind.CommaToken)) stream.advance();
  } else if (stream.is(SyntaxKind.FromKeyword) && stream.peek(1)[0] === SyntaxKind.FromKeyword) {
    // `import from from 'a'` imports a default named `from`.
    hasValueBinding = true;
    stream.advance();
  }

  let bindings: NamedBindings | undefined;
  if (stream.is(SyntaxKind.AsteriskToken)) {
    hasValueBinding = true;
    stream.advance();
    if (stream.is(SyntaxKind.AsKeyword)) stream.advance();
    if (isIdentifierOrKeyword(stream.token) && !stream.is(SyntaxKind.FromKeyword)) stream.advance();
  } else if (stream.is(SyntaxKind.OpenBraceToken)) {
    bindings = readNamedBindings(stream);
    if (bindings.unclosed && stream.generation === generation) reportError(stream.tokenStart, "'}' expected.");
  }

  const allTyped = !hasValueBinding && bindings !== undefined && bindings.count > 0 && bindings.typeCount === bindings.count;
  readFromClause(stream, references, reportError, 'import', typeOnly || allTyped, generation);
}

/**
 * Reads `type` or `defer` after `import` and returns whether the import is
 * type-only. `type` is a binding name, not a modifier, in `import type from
 * 'a'`, `import type, { a } from 'a'` and `import type = require('a')`.
 */
function readImportModifiers(stream: TokenStream): boolean {
  if (stream.is(SyntaxKind.DeferKeyword)) {
    if (peekKind(stream) === SyntaxKind.AsteriskToken) stream.advance();
    return false;
  }
  if (!stream.is(SyntaxKind.TypeKeyword)) return false;
  const next = peekKind(stream);
  if (next === SyntaxKind.CommaToken || next === SyntaxKind.EqualsToken) return false;
  if (next === SyntaxKind.FromKeyword) {
    // `import type from 'a'` is a default import named `type`; `import type from from 'a'` is type-only.
    const afterFrom = stream.peek(2)[1];
    if (afterFrom !== SyntaxKind.FromKeyword && afterFrom !== SyntaxKind.EqualsToken) return false;
  }
  stream.advance();
  return true;
}

/** Reads `require('a')` after `import x =`; any other right-hand side is a namespace alias and no reference. */
function readRequireAlias(stream: TokenStream, references: ReferenceList, typeOnly: boolean, generation: number): void {
  if (!stream.is(SyntaxKind.RequireKeyword)) return;
  stream.advance();
  if (!stream.is(SyntaxKind.OpenParenToken)) return;
  stream.advance();
  if (!stream.is(SyntaxKind.StringLiteral) && !stream.is(SyntaxKind.NoSubstitutionTemplateLiteral)) return;
  if (stream.generation === generation) references.add('require', stream.value(), stream.tokenStart, typeOnly);
  stream.advance();
}

/**
 * Reads an export declaration that names a module; the stream is at the
 * token after `export`. Other exports, such as `export const` or a local
 * `export { a }`, are left to the main loop.
 */
export function readExportDeclaration(stream: TokenStream, references: ReferenceList, reportError: ErrorReporter): void {
  const generation = stream.generation;
  let typeOnly = false;
  if (stream.is(SyntaxKind.TypeKeyword)) {
    const next = peekKind(stream);
    if (next !== SyntaxKind.OpenBraceToken && next !== SyntaxKind.AsteriskToken) return;
    typeOnly = true;
    stream.advance();
  }

  if (stream.is(SyntaxKind.AsteriskToken)) {
    stream.advance();
    if (stream.is(SyntaxKind.AsKeyword)) {
      stream.advance();
      if (isIdentifierOrKeyword(stream.token) || stream.is(SyntaxKind.StringLiteral)) stream.advance();
    }
    readFromClause(stream, references, reportError, 're-export', typeOnly, generation);
    return;
  }
  if (!stream.is(SyntaxKind.OpenBraceToken)) return;

  const bindings = readNamedBindings(stream);
  if (bindings.unclosed && stream.generation === generation) reportError(stream.tokenStart, "'}' expected.");
  // Without `from`, `export { a }` exports local bindings.
  if (!stream.is(SyntaxKind.FromKeyword)) return;
  const allTyped = bindings.count > 0 && bindings.typeCount === bindings.count;
  readFromClause(stream, references, reportError, 're-export', typeOnly || allTyped, generation);
}

/**
 * Reads `{ a, type b, c as d }` and counts the bindings and those marked
 * `type`. Leaves the stream after the `}`, or at `from` when the list ends
 * with `from '...'` and no `}`.
 */
function readNamedBindings(stream: TokenStream): NamedBindings {
  const bindings: NamedBindings = { count: 0, typeCount: 0, unclosed: false };
  const depth = stream.depth;
  stream.advance();
  let words = 0;
  let firstIsType = false;

  const endBinding = (): void => {
    if (words === 0) return;
    bindings.count++;
    // `type a` and `type a as b` are marked; `type` alone and `type as b` rename a binding named `type`.
    if (firstIsType && (words === 2 || words === 4)) bindings.typeCount++;
    words = 0;
  };

  for (;;) {
    const kind = stream.token;
    if (kind === SyntaxKind.CloseBraceToken && stream.depth === depth - 1) {
      endBinding();
      stream.advance();
      return bindings;
    }
    if (kind === SyntaxKind.EndOfFileToken) break;
    if (kind === SyntaxKind.FromKeyword && peekKind(stream) === SyntaxKind.StringLiteral && stream.depth === depth) {
      endBinding();
      bindings.unclosed = true;
      // The caller reports the missing `}`, so the stream must not report the `{` again at the end of the file.
      stream.abandonFrames(depth - 1);
      return bindings;
    }
    if (kind === SyntaxKind.CommaToken) endBinding();
    else if (isIdentifierOrKeyword(kind) || kind === SyntaxKind.StringLiteral) {
      if (words === 0) firstIsType = kind === SyntaxKind.TypeKeyword;
      words++;
    } else break;
    stream.advance();
  }
  endBinding();
  return bindings;
}

/** Reads `from 'a'` and adds the reference, or reports what is missing. */
function readFromClause(
  stream: TokenStream,
  references: ReferenceList,
  reportError: ErrorReporter,
  kind: 'import' | 're-export',
  typeOnly: boolean,
  generation: number,
): void {
  if (!stream.is(SyntaxKind.FromKeyword)) {
    if (stream.generation === generation) reportError(stream.tokenStart, "'from' expected.");
    return;
  }
  stream.advance();
  if (!stream.is(SyntaxKind.StringLiteral)) {
    if (stream.generation === generation) reportError(stream.tokenStart, 'String literal expected.');
    return;
  }
  if (stream.generation === generation) references.add(kind, stream.value(), stream.tokenStart, typeOnly);
  stream.advance();
}

function peekKind(stream: TokenStream): SyntaxKind {
  return stream.peek(1)[0]!;
}
