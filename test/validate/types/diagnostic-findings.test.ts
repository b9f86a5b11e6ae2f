import { describe, expect, it } from 'vitest';
import { diagnosticsToFindings, repositoryPath, tokenEndColumn } from '../../../src/validate/types/diagnostic-findings.js';
import type { TypeDiagnostic } from '../../../src/validate/types/type-check-model.js';

const ROOT = '/repo';
const MAPPING = { root: ROOT, tsconfig: 'tsconfig.json' };

function diagnostic(overrides: Partial<TypeDiagnostic>): TypeDiagnostic {
  return {
    code: 2322,
    category: 'error',
    file: '/repo/src/a.ts',
    start: { line: 2, column: 5 },
    end: { line: 2, column: 9 },
    message: 'Type mismatch.',
    ...overrides,
  };
}

describe('diagnosticsToFindings', () => {
  it.each([
    { category: 'error', level: 'error' },
    { category: 'warning', level: 'warning' },
    { category: 'suggestion', level: 'note' },
    { category: 'message', level: 'note' },
  ] as const)('maps category $category to level $level', ({ category, level }) => {
    const { findings } = diagnosticsToFindings([diagnostic({ category })], MAPPING);
    expect(findings[0]?.level).toBe(level);
  });

  it('keeps the full range and names the rule and project', () => {
    const { findings } = diagnosticsToFindings([diagnostic({ end: { line: 4, column: 2 } })], MAPPING);
    expect(findings).toEqual([
      {
        ruleId: 'types/TS2322',
        level: 'error',
        path: 'src/a.ts',
        range: { startLine: 2, startColumn: 5, endLine: 4, endColumn: 2 },
        message: 'Type mismatch.',
        tool: 'typescript',
        properties: { project: 'tsconfig.json' },
      },
    ]);
  });

  it.each([
    { name: 'outside the root', file: '/elsewhere/lib.d.ts' },
    { name: 'under node_modules', file: '/repo/node_modules/x/index.d.ts' },
    { name: 'under a nested node_modules', file: '/repo/packages/a/node_modules/x/index.d.ts' },
  ])('drops a diagnostic $name', ({ file }) => {
    const mapped = diagnosticsToFindings([diagnostic({ file })], MAPPING);
    expect(mapped.findings).toEqual([]);
    expect(mapped.outside).toBe(1);
  });

  it('places a global diagnostic on the tsconfig', () => {
    const { findings } = diagnosticsToFindings([diagnostic({ code: 5023, file: null, start: null, end: null })], {
      root: ROOT,
      tsconfig: 'packages/a/tsconfig.json',
    });
    expect(findings[0]?.path).toBe('packages/a/tsconfig.json');
    expect(findings[0]?.range).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it.each([
    { name: 'identifier', line: 'const value = other;', column: 7, endColumn: 12 },
    { name: 'identifier with dollar', line: 'let $el = 1', column: 5, endColumn: 8 },
    { name: 'punctuation', line: 'f(1);', column: 2, endColumn: 3 },
    { name: 'past the end of the line', line: 'x', column: 3, endColumn: 4 },
    { name: 'a quoted tsconfig key', line: '{ "strictt": true }', column: 3, endColumn: 12 },
    { name: 'a string with an escaped quote', line: "f('it\\'s');", column: 3, endColumn: 10 },
    { name: 'a string left open', line: "f('open", column: 3, endColumn: 4 },
  ])('estimates the end of a start-only diagnostic at $name', ({ line, column, endColumn }) => {
    const { findings } = diagnosticsToFindings([diagnostic({ start: { line: 1, column }, end: null })], {
      ...MAPPING,
      lineText: () => line,
    });
    expect(findings[0]?.range).toEqual({ startLine: 1, startColumn: column, endLine: 1, endColumn });
  });

  it('uses one character when the line cannot be read', () => {
    const { findings } = diagnosticsToFindings([diagnostic({ start: { line: 3, column: 4 }, end: null })], {
      ...MAPPING,
      lineText: () => null,
    });
    expect(findings[0]?.range).toEqual({ startLine: 3, startColumn: 4, endLine: 3, endColumn: 5 });
  });
});

describe('repositoryPath', () => {
  it.each([
    { file: '/repo/src/a.ts', expected: 'src/a.ts' },
    { file: '/repo', expected: null },
    { file: '/repository/a.ts', expected: null },
    { file: '/repo/../x.ts', expected: null },
  ])('maps $file', ({ file, expected }) => {
    expect(repositoryPath(ROOT, file)).toBe(expected);
  });
});

describe('tokenEndColumn', () => {
  it('counts UTF-16 code units', () => {
    expect(tokenEndColumn('const ñandú = 1', 7)).toBe(12);
  });
});
