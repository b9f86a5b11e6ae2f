/**
 * Finds the module references in one source file, for the module graph of
 * impact analysis. It reads tokens with the lexer in ./lexer, which reads
 * them as TypeScript's scanner does without loading the `typescript`
 * package. References are recognized in the tokens without building a
 * syntax tree. `bench/impact-scan/README.md` has the measurements behind
 * that choice.
 */
import { classifyPath } from './file-kinds.js';
import { scanScript } from './scan-script.js';
import { findScriptBlocks } from './script-blocks.js';
import { SyntaxErrorList } from './syntax-errors.js';
import type { ModuleReference, ScanResult } from './types.js';

export { SCANNER_REVISION } from './scanner-revision.js';
export type { ModuleReference, ReferenceKind, ScanResult } from './types.js';

/**
 * Returns every module reference in the file at `path` with content `text`.
 *
 * `.ts .tsx .mts .cts .js .jsx .mjs .cjs` files are scanned whole. In `.vue`
 * and `.svelte` files the `<script>` blocks are scanned, with lines counted
 * in the whole file. Other files have no references. Bad syntax does not
 * throw: the result has what could be found, and `errors` lists the problems.
 */
export function scanModuleReferences(path: string, text: string): ScanResult {
  const fileKind = classifyPath(path);
  if (fileKind.kind === 'other') return { references: [], errors: [] };

  const errors = new SyntaxErrorList();
  if (fileKind.kind === 'script') {
    const references = scanScript(text, fileKind.language, errors);
    return { references, errors: errors.format(path) };
  }

  const components = findScriptBlocks(text);
  for (const error of components.errors) errors.add(error.line, error.message);
  const references: ModuleReference[] = [];
  for (const block of components.blocks) references.push(...scanScript(block.content, block.language, errors, block.line));
  return { references, errors: errors.format(path) };
}
