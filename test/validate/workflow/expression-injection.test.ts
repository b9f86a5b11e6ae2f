import { describe, expect, it } from 'vitest';
import { findingsOf, range } from './support.js';

const RULE = 'workflow/expression-injection';
const HEADER = ['on: [issues, issue_comment, pull_request_target]', 'permissions: {}', 'jobs:', '  check:', '    runs-on: ubuntu-latest', '    steps:'];
const FIX = 'Pass it through an `env:` variable and read the variable in the script instead.';

function runMessage(contexts: string): string {
  return `${contexts} is expanded into the run script, so text that an outside contributor controls can run as shell code. ${FIX}`;
}

describe('workflow/expression-injection', () => {
  it.each([
    { name: 'an event number', step: ['      - run: echo "${{ github.event.issue.number }}"'] },
    { name: 'the head SHA', step: ['      - run: git log ${{ github.event.pull_request.head.sha }}'] },
    { name: 'an environment variable', step: ['      - env:', '          TITLE: ${{ github.event.issue.title }}', '        run: echo "$TITLE"'] },
    { name: 'a title inside contains()', step: ["      - run: echo ${{ contains(github.event.issue.title, 'bug') }}"] },
    { name: 'a title in a step condition', step: ["      - if: github.event.issue.title == 'x'", '        run: echo hi'] },
    { name: 'a title in with:', step: ['      - uses: actions/labeler@v5', '        with:', '          text: ${{ github.event.issue.title }}'] },
    { name: 'event_name, not event', step: ['      - run: echo ${{ github.event_name }}'] },
  ])('accepts $name', ({ step }) => {
    expect(findingsOf(RULE, [...HEADER, ...step])).toEqual([]);
  });

  it.each([
    {
      name: 'an issue title in a plain scalar',
      step: ['      - run: echo "${{ github.event.issue.title }}"'],
      expected: [{ range: range(7, 20, 7, 51), contexts: 'github.event.issue.title' }],
    },
    {
      name: 'a head ref in a literal block scalar',
      step: ['      - run: |', '          echo start', '          echo "${{ github.head_ref }}" > out'],
      expected: [{ range: range(9, 17, 9, 39), contexts: 'github.head_ref' }],
    },
    {
      name: 'a comment body in a folded block scalar',
      step: ['      - run: >-', '          curl -d', "          '${{ github.event.comment.body }}'", '          https://example.test'],
      expected: [{ range: range(9, 12, 9, 44), contexts: 'github.event.comment.body' }],
    },
    {
      name: 'a double-quoted scalar',
      step: ['      - run: "echo ${{ github.event.pull_request.body }}"'],
      expected: [{ range: range(7, 20, 7, 57), contexts: 'github.event.pull_request.body' }],
    },
    {
      name: 'two expressions on one line',
      step: ['      - run: echo ${{ github.event.issue.title }}${{github.event.issue.body}}'],
      expected: [
        { range: range(7, 19, 7, 50), contexts: 'github.event.issue.title' },
        { range: range(7, 50, 7, 78), contexts: 'github.event.issue.body' },
      ],
    },
    {
      name: 'the whole event through toJSON',
      step: ['      - run: echo \'${{ toJSON(github.event) }}\' > event.json'],
      expected: [{ range: range(7, 20, 7, 47), contexts: 'github.event' }],
    },
    {
      name: 'bracket access and mixed case',
      step: ["      - run: echo ${{ GitHub.Event['pull_request'].Head.Ref }}"],
      expected: [{ range: range(7, 19, 7, 63), contexts: 'github.event.pull_request.head.ref' }],
    },
    {
      name: 'commit messages through a filter',
      step: ['      - run: echo "${{ join(github.event.commits.*.message) }}"'],
      expected: [{ range: range(7, 20, 7, 63), contexts: 'github.event.commits.*.message' }],
    },
    {
      name: 'a string input',
      step: ['      - run: make ${{ inputs.target }}'],
      expected: [{ range: range(7, 19, 7, 39), contexts: 'inputs.target' }],
    },
  ])('reports $name', ({ step, expected }) => {
    expect(findingsOf(RULE, [...HEADER, ...step])).toEqual(
      expected.map(({ range: expectedRange, contexts }) => ({ ruleId: RULE, range: expectedRange, message: runMessage(contexts) })),
    );
  });

  it('trusts typed inputs only', () => {
    const workflow = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      debug: { type: boolean }',
      '      retries: { type: number }',
      '      name: { type: string }',
      '  workflow_dispatch:',
      '    inputs:',
      '      level: { type: choice, options: [a, b] }',
      '      name: { type: string }',
      'permissions: {}',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ inputs.debug }} ${{ inputs.retries }} ${{ github.event.inputs.level }} ${{ inputs.name }}',
    ];
    expect(findingsOf(RULE, workflow)).toEqual([{ ruleId: RULE, range: range(16, 94, 16, 112), message: runMessage('inputs.name') }]);
  });

  it('reports an actions/github-script script', () => {
    const workflow = [
      ...HEADER,
      '      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1',
      '        with:',
      '          script: |',
      "            const title = '${{ github.event.issue.title }}';",
    ];
    expect(findingsOf(RULE, workflow)).toEqual([
      {
        ruleId: RULE,
        range: range(10, 28, 10, 59),
        message:
          'github.event.issue.title is expanded into the github-script script, so text that an outside contributor controls can ' +
          `run as JavaScript. ${FIX}`,
      },
    ]);
  });

  it('reports inputs of a composite action', () => {
    const action = [
      'name: greet',
      'inputs:',
      '  who: { required: true }',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      '      run: echo "Hello ${{ inputs.who }}"',
    ];
    expect(findingsOf(RULE, action, 'tools/greet/action.yml')).toEqual([
      { ruleId: RULE, range: range(8, 24, 8, 41), message: runMessage('inputs.who') },
    ]);
  });

  it('finds expressions after a CRLF line', () => {
    const text = [...HEADER, '      - run: |', '          echo "${{ github.event.issue.body }}"'].join('\r\n');
    expect(findingsOf(RULE, [text])).toEqual([{ ruleId: RULE, range: range(8, 17, 8, 47), message: runMessage('github.event.issue.body') }]);
  });
});
