/**
 * `testmaster impact` and the impact stage of `testmaster check`, run from
 * the bundle as a user runs the installed command, on the monorepo fixture.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPACT_COMMAND } from '../../src/cli/commands/impact.js';
import type { ImpactJson } from '../../src/impact/report/result-json.js';
import { runCli } from '../e2e/support/run-cli.js';
import { lcovReport } from '../e2e/support/scenario.js';
import { CHANGED_MATH, commitFiles, createMonorepo, type Monorepo } from '../impact/support/monorepo.js';

let fixture: Monorepo | undefined;

afterEach(() => {
  fixture?.repo.remove();
  fixture = undefined;
});

/** The fixture with math.ts changed in one commit on `feature`, which stays checked out. */
function changedMonorepo(): Monorepo {
  fixture = createMonorepo('testmaster-cli-impact-');
  commitFiles(fixture.repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');
  return fixture;
}

const SELECTED = ['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts'];

describe('testmaster impact', () => {
  it('--json - prints the documented fields', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', '--json', '-']);

    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as ImpactJson;
    expect(Object.keys(json).sort()).toEqual([
      'affectedModules',
      'affectedPackages',
      'affectedTests',
      'changedFiles',
      'notes',
      'risk',
      'runAll',
      'suites',
      'warnings',
    ]);
    expect(json.changedFiles.map((file) => `${file.status} ${file.path}`)).toEqual(['modified packages/core/src/math.ts']);
    expect(json.affectedTests.map((test) => test.path)).toEqual(SELECTED);
    expect(json.runAll).toEqual({ enabled: false, reasons: [] });
    expect(json.suites.map((suite) => `${suite.name} ${suite.runsNow}`)).toEqual(['web-e2e true', 'core-bench false']);
    expect(Object.keys(json.risk).sort()).toEqual(['factors', 'level', 'score', 'strategy']);
    expect(json.risk.level).toBe('low');
    expect(json.risk.factors).toHaveLength(9);
    // The text report moves to standard error, so standard output stays parseable.
    expect(result.stderr).toContain('Impact: Risk low');
  });

  it('--explain a selected test', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', '--explain', 'packages/web/test/cart.test.ts']);

    expect(result.exitCode).toBe(0);
    const explanation = result.stdout.slice(result.stdout.indexOf('Explanations'));
    expect(explanation).toContain('packages/web/test/cart.test.ts is a test file that imports a changed file through 3 edges, so it runs:');
    expect(explanation).toContain('packages/web/src/cart.ts:1 imports packages/core/src/index.ts ("@acme/core", via workspace package @acme/core exports ".")');
    expect(explanation).toContain('packages/core/src/math.ts was modified');
  });

  it('--explain outside the repository exits 2', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', '--explain', '../elsewhere.ts']);

    expect(result.exitCode).toBe(2);
    expect(result.stderr + result.stdout).toContain('is not a file inside the repository');
  });

  it('--explain in the JSON result', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', '--json', '-', '--explain', 'packages/web/test/cart.test.ts']);
    const json = JSON.parse(result.stdout) as { explanations: { path: string; selected: boolean; lines: string[] }[] };

    expect(json.explanations).toHaveLength(1);
    expect(json.explanations[0]!.path).toBe('packages/web/test/cart.test.ts');
    expect(json.explanations[0]!.selected).toBe(true);
    expect(json.explanations[0]!.lines.join('\n')).toContain('packages/core/src/math.ts was modified');
  });

  it('--explain an unselected file', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', '--explain', 'packages/core/src/legacy.ts']);

    expect(result.exitCode).toBe(0);
    const explanation = result.stdout.slice(result.stdout.indexOf('Explanations'));
    expect(explanation).toContain('packages/core/src/legacy.ts is not a test file, and no path from a changed file reaches it.');
    expect(explanation).toContain('It would be a test file if it matched one of:');
    expect(explanation).toContain('test.include "packages/*/test/**/*.test.ts"');
  });

  it('--explain path relative to the current folder', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(join(dir, 'packages/web'), ['impact', '--explain', 'test/cart.test.ts']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('packages/web/test/cart.test.ts is a test file that imports a changed file through 3 edges');
  });

  it.each([
    ['the current folder', 'packages/web', []],
    ['the -C folder', '.', ['-C', 'packages/web']],
  ])('--config relative to %s', async (_name, folder, extra) => {
    const { dir } = changedMonorepo();
    writeFileSync(join(dir, 'packages/web/local.yml'), 'report:\n  name: 7\n');

    const result = await runCli(join(dir, folder), ['impact', ...extra, '--config', 'local.yml']);

    expect(result.exitCode).toBe(2);
    expect(result.stdout + result.stderr).toContain('local.yml line 2');
  });

  it('--config names the folder of a missing file', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(join(dir, 'packages/web'), ['impact', '--config', 'missing.yml']);

    expect(result.exitCode).toBe(2);
    expect(result.stdout + result.stderr).toContain(`Config file missing.yml was not found. Check the path, which is relative to ${join(dir, 'packages/web')}.`);
  });

  it('--help lists options with defaults', async () => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', '--help']);

    expect(result.exitCode).toBe(0);
    const rows = result.stdout.split('\n');
    for (const name of ['base', 'head', 'json', 'explain', 'no-cache']) {
      expect(IMPACT_COMMAND.options.some((option) => option.name === name), `--${name} is not an option`).toBe(true);
    }
    for (const option of IMPACT_COMMAND.options) {
      const row = rows.find((line) => new RegExp(`^ +(-\\w, )?--${option.name}( |$)`).test(line));
      expect(row, `--${option.name} is missing`).toBeDefined();
      // --help prints and exits, so it has no default to show.
      if (option.name === 'help') continue;
      expect(option.defaultText, `--${option.name} has no default`).toBeDefined();
      expect(row, `--${option.name} shows no default`).toContain(`Default: ${option.defaultText}.`);
    }
  });

  it('--no-cache writes no scan cache', async () => {
    const { dir } = changedMonorepo();
    const cacheFile = join(dir, 'node_modules/.cache/testmaster/impact-scan.json');

    const uncached = await runCli(dir, ['impact', '--no-cache']);
    const writtenWithout = existsSync(cacheFile);
    const cached = await runCli(dir, ['impact']);

    expect(uncached.exitCode).toBe(0);
    expect(writtenWithout).toBe(false);
    expect(cached.exitCode).toBe(0);
    expect(existsSync(cacheFile)).toBe(true);
  });

  it.each([
    ['--base', 'no-such-branch'],
    ['--head', 'no-such-commit'],
  ])('unknown %s ref exits 2', async (flag, ref) => {
    const { dir } = changedMonorepo();

    const result = await runCli(dir, ['impact', flag, ref]);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('Impact could not run: invalid input.');
    expect(result.stdout).toContain(`The ref or commit "${ref}" was not found`);
  });
});

