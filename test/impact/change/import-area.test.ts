import { describe, expect, it } from 'vitest';
import { regionAfterImports } from '../../../src/impact/change/equivalence/import-area.js';
import { readCodeShape } from '../../../src/impact/scan/code-shape.js';

interface AreaCase {
  name: string;
  base: string;
  head: string;
  /** The region of the base and of the head, and whether it comes from inside a block; undefined when there is none. */
  expected: { base: string; head: string; inner: boolean } | undefined;
}

const IMPORTS = "import { a, type B } from './a'\nimport type { C } from './c';\nimport './side-effect'\n";
const IMPORTS_CHANGED = "import { a, type D } from './a'\nimport type { C } from './c';\nimport './side-effect'\n";

const CASES: AreaCase[] = [
  {
    name: 'code change in a function body',
    base: `${IMPORTS}export function f(x: B) {\n  a()\n  return x\n}\n`,
    head: `${IMPORTS_CHANGED}export function f(x: B) {\n  a()\n  return a(x)\n}\n`,
    expected: { base: 'return x', head: 'return a(x)', inner: true },
  },
  {
    name: 'code change in a signature and a body',
    base: `${IMPORTS}export function f(x: B) {\n  return x\n}\n`,
    head: `${IMPORTS_CHANGED}export function f(x: D) {\n  return a(x)\n}\n`,
    expected: { base: 'export function f(x: B) {\n  return x\n}', head: 'export function f(x: D) {\n  return a(x)\n}', inner: false },
  },
  {
    name: 'change in top-level statements',
    base: `${IMPORTS}export const one: B = a(1)\nexport const two = 2\n`,
    head: `${IMPORTS_CHANGED}export const one: D = a(2)\nexport const two = 2\n`,
    expected: { base: 'export const one: B = a(1)', head: 'export const one: D = a(2)', inner: false },
  },
  {
    name: 'change only in the imports',
    base: `${IMPORTS}export const one = a(1)\n`,
    head: `${IMPORTS_CHANGED}export const one = a(1)\n`,
    expected: undefined,
  },
  {
    name: 'export list in the region',
    base: `${IMPORTS}const one = a(1)\nexport { one }\n`,
    head: `${IMPORTS_CHANGED}const one = a(2)\nexport { one, a }\n`,
    expected: undefined,
  },
  {
    name: 'import equals declaration',
    base: "import fs = require('fs')\nexport const one = fs.a\n",
    head: "import fs = require('node:fs')\nexport const one = fs.b\n",
    expected: undefined,
  },
  {
    name: 'import with attributes',
    base: "import data from './data.json' with { type: 'json' }\nexport const one = data.a\n",
    head: "import data from './data.json' with { type: 'json' }\nimport './b'\nexport const one = data.b\n",
    expected: undefined,
  },
  {
    name: 'import after other code',
    base: `${IMPORTS}export const one = a(1)\nimport './late'\n`,
    head: `${IMPORTS_CHANGED}export const one = a(2)\nimport './later'\n`,
    expected: undefined,
  },
];

describe('code after imports', () => {
  it.each(CASES)('$name', ({ base, head, expected }) => {
    const found = regionAfterImports(readCodeShape(base, false)!, readCodeShape(head, false)!, base.length, head.length);

    const actual = found && {
      base: base.slice(found.region.base.start, found.region.base.end).trim(),
      head: head.slice(found.region.head.start, found.region.head.end).trim(),
      inner: found.inner,
    };
    expect(actual).toEqual(expected);
  });
});
