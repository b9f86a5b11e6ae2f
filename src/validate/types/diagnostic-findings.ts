/**
 * Turns compiler diagnostics into findings: the rule id from the error code,
 * the level from the category, the path relative to the repository, and a
 * full range.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, FindingLevel, SourceRange } from '../model.js';
import {
  TYPES_RULE_PREFIX,
  TYPES_TOOL,
  type DiagnosticCategoryName,
  type DiagnosticPosition,
  type TypeDiagnostic,
} from './type-check-model.js';

const LEVEL_BY_CATEGORY: Record<DiagnosticCategoryName, FindingLevel> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'note',
  message: 'note',
};

export interface DiagnosticMapping {
  /** Absolute path of the repository root. */
  root: string;
  /** Repository-relative path of the tsconfig that produced the diagnostics; global diagnostics point at it. */
  tsconfig: string;
  /**
   * Returns line `line` (1-based) of an absolute file without its line break,
   * or null when it cannot be read. Used only for diagnostics without an end.
   */
  lineText?: (file: string, line: number) => string | null;
}

export interface MappedDiagnostics {
  findings: Finding[];
  /** Diagnostics in files outside the repository or under node_modules, which were dropped. */
  outside: number;
}

/**
 * Maps diagnostics to findings. A diagnostic in a file outside the root or
 * under a `node_modules` folder (declaration files of dependencies, the
 * compiler's own lib files) is dropped and counted, because the pull request
 * cannot fix it there. A diagnostic without a file is kept and placed on
 * line 1 of the tsconfig, the file whose options or file list caused it.
 */
/** Name of the finding property that marks a diagnostic of the whole project; its value is 1. */
export const PROJECT_WIDE_PROPERTY = 'projectWide';

export function diagnosticsToFindings(diagnostics: readonly TypeDiagnostic[], mapping: DiagnosticMapping): MappedDiagnostics {
  const findings: Finding[] = [];
  let outside = 0;
  for (const diagnostic of diagnostics) {
    const path = diagnostic.file === null ? mapping.tsconfig : repositoryPath(mapping.root, diagnostic.file);
    if (path === null) {
      outside++;
      continue;
    }
    findings.push({
      ruleId: `${TYPES_RULE_PREFIX}TS${diagnostic.code}`,
      level: LEVEL_BY_CATEGORY[diagnostic.category],
      path,
      range: rangeOf(diagnostic, mapping),
      message: diagnostic.message,
      tool: TYPES_TOOL,
      // A diagnostic without a file (a missing root file, an invalid option) stops tsc before its semantic checks, so the stage reports it whatever the filter.
      properties: diagnostic.file === null ? { project: mapping.tsconfig, [PROJECT_WIDE_PROPERTY]: 1 } : { project: mapping.tsconfig },
    });
  }
  return { findings, outside };
}

/** Returns the POSIX path of `file` relative to `root`, or null when it lies outside the root or under node_modules. */
export function repositoryPath(root: string, file: string): string | null {
  const relativePath = relative(root, file);
  if (relativePath === '' || isAbsolute(relativePath)) return null;
  const segments = relativePath.split(sep === '\\' ? /[\\/]/ : '/');
  if (segments[0] === '..' || segments.includes('node_modules')) return null;
  return segments.join('/');
}

function rangeOf(diagnostic: TypeDiagnostic, mapping: DiagnosticMapping): SourceRange {
  const start = diagnostic.start;
  if (start === null) return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const end = diagnostic.end ?? estimatedEnd(diagnostic.file, start, mapping);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * Estimates the end of a diagnostic that has only a start, as the CLI
 * prints it. The end follows the string literal or word at the start, which
 * covers the identifier, keyword, number or quoted tsconfig key that most
 * diagnostics point at. Otherwise the range is one character long.
 */
function estimatedEnd(file: string | null, start: DiagnosticPosition, mapping: DiagnosticMapping): DiagnosticPosition {
  const text = file === null ? null : (mapping.lineText?.(file, start.line) ?? null);
  return { line: start.line, column: text === null ? start.column + 1 : tokenEndColumn(text, start.column) };
}

const WORD_CHARACTER = /[\p{ID_Continue}$\u200c\u200d]/u;
const QUOTES = new Set(['"', "'", '`']);

/**
 * Returns the exclusive end column of the token that starts at `column`
 * (1-based, UTF-16). A token is a string closed on the same line or a run of
 * word characters. Returns `column + 1` when neither starts there.
 */
export function tokenEndColumn(lineText: string, column: number): number {
  const startIndex = column - 1;
  if (startIndex >= lineText.length) return column + 1;
  const first = lineText[startIndex]!;
  if (QUOTES.has(first)) return stringEndColumn(lineText, startIndex) ?? column + 1;

  let index = startIndex;
  while (index < lineText.length && WORD_CHARACTER.test(lineText[index]!)) index++;
  return index === startIndex ? column + 1 : index + 1;
}

/** Returns the column after the closing quote of the string opened at `openIndex`, or null when it stays open on this line. */
function stringEndColumn(lineText: string, openIndex: number): number | null {
  const quote = lineText[openIndex];
  for (let index = openIndex + 1; index < lineText.length; index++) {
    if (lineText[index] === '\\') index++;
    else if (lineText[index] === quote) return index + 2;
  }
  return null;
}