describe('testmaster check', () => {
  it('includes the impact and validate stages', async () => {
    const { repo, dir } = changedMonorepo();
    // The fixture declares typescript, so the validate stage needs it installed, as after npm ci.
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), join(dir, 'node_modules', 'typescript'), 'dir');
    repo.write('.gitignore', 'node_modules/\ncoverage/\n');
    repo.commit('Ignore coverage reports');
    // Line 2 of math.ts is the changed line, and no test covered it.
    repo.write('coverage/lcov.info', lcovReport([{ path: 'packages/core/src/math.ts', hits: { 1: 1, 2: 0, 5: 1, 6: 1 } }]));

    const result = await runCli(dir, ['check', '--json', '-']);

    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as { passed: boolean; stages: Record<string, { status: string } & Partial<ImpactJson>> };
    expect(json.passed).toBe(true);
    expect(Object.keys(json.stages)).toEqual(['coverage', 'impact', 'validate']);
    expect(json.stages.impact?.status).toBe('passed');
    expect(json.stages.validate?.status).toBe('passed');
    expect(json.stages.impact?.affectedTests?.map((test) => test.path)).toEqual(SELECTED);
    // The coverage stage ran first, so the risk counts the changed line it left uncovered.
    expect(json.stages.impact?.risk?.factors.find((factor) => factor.id === 'uncoveredLines')?.value).toBe(1);
  });
});
