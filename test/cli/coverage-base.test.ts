/**
 * `testmaster coverage` with base problems, shallow clones and base
 * summaries, through `runCommand` from the sources, on repositories built
 * with the git CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COVERAGE_COMMAND, coverageOverrides } from '../../src/cli/commands/coverage.js';
import { CHECK_COMMAND } from '../../src/cli/commands/check.js';
import { IMPACT_COMMAND } from '../../src/cli/commands/impact.js';
import { parseCommandLine } from '../../src/cli/options.js';
import { runCommand } from '../../src/cli/run-command.js';
import { lcovReport } from '../e2e/support/scenario.js';
import { TestRepo } from '../git/fixture.js';
import { textSink } from '../support/text-sink.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function track(repo: TestRepo): TestRepo {
  repos.push(repo);
  return repo;
}

/** Runs `testmaster coverage -C dir ...args` as main.ts does, and returns the exit code and both streams. */
function coverage(dir: string, args: string[]) {
  return run('coverage', dir, args);
}

const SPECS = { check: CHECK_COMMAND, coverage: COVERAGE_COMMAND, impact: IMPACT_COMMAND };

/** Runs `testmaster <command> -C dir ...args` as main.ts does, and returns the exit code and both streams. */
async function run(command: keyof typeof SPECS, dir: string, args: string[]) {
  const stdout = textSink();
  const stderr = textSink();
  const parsed = parseCommandLine(SPECS[command], ['-C', dir, ...args]);
  const exitCode = await runCommand({
    command,
    parsed,
    overrides: command === 'coverage' ? coverageOverrides(parsed) : [],
    env: {},
    stdout,
    stderr,
  });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

/** Creates main with one file and branch `feature`, which changes line 2 and adds src/new.js, and leaves `feature` checked out. */
function createRepository(): TestRepo {
  const repo = track(TestRepo.create('testmaster-cli-base-'));
  repo.write('src/a.js', 'one\ntwo\nthree\nfour\n');
  repo.commit('base');
  repo.git('checkout', '--quiet', '-b', 'feature');
  repo.write('src/a.js', 'one\nTWO\nthree\nfour\n');
  repo.write('src/new.js', 'first\nsecond\n');
  repo.commit('change');
  return repo;
}

const REPORT = lcovReport([
  { path: 'src/a.js', hits: { 1: 1, 2: 1, 3: 0, 4: 1 } },
  { path: 'src/new.js', hits: { 1: 1, 2: 0 } },
]);

describe('testmaster coverage with a missing base ref', () => {
  it('writes totals to every output and exits 2', async () => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', REPORT);

    const result = await coverage(repo.dir, ['--base', 'nosuchref', '--threshold', 'lines=90', '--json', 'out/result.json', '--markdown', 'out/result.md']);
    const json = JSON.parse(readFileSync(join(repo.dir, 'out/result.json'), 'utf8')) as {
      error: { message: string };
      totals: { lines: { covered: number; total: number } };
      gate: { checks: { kind: string; passed: boolean }[] };
    };
    const markdown = readFileSync(join(repo.dir, 'out/result.md'), 'utf8');

    expect(result.exitCode).toBe(2);
    expect(json.error.message).toContain('"nosuchref" was not found');
    expect(json.totals.lines).toEqual({ covered: 4, total: 6, percent: 66.66 });
    expect(json.gate.checks).toMatchObject([{ kind: 'global', passed: false }]);
    expect(markdown).toContain('nosuchref');
    expect(markdown).toContain('| Lines | 4 / 6 | 66\\.66% | 90% |  | failed |');
    expect(result.stdout).toContain('Coverage incomplete: patch coverage and the change from base were not measured; lines 66.66%');
    expect(result.stdout).toContain('"nosuchref" was not found');
  });
});

/** Creates a `--depth 1 --no-single-branch` clone, on `feature`, of a repository whose main moved on after `feature` left it. */
function createShallowClone(): TestRepo {
  const origin = createRepository();
  origin.git('checkout', '--quiet', 'main');
  origin.write('src/later.js', 'later\n');
  origin.commit('later on main');
  origin.git('checkout', '--quiet', 'feature');
  const clone = track(TestRepo.clone(origin, '--depth', '1', '--no-single-branch', '--branch', 'feature'));
  clone.write('coverage/lcov.info', REPORT);
  return clone;
}

describe('testmaster coverage in a shallow clone', () => {
  it('deepens like impact does', async () => {
    const forCoverage = createShallowClone();
    const forImpact = createShallowClone();

    const measured = await coverage(forCoverage.dir, ['--base', 'origin/main', '--json', '-']);
    const analysed = await run('impact', forImpact.dir, ['--base', 'origin/main', '--head', 'HEAD', '--no-cache', '--json', '-']);
    const coverageJson = JSON.parse(measured.stdout) as { notes: string[]; patch: { covered: number; total: number } };
    const impactJson = JSON.parse(analysed.stdout) as { notes: string[] };

    expect(measured.exitCode, measured.stderr).toBe(0);
    expect(analysed.exitCode, analysed.stderr).toBe(0);
    // Line 2 of a.js (covered) and lines 1-2 of new.js (one covered).
    expect(coverageJson.patch).toMatchObject({ covered: 2, total: 3 });
    expect(coverageJson.notes).toEqual(['No merge base of origin/main and HEAD yet; running git fetch --deepen=64 origin']);
    expect(coverageJson.notes).toEqual(impactJson.notes.filter((note) => note.includes('git fetch')));
    expect(measured.stderr).toContain('running git fetch --deepen=64 origin');
  });
});

