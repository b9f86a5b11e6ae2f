/**
 * The scanners the benchmark compares. Each candidate returns a function that
 * scans one file and returns how many references it found, and throws when it
 * cannot read the file. es-module-lexer, oxc-parser and @swc/core are not
 * dependencies of TestMaster; they are loaded only when installed, with
 * `npm install --no-save es-module-lexer@1 oxc-parser @swc/core`.
 */
import ts from 'typescript';

import { scanModuleReferences } from '../../src/impact/scan/index.js';
import { scanWithSyntaxTree } from './ast-scanner.js';
import type { SourceFile } from './files.js';

export type ScanFile = (file: SourceFile) => number;

export interface Candidate {
  name: string;
  /** Description of the row, for the table's footnotes. */
  description: string;
  load(): Promise<ScanFile>;
}

/** Imports an optional package by a name that TypeScript does not resolve, so type checking works without it. */
async function importOptional(name: string): Promise<Record<string, unknown>> {
  try {
    return (await import(name)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${name} is not installed; run npm install --no-save es-module-lexer@1 oxc-parser @swc/core (${(error as Error).message})`);
  }
}

export const CANDIDATES: Candidate[] = [
  {
    name: 'testmaster',
    description: 'scanModuleReferences: tokens from our lexer and recognizers, every reference kind',
    load: async () => (file) => scanModuleReferences(file.path, file.text).references.length,
  },
  {
    name: 'ts-ast',
    description: 'ts.createSourceFile without JSDoc and a forEachChild walk, every reference kind (bench/impact-scan/ast-scanner.ts)',
    load: async () => (file) => scanWithSyntaxTree(file.path, file.text).length,
  },
  {
    name: 'preProcessFile',
    description: 'ts.preProcessFile(text, true, true): imports, exports, require, import() and reference directives, no type-only flag',
    load: async () => (file) => {
      let count = 0;
      for (const script of file.scripts) {
        const info = ts.preProcessFile(script.text, true, true);
        count += info.importedFiles.length + info.referencedFiles.length + info.typeReferenceDirectives.length;
      }
      return count;
    },
  },
  {
    name: 'es-module-lexer',
    description: 'es-module-lexer parse(): imports, exports, import() and import.meta; no require; throws on JSX',
    load: async () => {
      const lexer = await importOptional('es-module-lexer');
      await (lexer.init as Promise<void>);
      const parse = lexer.parse as (source: string, name?: string) => [unknown[], unknown[]];
      return (file) => {
        let count = 0;
        for (const script of file.scripts) count += parse(script.text, script.path)[0].length;
        return count;
      };
    },
  },
  {
    name: 'oxc-parser',
    description: "oxc-parser parseSync(): its module record's static imports, exports with a source, and import(); no require, AST not read",
    load: async () => {
      const oxc = await importOptional('oxc-parser');
      const parseSync = oxc.parseSync as (path: string, text: string) => OxcResult;
      return (file) => {
        let count = 0;
        for (const script of file.scripts) {
          const { module } = parseSync(script.path, script.text);
          count += module.staticImports.length + module.dynamicImports.length;
          count += module.staticExports.filter((entry) => entry.entries.some((e) => e.moduleRequest !== null)).length;
        }
        return count;
      };
    },
  },
  {
    name: 'swc',
    description: '@swc/core parseSync() only, with no walk for references, so a lower bound for an swc-based scanner; counts 0 references',
    load: async () => {
      const swc = await importOptional('@swc/core');
      const parseSync = swc.parseSync as (text: string, options: object) => unknown;
      return (file) => {
        for (const script of file.scripts) {
          const typescript = /\.[mc]?tsx?$/.test(script.path);
          const options = typescript
            ? { syntax: 'typescript', tsx: script.path.endsWith('.tsx'), decorators: true, dts: /\.d\.[mc]?ts$/.test(script.path) }
            : { syntax: 'ecmascript', jsx: true, decorators: true };
          parseSync(script.text, { ...options, target: 'es2022' });
        }
        return 0;
      };
    },
  },
];

interface OxcResult {
  module: {
    staticImports: unknown[];
    dynamicImports: unknown[];
    staticExports: { entries: { moduleRequest: unknown }[] }[];
  };
}

export function findCandidate(name: string): Candidate {
  const candidate = CANDIDATES.find((c) => c.name === name);
  if (candidate === undefined) throw new Error(`Unknown candidate ${name}; expected one of ${CANDIDATES.map((c) => c.name).join(', ')}`);
  return candidate;
}

/** Returns whether TypeScript finds a JSX element in `text`, to tell JSX failures from other ones. */
export function containsJsx(path: string, text: string): boolean {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const visit = (node: ts.Node): boolean =>
    ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node) || ts.forEachChild(node, visit) === true;
  return visit(file);
}
