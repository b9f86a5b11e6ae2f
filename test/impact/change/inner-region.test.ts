import { describe, expect, it } from 'vitest';
import { boundaryContext, sharedEnds } from '../../../src/impact/change/equivalence/differing-region.js';
import { innerRegion } from '../../../src/impact/change/equivalence/inner-region.js';
import { readCodeShape } from '../../../src/impact/scan/code-shape.js';

interface InnerCase {
  name: string;
  base: string;
  head: string;
  /** The statements of the base and of the head, or undefined when no block around the change holds statements. */
  expected: [string, string] | undefined;
}

/** A function body of three statements, the second of which each case changes. */
function body(middle: string, signature = 'export function run(value: string): string {'): string {
  return `import { helper } from './helper'\n${signature}\n  const first = helper(value)\n  ${middle}\n  return first\n}\n`;
}

const CASES: InnerCase[] = [
  {
    name: 'statement in a function body with a return type',
    base: body('const second: string = first'),
    head: body('const second: unknown = first'),
    expected: ['const second: string = first', 'const second: unknown = first'],
  },
  {
    name: 'statement in a function body without a return type',
    base: body('const second: string = first', 'export function run(value: string) {'),
    head: body('const second: unknown = first', 'export function run(value: string) {'),
    expected: ['const second: string = first', 'const second: unknown = first'],
  },
  {
    name: 'statements after semicolons',
    base: 'function f() {\n  a();\n  let b: string = c;\n  d();\n}\n',
    head: 'function f() {\n  a();\n  let b: number = c;\n  d();\n}\n',
    expected: ['let b: string = c;', 'let b: number = c;'],
  },
  {
    name: 'arrow function body with code',
    base: 'export const f = () => {\n  g()\n  return h as A\n}\n',
    head: 'export const f = () => {\n  g()\n  return h as B\n}\n',
    expected: ['return h as A', 'return h as B'],
  },
  {
    name: 'object type returned by a function type',
    base: 'type F = () => {\n  a: string\n  b: number\n}\n',
    head: 'type F = () => {\n  a: string\n  b: bigint\n}\n',
    expected: undefined,
  },
  {
    name: 'object literal',
    base: 'export const options = {\n  a: 1,\n  b: x as A,\n}\n',
    head: 'export const options = {\n  a: 1,\n  b: x as B,\n}\n',
    expected: undefined,
  },
  {
    name: 'export list',
    base: 'const a = 1\nexport {\n  a as b,\n}\n',
    head: 'const a = 1\nexport {\n  a as c,\n}\n',
    expected: undefined,
  },
  {
    name: 'export list after a typed function',
    base: 'export function f(): string {\n  return "x"\n}\nexport { f as g }\n',
    head: 'export function f(): string {\n  return "x"\n}\nexport { f as h }\n',
    expected: undefined,
  },
  {
    name: 'class body after a typed arrow',
    base: 'const f = (): void => {}\nclass A {\n  a = 1\n}\n',
    head: 'const f = (): void => {}\nclass A {\n  a = 2\n}\n',
    expected: undefined,
  },
  {
    name: 'return type with an object type',
    base: 'function f(): Promise<{ a: string }> {\n  return g(a as A)\n}\n',
    head: 'function f(): Promise<{ a: string }> {\n  return g(a as B)\n}\n',
    expected: ['return g(a as A)', 'return g(a as B)'],
  },
  {
    name: 'change that reaches past its block',
    base: 'function f() {\n  a()\n}\nfunction g() {\n  b()\n}\n',
    head: 'function f() {\n  a(1)\n}\nfunction g() {\n  b(1)\n}\n',
    expected: undefined,
  },
  {
    name: 'change that moves a closing brace',
    base: 'function f() {\n  if (a) {\n    b()\n  }\n  c()\n}\n',
    head: 'function f() {\n  if (a) {\n    b()\n    c()\n  }\n}\n',
    expected: ['if (a) {\n    b()\n  }\n  c()', 'if (a) {\n    b()\n    c()\n  }'],
  },
  {
    name: 'body of an if without braces',
    base: 'function f() {\n  if (a as A)\n    return b\n  c()\n}\n',
    head: 'function f() {\n  if (a as B)\n    return b\n  c()\n}\n',
    expected: ['if (a as A)\n    return b\n  c()', 'if (a as B)\n    return b\n  c()'],
  },
  {
    name: 'statement after a closing brace',
    base: 'function f() {\n  if (a) {\n    b()\n  }\n  return c as A\n}\n',
    head: 'function f() {\n  if (a) {\n    b()\n  }\n  return c as B\n}\n',
    expected: ['return c as A', 'return c as B'],
  },
  {
    name: 'call argument inside a method',
    base: 'class A {\n  m(): void {\n    this.n(a, b).catch(noop)\n  }\n}\n',
    head: 'class A {\n  m(): void {\n    this.n(a[0] as T, a[1]).catch(noop)\n  }\n}\n',
    expected: ['this.n(a, b).catch(noop)', 'this.n(a[0] as T, a[1]).catch(noop)'],
  },
];

describe('inner region', () => {
  it.each(CASES)('$name', ({ base, head, expected }) => {
    const baseShape = readCodeShape(base, false)!;
    const headShape = readCodeShape(head, false)!;

    const region = innerRegion(boundaryContext(baseShape), boundaryContext(headShape), sharedEnds(baseShape, headShape), base.length, head.length);

    const slices = region && [base.slice(region.base.start, region.base.end).trim(), head.slice(region.head.start, region.head.end).trim()];
    expect(slices).toEqual(expected);
  });
});
