import { describe, expect, it } from 'vitest';
import { scanModuleReferences } from '../../../src/impact/scan/index.js';
import { referenceLimit } from '../../../src/impact/scan/reference-limit.js';

describe('referenceLimit', () => {
  it.each([
    ['no reference word', 'const a = Array.from(list);\n', 0],
    ['import', "import a from 'a';\nexport const b = 1;\n", 'import a from '.length + 1],
    ['require', "const a = require('a');\nmodule.exports = a;\n", "const a = require".length],
    ['from with a comment before the quote', "export { a } from /* the source */ 'x';\nconst b = 1;\n", "export { a } from /* the source */ '".length],
    ['from on the next line', "export * from\n  'x';\nconst b = 1;\n", "export * from\n  '".length],
    ['reference directive, read before the scan', '/// <reference types="node" />\nconst a = 1;\n', 0],
  ])('%s', (_name, text, expected) => {
    expect(referenceLimit(text)).toBe(expected);
  });

  const late = "import a from 'a';\nexport function f() {\n  return 1;\n}\n";
  const afterImports = "import a from '".length;

  it.each([
    ['in a longer word', `${late}// the caller required this\n`],
    ['after a dot', `${late}f.require = input.require;\n`],
    ['in a line comment', `${late}  // it's import time\n`],
    ['from in a line comment', `${late}// taken from 'x'\n`],
    ['from after a hyphen', `${late}const name = 'v-enter-from';\n`],
    ['import.meta with another property', `${late}const here = new URL('.', import.meta.url);\n`],
  ])('a word %s does not count', (_name, text) => {
    expect(referenceLimit(text)).toBe(afterImports);
    expect(scanModuleReferences('src/a.ts', text).references.map((reference) => reference.specifier)).toEqual(['a']);
  });

  it.each([
    ['after a string that holds //', `${late}const u = 'http://x/' + require('b');\n`],
    ['after // in JSX text, inside braces', `${late}const p = <p>// {require('b')}</p>;\n`],
    ['after // in template text, inside a substitution', `${late}const t = \`\n// \${require('b')}\n\`;\n`],
    ['after a block comment that holds //', `${late}/* see // below */ const b = require('b');\n`],
    ['after a spread', `${late}const list = [...require('b')];\n`],
    ['after a non-ASCII space', `${late}const b =\u00a0require('b');\n`],
    ['on a line after U+2028', `${late}// note\u2028const b = require('b');\n`],
    ['from of a re-export', `${late}export { b } from 'b';\n`],
  ])('a word %s counts', (_name, text) => {
    expect(referenceLimit(text)).toBeGreaterThan(afterImports);
    expect(scanModuleReferences('src/a.tsx', text).references.map((reference) => reference.specifier)).toEqual(['a', 'b']);
  });

  const docs = '/**\n * Example:\n *\n *   import { b } from \'b\'\n * derived from `status`.\n */\nexport const c = 2;\n';

  it('skips words in line-start block comments', () => {
    const text = `${late}${docs}`;
    expect(referenceLimit(text, false)).toBe(afterImports);
    expect(scanModuleReferences('src/a.ts', text).references.map((reference) => reference.specifier)).toEqual(['a']);
    expect(referenceLimit(`${late}  /* then import b from 'b' */\n`, false)).toBe(afterImports);
    expect(referenceLimit(`${late}/* a\r\n/* import b from 'b' */\n`, false)).toBe(afterImports);
  });

  it.each([
    ['in JSX, where /* may be text', `${late}${docs}`, true],
    ['after code on the line of /*', `${late}const x = 1; /*\n import b from 'b' */\n`, false],
    ['after */ closes the comment', `${late}/* note */ import b from 'b';\n`, false],
    ['after a backtick, which may close template text', `${late}const t = \`\n/* \`; import b from 'b'; /*\n */\n`, false],
    ['after ${, which may open a substitution', `${late}const t = \`\n/* \${require('b')} */\`;\n`, false],
    ['after a line that a backslash continues', `${late}const s = 'a\\\n/* ';\nimport b from 'b'; /* */\n`, false],
    ['after a line that a backslash continues with CRLF', `${late}const s = 'a\\\r\n/* ';\r\nimport b from 'b'; /* */\r\n`, false],
    ['in a comment that never closes, so that its error is reported', `${late}/* open\nimport b from 'b';\n`, false],
    ['after a conflict marker, whose region the lexer skips', `${late}<<<<<<< a\n=======\n/*\n>>>>>>> b\nimport b from 'b';\n`, false],
  ])('a word in what looks like a block comment counts %s', (_name, text, jsx) => {
    expect(referenceLimit(text, jsx)).toBeGreaterThan(afterImports);
  });

  it('counts a word after the comment', () => {
    const text = `${late}${docs}import b from 'b';\n`;
    expect(referenceLimit(text, false)).toBe(text.length - "b';\n".length);
    expect(scanModuleReferences('src/a.ts', text).references.map((reference) => reference.specifier)).toEqual(['a', 'b']);
  });

  it('import.meta.glob counts', () => {
    const text = `${late}const pages = import.meta.glob('./b/*.ts');\n`;
    expect(referenceLimit(text)).toBeGreaterThan(afterImports);
    expect(scanModuleReferences('src/a.ts', text).references.map((reference) => reference.specifier)).toEqual(['a', './b/*.ts']);
  });

  it('a unicode escape keeps the whole text', () => {
    const text = "const a = r\\u0065quire('a');\n";
    expect(referenceLimit(text)).toBe(text.length);
    expect(scanModuleReferences('src/a.js', text).references.map((reference) => reference.specifier)).toEqual(['a']);
  });

  it('errors after the last reference word are not reported, errors before it are', () => {
    expect(scanModuleReferences('src/a.ts', "import a from 'a';\nconst s = 'open\n").errors).toEqual([]);
    expect(scanModuleReferences('src/a.ts', "const s = 'open\nimport a from 'a';\n").errors).toEqual(['src/a.ts:1: Unterminated string literal.']);
  });
});
