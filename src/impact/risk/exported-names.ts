/**
 * The names a TypeScript or JavaScript module exports, read from its text
 * with the impact syntax reader. Only the module's own top-level statements
 * count: exports inside `declare module 'x' { ... }` or a namespace belong
 * to another scope.
 */

import { bindingNames } from '../syntax/bindings.js';
import { parseModule, syntaxOptionsFor } from '../syntax/module-syntax.js';

export interface ExportedNames {
  /**
   * Names an importer can use, sorted and distinct. `default` stands for a
   * default export and `export=` for `export =`, the name the TypeScript
   * compiler gives that form.
   */
  names: string[];
  /**
   * Specifiers of `export * from '...'`, sorted and distinct. The names they
   * re-export are not expanded, because that needs the other module.
   */
  wildcards: string[];
}

/** Name that `export = value` exports. */
export const EXPORT_EQUALS = 'export=';

/**
 * Lists the exported names of a module. The file name only selects the
 * syntax (TypeScript for .ts, .mts, .cts and .tsx), and text with syntax
 * errors gives the exports that could be read. Re-exports from a specifier
 * in `lostModules` are left out, because the module they name no longer
 * exists, so an importer cannot get those names.
 *
 * NOTE: CommonJS exports (`module.exports = ...`, `exports.name = ...`) and
 * the UMD global of `export as namespace` are not listed.
 */
export function listExportedNames(fileName: string, text: string, lostModules: ReadonlySet<string> = new Set()): ExportedNames {
  const names = new Set<string>();
  const wildcards = new Set<string>();
  for (const statement of parseModule(text, syntaxOptionsFor(fileName)).statements) {
    switch (statement.kind) {
      case 'export-names':
        if (statement.module !== undefined && lostModules.has(statement.module)) break;
        for (const name of statement.names) names.add(name);
        break;
      case 'export-all':
        if (lostModules.has(statement.module)) break;
        wildcards.add(statement.module);
        break;
      case 'export-default':
        names.add('default');
        break;
      case 'export-equals':
        names.add(EXPORT_EQUALS);
        break;
      case 'variable':
        if (!statement.exported) break;
        for (const { binding } of statement.declarations) for (const name of bindingNames(binding)) names.add(name);
        break;
    }
  }
  return { names: [...names].sort(), wildcards: [...wildcards].sort() };
}
