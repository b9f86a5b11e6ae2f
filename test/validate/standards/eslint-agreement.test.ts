/**
 * Compares the counts of the length and parameter rules with ESLint's
 * max-lines, max-lines-per-function and max-params on every script of our
 * own source and on hand-written cases. ESLint's rules run with a maximum of
 * 0, so they report every function with its count, and so do ours. The
 * option `countThis: "never"` is the counting that our rule documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { check } from './fixture.js';

const ROOT = join(import.meta.dirname, '../../..');

const HAND_WRITTEN: [string, string][] = [
  ['iife.ts', '(function () {\n  a();\n})();\n(() => {\n  b();\n})();\nnew (function () {\n})();\n'],
  ['methods.ts', 'class C {\n  @dec\n  m(a, b) {\n  }\n  get x() {\n    return 1;\n  }\n  static {\n    const f = (p) => p;\n  }\n}\n'],
  ['object.js', 'const o = {\n  m(a) {},\n  n: function (a, b, c) {\n  },\n  set v(value) {\n  },\n};\nexport default o;\n'],
  ['this.ts', 'function f(this: Window, a) {}\nfunction g(this: void) {}\ndeclare function h(this: Foo, x: 1): void;\n'],
  ['types.ts', 'type R = (a: 1, b: 2) => void;\nlet s: { m(a: 1): void; n: (b: 2) => void };\nabstract class A {\n  abstract m(a: 1): void;\n  o(a: 1): void;\n  o() {}\n}\n'],
  ['patterns.ts', 'function f(a = 1, { b }: { b: number }, [c]: number[], ...d: number[]) {\n\n}\n'],
  ['no-final-break.ts', 'const a = 1;\r\nconst b = () =>\r\n  a;'],
  ['blank-tail.ts', 'const a = 1;\n\n\n'],
];

function sourceScripts(): [string, string][] {
  const folder = join(ROOT, 'src');
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return [relative(ROOT, file), readFileSync(file, 'utf8')] as [string, string];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

const linter = new Linter({ configType: 'flat' });
const ESLINT_CONFIG: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: false } } },
    rules: {
      'max-params': ['error', { max: 0, countThis: 'never' }],
      'max-lines-per-function': ['error', { max: 0 }],
      'max-lines': ['error', { max: 0 }],
    },
  },
];

const COUNT = /\((\d+)\)/;

/** Counts per ESLint rule, sorted, from the messages' parenthesized numbers. */
function eslintCounts(path: string, code: string): Record<string, number[]> {
  const counts: Record<string, number[]> = { 'max-params': [], 'max-lines-per-function': [], 'max-lines': [] };
  for (const message of linter.verify(code, ESLINT_CONFIG, path)) {
    if (message.ruleId === null) throw new Error(`${path}: ${message.message}`);
    counts[message.ruleId]!.push(Number(COUNT.exec(message.message)![1]));
  }
  return sortValues(counts);
}

function ourCounts(path: string, code: string): Record<string, number[]> {
  const findings = check(code, { maxFileLines: 0, maxFunctionLines: 0, maxParameters: 0 }, path);
  const counts: Record<string, number[]> = { 'max-params': [], 'max-lines-per-function': [], 'max-lines': [] };
  for (const finding of findings) {
    if (finding.ruleId === 'standards/max-parameters') counts['max-params']!.push(Number(finding.properties!['parameters']));
    if (finding.ruleId === 'standards/max-function-lines') counts['max-lines-per-function']!.push(Number(finding.properties!['lines']));
    if (finding.ruleId === 'standards/max-file-lines') counts['max-lines']!.push(Number(finding.properties!['lines']));
  }
  return sortValues(counts);
}

function sortValues(counts: Record<string, number[]>): Record<string, number[]> {
  for (const values of Object.values(counts)) values.sort((a, b) => a - b);
  return counts;
}

describe('agreement with ESLint', () => {
  it.each(HAND_WRITTEN)('hand-written %s', (path, code) => {
    expect(ourCounts(path, code)).toEqual(eslintCounts(path, code));
  });

  it('counts of our own source', () => {
    const scripts = sourceScripts();
    expect(scripts.length).toBeGreaterThan(100);

    for (const [path, code] of scripts) {
      expect({ path, counts: ourCounts(path, code) }).toEqual({ path, counts: eslintCounts(path, code) });
    }
    // Parsing every script twice takes a few seconds alone and about 20 s on a loaded two-core machine.
  }, 120_000);
});
