/**
 * Compares the tokens of our lexer (src/impact/scan/lexer) with those of
 * TypeScript's scanner on every scanned file under a folder: kind, start,
 * end, value, and the errors the lexer reports, with their positions.
 *
 *   npx tsx bench/impact-scan/compare-tokens.ts DIR [--max-listed N]
 *
 * Both scanners are driven the same way: a `/` or `/=` where an expression
 * can start is read again as a regular expression, and a `}` that closes a
 * template substitution is read again as template text. `.vue` and
 * `.svelte` files are skipped, since their script blocks are what counts.
 */
import { parseArgs } from 'node:util';

import ts from 'typescript';

import { expressionCanFollow } from '../../src/impact/scan/expression-start.js';
import { LanguageVariant, Scanner, SyntaxKind } from '../../src/impact/scan/lexer/index.js';
import { readSourceFiles } from './files.js';

/** TypeScript's codes for the messages in `LexerMessage`. */
const COMPARED_ERROR_CODES = new Set([1002, 1010, 1127, 1160, 1161, 1185]);

/** Our kinds by TypeScript's kind number, matched by member name. */
const KIND_BY_TS_KIND = new Map<number, SyntaxKind>();
for (const [name, value] of Object.entries(SyntaxKind)) {
  if (typeof value !== 'number' || name.startsWith('First') || name.startsWith('Last')) continue;
  const tsKind = (ts.SyntaxKind as unknown as Record<string, number>)[name];
  if (tsKind === undefined) throw new Error(`ts.SyntaxKind has no member ${name}`);
  KIND_BY_TS_KIND.set(tsKind, value);
}

/** The two scanners behind one face, so that one driver reads both. */
interface TokenSource {
  scan(): SyntaxKind;
  reScanSlashToken(): SyntaxKind;
  reScanTemplateToken(): SyntaxKind;
  start(): number;
  end(): number;
  value(): string;
}

function typescriptSource(text: string, jsx: boolean, errors: string[]): TokenSource {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard);
  scanner.setText(text);
  scanner.setOnError((message) => {
    if (COMPARED_ERROR_CODES.has(message.code)) errors.push(`${scanner.getTokenStart()}: ${message.message}`);
  });
  const toOurs = (kind: ts.SyntaxKind): SyntaxKind => {
    const ours = KIND_BY_TS_KIND.get(kind);
    if (ours === undefined) throw new Error(`TypeScript returned ${ts.SyntaxKind[kind]}, which the lexer has no kind for`);
    return ours;
  };
  return {
    scan: () => toOurs(scanner.scan()),
    reScanSlashToken: () => toOurs(scanner.reScanSlashToken()),
    reScanTemplateToken: () => toOurs(scanner.reScanTemplateToken(false)),
    start: () => scanner.getTokenStart(),
    end: () => scanner.getTokenEnd(),
    value: () => scanner.getTokenValue() ?? '',
  };
}

function lexerSource(scanner: Scanner, text: string, jsx: boolean, errors: string[]): TokenSource {
  scanner.setLanguageVariant(jsx ? LanguageVariant.JSX : LanguageVariant.Standard);
  scanner.setText(text);
  scanner.setOnError((message, tokenStart) => errors.push(`${tokenStart}: ${message}`));
  return {
    scan: () => scanner.scan(),
    reScanSlashToken: () => scanner.reScanSlashToken(),
    reScanTemplateToken: () => scanner.reScanTemplateToken(),
    start: () => scanner.getTokenStart(),
    end: () => scanner.getTokenEnd(),
    value: () => scanner.getTokenValue(),
  };
}

/** Values are compared only for the tokens whose value TypeScript defines. */
function hasValue(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.Identifier || (kind >= SyntaxKind.NumericLiteral && kind <= SyntaxKind.TemplateTail) || kind >= SyntaxKind.FirstKeyword;
}

/** Reads every token of `source` and returns one line per token. */
function readTokens(source: TokenSource): string[] {
  const lines: string[] = [];
  // For each open brace: true when it opened a template substitution.
  const braces: boolean[] = [];
  let expressionAllowed = true;
  let afterDot = false;
  for (;;) {
    let kind = source.scan();
    if ((kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken) && expressionAllowed) kind = source.reScanSlashToken();
    else if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.TemplateHead) braces.push(kind === SyntaxKind.TemplateHead);
    else if (kind === SyntaxKind.CloseBraceToken && braces.pop() === true) {
      kind = source.reScanTemplateToken();
      if (kind === SyntaxKind.TemplateMiddle) braces.push(true);
    }
    lines.push(`${SyntaxKind[kind]} ${source.start()}-${source.end()}${hasValue(kind) ? ` ${JSON.stringify(source.value())}` : ''}`);
    if (kind === SyntaxKind.EndOfFileToken) return lines;
    expressionAllowed = expressionCanFollow(kind, expressionAllowed, afterDot);
    afterDot = kind === SyntaxKind.DotToken || kind === SyntaxKind.QuestionDotToken;
  }
}

/** Returns a description of the first difference between two token lists, or undefined when they are equal. */
function firstDifference(expected: string[], actual: string[]): string | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) return `token ${i}: typescript ${expected[i] ?? '(none)'}, lexer ${actual[i] ?? '(none)'}`;
  }
  return undefined;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'max-listed': { type: 'string', default: '20' } } });
  const root = positionals[0];
  if (root === undefined) throw new Error('Missing the folder. Usage: npx tsx bench/impact-scan/compare-tokens.ts DIR [--max-listed N]');
  const maxListed = Number(values['max-listed']);

  const scanner = new Scanner();
  let files = 0;
  let tokens = 0;
  let errorCount = 0;
  let differing = 0;
  for (const file of readSourceFiles(root)) {
    if (/\.(?:vue|svelte)$/.test(file.path)) continue;
    files++;
    const jsx = !/\.[mc]?ts$/.test(file.path);
    const typescriptErrors: string[] = [];
    const lexerErrors: string[] = [];
    const expected = readTokens(typescriptSource(file.text, jsx, typescriptErrors));
    const actual = readTokens(lexerSource(scanner, file.text, jsx, lexerErrors));
    tokens += expected.length;
    errorCount += typescriptErrors.length;
    const difference = firstDifference(expected, actual) ?? firstDifference(typescriptErrors, lexerErrors)?.replace('token', 'error');
    if (difference === undefined) continue;
    differing++;
    if (differing <= maxListed) console.log(`${file.path}: ${difference}`);
  }
  console.log(`${files} files, ${tokens} tokens, ${errorCount} errors compared; ${differing} files differ.`);
  if (differing > 0) process.exitCode = 1;
}

main();
