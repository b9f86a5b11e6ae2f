import { describe, expect, it } from 'vitest';

import { referencesIn } from './reference-notation.js';

interface Case {
  name: string;
  source: string;
  expected: string[];
}

const importCases: Case[] = [
  { name: 'default import', source: "import x from 'a';", expected: ['import a @1'] },
  { name: 'named imports', source: "import { a, b as c } from 'a';", expected: ['import a @1'] },
  { name: 'namespace import', source: "import * as ns from 'a';", expected: ['import a @1'] },
  { name: 'default and namespace', source: "import x, * as ns from 'a';", expected: ['import a @1'] },
  { name: 'default and named', source: 'import x, { y } from "a";', expected: ['import a @1'] },
  { name: 'side-effect import', source: "import 'a';", expected: ['side-effect a @1'] },
  { name: 'side-effect CSS import', source: "import './styles.css';", expected: ['side-effect ./styles.css @1'] },
  { name: 'JSON with import attributes', source: "import data from './data.json' with { type: 'json' };", expected: ['import ./data.json @1'] },
  { name: 'JSON with import assertion', source: "import data from './data.json' assert { type: 'json' };", expected: ['import ./data.json @1'] },
  { name: 'SVG asset with query', source: "import icon from './icon.svg?raw';", expected: ['import ./icon.svg?raw @1'] },
  { name: 'empty named list', source: "import {} from 'a';", expected: ['import a @1'] },
  { name: 'string binding name', source: "import { 'a-b' as ab } from 'a';", expected: ['import a @1'] },
  { name: 'deferred namespace import', source: "import defer * as ns from 'a';", expected: ['import a @1'] },
  { name: 'default binding named defer', source: "import defer from 'a';", expected: ['import a @1'] },
  { name: 'specifier on a later line', source: "import {\n  a,\n  b,\n} from 'a';", expected: ['import a @4'] },
  { name: 'escapes decoded', source: "import x from '\\x61\\u{62}';", expected: ['import ab @1'] },
  { name: 'without semicolons', source: "import a from 'a'\nimport b from 'b'\n", expected: ['import a @1', 'import b @2'] },
  { name: 'inside declare module', source: "declare module 'm' {\n  import x from 'a';\n}", expected: ['import a @2'] },
];

const typeOnlyImportCases: Case[] = [
  { name: 'import type default', source: "import type X from 'a';", expected: ['import type a @1'] },
  { name: 'import type named', source: "import type { X } from 'a';", expected: ['import type a @1'] },
  { name: 'import type namespace', source: "import type * as ns from 'a';", expected: ['import type a @1'] },
  { name: 'every named binding typed', source: "import { type A, type B } from 'a';", expected: ['import type a @1'] },
  { name: 'one binding not typed', source: "import { type A, B } from 'a';", expected: ['import a @1'] },
  { name: 'typed binding renamed', source: "import { type A as B } from 'a';", expected: ['import type a @1'] },
  { name: 'default beside typed bindings', source: "import D, { type A } from 'a';", expected: ['import a @1'] },
  { name: 'binding named type', source: "import { type } from 'a';", expected: ['import a @1'] },
  { name: 'type-only binding named as', source: "import { type as } from 'a';", expected: ['import type a @1'] },
  { name: 'binding type renamed to as', source: "import { type as as } from 'a';", expected: ['import a @1'] },
  { name: 'type-only as renamed to as', source: "import { type as as as } from 'a';", expected: ['import type a @1'] },
  { name: 'default named type', source: "import type from 'a';", expected: ['import a @1'] },
  { name: 'default named type with named', source: "import type, { a } from 'a';", expected: ['import a @1'] },
  { name: 'type-only default named from', source: "import type from from 'a';", expected: ['import type a @1'] },
];

const requireAliasCases: Case[] = [
  { name: 'import equals require', source: "import x = require('a');", expected: ['require a @1'] },
  { name: 'import type equals require', source: "import type x = require('a');", expected: ['require type a @1'] },
  { name: 'exported import equals', source: "export import x = require('a');", expected: ['require a @1'] },
  { name: 'binding named type equals require', source: "import type = require('a');", expected: ['require a @1'] },
  { name: 'namespace alias', source: 'import x = N.M;', expected: [] },
];

const exportCases: Case[] = [
  { name: 'named re-export', source: "export { a } from 'a';", expected: ['re-export a @1'] },
  { name: 'default re-export', source: "export { default } from 'a';", expected: ['re-export a @1'] },
  { name: 'renamed default re-export', source: "export { default as A } from 'a';", expected: ['re-export a @1'] },
  { name: 'star re-export', source: "export * from 'a';", expected: ['re-export a @1'] },
  { name: 'namespace re-export', source: "export * as ns from 'a';", expected: ['re-export a @1'] },
  { name: 'string namespace name', source: "export * as 'x-y' from 'a';", expected: ['re-export a @1'] },
  { name: 'export type named', source: "export type { A } from 'a';", expected: ['re-export type a @1'] },
  { name: 'export type star', source: "export type * from 'a';", expected: ['re-export type a @1'] },
  { name: 'export type namespace', source: "export type * as ns from 'a';", expected: ['re-export type a @1'] },
  { name: 'every exported binding typed', source: "export { type A, type B } from 'a';", expected: ['re-export type a @1'] },
  { name: 'one exported binding not typed', source: "export { type A, b } from 'a';", expected: ['re-export a @1'] },
  { name: 'local export', source: 'const a = 1;\nexport { a };', expected: [] },
  { name: 'empty export', source: 'export {};', expected: [] },
  { name: 'type alias export', source: "export type A = import('a').B;", expected: ['dynamic type a @1'] },
  { name: 'exported declaration', source: "export const a = require('a');", expected: ['require a @1'] },
  { name: 'default export of a call', source: "export default import('a');", expected: ['dynamic a @1'] },
];

describe('scanModuleReferences import declarations', () => {
  it.each(importCases)('$name', ({ source, expected }) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences type-only imports', () => {
  it.each(typeOnlyImportCases)('$name', ({ source, expected }) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences import equals', () => {
  it.each(requireAliasCases)('$name', ({ source, expected }) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences export declarations', () => {
  it.each(exportCases)('$name', ({ source, expected }) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences words that only look like declarations', () => {
  it.each([
    ['object key import', 'const o = { import: 1, export: 2, require: 3 };'],
    ['property access', "x.import('a'); y.require('b'); z?.require('c');"],
    ['class method named import', "class A { import(path: string) {} require() {} }\nnew A().import('a');"],
    ['import.meta.url', 'const url = import.meta.url;'],
    ['require as a value', 'const r = require;\nconst cache = require.cache;'],
    ['require with a variable', 'require(name);'],
    ['import with a variable', 'import(name);'],
  ])('%s', (_name, source) => {
    expect(referencesIn('file.ts', source)).toEqual([]);
  });
});

describe('scanModuleReferences declaration files', () => {
  it.each(['types.d.ts', 'types.d.mts', 'types.d.cts', 'styles.d.css.ts'])('marks every reference in %s type-only', (path) => {
    const source = "import x from 'a';\nexport * from 'b';\nimport y = require('c');";
    expect(referencesIn(path, source)).toEqual(['import type a @1', 're-export type b @2', 'require type c @3']);
  });

  it('reads a file named like a declaration file but not one as code', () => {
    expect(referencesIn('types.d.tsx', "import x from 'a';")).toEqual(['import a @1']);
  });
});
