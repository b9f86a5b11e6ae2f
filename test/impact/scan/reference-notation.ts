/**
 * A one-line notation for references, so that a table of cases reads like
 * the source it scans: `kind [type] specifier [suffix=...] @line`.
 */
import { scanModuleReferences, type ModuleReference } from '../../../src/impact/scan/index.js';

export function notate(reference: ModuleReference): string {
  const parts: string[] = [reference.kind];
  if (reference.typeOnly) parts.push('type');
  parts.push(reference.specifier);
  if (reference.suffix !== undefined) parts.push(`suffix=${reference.suffix}`);
  parts.push(`@${reference.line}`);
  return parts.join(' ');
}

/** Scans `text` as the file `path` and returns its references in notation; fails the test on any syntax error. */
export function referencesIn(path: string, text: string): string[] {
  const result = scanModuleReferences(path, text);
  if (result.errors.length > 0) throw new Error(`unexpected syntax errors: ${result.errors.join('; ')}`);
  return result.references.map(notate);
}
