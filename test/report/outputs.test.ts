import { describe, expect, it } from 'vitest';

import type { RunReport } from '../../src/report/document.js';
import { actionOutputs, formatOutputEntry } from '../../src/report/outputs.js';
import { hostileReport, stage } from './fixtures.js';

describe('actionOutputs', () => {
  const report: RunReport = {
    name: 'gate',
    stages: [
      stage({ outputs: { lines: '81.5', branches: '70.0' }, json: { lines: 81.5 } }),
      stage({ id: 'impact', status: 'failed', outputs: { selected: '3' }, json: ['a'] }),
    ],
  };

  it('prefixes stage outputs with the stage id', () => {
    expect(actionOutputs(report)).toMatchObject({
      'coverage-lines': '81.5',
      'coverage-branches': '70.0',
      'impact-selected': '3',
    });
  });

  it('adds status, passed and result', () => {
    const outputs = actionOutputs(report);
    expect(outputs.status).toBe('failed');
    expect(outputs.passed).toBe('false');
    expect(JSON.parse(outputs.result ?? '')).toEqual({ coverage: { lines: 81.5 }, impact: ['a'] });
  });

  it.each([
    [['passed', 'passed'], 'passed', 'true'],
    [['passed', 'skipped'], 'passed', 'true'],
    [['skipped', 'skipped'], 'skipped', 'true'],
    [['passed', 'failed'], 'failed', 'false'],
    [['failed', 'error'], 'error', 'false'],
    [[], 'passed', 'true'],
  ] as const)('derives status from stages %j', (statuses, status, passed) => {
    const outputs = actionOutputs({
      name: 'r',
      stages: statuses.map((value, index) => stage({ id: `s${index}`, status: value })),
    });
    expect(outputs.status).toBe(status);
    expect(outputs.passed).toBe(passed);
  });

  it.each([
    ['bad id', [stage({ id: 'has space' })]],
    ['id with newline', [stage({ id: 'a\nb' })]],
    ['bad output key', [stage({ outputs: { 'x=y': '1' } })]],
    ['duplicate ids', [stage(), stage()]],
    ['collision', [stage({ id: 'a', outputs: { 'b-c': '1' } }), stage({ id: 'a-b', outputs: { c: '2' } })]],
  ])('rejects %s', (_, stages) => {
    expect(() => actionOutputs({ name: 'r', stages })).toThrow(/output name|stage id/);
  });

  it('keeps hostile values intact', () => {
    const outputs = actionOutputs(hostileReport());
    expect(outputs['coverage-lines']).toContain('line one\r\nline two');
  });
});

describe('formatOutputEntry', () => {
  const fixed = (delimiter: string) => () => delimiter;

  it.each([
    ['simple', 'value', 'simple<<EOF_1\nvalue\nEOF_1\n'],
    ['multi', 'a\nb\r\nc', 'multi<<EOF_1\na\nb\r\nc\nEOF_1\n'],
    ['empty', '', 'empty<<EOF_1\n\nEOF_1\n'],
  ])('formats %s', (name, value, expected) => {
    expect(formatOutputEntry(name, value, fixed('EOF_1'))).toBe(expected);
  });

  it('draws another delimiter when the value contains it', () => {
    const delimiters = ['TAKEN', 'FREE'];
    const entry = formatOutputEntry('x', 'value\nTAKEN\nfoo=bar', () => delimiters.shift() ?? 'NONE');
    expect(entry).toBe('x<<FREE\nvalue\nTAKEN\nfoo=bar\nFREE\n');
  });

  it('fails when every delimiter occurs in the value', () => {
    expect(() => formatOutputEntry('x', 'AAA', fixed('A'))).toThrow(/delimiter/);
  });

  it('uses a random delimiter by default', () => {
    const first = formatOutputEntry('x', 'v').split('\n')[0];
    const second = formatOutputEntry('x', 'v').split('\n')[0];
    expect(first).toMatch(/^x<<ghadelimiter_[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });

  it.each([[''], ['a\nb'], ['a\rb'], ['a=b'], ['a<<b']])('rejects name %j', (name) => {
    expect(() => formatOutputEntry(name, 'v')).toThrow(/Invalid output name/);
  });
});
