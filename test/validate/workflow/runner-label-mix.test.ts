import { describe, expect, it } from 'vitest';
import { findingsOf, range } from './support.js';

const RULE = 'workflow/runner-label-mix';

function job(runsOn: string[]): string[] {
  return ['on: push', 'permissions: {}', 'jobs:', '  build:', ...runsOn, '    steps: [{ run: make }]'];
}

function message(named: string, first: string): string {
  return (
    `Job 'build' asks for 'self-hosted' together with ${named}. A runner scale set answers only to its name alone ` +
    `(runs-on: ${first}), so this job would wait for a runner that never comes; if ${named} are custom labels of ` +
    'classic self-hosted runners, add them to the known runner labels.'
  );
}

describe('workflow/runner-label-mix', () => {
  it.each([
    { name: 'a scale set name alone', runsOn: ['    runs-on: arc-runner-set'] },
    { name: 'default self-hosted labels', runsOn: ['    runs-on: [self-hosted, Linux, X64]'] },
    { name: 'a hosted runner list', runsOn: ['    runs-on: [ubuntu-latest]'] },
    { name: 'an expression label', runsOn: ['    runs-on: [self-hosted, "${{ matrix.runner }}"]'] },
    { name: 'a group without self-hosted', runsOn: ['    runs-on:', '      group: large', '      labels: [big-runner]'] },
  ])('accepts $name', ({ runsOn }) => {
    expect(findingsOf(RULE, job(runsOn))).toEqual([]);
  });

  it.each([
    { name: 'a flow list', runsOn: ['    runs-on: [self-hosted, arc-runner-set]'], range: range(5, 14, 5, 43), named: "'arc-runner-set'", first: 'arc-runner-set' },
    {
      name: 'a block list',
      runsOn: ['    runs-on:', '      - self-hosted', '      - linux', '      - gpu-set'],
      range: range(6, 7, 8, 16),
      named: "'gpu-set'",
      first: 'gpu-set',
    },
    {
      name: 'the labels of a group',
      runsOn: ['    runs-on:', '      group: arc', '      labels: [self-hosted, ubuntu-latest, arc-set]'],
      range: range(7, 15, 7, 52),
      named: "'ubuntu-latest', 'arc-set'",
      first: 'ubuntu-latest',
    },
  ])('reports $name', ({ runsOn, range: expectedRange, named, first }) => {
    expect(findingsOf(RULE, job(runsOn))).toEqual([{ ruleId: RULE, range: expectedRange, message: message(named, first) }]);
  });

  it('accepts known custom labels', () => {
    const lines = job(['    runs-on: [self-hosted, linux, GPU]']);
    expect(findingsOf(RULE, lines, undefined, { knownRunnerLabels: ['gpu'] })).toEqual([]);
    expect(findingsOf(RULE, lines)).toEqual([{ ruleId: RULE, range: range(5, 14, 5, 39), message: message("'GPU'", 'GPU') }]);
  });
});
