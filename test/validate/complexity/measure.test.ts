import { describe, expect, it } from 'vitest';
import { measureComplexity, type FunctionComplexity } from '../../../src/validate/complexity/measure.js';
import { parseScript } from '../../../src/validate/parse/parse-source.js';
import { compareWithReference, referenceComplexity } from '../../../bench/complexity-agreement/eslint-reference.js';

function measure(text: string, path = 'case.ts'): FunctionComplexity[] {
  const parsed = parseScript({ path, text });
  if (!parsed.ok) throw new Error(`case does not parse: ${parsed.error.message}`);
  return measureComplexity(parsed.script);
}

/** Qualified name, cyclomatic, cognitive of each unit in source order. */
type Expected = Array<[string, number, number | null]>;

interface Case {
  construct: string;
  code: string;
  expected: Expected;
  path?: string;
}

const CASES: Case[] = [
  { construct: 'empty function', code: 'function f() {}', expected: [['f', 1, 0]] },
  { construct: 'if', code: 'function f(a) { if (a) {} }', expected: [['f', 2, 1]] },
  { construct: 'if else', code: 'function f(a) { if (a) {} else {} }', expected: [['f', 2, 2]] },
  {
    construct: 'else if chain',
    code: 'function f(a, b) { if (a) {} else if (b) {} else {} }',
    expected: [['f', 3, 3]],
  },
  { construct: 'nested if', code: 'function f(a, b) { if (a) { if (b) {} } }', expected: [['f', 3, 3]] },
  {
    construct: 'if inside else',
    code: 'function f(a, b) { if (a) {} else { if (b) {} } }',
    expected: [['f', 3, 4]],
  },
  { construct: 'for', code: 'function f() { for (;;) {} }', expected: [['f', 2, 1]] },
  { construct: 'for in', code: 'function f(o) { for (const k in o) {} }', expected: [['f', 2, 1]] },
  { construct: 'for of', code: 'function f(o) { for (const v of o) {} }', expected: [['f', 2, 1]] },
  { construct: 'while', code: 'function f(a) { while (a) {} }', expected: [['f', 2, 1]] },
  { construct: 'do while', code: 'function f(a) { do {} while (a) }', expected: [['f', 2, 1]] },
  { construct: 'nested loops', code: 'function f(a) { for (;;) { while (a) {} } }', expected: [['f', 3, 3]] },
  {
    construct: 'switch with default',
    code: 'function f(a) { switch (a) { case 1: break; case 2: break; default: } }',
    expected: [['f', 3, 1]],
  },
  {
    construct: 'if inside switch case',
    code: 'function f(a, b) { switch (a) { case 1: if (b) {} } }',
    expected: [['f', 3, 3]],
  },
  { construct: 'try catch finally', code: 'function f() { try {} catch (e) {} finally {} }', expected: [['f', 2, 1]] },
  { construct: 'try finally', code: 'function f() { try {} finally {} }', expected: [['f', 1, 0]] },
  { construct: 'conditional', code: 'function f(a) { return a ? 1 : 2 }', expected: [['f', 2, 1]] },
  {
    construct: 'nested conditional',
    code: 'function f(a, c) { return a ? 1 : c ? 2 : 3 }',
    expected: [['f', 3, 3]],
  },
  { construct: 'and', code: 'function f(a, b) { return a && b }', expected: [['f', 2, 1]] },
  { construct: 'or', code: 'function f(a, b) { return a || b }', expected: [['f', 2, 0]] },
  { construct: 'nullish', code: 'function f(a, b) { return a ?? b }', expected: [['f', 2, 0]] },
  { construct: 'run of ands', code: 'function f(a, b, c) { return a && b && c }', expected: [['f', 3, 1]] },
  {
    construct: 'mixed operators',
    code: 'function f(a, b, c, d) { return a && b || c && d }',
    expected: [['f', 4, 2]],
  },
  {
    construct: 'chain broken by a call',
    code: 'function f(a, b, c) { return a && g(b && c) }',
    expected: [['f', 3, 2]],
  },
  {
    construct: 'logical assignment',
    code: 'function f(a, b) { a ||= b; a &&= b; a ??= b }',
    expected: [['f', 4, 0]],
  },
  {
    construct: 'default values',
    code: 'function f(a = 1, { b = 2 } = {}) { const [c = 3] = a }',
    expected: [['f', 5, 0]],
  },
  {
    construct: 'optional chaining',
    code: 'function f(a) { a?.b?.c(); a?.(); a.b.c }',
    expected: [['f', 4, 0]],
  },
  {
    construct: 'labelled continue',
    code: 'function f() { outer: for (;;) { for (;;) { continue outer } } }',
    expected: [['f', 3, 4]],
  },
  { construct: 'unlabelled break', code: 'function f() { for (;;) { break } }', expected: [['f', 2, 1]] },
  { construct: 'recursion', code: 'function f(n) { return f(n - 1) }', expected: [['f', 1, 0]] },
  {
    construct: 'nested function restarts nesting',
    code: 'function outer(a) { if (a) { function inner(b) { if (b) {} } } }',
    expected: [
      ['outer', 2, 1],
      ['outer.inner', 2, 1],
    ],
  },
  {
    construct: 'function as a branch of a conditional',
    code: 'function g(a, b) { const h = a ? () => { if (b) {} } : 2; if (b) {} }',
    expected: [
      ['g', 3, 3],
      ['g.<anonymous>#1', 2, 1],
    ],
  },
  {
    construct: 'class members',
    code: [
      'class A {',
      '  constructor(a) { if (a) {} }',
      '  m(a) { return a ? 1 : 2 }',
      '  get g() { return 1 }',
      '  set s(v) {}',
      '  static { if (x) {} }',
      '  f = a ?? b;',
      '  h = () => 1;',
      '  #p() {}',
      '}',
    ].join('\n'),
    expected: [
      ['A.constructor', 2, 1],
      ['A.m', 2, 1],
      ['A.get g', 1, 0],
      ['A.set s', 1, 0],
      ['A.static {}', 2, null],
      ['A.f', 2, null],
      ['A.h', 1, 0],
      ['A.#p', 1, 0],
    ],
  },
  {
    construct: 'static block inside a function',
    code: 'function f() { class A { static { if (x) {} } } }',
    expected: [
      ['f', 1, 1],
      ['f.A.static {}', 2, null],
    ],
  },
  {
    construct: 'object literal functions',
    code: 'const o = { m() { return a || b }, n: function () {}, p: () => {} }',
    expected: [
      ['m', 2, 0],
      ['n', 1, 0],
      ['p', 1, 0],
    ],
  },
  { construct: 'top-level code', code: 'if (a) { for (;;) {} }', expected: [] },
  {
    construct: 'overload signatures',
    code: 'function f(a: string): void;\nfunction f(a: unknown) { if (a) {} }',
    expected: [['f', 2, 1]],
  },
  {
    construct: 'abstract method',
    code: 'abstract class A { abstract m(): void; n() {} }',
    expected: [['A.n', 1, 0]],
  },
  {
    construct: 'JSX short circuit',
    code: 'function C({ a, b }) { return <div>{a && b && <span />}</div> }',
    path: 'case.tsx',
    expected: [['C', 3, 0]],
  },
  {
    construct: 'JSX mixed operators',
    code: 'function C({ a, b }) { return <div>{a && b || <i />}</div> }',
    path: 'case.tsx',
    expected: [['C', 3, 1]],
  },
  {
    construct: 'accessor field and decorators',
    code: [
      'function f(a, b) {',
      '  class A {',
      '    accessor x = a || b;',
      '    @dec(a && b) m() {}',
      '    [a ?? b]() {}',
      '  }',
      '}',
    ].join('\n'),
    expected: [
      ['f', 4, 1],
      ['f.A.m', 1, 0],
      ['f.A.[a ?? b]', 1, 0],
    ],
  },
  {
    construct: 'generators and async',
    code: 'async function* g(a) { for await (const x of a) { yield x ?? 1 } }\nconst h = async (b) => b?.c',
    expected: [
      ['g', 3, 1],
      ['h', 2, 0],
    ],
  },
  {
    construct: 'catch without binding',
    code: 'function f() { try { g() } catch { if (x) {} } }',
    expected: [['f', 3, 3]],
  },
  {
    construct: 'enum inside a function',
    code: 'function f(a, b) { enum E { A = a || b } }',
    expected: [['f', 2, 0]],
  },
  {
    construct: 'object getter and setter',
    code: 'const o = { get v() { return a && b }, set v(x) { if (x) {} } }',
    expected: [
      ['get v', 2, 1],
      ['set v', 2, 1],
    ],
  },
  {
    construct: 'field arrow inside a conditional',
    code: 'class A { f = a ? () => 1 : () => 2 }',
    expected: [
      ['A.f', 2, null],
      ['A.f.<anonymous>#1', 1, 0],
      ['A.f.<anonymous>#2', 1, 0],
    ],
  },
  {
    construct: 'callbacks',
    code: 'describe("x", () => { it("a", () => {}); it("b", async () => { if (a) {} }) })',
    expected: [
      ['<anonymous>#1', 1, 0],
      ['<anonymous>#1.<anonymous>#1', 1, 0],
      ['<anonymous>#1.<anonymous>#2', 2, 1],
    ],
  },
];

describe('measureComplexity', () => {
  it.each(CASES)('counts $construct', ({ code, expected, path }) => {
    const units = measure(code, path);
    expect(units.map((unit) => [unit.qualifiedName, unit.cyclomatic, unit.cognitive])).toEqual(expected);
  });

  it.each(CASES)('agrees with ESLint on $construct', ({ code, path = 'case.ts' }) => {
    const reference = referenceComplexity(code, path);
    if (!reference.ok) throw new Error(reference.message);
    expect(compareWithReference(measure(code, path), reference.units)).toEqual([]);
  });
});
