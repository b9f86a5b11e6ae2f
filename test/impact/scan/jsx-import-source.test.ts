import { describe, expect, it } from 'vitest';
import { scanModuleReferences } from '../../../src/impact/scan/index.js';

describe('jsxImportSource pragma', () => {
  it.each([
    ['block comment', "/** @jsxImportSource ../../jsx */\nimport { x } from './x';\n", ['../../jsx/jsx-runtime', './x']],
    ['line comment', '// @jsxImportSource preact\nexport const a = <div />;\n', ['preact/jsx-runtime']],
    ['after the first statement', "import { x } from './x';\n/** @jsxImportSource preact */\n", ['./x']],
  ])('%s', (_name, text, expected) => {
    expect(scanModuleReferences('src/a.tsx', text).references.map((reference) => reference.specifier)).toEqual(expected);
  });
});
