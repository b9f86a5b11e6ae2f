/** How a module reference appears in the source, which decides how a resolver treats it. */
export type ReferenceKind =
  | 'import' // import x from 'a'; import {a} from 'a'; import * as ns from 'a'
  | 'side-effect' // import 'a'
  | 're-export' // export {a} from 'a'; export * from 'a'; export * as ns from 'a'
  | 'require' // require('a') (string literal argument), also require.resolve('a')
  | 'dynamic' // import('a') with a string literal or a no-substitution template
  | 'dynamic-pattern' // import(`./locales/${x}.json`) or import('./x/' + name): only the static prefix is known
  | 'glob' // import.meta.glob('./pages/*.ts') and import.meta.glob(['a/*', 'b/*'])
  | 'reference'; // /// <reference path="..." /> and /// <reference types="..." />

export interface ModuleReference {
  /** The module specifier as written, escapes decoded. For 'dynamic-pattern' the static prefix, for 'glob' the glob. */
  specifier: string;
  kind: ReferenceKind;
  /**
   * True for `import type`, `export type`, a named list whose every binding is
   * marked `type`, `import type x = require(...)`, `/// <reference types>`,
   * `import('a')` in a type position, and every reference in a declaration
   * file (`.d.ts`, `.d.mts`, `.d.cts`), which never runs.
   */
  typeOnly: boolean;
  /** True for 'dynamic-pattern' and 'glob', whose set of target files is a guess. */
  approximate: boolean;
  /** Set for 'dynamic-pattern' only: the static text after the last substitution, '' when none follows. */
  suffix?: string;
  /** 1-based line of the specifier in the original file, counting LF line breaks, for `.vue` and `.svelte` files too. */
  line: number;
}

export interface ScanResult {
  /** References in the order they appear in the file. */
  references: ModuleReference[];
  /**
   * Problems that can hide or invent references, each as `path:line: message`:
   * unterminated literals and comments, invalid characters, merge conflict
   * markers, unbalanced brackets, malformed JSX, and import or export
   * declarations without a module specifier. It is no full syntax check, so
   * `invalid code` on one line passes.
   */
  errors: string[];
}