describe('testmaster coverage --base-report with a base summary', () => {
  it.each([
    ['the merge base', 'main', false],
    ['the head commit', 'feature', true],
  ])('of %s warns only off the merge base', async (_case, summaryBranch, warns) => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', REPORT);
    repo.git('checkout', '--quiet', summaryBranch);
    const written = await coverage(repo.dir, ['--write-summary', 'out/summary.json']);
    repo.git('checkout', '--quiet', 'feature');
    const mergeBase = repo.git('rev-parse', '--short=7', 'main').trim();
    const summaryCommit = repo.git('rev-parse', '--short=7', summaryBranch).trim();

    const result = await coverage(repo.dir, ['--base', 'main', '--base-report', 'out/summary.json', '--json', '-']);
    const json = JSON.parse(result.stdout) as { warnings: string[]; base: { found: boolean } };
    const mismatch = json.warnings.filter((warning) => warning.includes('is of commit'));

    expect(written.exitCode, written.stderr).toBe(0);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(json.base.found).toBe(true);
    expect(mismatch).toEqual(warns ? [expect.stringContaining(`is of commit ${summaryCommit}, not of ${mergeBase}, the merge base of main and HEAD`)] : []);
  });
});

describe('testmaster coverage --head', () => {
  it('rejects a commit that is not checked out', async () => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', REPORT);
    repo.git('checkout', '--quiet', 'main');

    const result = await coverage(repo.dir, ['--base', 'main', '--head', 'feature', '--json', '-']);
    const json = JSON.parse(result.stdout) as { error: { message: string } };

    expect(result.exitCode).toBe(2);
    expect(json.error.message).toMatch(/^--head "feature" is commit [0-9a-f]{7}, but the checked-out commit is [0-9a-f]{7}\./);
  });

  it.each([
    ['with --base', ['--base', 'main']],
    ['with the default base', []],
  ])('unresolved head keeps the totals (%s)', async (_name, baseArgs) => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', REPORT);

    const result = await coverage(repo.dir, [...baseArgs, '--head', 'nosuchref', '--threshold', 'lines=90', '--json', '-']);
    const json = JSON.parse(result.stdout) as {
      totals: { lines: { covered: number; total: number } };
      gate: { checks: { kind: string; passed: boolean }[] };
      error: { message: string };
    };

    expect(result.exitCode).toBe(2);
    expect(json.totals.lines).toMatchObject({ covered: 4, total: 6 });
    expect(json.gate.checks).toMatchObject([{ kind: 'global', passed: false }]);
    expect(json.error.message).toMatch(/^--head "nosuchref": The ref or commit "nosuchref" was not found/);
  });

  it('maps files of the checked-out head', async () => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', REPORT);

    const result = await coverage(repo.dir, ['--base', 'main', '--head', 'feature', '--json', '-']);
    const json = JSON.parse(result.stdout) as { totals: { lines: { covered: number; total: number } }; files: { path: string }[] };

    expect(result.exitCode, result.stderr).toBe(0);
    expect(json.files.map((file) => file.path)).toEqual(['src/a.js', 'src/new.js']);
    expect(json.totals.lines).toMatchObject({ covered: 4, total: 6 });
  });
});

describe('testmaster coverage with a stale report', () => {
  it('warns about lines past the end of a file', async () => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', lcovReport([{ path: 'src/a.js', hits: { 1: 1, 2: 1, 40: 1 } }]));

    const result = await coverage(repo.dir, ['--base', 'main', '--json', '-']);
    const json = JSON.parse(result.stdout) as { warnings: string[]; totals: { lines: { covered: number; total: number } } };

    expect(result.exitCode, result.stderr).toBe(0);
    expect(json.warnings).toContain(
      'The coverage report counts line 40 of src/a.js, which has 4 lines. ' +
        'The report is likely older than the file, and the line still counts in the totals. Run the tests again to write a fresh report',
    );
    expect(json.totals.lines).toMatchObject({ covered: 3, total: 3 });
  });
});

describe('testmaster check --head', () => {
  it('keeps impact when coverage rejects the head', async () => {
    const repo = createRepository();
    repo.write('coverage/lcov.info', REPORT);
    repo.git('checkout', '--quiet', 'main');

    const result = await run('check', repo.dir, ['--base', 'main', '--head', 'feature', '--json', '-']);
    const json = JSON.parse(result.stdout) as { stages: Record<string, { status: string }> };

    expect(result.exitCode).toBe(2);
    expect(json.stages['coverage']?.status).toBe('error');
    expect(json.stages['impact']?.status).toBe('passed');
  });
});
