/**
 * `testmaster validate`, run from the bundle as a user runs the installed
 * command, on small repositories built with the git CLI.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../e2e/support/run-cli.js';
import { TestRepo } from '../git/fixture.js';

interface ValidateJson {
  passed: boolean;
  filter: string;
  counts: { error: number; warning: number; note: number; total: number; failing: number; dropped: Record<string, number> };
  findings: { ruleId: string; level: string; path: string; startLine: number; startColumn: number; endLine: number; endColumn: number; message: string; fingerprint: string }[];
  errors: string[];
}

let repo: TestRepo | undefined;

afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const OLD_CODE = 'export function run(code: string): unknown {\n  return eval(code);\n}\n';

/** A base commit on `main` with an old eval, then `files` committed on `feature`, which stays checked out. */
function repository(files: Record<string, string | null>): TestRepo {
  repo = TestRepo.create('testmaster-cli-validate-');
  repo.write('src/old.ts', OLD_CODE);
  repo.write('src/util.ts', 'export const one = 1;\n');
  repo.commit('Base');
  repo.git('switch', '--quiet', '--create', 'feature');
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.git('rm', '--quiet', path);
    else repo.write(path, content);
  }
  repo.commit('Change');
  return repo;
}

function parse(stdout: string): ValidateJson {
  return JSON.parse(stdout) as ValidateJson;
}

describe('testmaster validate', () => {
  it('--json - reports only the added lines', async () => {
    const { dir } = repository({ 'src/util.ts': 'export const one = 1;\nexport const two = eval("2");\n' });

    const result = await runCli(dir, ['validate', '--base', 'main', '--json', '-']);

    // eval is a warning by default, below the default fail level.
    expect(result.exitCode).toBe(0);
    const json = parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(
      ['baseSha', 'counts', 'errors', 'failLevel', 'filesChecked', 'filter', 'findings', 'headSha', 'notes', 'passed', 'sarifFile', 'validators', 'warnings'].sort(),
    );
    expect(json.findings.map((finding) => `${finding.ruleId} ${finding.path}:${finding.startLine}`)).toEqual(['security/dynamic-code src/util.ts:2']);
    expect(json.findings[0]).toMatchObject({ level: 'warning', startColumn: 20, endLine: 2 });
    expect(json.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(json.counts).toMatchObject({ warning: 1, total: 1, failing: 0 });
    expect(result.stderr).toContain('Static validation');
  });

  it('--filter new ignores renamed old code', async () => {
    const { dir } = repository({ 'src/old.ts': null, 'src/moved.ts': `// Moved from old.ts.\n${OLD_CODE}` });

    const added = parse((await runCli(dir, ['validate', '--base', 'main', '--filter', 'file', '--json', '-'])).stdout);
    const fresh = parse((await runCli(dir, ['validate', '--base', 'main', '--filter', 'new', '--json', '-'])).stdout);

    expect(added.findings.map((finding) => finding.ruleId)).toEqual(['security/dynamic-code']);
    expect(fresh.findings).toEqual([]);
    expect(fresh.counts.dropped.outsideFilter).toBe(1);
  });

  it('--fail-level warning fails on warnings', async () => {
    const { dir } = repository({ 'src/util.ts': 'export const one = 1;\nexport const token = Math.random().toString(36);\n' });

    const passing = await runCli(dir, ['validate', '--base', 'main', '--json', '-']);
    const failing = await runCli(dir, ['validate', '--base', 'main', '--fail-level', 'warning', '--json', '-']);

    expect(parse(passing.stdout).findings.map((finding) => `${finding.level} ${finding.ruleId}`)).toEqual(['warning security/insecure-random']);
    expect(passing.exitCode).toBe(0);
    expect(failing.exitCode).toBe(1);
  });

  it('suppression needs a reason', async () => {
    const { dir } = repository({
      'src/util.ts': [
        'export const one = 1;',
        '// testmaster-disable-next-line security/dynamic-code',
        'export const two = eval("2");',
        '// testmaster-disable-next-line security/dynamic-code -- the input is a constant',
        'export const three = eval("3");',
        '',
      ].join('\n'),
    });

    const json = parse((await runCli(dir, ['validate', '--base', 'main', '--json', '-'])).stdout);

    expect(json.findings.map((finding) => `${finding.ruleId} ${finding.startLine}`).sort()).toEqual(['security/dynamic-code 3', 'suppress/missing-reason 2']);
    expect(json.counts.dropped.suppressed).toBe(1);
  });

  it('unreadable SARIF keeps the other findings', async () => {
    const { dir } = repository({ 'src/util.ts': 'export const one = 1;\nexport const two = eval("2");\n' });

    const result = await runCli(dir, ['validate', '--base', 'main', '--import-sarif', 'missing.sarif', '--json', '-']);

    expect(result.exitCode).toBe(2);
    const json = parse(result.stdout);
    expect(json.errors.join(' ')).toContain('missing.sarif');
    expect(json.findings.map((finding) => finding.ruleId)).toEqual(['security/dynamic-code']);
  });

  it('invalid filter names the flag', async () => {
    const { dir } = repository({ 'src/util.ts': 'export const one = 2;\n' });

    const result = await runCli(dir, ['validate', '--base', 'main', '--filter', 'lines']);

    expect(result.exitCode).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/--filter.*validate\.filter/);
  });
});

describe('-C DIR', () => {
  it('resolves path flags against DIR', async () => {
    const { dir } = repository({ 'src/util.ts': 'export const one = 1;\nexport const two = eval("2");\n' });

    const result = await runCli(tmpdir(), ['validate', '-C', dir, '--base', 'main', '--json', 'out/result.json', '--sarif', 'out/result.sarif']);

    expect(result.exitCode).toBe(0);
    expect(existsSync(join(dir, 'out/result.json'))).toBe(true);
    expect(existsSync(join(dir, 'out/result.sarif'))).toBe(true);
  });
});
