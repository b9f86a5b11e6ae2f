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
    ['reference directive', '/// <reference types="node" />\nconst a = 1;\n', '/// <reference'.length],
  ])('%s', (_name, text, expected) => {
    expect(referenceLimit(text)).toBe(expected);
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
