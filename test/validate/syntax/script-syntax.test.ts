import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../../../src/validate/model.js';
import { SYNTAX_RULES, isSyntaxChecked, syntaxFindings } from '../../../src/validate/syntax/syntax-findings.js';

function range(startLine: number, startColumn: number, endLine: number, endColumn: number): SourceRange {
  return { startLine, startColumn, endLine, endColumn };
}

describe('script syntax findings', () => {
  it.each([
    ['src/a.ts', 'const x: number = 1;\nexport { x };\n'],
    ['src/a.mts', 'export const f = <T,>(value: T): T => value;\n'],
    ['src/a.cts', 'import fs = require("node:fs");\nexport = fs;\n'],
    ['src/a.tsx', 'export const A = () => <div className="a">{1}</div>;\n'],
    ['src/a.js', 'export const A = () => <div>{1}</div>;\n'],
    ['src/a.jsx', 'export const A = () => <div>{1}</div>;\n'],
    ['src/a.mjs', 'export default async function f() { await import("x"); }\n'],
    ['src/a.cjs', 'module.exports = { a: 1 };\n'],
    ['src/a.d.ts', 'declare const x: number;\nexport { x };\n'],
    ['bin/cli.js', '#!/usr/bin/env node\nconsole.log(1);\n'],
    ['src/bom.ts', '\ufeffexport const a = 1;\n'],
  ])('accepts valid %s', (path, text) => {
    expect(syntaxFindings({ path, text })).toEqual([]);
  });

  it.each([
    {
      name: 'every error of a TypeScript file',
      path: 'src/a.ts',
      text: 'const x = ;\nlet y = [1 2];\nfoo(\n',
      expected: [
        { range: range(1, 11, 1, 12), message: 'Expression expected. (TS1109)', code: 1109 },
        { range: range(2, 12, 2, 13), message: "',' expected. (TS1005)", code: 1005 },
        // At the end of the file the empty range moves back onto the last character.
        { range: range(3, 4, 3, 5), message: "')' expected. (TS1005)", code: 1005 },
      ],
    },
    {
      name: 'type annotations in JavaScript',
      path: 'src/a.js',
      text: 'let x: number = 1;\nfoo(;\n',
      expected: [
        { range: range(1, 8, 1, 14), message: 'Type annotations can only be used in TypeScript files. (TS8010)', code: 8010 },
        { range: range(2, 5, 2, 6), message: "')' expected. (TS1005)", code: 1005 },
      ],
    },
    {
      name: 'an enum in a .mjs file',
      path: 'lib/a.mjs',
      text: 'enum E { A }\n',
      expected: [{ range: range(1, 6, 1, 7), message: "'enum' declarations can only be used in TypeScript files. (TS8006)", code: 8006 }],
    },
    {
      name: 'JSX in a .ts file',
      path: 'src/a.ts',
      text: 'const a = <div></div>;\n',
      expected: [{ range: range(1, 17, 1, 18), message: 'Type expected. (TS1110)', code: 1110 }],
    },
    {
      name: 'UTF-16 columns after an emoji',
      path: 'src/a.ts',
      text: 'const s = "😀"; const = 1;\n',
      expected: [
        { range: range(1, 23, 1, 24), message: 'Variable declaration expected. (TS1134)', code: 1134 },
        { range: range(1, 25, 1, 26), message: 'Variable declaration expected. (TS1134)', code: 1134 },
      ],
    },
    {
      name: 'an unterminated string across CRLF lines',
      path: 'src/a.ts',
      text: 'const a = 1;\r\nconst b = "open\r\nconst c = 2;\r\n',
      expected: [{ range: range(2, 16, 2, 16), message: 'Unterminated string literal. (TS1002)', code: 1002 }],
    },
  ])('reports $name', ({ path, text, expected }) => {
    const findings = syntaxFindings({ path, text });
    expect(findings.map((finding) => ({ range: finding.range, message: finding.message, code: finding.properties?.['code'] }))).toEqual(expected);
    for (const finding of findings) {
      expect(finding.ruleId).toBe('syntax/typescript');
      expect(finding.level).toBe('error');
      expect(finding.path).toBe(path);
      expect(finding.helpUri).toBe('https://github.com/testmaster/testmaster/blob/main/docs/validate/syntax.md#syntaxtypescript');
    }
  });

  it('moves an error at the end into the text', () => {
    const [finding] = syntaxFindings({ path: 'src/a.ts', text: 'foo(\n\n' });
    expect(finding?.range).toEqual(range(1, 4, 1, 5));
  });
});

describe('syntax dispatch', () => {
  it.each([
    ['src/a.ts', true],
    ['src/a.MJS', true],
    ['package.json', true],
    ['.vscode/settings.json', true],
    ['config/app.yaml', true],
    ['.github/workflows/ci.yml', true],
    ['README.md', false],
    ['src/.ts/readme', false],
    ['Makefile', false],
  ])('checks %s: %s', (path, checked) => {
    expect(isSyntaxChecked(path)).toBe(checked);
  });

  it('ignores other files', () => {
    expect(syntaxFindings({ path: 'README.md', text: '{ not json' })).toEqual([]);
  });

  it('lists one rule per language', () => {
    expect(SYNTAX_RULES.map((rule) => [rule.id, rule.defaultLevel])).toEqual([
      ['syntax/typescript', 'error'],
      ['syntax/json', 'error'],
      ['syntax/yaml', 'error'],
    ]);
  });
});
