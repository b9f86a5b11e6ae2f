import { describe, expect, it } from 'vitest';
import { parseModule, syntaxOptionsFor } from '../../../src/impact/syntax/module-syntax.js';
import { printStatement } from './print-tree.js';

function statementsOf(text: string, fileName = 'module.ts'): string[] {
  return parseModule(text, syntaxOptionsFor(fileName)).statements.map(printStatement);
}

const CASES: { construct: string; text: string; statements: string[]; file?: string }[] = [
  { construct: 'default import', text: "import path from 'node:path'", statements: ['import path from "node:path"'] },
  { construct: 'namespace import', text: "import * as url from 'node:url'", statements: ['import * as url from "node:url"'] },
  { construct: 'named imports', text: "import { resolve as r, join, type T } from 'path'", statements: ['import {resolve as r, join, T} from "path"'] },
  { construct: 'default and named imports', text: "import a, { b } from 'm'", statements: ['import a {b} from "m"'] },
  { construct: 'type-only import', text: "import type { Config } from 'jest'", statements: ['import {Config} from "jest"'] },
  { construct: 'default import named type', text: "import type from 'm'", statements: ['import type from "m"'] },
  { construct: 'side-effect import', text: "import './setup'", statements: ['import from "./setup"'] },
  { construct: 'import with attributes', text: "import data from './a.json' with { type: 'json' }\nconst x = 1", statements: ['import data from "./a.json"', 'const x = 1'] },
  { construct: 'import equals require', text: "import fs = require('fs')", statements: ['import fs from "fs"'] },
  { construct: 'import equals of a namespace', text: 'import A = B.C', statements: [] },
  { construct: 'dynamic import statement', text: "import('./x').then(run)", statements: [] },
  { construct: 'const declarations', text: "const a = 'x', b = a", statements: ['const a = "x", b = a'] },
  { construct: 'let and var', text: 'let a\nvar b = 2', statements: ['let a = _', 'var b = 2'] },
  { construct: 'typed declaration', text: 'const config: Config<string, number> = { a: 1 }', statements: ['const config = {a: 1}'] },
  { construct: 'definite assignment', text: 'let value!: string', statements: ['let value = _'] },
  { construct: 'object destructuring', text: "const { resolve, join: j, ...rest } = require('path')", statements: ['const {resolve: resolve, join: j, ?: rest} = require("path")'] },
  { construct: 'array destructuring', text: 'const [a, , [b], c = 1] = list', statements: ['const [a, _, [b], c] = list'] },
  { construct: 'declarations without semicolons', text: 'const a = 1\nconst b = f(a)\n[1].map(g)', statements: ['const a = 1', 'const b = f(a)[1].map(g)'] },
  { construct: 'export default', text: 'export default defineConfig({})', statements: ['export default defineConfig({})'] },
  { construct: 'export default function', text: 'export default function () { return { a: 1 } }', statements: ['export default fn => {a: 1}'] },
  { construct: 'export default interface', text: 'export default interface Shape {}', statements: ['export default _'] },
  { construct: 'export equals', text: 'export = config', statements: ['export = config'] },
  { construct: 'module.exports', text: 'module.exports = { a: 1 }', statements: ['(module.exports = {a: 1})'] },
  { construct: 'property named module', text: 'x.module.exports = 1', statements: [] },
  { construct: 'exported const', text: 'export const a = 1, { b } = c', statements: ['export const a = 1, {b: b} = c'] },
  { construct: 'exported declarations', text: 'export function f() {}\nexport class C {}\nexport interface I {}\nexport type T = 1\nexport enum E {}', statements: ['export names f', 'export names C', 'export names I', 'export names T', 'export names E'] },
  { construct: 'exported generator', text: 'export function* items() {}', statements: ['export names items'] },
  { construct: 'exported modifiers', text: 'export declare abstract class A {}\nexport async function b() {}\nexport const enum F {}', statements: ['export names A', 'export names b', 'export names F'] },
  { construct: 'exported namespaces', text: "export namespace N {}\nexport module M {}\nexport declare module 'x' {}", statements: ['export names N', 'export names M'] },
  { construct: 'export list', text: "export { a, b as c, type T, d as 'e-f' }", statements: ['export names a, c, T, e-f'] },
  { construct: 'export from', text: "export { default, x as y } from './m'", statements: ['export names default, y'] },
  { construct: 'export type list', text: 'export type { A, B }', statements: ['export names A, B'] },
  { construct: 'export type star', text: "export type * from './t'", statements: ['export * from "./t"'] },
  { construct: 'arrow after a conditional branch', text: 'const f = a ? (b) : (c) => d', statements: ['const f = (a ? b : fn => d)'] },
  { construct: 'arrow with a return type in brackets', text: 'const f = a ? [(b): T => c] : d', statements: ['const f = (a ? [fn => c] : d)'] },
  { construct: 'export star', text: "export * from './a'\nexport * as ns from './b'", statements: ['export * from "./a"', 'export names ns'] },
  { construct: 'export import alias', text: 'export import V = N.v', statements: ['export names V'] },
  { construct: 'export as namespace', text: 'export as namespace Lib', statements: [] },
  { construct: 'decorated export', text: 'export @sealed class C {}', statements: ['export names C'] },
  { construct: 'nested statements', text: 'function f() { const a = 1; export const b = 2 }\nif (x) { const c = 3 }\nnamespace N { export const d = 4 }', statements: [] },
  { construct: 'keywords as property names', text: 'obj.export = 1\nobj.import(x)\nconst o = { export: 1, const: 2 }', statements: ['const o = {export: 1, const: 2}'] },
  { construct: 'regular expression with a brace', text: "const r = /[{]/\nexport const a = 1", statements: ['const r = /[{]/', 'export const a = 1'] },
  { construct: 'template with braces', text: 'const t = `${a}{`\nexport const a = 1', statements: ['const t = template("", a, "{")', 'export const a = 1'] },
  { construct: 'shebang line', text: '#!/usr/bin/env node\nconst a = 1', statements: ['const a = 1'], file: 'cli.mjs' },
  { construct: 'comments', text: '// export const a = 1\n/* export const b = 2 */\nconst c = 3', statements: ['const c = 3'] },
  { construct: 'JSX in a function', text: 'export const View = () => <div>{"</div>"}</div>;\nexport const b = 1', statements: ['export const View = fn => other<<div>{"</div>"}</div>>', 'export const b = 1'], file: 'view.tsx' },
];

