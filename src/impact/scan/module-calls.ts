/**
 * Recognizers for module references written as calls: `require('a')`,
 * `require.resolve('a')`, `import('a')` and `import.meta.glob('./*.ts')`.
 */
import { isIdentifierOrKeyword } from './expression-start.js';
import { SyntaxKind } from './lexer/index.js';
import type { ReferenceList } from './reference-list.js';
import { readStringArgument, skipToCallEnd, type StringArgument } from './string-argument.js';
import type { TokenStream } from './token-stream.js';

/** Promise methods: `import('a').then(...)` is a call at run time, while `import('a').Foo` names a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);

/** Vite's glob import functions; `globEager` is the form Vite 2 had. */
export const GLOB_FUNCTIONS: ReadonlySet<string> = new Set(['glob', 'globEager']);

/**
 * Reads `require('a')` or `require.resolve('a')`; the stream is at
 * `require`, which is not a property name. A concatenated or template
 * argument gives a 'dynamic-pattern' reference, as for `import()`.
 */
export function readRequireCall(stream: TokenStream, references: ReferenceList): void {
  const generation = stream.generation;
  stream.advance();
  if (stream.is(SyntaxKind.DotToken)) {
    stream.advance();
    if (!stream.is(SyntaxKind.Identifier) || stream.value() !== 'resolve') return;
    stream.advance();
  }
  if (!stream.is(SyntaxKind.OpenParenToken)) return;

  const argument = readStringArgument(stream);
  if (argument === undefined || stream.generation !== generation) return;
  addCallReference(references, 'require', argument, false);
}

/**
 * Reads `import(...)`; the stream is at the `(`. `typeOnlyBefore` is true
 * when `typeof` came before `import`, as in `typeof import('a')`. A type
 * position is also guessed from a member access other than a promise method
 * after the call, as in `import('a').Foo`.
 */
export function readImportCall(stream: TokenStream, references: ReferenceList, typeOnlyBefore: boolean): void {
  const generation = stream.generation;
  const depth = stream.depth;
  const argument = readStringArgument(stream);
  if (argument === undefined) return;

  // Import options follow a comma: import('./a.json', { with: { type: 'json' } }).
  skipToCallEnd(stream, depth);
  if (!stream.is(SyntaxKind.CloseParenToken)) return;
  stream.advance();
  let typeOnly = typeOnlyBefore;
  if (stream.is(SyntaxKind.DotToken)) {
    stream.advance();
    typeOnly ||= isIdentifierOrKeyword(stream.token) && !PROMISE_MEMBERS.has(stream.value());
  }
  if (stream.generation !== generation) return;
  addCallReference(references, 'dynamic', argument, typeOnly);
}

/** Reads `import.meta.glob(...)`; the stream is at the `.` after `import`. Other `import.meta` uses are skipped. */
export function readImportMeta(stream: TokenStream, references: ReferenceList): void {
  const generation = stream.generation;
  stream.advance();
  if (!stream.is(SyntaxKind.Identifier) || stream.value() !== 'meta') return;
  stream.advance();
  if (!stream.is(SyntaxKind.DotToken)) return;
  stream.advance();
  if (!stream.is(SyntaxKind.Identifier) || !GLOB_FUNCTIONS.has(stream.value())) return;
  stream.advance();
  if (stream.is(SyntaxKind.LessThanToken)) skipTypeArguments(stream);
  if (!stream.is(SyntaxKind.OpenParenToken)) return;
  stream.advance();

  if (stream.is(SyntaxKind.StringLiteral) || stream.is(SyntaxKind.NoSubstitutionTemplateLiteral)) {
    if (stream.generation === generation) references.add('glob', stream.value(), stream.tokenStart, false);
    stream.advance();
    return;
  }
  if (stream.is(SyntaxKind.OpenBracketToken)) readGlobList(stream, references, generation);
}

/** Adds each string literal of `['./a/*', './b/*']`; entries that are not literals are skipped. */
function readGlobList(stream: TokenStream, references: ReferenceList, generation: number): void {
  const depth = stream.depth;
  stream.advance();
  while (stream.depth >= depth && !stream.is(SyntaxKind.EndOfFileToken)) {
    const literal = stream.is(SyntaxKind.StringLiteral) || stream.is(SyntaxKind.NoSubstitutionTemplateLiteral);
    if (literal && stream.depth === depth && stream.generation === generation) {
      references.add('glob', stream.value(), stream.tokenStart, false);
    }
    stream.advance();
  }
}

/** Skips `<Type>` in `import.meta.glob<Type>(...)`; the scanner returns each `>` as its own token, so counting pairs works. */
function skipTypeArguments(stream: TokenStream): void {
  let depth = 0;
  do {
    if (stream.is(SyntaxKind.LessThanToken)) depth++;
    else if (stream.is(SyntaxKind.GreaterThanToken)) depth--;
    else if (stream.is(SyntaxKind.EndOfFileToken)) return;
    stream.advance();
  } while (depth > 0);
}

function addCallReference(references: ReferenceList, staticKind: 'require' | 'dynamic', argument: StringArgument, typeOnly: boolean): void {
  if (!argument.dynamic) {
    references.add(staticKind, argument.prefix, argument.start, typeOnly);
    return;
  }
  // NOTE: an argument with no static prefix, such as `${base}/a.js` or name + '.js', is dropped, because no resolver can use ''.
  if (argument.prefix === '') return;
  references.addPattern(argument.prefix, argument.suffix, argument.start, typeOnly);
}
