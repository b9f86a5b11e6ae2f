import { describe, expect, it } from 'vitest';
import { applyRuleLevels, levelSettingOf } from '../../../src/validate/gate/rule-levels.js';
import { compareFindings, failingFindings } from '../../../src/validate/gate/fail-level.js';
import type { Finding, FindingLevel } from '../../../src/validate/model.js';

function finding(ruleId: string, level: FindingLevel, path = 'src/a.ts', line = 1): Finding {
  return {
    ruleId,
    level,
    path,
    range: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
    message: `${ruleId} here`,
    tool: 'testmaster',
  };
}

describe('levelSettingOf', () => {
  const rules = { '*': 'note', 'security/*': 'warning', 'security/eval': 'error', 'eslint/react/*': 'off' } as const;

  it.each([
    { ruleId: 'security/eval', expected: 'error' },
    { ruleId: 'security/weak-hash', expected: 'warning' },
    { ruleId: 'complexity/cyclomatic', expected: 'note' },
    { ruleId: 'eslint/react/no-danger', expected: 'off' },
    { ruleId: 'eslint/react/hooks/rules', expected: 'off' },
  ])('$ruleId resolves to $expected', ({ ruleId, expected }) => {
    expect(levelSettingOf(ruleId, rules)).toBe(expected);
  });

  it('returns undefined without a matching key', () => {
    expect(levelSettingOf('security/eval', { 'types/*': 'off' })).toBeUndefined();
  });

  it('ignores inherited object keys', () => {
    expect(levelSettingOf('constructor', {})).toBeUndefined();
  });
});

describe('applyRuleLevels', () => {
  it('changes levels and drops rules set to off', () => {
    const outcome = applyRuleLevels(
      [finding('security/eval', 'warning'), finding('standards/naming', 'warning'), finding('types/TS2322', 'error')],
      { 'security/eval': 'error', 'standards/*': 'off' },
    );

    expect(outcome.turnedOff).toBe(1);
    expect(outcome.findings.map((item) => [item.ruleId, item.level])).toEqual([
      ['security/eval', 'error'],
      ['types/TS2322', 'error'],
    ]);
  });
});

describe('failingFindings', () => {
  const findings = [finding('a/x', 'note'), finding('a/y', 'warning'), finding('a/z', 'error')];

  it.each([
    { failLevel: 'none', failing: [] },
    { failLevel: 'notice', failing: ['a/x', 'a/y', 'a/z'] },
    { failLevel: 'warning', failing: ['a/y', 'a/z'] },
    { failLevel: 'error', failing: ['a/z'] },
  ] as const)('fail level $failLevel', ({ failLevel, failing }) => {
    expect(failingFindings(findings, failLevel).map((item) => item.ruleId)).toEqual(failing);
  });
});

describe('compareFindings', () => {
  it('orders by severity, then path and line', () => {
    const sorted = [finding('r/a', 'note', 'a.ts', 1), finding('r/b', 'error', 'b.ts', 9), finding('r/c', 'error', 'b.ts', 2), finding('r/d', 'warning', 'a.ts', 5)].sort(
      compareFindings,
    );

    expect(sorted.map((item) => item.ruleId)).toEqual(['r/c', 'r/b', 'r/d', 'r/a']);
  });
});
