import { describe, expect, it } from 'vitest';
import { findingsOf, range } from './support.js';

const RULE = 'workflow/untrusted-checkout';
const CHECKOUT = '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

function workflow(trigger: string, inputs: string[]): string[] {
  return [`on: ${trigger}`, 'permissions: {}', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', CHECKOUT, '        with:', ...inputs, '      - run: npm test'];
}

function message(trigger: string): string {
  return (
    `Job 'build' checks out the pull request's code in a ${trigger} workflow, which runs with the base repository's ` +
    'secrets and a token that can write. Build the pull request in a pull_request workflow instead.'
  );
}

describe('workflow/untrusted-checkout', () => {
  it.each([
    { name: 'pull_request with the head SHA', trigger: 'pull_request', inputs: ['          ref: ${{ github.event.pull_request.head.sha }}'] },
    { name: 'pull_request_target on the base', trigger: 'pull_request_target', inputs: ['          fetch-depth: 0'] },
    { name: 'pull_request_target on a base ref', trigger: 'pull_request_target', inputs: ['          ref: ${{ github.event.pull_request.base.sha }}'] },
    { name: 'workflow_run on the default branch', trigger: 'workflow_run', inputs: ['          ref: main'] },
  ])('accepts $name', ({ trigger, inputs }) => {
    expect(findingsOf(RULE, workflow(trigger, inputs))).toEqual([]);
  });

  it.each([
    {
      name: 'the head SHA',
      trigger: 'pull_request_target',
      inputs: ['          ref: ${{ github.event.pull_request.head.sha }}'],
      range: range(9, 16, 9, 57),
    },
    { name: 'the head branch', trigger: 'pull_request_target', inputs: ['          ref: ${{ github.head_ref }}'], range: range(9, 16, 9, 38) },
    {
      name: 'the merge ref',
      trigger: 'pull_request_target',
      inputs: ["          ref: 'refs/pull/${{ github.event.number }}/merge'"],
      range: range(9, 16, 9, 60),
    },
    {
      name: 'the fork repository',
      trigger: '[push, pull_request_target]',
      inputs: ['          repository: ${{ github.event.pull_request.head.repo.full_name }}'],
      range: range(9, 23, 9, 75),
    },
    {
      name: 'the head of a workflow run',
      trigger: 'workflow_run',
      inputs: ['          ref: ${{ github.event.workflow_run.head_sha }}'],
      range: range(9, 16, 9, 57),
    },
  ])('reports $name', ({ trigger, inputs, range: expectedRange }) => {
    const name = trigger.includes('workflow_run') ? 'workflow_run' : 'pull_request_target';
    expect(findingsOf(RULE, workflow(trigger, inputs))).toEqual([{ ruleId: RULE, range: expectedRange, message: message(name) }]);
  });

  it('reads a trigger mapping', () => {
    const lines = workflow('', ['          ref: ${{ github.event.pull_request.head.ref }}']);
    lines.splice(0, 1, 'on:', '  pull_request_target:', '    types: [labeled]');
    expect(findingsOf(RULE, lines)).toEqual([{ ruleId: RULE, range: range(11, 16, 11, 57), message: message('pull_request_target') }]);
  });

  it.each([
    { name: 'gh pr checkout', script: '          gh pr checkout ${{ github.event.pull_request.number }}', range: range(9, 11, 9, 65) },
    { name: 'a fetch of a pull ref', script: '          git fetch origin pull/${{ github.event.number }}/head:pr', range: range(9, 11, 9, 67) },
    { name: 'a checkout of the head branch', script: '          git checkout "${{ github.head_ref }}"', range: range(9, 11, 9, 48) },
  ])('reports $name in a run script', ({ script, range: expectedRange }) => {
    const lines = ['on: pull_request_target', 'permissions: {}', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: |', '          set -e', script, '          make'];
    expect(findingsOf(RULE, lines)).toEqual([{ ruleId: RULE, range: expectedRange, message: message('pull_request_target') }]);
  });

  it.each([
    ['pull_request_target', '      - run: git checkout main && git fetch origin pull-requests'],
    ['pull_request', '      - run: gh pr checkout 12'],
  ])('accepts a %s script: %s', (trigger, step) => {
    const lines = [`on: ${trigger}`, 'permissions: {}', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', step];
    expect(findingsOf(RULE, lines)).toEqual([]);
  });
});
