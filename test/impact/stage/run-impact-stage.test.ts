/**
 * The impact stage on a real npm workspace monorepo in git: change detection,
 * the head and base graphs, test and suite selection, triggers, risk, the
 * scan cache and the outputs, all working together through `runCheck`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeRequest } from '../../../src/impact/change/detect-change.js';
import type { Evidence } from '../../../src/impact/model.js';
import type { ImpactJson } from '../../../src/impact/report/result-json.js';
import {
  CHANGED_MATH,
  commitFiles,
  createMonorepo,
  FEATURE_BRANCH,
  LOCKED_VERSIONS,
  monorepoFiles,
  npmLockfile,
  TEST_FILES,
  TestRepo,
  WEB_TESTS,
  type Monorepo,
} from '../support/monorepo.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const FILES = monorepoFiles();
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function monorepo(): Monorepo {
  const created = createMonorepo();
  cleanups.push(() => created.repo.remove());
  return created;
}

function cloneOf(source: TestRepo, ...args: string[]): TestRepo {
  const clone = TestRepo.clone(source, ...args);
  cleanups.push(() => clone.remove());
  return clone;
}

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'testmaster-scan-cache-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The change of a pull request from `feature` into `main`, as the action passes it, with the head checked out. */
const PULL_REQUEST: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH };

interface StageOptions {
  headSource?: 'working-tree' | 'commit';
  /** Scan cache file. Without it the stage scans every file. */
  cachePath?: string;
}

/** Runs the impact stage alone and returns its JSON, outputs and log. */
async function analyse(dir: string, change: ChangeRequest, options: StageOptions = {}) {
  const { stage, json, log } = await runImpactOnly(dir, change, options);
  return { stage, json, outputs: stage.outputs, log };
}

function testPaths(json: ImpactJson): string[] {
  return json.affectedTests.map((test) => test.path);
}

function changedPaths(json: ImpactJson): string[] {
  return json.changedFiles.map((file) => file.path);
}

/** Lists the edges of a test's chain as `from -> to` lines, or none for other evidence. */
function chainOf(json: ImpactJson, path: string): string[] {
  const evidence = json.affectedTests.find((test) => test.path === path)?.evidence;
  return evidence?.kind === 'chain' ? evidence.edges.map((edge) => `${edge.from} -> ${edge.to}`) : [];
}

function evidenceOf(json: ImpactJson, path: string): Evidence | undefined {
  return json.affectedTests.find((test) => test.path === path)?.evidence;
}

function factor(json: ImpactJson, id: string) {
  return json.risk.factors.find((candidate) => candidate.id === id);
}

