/**
 * Compares the token scanner's references with the syntax-tree walk's, file
 * by file, to find what the token scanner's guesses get wrong on real code.
 */
import { scanModuleReferences } from '../../src/impact/scan/index.js';
import type { ModuleReference } from '../../src/impact/scan/types.js';
import { scanWithSyntaxTree } from './ast-scanner.js';
import type { SourceFile } from './files.js';

export interface Comparison {
  files: number;
  differingFiles: number;
  tokenReferences: number;
  treeReferences: number;
  /** Files with syntax errors reported by the token scanner. */
  filesWithErrors: number;
  /** Differences as `path: only in token scan: ...` lines. */
  differences: string[];
  errors: string[];
}

function describe(reference: ModuleReference): string {
  const flags = [reference.kind, reference.typeOnly ? 'type' : '', reference.suffix !== undefined ? `suffix=${reference.suffix}` : '']
    .filter((flag) => flag !== '')
    .join(' ');
  return `${reference.line}:${JSON.stringify(reference.specifier)} (${flags})`;
}

/** Returns the items of `a` missing from `b`, counting duplicates. */
function missingFrom(a: string[], b: string[]): string[] {
  const remaining = new Map<string, number>();
  for (const item of b) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of a) {
    const count = remaining.get(item) ?? 0;
    if (count > 0) remaining.set(item, count - 1);
    else missing.push(item);
  }
  return missing;
}

export function compareScanners(files: SourceFile[]): Comparison {
  const comparison: Comparison = { files: files.length, differingFiles: 0, tokenReferences: 0, treeReferences: 0, filesWithErrors: 0, differences: [], errors: [] };
  for (const file of files) {
    const tokenScan = scanModuleReferences(file.path, file.text);
    const token = tokenScan.references.map(describe);
    const tree = scanWithSyntaxTree(file.path, file.text).map(describe);
    comparison.tokenReferences += token.length;
    comparison.treeReferences += tree.length;
    if (tokenScan.errors.length > 0) {
      comparison.filesWithErrors++;
      comparison.errors.push(...tokenScan.errors);
    }
    const onlyToken = missingFrom(token, tree);
    const onlyTree = missingFrom(tree, token);
    if (onlyToken.length === 0 && onlyTree.length === 0) continue;
    comparison.differingFiles++;
    if (onlyToken.length > 0) comparison.differences.push(`${file.path}: only in token scan: ${onlyToken.join(', ')}`);
    if (onlyTree.length > 0) comparison.differences.push(`${file.path}: only in tree walk: ${onlyTree.join(', ')}`);
  }
  return comparison;
}
