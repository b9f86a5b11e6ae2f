/**
 * Reads the diagnostics that `tsc` and `tsgo` print with `--pretty false`:
 *
 *   src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.
 *     Continuation of the message chain, indented.
 *   error TS5023: Unknown compiler option 'strictt'.
 *
 * The CLI prints only a start position, so `end` stays null. File names are
 * relative to the folder the compiler ran in.
 */
import { resolve } from 'node:path';
import type { DiagnosticCategoryName, TypeDiagnostic } from './type-check-model.js';

const WITH_POSITION = /^(.+)\((\d+),(\d+)\): (error|warning|suggestion|message) TS(\d+): (.*)$/;
const WITHOUT_POSITION = /^(error|warning|suggestion|message) TS(\d+): (.*)$/;
const CONTINUATION = /^\s+\S/;

export interface ParsedCliOutput {
  diagnostics: TypeDiagnostic[];
  /** Non-empty lines that are neither a diagnostic nor its continuation, such as a crash's stack trace. */
  otherLines: string[];
}

/** Parses CLI output; `cwd` is the absolute folder the compiler ran in. */
export function parseCliOutput(output: string, cwd: string): ParsedCliOutput {
  const diagnostics: TypeDiagnostic[] = [];
  const otherLines: string[] = [];
  let current: TypeDiagnostic | null = null;

  for (const line of output.split(/\r?\n/)) {
    const diagnostic = parseHeadLine(line, cwd);
    if (diagnostic) {
      diagnostics.push(diagnostic);
      current = diagnostic;
    } else if (current !== null && CONTINUATION.test(line)) {
      current.message += `\n${line.trimEnd()}`;
    } else {
      current = null;
      if (line.trim() !== '') otherLines.push(line);
    }
  }
  return { diagnostics, otherLines };
}

function parseHeadLine(line: string, cwd: string): TypeDiagnostic | null {
  const positioned = WITH_POSITION.exec(line);
  if (positioned) {
    const [, file, lineNumber, column, category, code, message] = positioned;
    return {
      code: Number(code),
      category: category as DiagnosticCategoryName,
      file: resolve(cwd, file!),
      start: { line: Number(lineNumber), column: Number(column) },
      end: null,
      message: message!,
    };
  }
  const global = WITHOUT_POSITION.exec(line);
  if (global) {
    const [, category, code, message] = global;
    return { code: Number(code), category: category as DiagnosticCategoryName, file: null, start: null, end: null, message: message! };
  }
  return null;
}