describe('impact stage selection', () => {
  it('modified source selects its importers', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');

    const { stage, json, outputs } = await analyse(dir, PULL_REQUEST);

    expect(stage.status).toBe('passed');
    expect(json.changedFiles).toEqual([{ path: 'packages/core/src/math.ts', status: 'modified', binary: false, addedLines: 1, deletedLines: 1 }]);
    expect(testPaths(json)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts']);
    expect(json.affectedTests.map((test) => test.need)).toEqual(['run', 'run']);
    expect(chainOf(json, 'packages/core/test/math.test.ts')).toEqual(['packages/core/test/math.test.ts -> packages/core/src/math.ts']);
    expect(chainOf(json, 'packages/web/test/cart.test.ts')).toEqual([
      'packages/web/test/cart.test.ts -> packages/web/src/cart.ts',
      'packages/web/src/cart.ts -> packages/core/src/index.ts',
      'packages/core/src/index.ts -> packages/core/src/math.ts',
    ]);
    expect(json.affectedPackages).toEqual(['@acme/core', '@acme/web']);
    expect(json.runAll).toEqual({ enabled: false, reasons: [] });
    expect(json.risk.level).toBe('low');
    expect(outputs['affected-tests']).toBe('packages/core/test/math.test.ts\npackages/web/test/cart.test.ts');
    expect(outputs['run-all']).toBe('false');
    expect(JSON.parse(outputs['vitest-args']!)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts']);
  });

  it('type-only reach needs a type check', async () => {
    const { repo, dir } = monorepo();
    const types = FILES['packages/core/src/types.ts']!.replace('currency: string;', 'currency: string;\n  note?: string;');
    commitFiles(repo, { 'packages/core/src/types.ts': types }, 'Let a price carry a note');

    const { json, outputs } = await analyse(dir, PULL_REQUEST);

    expect(testPaths(json)).toEqual([
      'packages/core/test/format.test.ts',
      'packages/web/test/cart.test.ts',
      'packages/web/test/label.test.ts',
      'packages/web/test/price.test.ts',
    ]);
    expect(json.affectedTests.every((test) => test.need === 'type-check')).toBe(true);
    const labelChain = evidenceOf(json, 'packages/web/test/label.test.ts');
    expect(labelChain?.kind === 'chain' ? labelChain.edges.at(-1) : undefined).toMatchObject({
      from: 'packages/web/src/label.ts',
      to: 'packages/core/src/types.ts',
      specifier: '@core/types',
      typeOnly: true,
    });
    expect(outputs['run-all']).toBe('false');
    expect(JSON.parse(outputs['vitest-args']!)).toEqual([]);
  });

  it('deleted file selects its former importers', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/legacy.ts': null }, 'Remove the legacy rounding');

    const { json, outputs } = await analyse(dir, PULL_REQUEST);

    expect(json.changedFiles).toEqual([{ path: 'packages/core/src/legacy.ts', status: 'deleted', binary: false, addedLines: 0, deletedLines: 3 }]);
    expect(testPaths(json)).toEqual(['packages/core/test/legacy.test.ts']);
    expect(chainOf(json, 'packages/core/test/legacy.test.ts')).toEqual(['packages/core/test/legacy.test.ts -> packages/core/src/legacy.ts']);
    expect(json.notes).toEqual([]);
    expect(outputs['affected-tests']).toBe('packages/core/test/legacy.test.ts');
    expect(outputs['run-all']).toBe('false');
  });

  it('rename is a delete plus an add', async () => {
    const { repo, dir } = monorepo();
    repo.git('mv', 'packages/core/src/format.ts', 'packages/core/src/price-format.ts');
    commitFiles(
      repo,
      {
        'packages/core/src/index.ts': FILES['packages/core/src/index.ts']!.replace("'./format'", "'./price-format'"),
        'packages/core/test/format.test.ts': FILES['packages/core/test/format.test.ts']!.replace("'../src/format'", "'../src/price-format'"),
        'packages/web/test/price.test.ts': FILES['packages/web/test/price.test.ts']!.replace("'@core/format'", "'@core/price-format'"),
      },
      'Rename format.ts to price-format.ts',
    );

    const { json } = await analyse(dir, PULL_REQUEST);

    const byPath = new Map(json.changedFiles.map((file) => [file.path, file]));
    expect(changedPaths(json)).toEqual([
      'packages/core/src/format.ts',
      'packages/core/src/index.ts',
      'packages/core/src/price-format.ts',
      'packages/core/test/format.test.ts',
      'packages/web/test/price.test.ts',
    ]);
    expect(byPath.get('packages/core/src/format.ts')).toMatchObject({ status: 'deleted', addedLines: 0, deletedLines: 5 });
    expect(byPath.get('packages/core/src/price-format.ts')).toMatchObject({ status: 'added', addedLines: 5, deletedLines: 0 });
    expect(testPaths(json)).toEqual(['packages/core/test/format.test.ts', 'packages/web/test/cart.test.ts', 'packages/web/test/price.test.ts']);
    expect(evidenceOf(json, 'packages/core/test/format.test.ts')).toEqual({ kind: 'changed', detail: 'was modified in this change' });
    expect(chainOf(json, 'packages/web/test/cart.test.ts')).toEqual([
      'packages/web/test/cart.test.ts -> packages/web/src/cart.ts',
      'packages/web/src/cart.ts -> packages/core/src/index.ts',
    ]);
  });

  it('vitest config change runs all', async () => {
    const { repo, dir } = monorepo();
    const config = FILES['vitest.config.ts']!.replace('  test: {\n', '  test: {\n    testTimeout: 10_000,\n');
    commitFiles(repo, { 'vitest.config.ts': config }, 'Raise the test timeout');

    const { json, outputs } = await analyse(dir, PULL_REQUEST);

    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons).toEqual([
      { trigger: 'test-runner config', file: 'vitest.config.ts', detail: 'a test-runner config changed, so every test it covers may run differently' },
    ]);
    expect(testPaths(json)).toEqual(TEST_FILES);
    expect(json.suites.map((suite) => suite.name)).toEqual(['web-e2e', 'core-bench']);
    expect(json.affectedPackages).toEqual(['@acme/core', '@acme/web']);
    expect(outputs['run-all']).toBe('true');
    expect(outputs['run-all-reason']).toBe('test-runner config (vitest.config.ts): a test-runner config changed, so every test it covers may run differently');
    expect(JSON.parse(outputs['vitest-args']!)).toEqual([]);
  });

  // The commit source reads the head lockfile from git, not from the working tree.
  it.each(['working-tree', 'commit'] as const)('lockfile change widens one package (%s)', async (headSource) => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'package-lock.json': npmLockfile({ ...LOCKED_VERSIONS, leftPad: '1.3.1' }) }, 'Update left-pad');

    const { json, outputs } = await analyse(dir, PULL_REQUEST, { headSource });

    expect(changedPaths(json)).toEqual(['package-lock.json']);
    expect(json.runAll).toEqual({ enabled: false, reasons: [] });
    expect(testPaths(json)).toEqual(WEB_TESTS);
    for (const path of WEB_TESTS) {
      expect(evidenceOf(json, path), path).toEqual({
        kind: 'trigger',
        trigger: 'lockfile',
        file: 'package-lock.json',
        detail: 'resolved dependencies of @acme/web changed',
      });
    }
    expect(outputs['affected-tests']).toBe(WEB_TESTS.join('\n'));
    expect(outputs['run-all']).toBe('false');
    expect(JSON.parse(outputs['vitest-args']!)).toEqual(WEB_TESTS);
  });

  it('changed exports select the package importers', async () => {
    const { repo, dir } = monorepo();
    const manifest = JSON.parse(FILES['packages/core/package.json']!) as Record<string, unknown>;
    const redirected = `${JSON.stringify({ ...manifest, exports: { '.': './src/math.ts' } }, null, 2)}\n`;
    commitFiles(repo, { 'packages/core/package.json': redirected }, 'Point the core entry at math.ts');

    const { json } = await analyse(dir, PULL_REQUEST);

    expect(json.runAll.enabled).toBe(false);
    // Only cart.ts imports the package by name; price.ts goes through a tsconfig path, and core's own files import relatively.
    expect(testPaths(json)).toEqual(['packages/web/test/cart.test.ts']);
    expect(evidenceOf(json, 'packages/web/test/cart.test.ts')).toEqual({
      kind: 'trigger',
      trigger: 'package.json entry points',
      file: 'packages/core/package.json',
      detail: 'changed "exports" of @acme/core, which decide the files that its imports load, and this test reaches such an import',
    });
  });

  it('renamed package selects its old importers', async () => {
    const { repo, dir } = monorepo();
    const manifest = JSON.parse(FILES['packages/core/package.json']!) as Record<string, unknown>;
    commitFiles(repo, { 'packages/core/package.json': `${JSON.stringify({ ...manifest, name: '@acme/kernel' }, null, 2)}\n` }, 'Rename core');

    const { json } = await analyse(dir, PULL_REQUEST);

    // cart.ts imports "@acme/core", which no longer resolves at the head: the base graph still finds it.
    expect(testPaths(json)).toEqual(['packages/web/test/cart.test.ts']);
  });

  it('root dev tool in the lockfile runs every test', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'package-lock.json': npmLockfile({ ...LOCKED_VERSIONS, typescript: '5.9.4' }) }, 'Update typescript');

    const { json, outputs } = await analyse(dir, PULL_REQUEST);

    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons).toEqual([
      {
        trigger: 'lockfile',
        file: 'package-lock.json',
        detail: 'resolved dependencies of the root package changed ("typescript"); its tools, such as the test runner, and its hoisted packages can affect any test',
      },
    ]);
    expect(outputs['run-all']).toBe('true');
  });

  it('suite is selected by its paths', async () => {
    const { repo, dir } = monorepo();
    const label = FILES['packages/web/src/label.ts']!.replace('${name}: ${price.amount}', '${name}: ${price.amount} ${price.currency}');
    commitFiles(repo, { 'packages/web/src/label.ts': label }, 'Show the currency in labels');

    const { json, outputs } = await analyse(dir, PULL_REQUEST);

    expect(json.suites).toEqual([
      { name: 'web-e2e', tier: 'continuous', runsOn: ['ubuntu-latest'], reasons: ['packages/web/src/label.ts (changed)'], runsNow: true },
    ]);
    expect(testPaths(json)).toEqual(['packages/web/test/label.test.ts']);
    expect(JSON.parse(outputs.suites!)).toEqual([
      { name: 'web-e2e', tier: 'continuous', runsOn: ['ubuntu-latest'], reasons: ['packages/web/src/label.ts (changed)'] },
    ]);
  });

  it('sensitive path raises the risk', async () => {
    const { repo, dir } = monorepo();
    const session = FILES['packages/core/src/auth/session.ts']!.replace('now >= expiresAt', 'now + 1000 >= expiresAt');
    commitFiles(repo, { 'packages/core/src/auth/session.ts': session }, 'Expire sessions a second early');

    const { json } = await analyse(dir, PULL_REQUEST);

    const sensitive = factor(json, 'sensitivePaths');
    expect(sensitive?.value).toBe(1);
    expect(sensitive?.score).toBeGreaterThan(0);
    expect(sensitive?.contribution).toBeGreaterThan(0);
    expect(sensitive?.detail).toContain('packages/core/src/auth/session.ts');
    expect(testPaths(json)).toEqual(['packages/core/test/session.test.ts']);
  });
});

