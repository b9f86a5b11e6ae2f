import { describe, expect, it } from 'vitest';
import { boundaryContext, differingRegion, sharedEnds } from '../../../src/impact/change/equivalence/differing-region.js';
import { readCodeShape } from '../../../src/impact/scan/code-shape.js';

const BEFORE = "import { a } from './a';\nconst first = a(1);\n";
const AFTER = '\nexport function last(): number {\n  return 2;\n}\n';

interface RegionCase {
  name: string;
  base: string;
  head: string;
  /** The erased stretch of the base and of the head. */
  expected: [string, string];
}

const CASES: RegionCase[] = [
  {
    name: 'statement between shared statements',
    base: `${BEFORE}let value: string = 'x';\n${AFTER}`,
    head: `${BEFORE}let value: number | string = 'x';\n${AFTER}`,
    expected: ["let value: string = 'x';\n", "let value: number | string = 'x';\n"],
  },
  {
    name: 'declaration after a closing brace',
    base: `function f() {\n}\ninterface I {\n  a: string;\n}\n${AFTER}`,
    head: `function f() {\n}\ninterface I {\n  a: number;\n}\n${AFTER}`,
    expected: ['interface I {\n  a: string;\n}\n', 'interface I {\n  a: number;\n}\n'],
  },
  {
    name: 'change inside a block keeps the block',
    base: `${BEFORE}function g(x: string) {\n  return x;\n}\n`,
    head: `${BEFORE}function g(x: unknown) {\n  return x;\n}\n`,
    expected: ['function g(x: string) {\n  return x;\n}\n', 'function g(x: unknown) {\n  return x;\n}\n'],
  },
  {
    name: 'change in the first statement',
    base: `let v: string = '';\n${AFTER}`,
    head: `let v: unknown = '';\n${AFTER}`,
    expected: ["let v: string = '';\n", "let v: unknown = '';\n"],
  },
  {
    name: 'closing brace before an expression',
    base: 'if (x) {\n}\n(f as A)();\n',
    head: 'if (x) {\n}\n(f as B)();\n',
    expected: ['if (x) {\n}\n(f as A)();\n', 'if (x) {\n}\n(f as B)();\n'],
  },
  {
    name: 'declaration on a new line after code without semicolons',
    base: "import { a } from './a'\nexport const one = a(1)\nexport function f(): string {\n  return 'x'\n}\n",
    head: "import { a } from './a'\nexport const one = a(1)\nexport function f(): unknown {\n  return 'x'\n}\n",
    expected: ["export function f(): string {\n  return 'x'\n}\n", "export function f(): unknown {\n  return 'x'\n}\n"],
  },
  {
    name: 'declaration on a new line after a type keyword',
    base: "import { a } from './a'\nlet x: string\nexport function f(): string {\n  return 'x'\n}\n",
    head: "import { a } from './a'\nlet x: string\nexport function f(): unknown {\n  return 'x'\n}\n",
    expected: ["export function f(): string {\n  return 'x'\n}\n", "export function f(): unknown {\n  return 'x'\n}\n"],
  },
  {
    name: 'const after as continues the statement',
    base: "import { a } from './a'\nexport const x = a as\nconst satisfies readonly string[]\n",
    head: "import { a } from './a'\nexport const x = a as\nconst satisfies string[]\n",
    expected: ['export const x = a as\nconst satisfies readonly string[]\n', 'export const x = a as\nconst satisfies string[]\n'],
  },
  {
    name: 'function after void continues the statement',
    base: "import { a } from './a'\nexport const v = void\nfunction f(): string {\n  return a\n}\n",
    head: "import { a } from './a'\nexport const v = void\nfunction f(): unknown {\n  return a\n}\n",
    expected: ['export const v = void\nfunction f(): string {\n  return a\n}\n', 'export const v = void\nfunction f(): unknown {\n  return a\n}\n'],
  },
  {
    name: 'decorator stays with its class',
    base: "import { dec } from './dec';\n@dec\nexport class A {\n  m(): string {\n    return 'x'\n  }\n}\n",
    head: "import { dec } from './dec';\n@dec\nexport class A {\n  m(): unknown {\n    return 'x'\n  }\n}\n",
    expected: ["@dec\nexport class A {\n  m(): string {\n    return 'x'\n  }\n}\n", "@dec\nexport class A {\n  m(): unknown {\n    return 'x'\n  }\n}\n"],
  },
  {
    name: 'region ends before a declaration after code without semicolons',
    base: "import { a } from './a'\nexport const one: number = a(1)\nexport const two = a(2)\n",
    head: "import { a } from './a'\nexport const one: unknown = a(1)\nexport const two = a(2)\n",
    expected: ['export const one: number = a(1)\n', 'export const one: unknown = a(1)\n'],
  },
];

describe('differing region', () => {
  it.each(CASES)('$name', ({ base, head, expected }) => {
    const baseShape = readCodeShape(base, false)!;
    const headShape = readCodeShape(head, false)!;

    const region = differingRegion(boundaryContext(baseShape), boundaryContext(headShape), sharedEnds(baseShape, headShape), base.length, head.length);

    // The region ends where the shared suffix starts, so the white space before it belongs to the region.
    expect(base.slice(region.base.start, region.base.end).trimEnd()).toBe(expected[0].trimEnd());
    expect(head.slice(region.head.start, region.head.end).trimEnd()).toBe(expected[1].trimEnd());
  });
});
