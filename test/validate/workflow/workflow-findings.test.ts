import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_RULES, isWorkflowFile, workflowFindings } from '../../../src/validate/workflow/workflow-findings.js';
import { range } from './support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function readRepositoryFile(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

describe('isWorkflowFile', () => {
  it.each([
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/release.YAML', true],
    ['packages/web/.github/workflows/ci.yaml', true],
    ['action.yml', true],
    ['actions/coverage-gate/action.yaml', true],
    ['.github/workflows/scripts/run.yml', false],
    ['.github/testmaster.yml', false],
    ['workflows/ci.yml', false],
    ['my-action.yml', false],
  ])('classifies %s as %s', (path, expected) => {
    expect(isWorkflowFile(path)).toBe(expected);
  });
});

describe('workflowFindings', () => {
  it('ignores other files', () => {
    expect(workflowFindings({ path: 'config/app.yml', text: 'jobs:\n  a:\n    runs-on: [self-hosted, x]\n' })).toEqual([]);
  });

  it('reports a step that a YAML alias repeats once', () => {
    const text = [
      'on: issues',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - &greet',
      '        run: echo "${{ github.event.issue.title }}"',
      '      - *greet',
      '',
    ].join('\n');
    const found = workflowFindings({ path: '.github/workflows/a.yml', text });
    expect(found.map((finding) => [finding.ruleId, finding.range.startLine])).toEqual([['workflow/expression-injection', 8]]);
  });

  it('leaves invalid YAML to the syntax validator', () => {
    expect(workflowFindings({ path: '.github/workflows/a.yml', text: 'on: push\njobs:\n  a: b: c\n' })).toEqual([]);
  });

  it('sorts findings of all rules by position', () => {
    const text = [
      'on: pull_request_target',
      'jobs:',
      '  build:',
      '    runs-on: [self-hosted, arc-set]',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: ${{ github.event.pull_request.head.sha }}',
      '      - uses: someone/tool@v1',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    const findings = workflowFindings({ path: '.github/workflows/a.yml', text });
    expect(findings.map((finding) => [finding.ruleId, finding.range])).toEqual([
      ['workflow/permissions', range(3, 3, 3, 8)],
      ['workflow/runner-label-mix', range(4, 14, 4, 36)],
      ['workflow/untrusted-checkout', range(8, 16, 8, 57)],
      ['workflow/unpinned-action', range(9, 15, 9, 30)],
      ['workflow/expression-injection', range(10, 20, 10, 58)],
    ]);
    expect(findings[0]).toMatchObject({
      level: 'warning',
      path: '.github/workflows/a.yml',
      tool: 'testmaster',
      helpUri: 'https://github.com/testmaster/testmaster/blob/main/docs/validate/workflow.md#workflowpermissions',
    });
    expect(findings.map((finding) => finding.level)).toEqual(['warning', 'warning', 'error', 'warning', 'error']);
  });

  it('follows YAML aliases', () => {
    const text = [
      'on: push',
      'permissions: {}',
      'x-steps: &steps',
      '  - run: echo ${{ github.event.head_commit.message }}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps: *steps',
      '',
    ].join('\n');
    expect(workflowFindings({ path: '.github/workflows/a.yml', text }).map((finding) => [finding.ruleId, finding.range])).toEqual([
      ['workflow/expression-injection', range(4, 15, 4, 54)],
    ]);
  });

  it('lists every rule with a documented anchor', () => {
    const docs = readRepositoryFile('docs/validate/workflow.md');
    expect(WORKFLOW_RULES.map((rule) => rule.id)).toEqual([
      'workflow/expression-injection',
      'workflow/untrusted-checkout',
      'workflow/permissions',
      'workflow/unpinned-action',
      'workflow/runner-label-mix',
    ]);
    for (const rule of WORKFLOW_RULES) {
      expect(docs).toContain(`## \`${rule.id}\``);
      expect(rule.helpUri).toBe(`https://github.com/testmaster/testmaster/blob/main/docs/validate/workflow.md#${rule.id.replace('/', '')}`);
    }
  });
});

describe('workflows of this repository', () => {
  it.each([
    ...readdirSync(`${ROOT}.github/workflows`).map((name) => `.github/workflows/${name}`),
    'action.yml',
    ...readdirSync(`${ROOT}actions`).map((name) => `actions/${name}/action.yml`),
  ])('finds nothing in %s', (path) => {
    expect(workflowFindings({ path, text: readRepositoryFile(path) })).toEqual([]);
  });

  // The examples are copied into .github/workflows by users, and their only finding is the placeholder ref
  // that the copy replaces with a release's commit SHA.
  it.each(readdirSync(`${ROOT}workflows-examples`))('finds only the placeholder ref in workflows-examples/%s', (name) => {
    const text = readRepositoryFile(`workflows-examples/${name}`);
    const findings = workflowFindings({ path: `.github/workflows/${name}`, text });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.ruleId).toBe('workflow/unpinned-action');
      expect(finding.properties?.['uses']).toMatch(/^testmaster\/testmaster\/actions\/[a-z-]+@TESTMASTER_SHA$/);
    }
  });
});
