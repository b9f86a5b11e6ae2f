import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readEslintJson } from '../../../src/validate/external/read-eslint-json.js';
import type { ReportContext } from '../../../src/validate/external/report-context.js';

const ESLINT = join(import.meta.dirname, 'fixtures', 'eslint');
const CONTEXT: ReportContext = { root: '/work/demo', reportPath: 'eslint.json' };

describe('readEslintJson on ESLint 10 output', () => {
  const output = readFileSync(join(ESLINT, 'eslint-output.json'), 'utf8');
  const projectText = (path: string): string | undefined => {
    try {
      return readFileSync(join(ESLINT, 'project', path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const { findings, warnings } = readEslintJson(output, { ...CONTEXT, readText: projectText });

  it('maps every message', () => {
    expect(warnings).toEqual([]);
    expect(findings.map((finding) => [finding.ruleId, finding.level, finding.path, Object.values(finding.range)])).toEqual([
      ['eslint/fatal', 'error', 'src/broken.js', [2, 3, 2, 12]],
      ['eslint/complexity', 'warning', 'src/math.js', [1, 8, 1, 22]],
      ['eslint/no-unused-vars', 'error', 'src/math.js', [7, 7, 7, 13]],
      ['eslint/no-var', 'warning', 'src/math.js', [8, 1, 8, 26]],
      ['eslint/eqeqeq', 'warning', 'src/math.js', [8, 38, 8, 40]],
      ['eslint/no-undef', 'error', 'src/math.js', [8, 59, 8, 66]],
      ['eslint/no-undef', 'error', 'src/my file.js', [3, 21, 3, 35]],
    ]);
  });

  it('keeps messages and tool', () => {
    expect(findings[0]?.message).toBe("Parsing error: Unexpected keyword 'return'");
    expect(findings[5]?.message).toBe("'missing' is not defined.");
    expect(new Set(findings.map((finding) => finding.tool))).toEqual(new Set(['eslint']));
  });

  it('ranges cover the reported text', () => {
    const slice = (path: string, line: number, from: number, to: number): string => projectText(path)!.split('\n')[line - 1]!.slice(from - 1, to - 1);
    const textOf = (index: number): string => {
      const { path, range } = findings[index]!;
      return slice(path, range.startLine, range.startColumn, range.endColumn);
    };
    expect(textOf(4)).toBe('==');
    expect(textOf(5)).toBe('missing');
    expect(textOf(6)).toBe('alsoNotDefined');
  });

  it('ends fatal errors at the line end from the output source', () => {
    const fromSource = readEslintJson(output, CONTEXT).findings[0]!;
    expect(fromSource.range).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 12 });
  });
});

describe('readEslintJson on json-with-metadata output', () => {
  const output = readFileSync(join(ESLINT, 'eslint-output-with-metadata.json'), 'utf8');
  const { findings } = readEslintJson(output, CONTEXT);

  it('reads the same findings as json', () => {
    const plain = readEslintJson(readFileSync(join(ESLINT, 'eslint-output.json'), 'utf8'), CONTEXT).findings;
    const shape = (finding: { ruleId: string; path: string; range: object; level: string }) => [finding.ruleId, finding.path, finding.range, finding.level];
    expect(findings.map(shape)).toEqual(plain.map(shape));
  });

  it('takes help URIs from rule metadata', () => {
    expect(findings.map((finding) => finding.helpUri)).toEqual([
      undefined,
      'https://eslint.org/docs/latest/rules/complexity',
      'https://eslint.org/docs/latest/rules/no-unused-vars',
      'https://eslint.org/docs/latest/rules/no-var',
      'https://eslint.org/docs/latest/rules/eqeqeq',
      'https://eslint.org/docs/latest/rules/no-undef',
      'https://eslint.org/docs/latest/rules/no-undef',
    ]);
  });
});

describe('readEslintJson cases', () => {
  const cases: { name: string; filePath: string; message: Record<string, unknown>; context?: Partial<ReportContext>; expected: unknown[] | null }[] = [
    { name: 'warning', filePath: '/work/demo/a.js', message: { ruleId: 'r', severity: 1, message: 'm', line: 2, column: 3, endLine: 2, endColumn: 5 }, expected: ['eslint/r', 'warning', 'a.js', 2, 3, 2, 5] },
    { name: 'no end', filePath: '/work/demo/a.js', message: { ruleId: 'r', severity: 2, message: 'm', line: 2, column: 3 }, expected: ['eslint/r', 'error', 'a.js', 2, 3, 2, 3] },
    { name: 'relative path', filePath: 'lib/a.js', message: { ruleId: 'r', severity: 2, message: 'm', line: 1, column: 1 }, expected: ['eslint/r', 'error', 'lib/a.js', 1, 1, 1, 1] },
    { name: 'plugin rule', filePath: '/work/demo/a.ts', message: { ruleId: '@typescript-eslint/no-explicit-any', severity: 2, message: 'm', line: 1, column: 1, endColumn: 4 }, expected: ['eslint/@typescript-eslint/no-explicit-any', 'error', 'a.ts', 1, 1, 1, 4] },
    { name: 'tool name', filePath: '/work/demo/a.js', message: { ruleId: 'r', severity: 1, message: 'm', line: 1 }, context: { toolName: 'oxlint' }, expected: ['oxlint/r', 'warning', 'a.js', 1, 1, 1, 1] },
    { name: 'windows path', filePath: 'C:\\work\\demo\\src\\a.js', message: { ruleId: 'r', severity: 1, message: 'm', line: 1 }, context: { root: 'C:\\work\\demo' }, expected: ['eslint/r', 'warning', 'src/a.js', 1, 1, 1, 1] },
    { name: 'ignored file notice', filePath: '/work/demo/a.js', message: { ruleId: null, severity: 1, message: 'File ignored because of a matching ignore pattern.' }, expected: null },
    { name: 'outside root', filePath: '/elsewhere/a.js', message: { ruleId: 'r', severity: 2, message: 'm', line: 1 }, expected: null },
  ];

  it.each(cases)('$name', ({ filePath, message, context, expected }) => {
    const text = JSON.stringify([{ filePath, messages: [message], suppressedMessages: [{ ruleId: 'x', severity: 2, message: 's', line: 1 }] }]);
    const { findings, warnings } = readEslintJson(text, { ...CONTEXT, ...context });
    const rows = findings.map((finding) => [finding.ruleId, finding.level, finding.path, ...Object.values(finding.range)]);
    expect(rows).toEqual(expected === null ? [] : [expected]);
    expect(warnings).toHaveLength(expected === null ? 1 : 0);
  });

  const invalid: { name: string; text: string; message: RegExp }[] = [
    { name: 'not JSON', text: 'Oops! Something went wrong!', message: /^eslint\.json: the ESLint output is not valid JSON \(.+\)\. Run ESLint with --format json/ },
    { name: 'an object without results', text: '{"files":[]}', message: /writes an array of files and json-with-metadata an object with "results", but this output is a JSON object without "results"/ },
    { name: 'a number', text: '42', message: /but this output is a JSON number\. Run ESLint/ },
    { name: 'missing messages', text: '[{"filePath":"/work/demo/a.js"}]', message: /entry \[0\] has no "filePath" string and "messages" array/ },
  ];

  it.each(invalid)('rejects $name', ({ text, message }) => {
    expect(() => readEslintJson(text, CONTEXT)).toThrow(UserError);
    expect(() => readEslintJson(text, CONTEXT)).toThrow(message);
  });
});
