import { describe, expect, it } from 'vitest';
import { differingRegion } from '../../../src/impact/change/equivalence/differing-region.js';
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
];

describe('differing region', () => {
  it.each(CASES)('$name', ({ base, head, expected }) => {
    const baseShape = readCodeShape(base, false)!;
    const headShape = readCodeShape(head, false)!;

    const region = differingRegion(baseShape, headShape, base.length, head.length);

    // The region ends where the shared suffix starts, so the white space before it belongs to the region.
    expect(base.slice(region.base.start, region.base.end).trimEnd()).toBe(expected[0].trimEnd());
    expect(head.slice(region.head.start, region.head.end).trimEnd()).toBe(expected[1].trimEnd());
  });
});