const JSX_CASES: { construct: string; element: string }[] = [
  { construct: 'self-closing element', element: '<Icon size={2} />' },
  { construct: 'fragment', element: '<><a /><b /></>' },
  { construct: 'nested elements', element: '<ul><li>one</li><li><b>two</b></li></ul>' },
  { construct: 'apostrophe in text', element: "<p>Don't press (</p>" },
  { construct: 'brackets and slashes in text', element: '<p>a } b ] c // d /* e</p>' },
  { construct: 'quoted attributes', element: '<a title="x > y" alt=\'{\' href={url}>link</a>' },
  { construct: 'element in an expression child', element: '<div>{items.map((item) => <Row key={item.id} {...item} />)}</div>' },
  { construct: 'template in an expression child', element: '<div>{`${a}}`}</div>' },
  { construct: 'member and namespace tags', element: '<Foo.Bar><svg:rect /></Foo.Bar>' },
  { construct: 'multi-line text', element: '<div>\n  it\'s (\n  [ here\n</div>' },
];

describe('JSX elements', () => {
  it.each(JSX_CASES)('skips $construct', ({ element }) => {
    const text = `export const View = () => ${element}\nexport const after = 1`;
    expect(statementsOf(text, 'view.tsx')).toEqual([`export const View = fn => other<${element}>`, 'export const after = 1']);
  });

  it('reads a generic arrow in TSX', () => {
    expect(statementsOf('export const id = <T,>(value: T) => value', 'id.tsx')).toEqual(['export const id = fn => value']);
  });

  it('reads a comparison after an element', () => {
    expect(statementsOf('const a = <b /> / 2\nexport const c = 1', 'view.jsx')).toEqual(['const a = (other<<b />> / 2)', 'export const c = 1']);
  });

  it('consumes a lone less-than sign', () => {
    expect(statementsOf('const a = < b\nexport const c = 1', 'view.jsx')).toEqual(['const a = other<<>', 'export const c = 1']);
  });
});

describe('module statements', () => {
  it.each(CASES)('reads $construct', ({ text, statements, file }) => {
    expect(statementsOf(text, file)).toEqual(statements);
  });
});

const BROKEN: { problem: string; text: string; statements: string[] }[] = [
  { problem: 'unnamed function', text: 'export const ok = 1;\nexport function (', statements: ['export const ok = 1'] },
  { problem: 'unclosed brace', text: 'export const a = 1\nfunction f() {\nexport const b = 2', statements: ['export const a = 1'] },
  { problem: 'stray closing brace', text: '}\nexport const a = 1', statements: ['export const a = 1'] },
  { problem: 'import without module', text: "import { a }\nexport const b = 1", statements: ['export const b = 1'] },
  { problem: 'unterminated string', text: "const a = 'x\nexport const b = 1", statements: ['const a = "x"', 'export const b = 1'] },
  { problem: 'empty text', text: '', statements: [] },
];

describe('module statements in broken text', () => {
  it.each(BROKEN)('reads around $problem', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });
});

const DEEP: { nesting: string; text: string }[] = [
  { nesting: 'parentheses', text: `const a = ${'('.repeat(3000)}x${')'.repeat(3000)}` },
  { nesting: 'calls', text: `const a = ${'f('.repeat(3000)}x${')'.repeat(3000)}` },
  { nesting: 'objects', text: `const a = ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}` },
  { nesting: 'arrays', text: `const a = ${'['.repeat(3000)}${']'.repeat(3000)}` },
  { nesting: 'prefix operators', text: `const a = ${'!'.repeat(3000)}x` },
  { nesting: 'conditionals', text: `const a = ${'c ? (x) : '.repeat(3000)}x` },
  { nesting: 'arrow functions', text: `const a = ${'(x) => '.repeat(3000)}x` },
  { nesting: 'destructuring', text: `const ${'['.repeat(3000)}a${']'.repeat(3000)} = b` },
];

describe('module statements in deeply nested text', () => {
  it.each(DEEP)('reads past nested $nesting', ({ text }) => {
    const statements = statementsOf(`${text}\nexport const after = 1`);
    expect(statements).toHaveLength(2);
    expect(statements[1]).toBe('export const after = 1');
  });
});
