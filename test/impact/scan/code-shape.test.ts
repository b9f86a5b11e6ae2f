import { describe, expect, it } from 'vitest';
import { readCodeShape, sameShape } from '../../../src/impact/scan/code-shape.js';

interface ShapeCase {
  name: string;
  base: string;
  head: string;
  jsx?: boolean;
  same: boolean;
}

const CASES: ShapeCase[] = [
  { name: 'line comment added', base: 'a = 1;\n', head: 'a = 1; // one\n', same: true },
  { name: 'block comment inside a line', base: 'f(a, b);\n', head: 'f(a, /* second */ b);\n', same: true },
  { name: 'comment above the first line', base: 'run();\n', head: '/**\n * Runs.\n */\nrun();\n', same: true },
  { name: 'indentation and blank lines', base: 'if (a) {\n  b();\n}\n', head: 'if (a) {\n\n\tb( );\n}\n', same: true },
  { name: 'line break after return', base: 'function f() { return 1 }\n', head: 'function f() { return\n1 }\n', same: false },
  { name: 'multi-line comment as a line break', base: 'x\n++y\n', head: 'x /* a\n */ ++y\n', same: true },
  { name: 'multi-line comment removed', base: 'x /* a\n */ ++y\n', head: 'x ++y\n', same: false },
  { name: 'string quotes', base: "a('x');\n", head: 'a("x");\n', same: false },
  { name: 'space in a template', base: 'a(`x ${b}`);\n', head: 'a(`x  ${b}`);\n', same: false },
  { name: 'regular expression', base: 'a = /x y/;\n', head: 'a = /x  y/;\n', same: false },
  { name: 'JSX text', base: 'a = <p>Hello world</p>;\n', head: 'a = <p>Hello  world</p>;\n', jsx: true, same: false },
  { name: 'JSX attribute', base: 'a = <p id="x" />;\n', head: 'a = <p id="y" />;\n', jsx: true, same: false },
  { name: 'comment before JSX', base: 'a = <p>Hi</p>;\n', head: '// Greets.\na = <p>Hi</p>;\n', jsx: true, same: true },
];

describe('code shape', () => {
  it.each(CASES)('$name', ({ base, head, jsx, same }) => {
    const baseShape = readCodeShape(base, jsx ?? false);
    const headShape = readCodeShape(head, jsx ?? false);

    expect(baseShape).toBeDefined();
    expect(headShape).toBeDefined();
    expect(sameShape(baseShape!, headShape!)).toBe(same);
  });

  it('syntax error gives no shape', () => {
    expect(readCodeShape('a = "unterminated\n', false)).toBeUndefined();
  });
});
