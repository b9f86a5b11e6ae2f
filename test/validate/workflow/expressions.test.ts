import { describe, expect, it } from 'vitest';
import { contextReferences, findExpressions } from '../../../src/validate/workflow/expressions.js';
import { isUntrustedContext } from '../../../src/validate/workflow/untrusted-contexts.js';

describe('findExpressions', () => {
  it.each([
    { text: 'echo ${{ a }}', expected: [[5, 13, ' a ']] },
    { text: "${{ format('}}', a) }}x${{b}}", expected: [[0, 22, " format('}}', a) "], [23, 29, 'b']] },
    { text: "${{ 'it''s }}' }}", expected: [[0, 17, " 'it''s }}' "]] },
    { text: 'echo ${{ unclosed', expected: [] },
    { text: 'echo $ {{ a }}', expected: [] },
  ])('finds $expected in $text', ({ text, expected }) => {
    expect(findExpressions(text).map((span) => [span.start, span.end, span.body])).toEqual(expected);
  });

  it('stays inside the given offsets', () => {
    expect(findExpressions('${{ a }} ${{ b }}', 9).map((span) => span.body)).toEqual([' b ']);
    expect(findExpressions('${{ a }} ${{ b }}', 0, 8).map((span) => span.body)).toEqual([' a ']);
  });
});

describe('contextReferences', () => {
  it.each([
    { body: 'github.event.issue.title', expected: [['github.event.issue.title', null]] },
    { body: "GitHub.Event['Issue'].Title", expected: [['github.event.issue.title', null]] },
    { body: 'github.event.commits[0].message', expected: [['github.event.commits.*.message', null]] },
    { body: 'github.event.commits.*.author.name', expected: [['github.event.commits.*.author.name', null]] },
    { body: 'inputs.node-version', expected: [['inputs.node-version', null]] },
    {
      body: "contains(github.event.issue.title, 'x') && format('{0}', github.head_ref)",
      expected: [
        ['github.event.issue.title', 'contains'],
        ['github.head_ref', 'format'],
      ],
    },
    { body: "startsWith((github.head_ref), 'x')", expected: [['github.head_ref', 'startswith']] },
    { body: "true || null == 'github.event.issue.title'", expected: [] },
  ])('reads $body', ({ body, expected }) => {
    expect(contextReferences(body).map((reference) => [reference.path, reference.enclosingFunction])).toEqual(expected);
  });
});

describe('isUntrustedContext', () => {
  it.each([
    ['github.event.issue.title', true],
    ['github.event.pull_request.head.ref', true],
    ['github.event.commits.*.message', true],
    ['github.event.pages.*.page_name', true],
    ['github.event.pull_request.head.repo.description', true],
    ['github.event.pull_request.head.repo.homepage', true],
    ['github.event.workflow_run.head_repository.description', true],
    ['github.event.workflow_run.head_commit.committer.email', true],
    ['github.event.pull_request.head.repo.full_name', false],
    ['github.event.client_payload.anything', true],
    ['github.event', true],
    ['github', true],
    ['github.event.*', true],
    ['github.event.issue.number', false],
    ['github.event.pull_request.head.sha', false],
    ['github.event_name', false],
    ['github.sha', false],
    ['steps.build.outputs.title', false],
  ])('classifies %s as %s', (path, untrusted) => {
    expect(isUntrustedContext(path)).toBe(untrusted);
  });
});
