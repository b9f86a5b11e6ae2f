import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/run/exit-code.js';
import { recordingLogger } from '../../src/run/logger.js';
import { runCheck, type CheckRequest } from '../../src/run/run-check.js';
import { temporaryFolder } from '../support/temporary-folder.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Creates a repository whose branch `feature` changes lines 2-3 of a.js and adds b.js, which no report covers. */
function makeRepository(): string {
  const root = temporaryFolder('run-check-');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Test');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'commit.gpgsign', 'false');
  write(root, 'src/a.js', 'one\ntwo\nthree\nfour\n');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  git(root, 'checkout', '-qb', 'feature');
  write(root, 'src/a.js', 'one\nTWO\nTHREE\nfour\n');
  write(root, 'src/b.js', 'new\n');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'change');
  write(root, 'coverage/lcov.info', 'SF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,1\nend_of_record\n');
  return root;
}

function request(root: string, overrides: Partial<CheckRequest> = {}): CheckRequest {
  return {
    root,
    overrides: [],
    diff: { base: 'main', head: 'HEAD', deepen: false },
    base: () => ({ kind: 'none', reason: 'No base found: none in this test.' }),
    log: recordingLogger(),
    ...overrides,
  };
}

describe('runCheck', () => {
  it('gates patch coverage with a missing file', async () => {
    const root = makeRepository();
    const result = await runCheck(
      request(root, { overrides: [{ origin: '--patch-threshold', values: { coverage: { patch: { threshold: 50 } } } }] }),
    );
    const json = result.report.stages[0]!.json as { patch: { covered: number; total: number } };
    // a.js: lines 2 (covered) and 3 (uncovered); b.js: line 1, in no report.
    expect(json.patch.covered).toBe(1);
    expect(json.patch.total).toBe(3);
    expect(result.report.stages[0]!.status).toBe('failed');
    expect(exitCodeOf(result.report)).toBe(1);
  });

  it.each([
    { name: 'config lowered in the change', edit: 'lower', warned: 'This change edits .github/testmaster.yml' },
    { name: 'config deleted in the change', edit: 'delete', warned: 'This change deletes or moves .github/testmaster.yml' },
    { name: 'config moved in the change', edit: 'move', warned: 'This change deletes or moves .github/testmaster.yml' },
    { name: 'config left alone', edit: 'none', warned: null },
  ])('warns about $name', async ({ edit, warned }) => {
    const root = temporaryFolder('run-check-config-');
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'config', 'user.name', 'Test');
    git(root, 'config', 'user.email', 'test@example.com');
    git(root, 'config', 'commit.gpgsign', 'false');
    write(root, 'src/a.js', 'one\n');
    write(root, '.github/testmaster.yml', 'coverage:\n  thresholds:\n    lines: 99\n    branches: 90\n');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    git(root, 'checkout', '-qb', 'feature');
    write(root, 'src/a.js', 'ONE\n');
    // Deleting a line adds none, so only the list of changed paths shows the edit.
    if (edit === 'lower') write(root, '.github/testmaster.yml', 'coverage:\n  thresholds:\n    lines: 99\n');
    if (edit === 'delete') git(root, 'rm', '-q', '.github/testmaster.yml');
    if (edit === 'move') git(root, 'mv', '.github/testmaster.yml', '.github/old-testmaster.yml');
    git(root, 'commit', '-qam', 'change');
    write(root, 'coverage/lcov.info', 'SF:src/a.js\nDA:1,1\nend_of_record\n');

    const result = await runCheck(request(root));

    const warnings = (result.report.stages[0]!.json as { warnings: string[] }).warnings;
    expect(warnings.find((warning) => warning.startsWith('This change '))?.slice(0, warned?.length)).toBe(warned ?? undefined);
  });

  it('passes without thresholds', async () => {
    const root = makeRepository();
    const result = await runCheck(request(root));
    expect(result.report.stages[0]!.status).toBe('passed');
    expect(exitCodeOf(result.report)).toBe(0);
  });

  it('turns a broken config into an error stage', async () => {
    const root = makeRepository();
    write(root, '.github/testmaster.yml', 'coverage:\n  thresholds:\n    lines: high\n');
    const result = await runCheck(request(root));
    expect(result.report.stages[0]!.status).toBe('error');
    expect(JSON.stringify(result.report.stages[0]!.json)).toMatch(/testmaster\.yml.*line 3/);
    expect(exitCodeOf(result.report)).toBe(2);
  });

  it.each([
    { name: 'the default with the suffix', overrides: [], suffix: 'coverage', expected: 'TestMaster coverage' },
    { name: 'the report-name input', overrides: [{ origin: 'report-name', values: { report: { name: 'Gate' } } }], suffix: undefined, expected: 'Gate' },
  ])('names a broken-config report by $name', async ({ overrides, suffix, expected }) => {
    const root = makeRepository();
    write(root, '.github/testmaster.yml', 'coverage: [\n');

    const result = await runCheck(request(root, { overrides, ...(suffix ? { reportNameSuffix: suffix } : {}) }));

    expect(result.report.name).toBe(expected);
  });

  it('turns a truncated report into an error stage', async () => {
    const root = makeRepository();
    write(root, 'coverage/lcov.info', 'SF:src/a.js\nDA:1,');
    const result = await runCheck(request(root));
    expect(result.report.stages[0]!.status).toBe('error');
    expect(JSON.stringify(result.report.stages[0]!.json)).toMatch(/coverage\/lcov\.info/);
    expect(exitCodeOf(result.report)).toBe(2);
  });

  it('compares with a base report', async () => {
    const root = makeRepository();
    write(root, 'base.info', 'SF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nend_of_record\n');
    const result = await runCheck(
      request(root, {
        overrides: [{ origin: '--max-drop', values: { coverage: { base: { maxDrop: { lines: 10 } } } } }],
        base: () => ({ kind: 'report', path: 'base.info' }),
      }),
    );
    // 3 of 4 lines against 4 of 4: a drop of 25 points, beyond the 10 allowed.
    expect(result.report.stages[0]!.status).toBe('failed');
    expect(JSON.stringify(result.report.stages[0]!.json)).toContain('"found":true');
  });

  it('names the version of a newer base summary', async () => {
    const root = makeRepository();
    write(root, 'base.json', '{"version":99,"totals":{}}\n');
    const result = await runCheck(request(root, { base: () => ({ kind: 'report', path: 'base.json' }) }));
    expect(result.report.stages[0]!.status).toBe('error');
    expect(JSON.stringify(result.report.stages[0]!.json)).toContain('field version is 99, but this TestMaster version reads only version 1');
  });
});
