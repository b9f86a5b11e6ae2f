import { describe, expect, it } from 'vitest';
import { findingsOf, range } from './support.js';

const RULE = 'workflow/permissions';

function missing(job: string): string {
  return (
    `Job '${job}' runs with the repository's default GITHUB_TOKEN permissions, which can include write access, because ` +
    'neither the workflow nor the job sets `permissions`. Add `permissions:` with the scopes it needs, such as `contents: read`.'
  );
}

function writeAll(owner: string, value: string): string {
  return (
    `${owner} grants the GITHUB_TOKEN write access to every scope (\`permissions: ${value}\`). ` +
    'List only the scopes it needs, such as `contents: read` and `pull-requests: write`.'
  );
}

describe('workflow/permissions', () => {
  it.each([
    { name: 'top-level scopes', lines: ['on: push', 'permissions:', '  contents: read', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps: [{ run: make }]'] },
    { name: 'an empty top-level mapping', lines: ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps: [{ run: make }]'] },
    { name: 'read-all', lines: ['on: push', 'permissions: read-all', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps: [{ run: make }]'] },
    {
      name: 'permissions on every job',
      lines: ['on: push', 'jobs:', '  a:', '    permissions: { contents: write }', '    runs-on: ubuntu-latest', '    steps: [{ run: make }]'],
    },
    {
      name: 'a reusable workflow',
      lines: ['on:', '  workflow_call:', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps: [{ run: make }]'],
    },
  ])('accepts $name', ({ lines }) => {
    expect(findingsOf(RULE, lines)).toEqual([]);
  });

  it('reports each job without permissions', () => {
    const lines = [
      'on: [push, workflow_call]',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: make }]',
      '  publish:',
      '    permissions:',
      '      packages: write',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: make publish }]',
      '  "call-lint":',
      '    uses: ./.github/workflows/lint.yml',
    ];
    expect(findingsOf(RULE, lines)).toEqual([
      { ruleId: RULE, range: range(3, 3, 3, 8), message: missing('build') },
      { ruleId: RULE, range: range(11, 3, 11, 14), message: missing('call-lint') },
    ]);
  });

  it('reports write-all at workflow and job level', () => {
    const lines = [
      'on: push',
      'permissions: write-all',
      'jobs:',
      '  build:',
      '    permissions: "write-all"',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: make }]',
      '  other:',
      '    permissions: write',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: make }]',
    ];
    expect(findingsOf(RULE, lines)).toEqual([
      { ruleId: RULE, range: range(2, 14, 2, 23), message: writeAll('The workflow', 'write-all') },
      { ruleId: RULE, range: range(5, 18, 5, 29), message: writeAll("Job 'build'", 'write-all') },
      { ruleId: RULE, range: range(9, 18, 9, 23), message: writeAll("Job 'other'", 'write') },
    ]);
  });

  it('ignores composite actions', () => {
    const action = ['name: a', 'runs:', '  using: composite', '  steps:', '    - run: make', '      shell: bash'];
    expect(findingsOf(RULE, action, 'action.yml')).toEqual([]);
  });
});