describe('impact stage head source', () => {
  it('local run counts uncommitted and untracked files', async () => {
    const { repo, dir } = monorepo();
    repo.write('packages/core/src/math.ts', CHANGED_MATH);
    repo.write('packages/web/test/total.test.ts', "import { total } from '@acme/core';\n\ntotal([1]);\n");

    const { json, outputs } = await analyse(dir, { kind: 'local', base: 'main' });

    expect(json.changedFiles).toEqual([
      { path: 'packages/core/src/math.ts', status: 'modified', binary: false, addedLines: 1, deletedLines: 1 },
      { path: 'packages/web/test/total.test.ts', status: 'added', binary: false, addedLines: 3, deletedLines: 0 },
    ]);
    expect(testPaths(json)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts', 'packages/web/test/total.test.ts']);
    expect(evidenceOf(json, 'packages/web/test/total.test.ts')).toEqual({ kind: 'changed', detail: 'was added in this change' });
    expect(outputs['affected-tests']).toBe('packages/core/test/math.test.ts\npackages/web/test/cart.test.ts\npackages/web/test/total.test.ts');
  });

  it('--head reads the commit, not the working tree', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');
    // The working tree drops the import that links cart.test.ts to math.ts and adds a test, but commits neither.
    repo.write('packages/web/src/cart.ts', 'export function cartTotal(prices: number[]): number {\n  return prices.length;\n}\n');
    repo.write('packages/web/test/total.test.ts', "import { total } from '@acme/core';\n\ntotal([1]);\n");

    const { json, outputs } = await analyse(dir, { kind: 'local', base: 'main', head: FEATURE_BRANCH }, { headSource: 'commit' });

    expect(changedPaths(json)).toEqual(['packages/core/src/math.ts']);
    expect(testPaths(json)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts']);
    expect(chainOf(json, 'packages/web/test/cart.test.ts')).toHaveLength(3);
    expect(JSON.parse(outputs['vitest-args']!)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts']);
  });
});

describe('impact stage in a shallow clone', () => {
  /** The fixture with math.ts changed on `feature`, and three more commits on `main`, so a depth-1 clone lacks the merge base. */
  function divergedOrigin(): { origin: Monorepo; featureSha: string; mainTip: string } {
    const origin = monorepo();
    const featureSha = commitFiles(origin.repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');
    origin.repo.git('switch', '--quiet', 'main');
    let mainTip = origin.mainSha;
    for (let index = 1; index <= 3; index++) {
      mainTip = commitFiles(origin.repo, { 'README.md': `Release notes ${index}\n` }, `Write release notes ${index}`);
    }
    origin.repo.git('switch', '--quiet', FEATURE_BRANCH);
    return { origin, featureSha, mainTip };
  }

  it('deepens to the merge base', async () => {
    const { origin, featureSha, mainTip } = divergedOrigin();
    const clone = cloneOf(origin.repo, '--depth', '1', '--branch', FEATURE_BRANCH);
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');

    const { stage, json, outputs } = await analyse(clone.dir, { kind: 'pull-request', baseRef: mainTip, headRef: featureSha });

    expect(stage.status).toBe('passed');
    expect(changedPaths(json)).toEqual(['packages/core/src/math.ts']);
    expect(json.runAll).toEqual({ enabled: false, reasons: [] });
    expect(testPaths(json)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts']);
    expect(json.notes.some((note) => /git fetch --deepen=\d+ origin/.test(note))).toBe(true);
    expect(outputs['run-all']).toBe('false');
  });

  it('runs all without a remote', async () => {
    const { origin, featureSha, mainTip } = divergedOrigin();
    const clone = cloneOf(origin.repo, '--depth', '1', '--branch', FEATURE_BRANCH);
    clone.git('fetch', '--quiet', '--depth', '1', 'origin', mainTip);
    clone.git('remote', 'remove', 'origin');

    const { stage, json, outputs } = await analyse(clone.dir, { kind: 'pull-request', baseRef: mainTip, headRef: featureSha });

    expect(stage.status).toBe('passed');
    expect(json.changedFiles).toEqual([]);
    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons[0]?.trigger).toBe('change unknown');
    expect(stage.headline).toMatch(/^Risk unknown: no merge base .*; running all tests$/);
    expect(json.risk.level).toBe('unknown');
    expect(json.runAll.reasons[0]?.detail).toMatch(/No merge base .*fetch-depth: 0/);
    expect(testPaths(json)).toEqual(TEST_FILES);
    expect(json.suites.map((suite) => suite.name)).toEqual(['web-e2e', 'core-bench']);
    expect(json.suites[0]?.reasons[0]).toMatch(/^every suite runs: change unknown /);
    expect(json.affectedPackages).toEqual(['@acme/core', '@acme/web']);
    expect(json.risk.strategy.tiers).toEqual(['continuous', 'hourly', 'daily', 'weekly', 'monthly']);
    expect(outputs['run-all']).toBe('true');
    expect(outputs['run-all-reason']).toBe(`change unknown: ${json.runAll.reasons[0]?.detail}`);
    expect(JSON.parse(outputs.suites!).map((suite: { name: string }) => suite.name)).toEqual(['web-e2e', 'core-bench']);
    expect(outputs['affected-packages']).toBe('@acme/core\n@acme/web');
    expect(JSON.parse(outputs['vitest-args']!)).toEqual([]);
  });
});

describe('impact stage scan cache', () => {
  it('is written and then reused', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');
    const cachePath = join(temporaryFolder(), 'impact-scan.json');

    const first = await analyse(dir, PULL_REQUEST, { cachePath });
    const written = existsSync(cachePath);
    const second = await analyse(dir, PULL_REQUEST, { cachePath });

    expect(written).toBe(true);
    expect(first.log).toContain('Impact: scanned 16 files, reused 0 cached scans.');
    expect(second.log).toContainEqual(expect.stringMatching(/^Impact: reused the resolved graph of \d+ files\.$/));
    expect(second.json.affectedTests).toEqual(first.json.affectedTests);
  });

  it('unstaged edit is resolved again', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');
    const cachePath = join(temporaryFolder(), 'impact-scan.json');
    const first = await analyse(dir, { kind: 'local', base: 'main' }, { cachePath });
    // label.ts now imports math.ts at run time, but the edit is neither staged nor committed.
    const label = FILES['packages/web/src/label.ts']!.replace(
      "import type { Price } from '@core/types';",
      "import type { Price } from '@core/types';\nimport { add } from '@core/math';",
    );
    repo.write('packages/web/src/label.ts', label);

    const { json, log } = await analyse(dir, { kind: 'local', base: 'main' }, { cachePath });

    expect(log).toContain('Impact: reused the resolved graph and resolved 1 changed file again.');
    expect(testPaths(json)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts', 'packages/web/test/label.test.ts']);
    // The new import is the third direct importer of math.ts, after math.test.ts and index.ts.
    expect(factor(first.json, 'fanIn')?.value).toBe(2);
    expect(factor(json, 'fanIn')?.value).toBe(3);
  });

  it('file in the repository is no change', async () => {
    const { repo, dir } = monorepo();
    // Without an ignore rule, the cache file that the first run writes is an untracked file of the working tree.
    commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH, '.gitignore': null }, 'Coerce the operands of add');
    const cachePath = join(dir, 'node_modules/.cache/testmaster/impact-scan.json');

    await analyse(dir, { kind: 'local', base: 'main' }, { cachePath });
    const { json } = await analyse(dir, { kind: 'local', base: 'main' }, { cachePath });

    expect(existsSync(cachePath)).toBe(true);
    expect(changedPaths(json)).toEqual(['.gitignore', 'packages/core/src/math.ts']);
  });

  it('corrupt file is discarded with a note', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Coerce the operands of add');
    const cachePath = join(temporaryFolder(), 'impact-scan.json');
    writeFileSync(cachePath, '{"version": 1, "scans": [tru');

    const first = await analyse(dir, PULL_REQUEST, { cachePath });

    expect(first.json.notes).toContainEqual(expect.stringMatching(/^.*impact-scan\.json: The scan cache was discarded because .*; every file is scanned again\.$/));
    expect(first.log).toContain('Impact: scanned 16 files, reused 0 cached scans.');
    expect(testPaths(first.json)).toEqual(['packages/core/test/math.test.ts', 'packages/web/test/cart.test.ts']);
    // A file that is not a scan cache is never overwritten, because the config could point the cache at any file.
    expect(first.json.notes).toContainEqual(expect.stringContaining('exists and is not a scan cache, so it is never overwritten'));
    expect(readFileSync(cachePath, 'utf8')).toBe('{"version": 1, "scans": [tru');
  });
});
