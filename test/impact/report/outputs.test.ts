/** The action outputs of the impact stage and the test-runner arguments. */

import { describe, expect, it } from 'vitest';
import { TIERS } from '../../../src/impact/model.js';
import { jestArguments, lineList, vitestArguments } from '../../../src/impact/report/outputs.js';
import { impactStageReport } from '../../../src/impact/report/stage-report.js';
import { chainTest, edge, HOSTILE_PATH, impactResult, risk } from './fixtures.js';

const LOCKFILE = { trigger: 'lockfile', file: 'package-lock.json', detail: 'dependencies changed' };

describe('impact outputs', () => {
  const outputs = impactStageReport(impactResult()).outputs;

  it('has exactly the documented names', () => {
    expect(Object.keys(outputs).sort()).toEqual(
      ['affected-packages', 'affected-tests', 'affected-tests-json', 'jest-args', 'risk-level', 'run-all', 'run-all-reason', 'suites', 'vitest-args'].sort(),
    );
  });

  it.each([
    ['affected-tests', 'test/service.test.ts\ntest/e2e.test.ts\ntest/types.test.ts'],
    ['affected-tests-json', '["test/service.test.ts","test/e2e.test.ts","test/types.test.ts"]'],
    ['affected-packages', '@acme/core'],
    ['risk-level', 'medium'],
    ['run-all', 'false'],
    ['run-all-reason', ''],
    ['vitest-args', '["test/service.test.ts","test/e2e.test.ts"]'],
    ['jest-args', '["test/service.test.ts","test/e2e.test.ts"]'],
  ])('sets %s', (name, value) => {
    expect(outputs[name]).toBe(value);
  });

  it('lists only the suites that run now', () => {
    expect(JSON.parse(outputs['suites']!)).toEqual([{ name: 'unit', tier: 'continuous', runsOn: ['ubuntu-latest'], reasons: ['src/** changed'] }]);
  });

  it('lists every suite when every tier runs', () => {
    const result = impactResult({ risk: risk({ level: 'critical', strategy: { tiers: [...TIERS], reason: 'critical' } }) });
    const suites = JSON.parse(impactStageReport(result).outputs['suites']!) as { name: string }[];

    expect(suites.map((suite) => suite.name)).toEqual(['unit', 'nightly-e2e']);
  });

  it('runs every test on a trigger', () => {
    const result = impactResult({ runAllReasons: [LOCKFILE, { trigger: 'config', file: '', detail: '' }] });
    const runAll = impactStageReport(result).outputs;

    expect(runAll['run-all']).toBe('true');
    expect(runAll['run-all-reason']).toBe('lockfile (package-lock.json): dependencies changed\nconfig');
    expect(runAll['vitest-args']).toBe('[]');
    expect(runAll['jest-args']).toBe('[]');
    // The affected tests are still reported, for information.
    expect(runAll['affected-tests']).toContain('test/service.test.ts');
  });

  it('keeps each run-all reason on one line', () => {
    const result = impactResult({ runAllReasons: [{ trigger: 'custom', file: 'a\nb\r\nc', detail: 'x\ny' }, LOCKFILE] });

    expect(impactStageReport(result).outputs['run-all-reason']).toBe('custom (a b c): x y\nlockfile (package-lock.json): dependencies changed');
  });

  it('gives the detail of a reason without a file', () => {
    const result = impactResult({ runAllReasons: [{ trigger: 'change unknown', file: '', detail: 'No merge base was found.' }] });

    expect(impactStageReport(result).outputs['run-all-reason']).toBe('change unknown: No merge base was found.');
  });
});

describe('newline lists', () => {
  it('leave out names with a line break', () => {
    expect(lineList(['a.test.ts', 'b\n.test.ts', 'c\r.test.ts', 'd\u2028.test.ts', 'e.test.ts'])).toBe('a.test.ts\ne.test.ts');
  });

  it('keep such a name in the JSON form', () => {
    const result = impactResult({ affectedTests: [chainTest(HOSTILE_PATH, [edge(HOSTILE_PATH, 'src/core.ts')]), chainTest('ok.test.ts', [])] });
    const outputs = impactStageReport(result).outputs;

    expect(outputs['affected-tests']).toBe('ok.test.ts');
    expect(JSON.parse(outputs['affected-tests-json']!)).toEqual([HOSTILE_PATH, 'ok.test.ts']);
    expect(JSON.parse(outputs['vitest-args']!)).toEqual([HOSTILE_PATH, 'ok.test.ts']);
  });
});

describe('runner arguments', () => {
  const tests = [
    chainTest('test/a.test.ts', []),
    chainTest('-rf.test.ts', []),
    chainTest('test/types.test.ts', [], 'type-check'),
  ];

  it.each([
    ['vitestArguments', vitestArguments],
    ['jestArguments', jestArguments],
  ])('%s passes the tests that must run', (_, build) => {
    expect(build(tests, false)).toEqual(['test/a.test.ts', './-rf.test.ts']);
  });

  it.each([
    ['vitestArguments', vitestArguments],
    ['jestArguments', jestArguments],
  ])('%s passes nothing on run-all', (_, build) => {
    expect(build(tests, true)).toEqual([]);
  });
});
