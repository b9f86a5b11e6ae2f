/**
 * Tells whether a change leaves a file's run-time code as it was: the
 * JavaScript that TypeScript's `transpileModule` emits, without comments, is
 * the same at the parent and at the commit. A fault belongs only where the
 * run-time code changed, because a change to comments or types cannot make a
 * test fail at run time, and a fault there would flip tests that no real
 * change could flip.
 *
 * This check uses the TypeScript compiler, not TestMaster's own comparison,
 * so that the benchmark does not grade TestMaster with its own judgement.
 * `transpileModule` prints the code from the syntax tree, so a change of
 * formatting alone mostly emits the same text, and where it does not, the
 * file keeps its faults.
 */
import ts from 'typescript';
import { git } from './git.js';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  jsx: ts.JsxEmit.Preserve,
  removeComments: true,
};

/** Returns whether `path` emits the same JavaScript at `parent` and at `commit`. */
export function emitsSameCode(directory: string, parent: string, commit: string, path: string): boolean {
  const before = emit(path, git(directory, ['show', `${parent}:${path}`]));
  const after = emit(path, git(directory, ['show', `${commit}:${path}`]));
  return before === after;
}

function emit(path: string, text: string): string {
  return ts.transpileModule(text, { compilerOptions: OPTIONS, fileName: path, reportDiagnostics: false }).outputText;
}
