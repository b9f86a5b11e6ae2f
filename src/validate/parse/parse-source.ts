/**
 * Parses TypeScript and JavaScript into the ESTree shape that ESLint and its
 * plugins see, so that rules written on it count what ESLint counts.
 *
 * typescript-estree is the parser of typescript-eslint. It is called without
 * a program, so no type information is built and one file parses on its own.
 */
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceRange, SourceText } from '../model.js';

export type ScriptLanguage = 'ts' | 'tsx' | 'js' | 'jsx';

const LANGUAGE_BY_EXTENSION: Record<string, ScriptLanguage> = {
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'tsx',
  js: 'jsx',
  mjs: 'js',
  cjs: 'js',
  jsx: 'jsx',
};

/** The language of a script file from its extension, or null when it is not a script. */
export function scriptLanguageOf(path: string): ScriptLanguage | null {
  if (path.endsWith('.d.ts') || path.endsWith('.d.mts') || path.endsWith('.d.cts')) return 'ts';
  const dot = path.lastIndexOf('.');
  if (dot < 0) return null;
  return LANGUAGE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()] ?? null;
}

/** A script parsed into ESTree, with its comments and tokens' ranges. */
export interface ParsedScript {
  source: SourceText;
  language: ScriptLanguage;
  program: TSESTree.Program;
}

/** Where a script stopped parsing, as typescript-estree reports it. */
export interface ScriptSyntaxError {
  source: SourceText;
  message: string;
  range: SourceRange;
}

export type ParseOutcome = { ok: true; script: ParsedScript } | { ok: false; error: ScriptSyntaxError };

/**
 * Parses one script. `.js` files are read with JSX enabled, as ESLint's
 * default parser options for React projects do; plain JavaScript never
 * depends on the difference except for `<` casts, which JavaScript lacks.
 */
export function parseScript(source: SourceText, language = scriptLanguageOf(source.path) ?? 'ts'): ParseOutcome {
  try {
    const program = parse(source.text, {
      comment: true,
      loc: true,
      range: true,
      tokens: false,
      jsx: language === 'tsx' || language === 'jsx',
      filePath: source.path,
      errorOnUnknownASTType: false,
    });
    return { ok: true, script: { source, language, program } };
  } catch (error) {
    return { ok: false, error: syntaxErrorOf(source, error) };
  }
}

/** typescript-estree throws a TSError with 1-based `lineNumber` and 0-based `column`. */
function syntaxErrorOf(source: SourceText, error: unknown): ScriptSyntaxError {
  if (error instanceof Error && 'lineNumber' in error && 'column' in error) {
    const line = Number((error as { lineNumber: unknown }).lineNumber);
    const column = Number((error as { column: unknown }).column) + 1;
    const location = error as { location?: { end?: { line: number; column: number } } };
    const end = location.location?.end;
    return {
      source,
      message: error.message,
      range: {
        startLine: line,
        startColumn: column,
        endLine: end ? end.line : line,
        endColumn: end ? end.column + 1 : column + 1,
      },
    };
  }
  throw error;
}

/** The SARIF range of an ESTree node: ESTree lines count from 1 and columns from 0. */
export function rangeOfNode(node: { loc: TSESTree.SourceLocation }): SourceRange {
  return {
    startLine: node.loc.start.line,
    startColumn: node.loc.start.column + 1,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column + 1,
  };
}
