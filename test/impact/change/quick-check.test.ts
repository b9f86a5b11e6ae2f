import { describe, expect, it } from 'vitest';
import { certainlyDiffersAtRunTime } from '../../../src/impact/change/equivalence/quick-check.js';

interface QuickCase {
  name: string;
  path?: string;
  base: string;
  head: string;
  differs: boolean;
}

const CASES: QuickCase[] = [
  { name: 'JavaScript code change', path: 'a.js', base: 'f(a);\n', head: 'f(b);\n', differs: true },
  { name: 'JavaScript comment change', path: 'a.js', base: 'f(a); // one\n', head: 'f(a); // two\n', differs: false },
  { name: 'formatting between tokens', path: 'a.js', base: 'f(a+b);\n', head: 'f( a + b );\n', differs: false },
  { name: 'space inside a string', path: 'a.js', base: "f('a b');\n", head: "f('a  b');\n", differs: true },
  { name: 'comment inside a template substitution', path: 'a.js', base: 'f(`${a /* x */}`);\n', head: 'f(`${a /* y */}`);\n', differs: false },
  { name: 'TypeScript type change', base: 'let a: string = f();\n', head: 'let a: number = f();\n', differs: false },
  { name: 'TypeScript call argument change', base: 'f(a);\n', head: 'f(b);\n', differs: false },
  { name: 'TypeScript return added', base: 'function f() { g(); }\n', head: 'function f() { return g(); }\n', differs: true },
  { name: 'TypeScript operator change', base: 'if (a == b) f();\n', head: 'if (a === b) f();\n', differs: true },
  { name: 'keyword as a property in a type', base: 'interface I { a: string }\n', head: 'interface I { a: string; delete(): void }\n', differs: false },
  { name: 'regular expression change', base: 'const re = /[a"]/;\n', head: 'const re = /[ab"]/;\n', differs: true },
  { name: 'declaration file', path: 'a.d.ts', base: 'export declare const a: string;\n', head: 'export declare let a: number; // if (x) return\n', differs: false },
];

describe('quick check', () => {
  it.each(CASES)('$name', ({ path, base, head, differs }) => {
    expect(certainlyDiffersAtRunTime(path ?? 'a.ts', base, head)).toBe(differs);
  });
});
