/**
 * The resolved-graph cache on real git repositories: each run with a cache
 * that a change made stale gives what a run without any cache gives, and
 * the log line shows whether the graph was reused, updated or built again.
 */
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ChangeRequest } from '../../../src/impact/change/detect-change.js';
import { CONFIG_FILE, createMonorepo, FEATURE_BRANCH, monorepoFiles, writeFiles, type TestRepo } from '../support/monorepo.js';
import { runImpactOnly, type ImpactOnlyRun } from '../support/run-impact-only.js';
import { temporaryFolder } from '../../support/temporary-folder.js';
import { GRAPH_CACHE_FORMAT } from '../../../src/impact/graph/graph-cache-format.js';

const FILES = monorepoFiles();
const PULL_REQUEST: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH };
const LOCAL: ChangeRequest = { kind: 'local', base: 'main' };

const HIT = /^Impact: reused the resolved graph of \d+ files\.$/;
const UPDATE = /^Impact: reused the resolved graph and resolved \d+ changed files? again\.$/;
const BUILD = /^Impact: scanned \d+ files?, reused \d+ cached scans?\.$/;

/** Creates a repository with a committed change to math.ts on the feature branch, and names a cache file outside it. */
function changedRepository(): { repo: TestRepo; cachePath: string } {
  const { repo } = createMonorepo();
  onTestFinished(() => rmSync(repo.dir, { recursive: true, force: true }));
  writeFiles(repo, { 'packages/core/src/math.ts': FILES['packages/core/src/math.ts']!.replace('return a + b;', 'return Number(a) + Number(b);') });
  repo.commit('Coerce the operands of add');
  return { repo, cachePath: join(temporaryFolder('testmaster-graph-cache-'), 'impact-scan.json') };
}

/** Runs with the cache, then without any, and returns both. */
async function warmAndCold(repo: TestRepo, cachePath: string, change: ChangeRequest = PULL_REQUEST): Promise<{ warm: ImpactOnlyRun; cold: ImpactOnlyRun }> {
  const warm = await runImpactOnly(repo.dir, change, { cachePath });
  const cold = await runImpactOnly(repo.dir, change);
  return { warm, cold };
}

function graphLine(run: ImpactOnlyRun): string | undefined {
  return run.log.find((line) => HIT.test(line) || UPDATE.test(line) || BUILD.test(line));
}

interface Mutation {
  name: string;
  /** Changes the repository after the first run. */
  apply(repo: TestRepo): void;
  change?: ChangeRequest;
  expected: RegExp;
}

const label = FILES['packages/web/src/label.ts']!;

const MUTATIONS: Mutation[] = [
  { name: 'nothing', apply: () => {}, expected: HIT },
  {
    name: 'committed script content',
    apply: (repo) => {
      writeFiles(repo, { 'packages/web/src/label.ts': `${label.replace("import type { Price } from '@core/types';", "import type { Price } from '@core/types';\nimport { add } from '@core/math';")}export const sum = add;\n` });
      repo.commit('Use add in label');
    },
    expected: UPDATE,
  },
  {
    name: 'unstaged script content',
    apply: (repo) => repo.write('packages/core/src/legacy.ts', "import { add } from './math';\nexport const legacyAdd = add;\n"),
    change: LOCAL,
    expected: UPDATE,
  },
  {
    name: 'comment-only change',
    apply: (repo) => {
      writeFiles(repo, { 'packages/core/src/legacy.ts': `// Rounds to cents.\n${FILES['packages/core/src/legacy.ts']}` });
      repo.commit('Explain legacyRound');
    },
    expected: UPDATE,
  },
  {
    name: 'added file',
    apply: (repo) => {
      writeFiles(repo, { 'packages/core/src/double.ts': "import { add } from './math';\nexport const double = (a: number) => add(a, a);\n" });
      repo.commit('Add double');
    },
    expected: BUILD,
  },
  {
    name: 'untracked file',
    apply: (repo) => repo.write('packages/core/test/double.test.ts', "import { add } from '../src/math';\nadd(1, 1);\n"),
    change: LOCAL,
    expected: BUILD,
  },
  {
    name: 'deleted file',
    apply: (repo) => {
      writeFiles(repo, { 'packages/core/src/legacy.ts': null, 'packages/core/test/legacy.test.ts': null });
      repo.commit('Remove legacyRound');
    },
    expected: BUILD,
  },
  {
    name: 'renamed file',
    apply: (repo) => {
      repo.git('mv', 'packages/core/src/format.ts', 'packages/core/src/money.ts');
      writeFiles(repo, {
        'packages/core/src/index.ts': FILES['packages/core/src/index.ts']!.replace("'./format'", "'./money'"),
        'packages/core/test/format.test.ts': FILES['packages/core/test/format.test.ts']!.replace("'../src/format'", "'../src/money'"),
        'packages/web/test/price.test.ts': FILES['packages/web/test/price.test.ts']!.replace("'@core/format'", "'@core/money'"),
      });
      repo.commit('Rename format to money');
    },
    expected: BUILD,
  },
  {
    name: 'tsconfig paths',
    apply: (repo) => {
      writeFiles(repo, { 'tsconfig.json': FILES['tsconfig.json']!.replace('"@core/*": [', '"@core/types": ["packages/core/src/math.ts"],\n      "@core/*": [') });
      repo.commit('Map @core/types elsewhere');
    },
    expected: BUILD,
  },
  {
    name: 'package.json exports',
    apply: (repo) => {
      writeFiles(repo, { 'packages/core/package.json': FILES['packages/core/package.json']!.replace('./src/index.ts', './src/math.ts') });
      repo.commit('Export math.ts as the package entry');
    },
    expected: BUILD,
  },
  {
    name: 'vitest config',
    apply: (repo) => {
      writeFiles(repo, { 'vitest.config.ts': FILES['vitest.config.ts']!.replace("'packages/*/test/**/*.test.ts'", "'packages/web/test/**/*.test.ts'") });
      repo.commit('Run the web tests only');
    },
    expected: BUILD,
  },
  {
    name: 'test settings',
    apply: (repo) => {
      writeFiles(repo, { '.github/testmaster.yml': `${CONFIG_FILE}  tests:\n    exclude: ['packages/web/test/price.test.ts']\n` });
      repo.commit('Exclude the price test');
    },
    expected: BUILD,
  },
];

describe('resolved-graph cache', () => {
  it.each(MUTATIONS)('after $name gives the cold result', async ({ apply, change, expected }) => {
    const { repo, cachePath } = changedRepository();
    const first = await runImpactOnly(repo.dir, change ?? PULL_REQUEST, { cachePath });
    apply(repo);

    const { warm, cold } = await warmAndCold(repo, cachePath, change);

    expect(graphLine(first)).toMatch(BUILD);
    expect(graphLine(warm)).toMatch(expected);
    expect(warm.json).toEqual(cold.json);
  });

  it('stores the graph next to the scan cache', async () => {
    const { repo, cachePath } = changedRepository();

    await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });

    const graphPath = cachePath.replace(/\.json$/, '.graph.json');
    expect(existsSync(graphPath)).toBe(true);
    expect(JSON.parse(readFileSync(graphPath, 'utf8'))).toMatchObject({ format: GRAPH_CACHE_FORMAT, kind: 'resolved-graph' });
  });

  it('explains from a reused graph', async () => {
    const { repo, cachePath } = changedRepository();
    const explain = ['packages/core/src/legacy.ts', 'packages/web/test/cart.test.ts'];
    await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });

    const warm = await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath, explain });
    const cold = await runImpactOnly(repo.dir, PULL_REQUEST, { explain });

    expect(graphLine(warm)).toMatch(HIT);
    expect(warm.json.explanations?.[0]?.lines).toContainEqual(expect.stringContaining('It would be a test file if it matched one of'));
    expect(warm.json).toEqual(cold.json);
  });

  it('keeps equivalence verdicts', async () => {
    const { repo, cachePath } = changedRepository();
    writeFiles(repo, { 'packages/core/src/legacy.ts': `// Rounds to cents.\n${FILES['packages/core/src/legacy.ts']}` });
    repo.commit('Explain legacyRound');
    const graphPath = cachePath.replace(/\.json$/, '.graph.json');

    const first = await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });
    const stored = JSON.parse(readFileSync(graphPath, 'utf8')) as { verdicts: [string, string][] };
    const { warm, cold } = await warmAndCold(repo, cachePath);

    expect(stored.verdicts.map(([key, verdict]) => [key.split('\0')[0], verdict])).toEqual([
      ['packages/core/src/legacy.ts', 'comments'],
      ['packages/core/src/math.ts', 'none'],
    ]);
    // The key contains the blob SHAs of both versions, which git has computed already.
    const legacyKey = stored.verdicts.find(([key]) => key.startsWith('packages/core/src/legacy.ts'))![0];
    expect(legacyKey.split('\0').slice(1)).toEqual([
      repo.git('rev-parse', `main:packages/core/src/legacy.ts`).trim(),
      repo.git('rev-parse', `${FEATURE_BRANCH}:packages/core/src/legacy.ts`).trim(),
    ]);
    expect(first.json.changedFiles.find((file) => file.path === 'packages/core/src/legacy.ts')?.runtimeEquivalent).toBe('comments');
    expect(graphLine(warm)).toMatch(HIT);
    expect(warm.json).toEqual(cold.json);
  });

  it('keeps removed exports', async () => {
    const { repo, cachePath } = changedRepository();
    writeFiles(repo, { 'packages/core/src/index.ts': FILES['packages/core/src/index.ts']!.replace("export { formatPrice } from './format';\n", '') });
    repo.commit('Stop exporting formatPrice');
    const graphPath = cachePath.replace(/\.json$/, '.graph.json');

    const first = await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });
    const stored = JSON.parse(readFileSync(graphPath, 'utf8')) as { removedExports: [string, string[], string[]][] };
    const { warm, cold } = await warmAndCold(repo, cachePath);

    expect(stored.removedExports.map(([key, names]) => [key.split('\0')[0], names])).toEqual([
      ['packages/core/src/index.ts', ['formatPrice']],
    ]);
    expect(first.json.risk.factors.find((factor) => factor.id === 'deletedExports')?.value).toBe(1);
    expect(graphLine(warm)).toMatch(HIT);
    expect(warm.json).toEqual(cold.json);
  });

  it.each([
    ['corrupt', '{"format":1,"kind":"resolved-graph","vers', /is not valid JSON/],
    ['foreign version', JSON.stringify({ format: 1, kind: 'resolved-graph', version: '0.0.1+scanner-1+graph-1' }), /was written by version "0\.0\.1\+scanner-1\+graph-1"/],
    ['malformed', JSON.stringify({ format: 99, kind: 'resolved-graph' }), /in format 99/],
  ])('%s file is rebuilt with a note', async (_name, text, reason) => {
    const { repo, cachePath } = changedRepository();
    await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });
    const graphPath = cachePath.replace(/\.json$/, '.graph.json');
    writeFileSync(graphPath, text);

    const { warm, cold } = await warmAndCold(repo, cachePath);

    const note = warm.json.notes.find((line) => line.includes('The resolved-graph cache was discarded'));
    expect(note).toMatch(reason);
    expect(note).toMatch(/; the graph is built again\.$/);
    expect(graphLine(warm)).toMatch(BUILD);
    expect({ ...warm.json, notes: warm.json.notes.filter((line) => line !== note) }).toEqual(cold.json);
    expect(JSON.parse(readFileSync(graphPath, 'utf8'))).toMatchObject({ kind: 'resolved-graph' });
  });

  it('unrecorded node_modules link rebuilds', async () => {
    const { repo, cachePath } = changedRepository();
    await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });
    // A workspace link, as npm install makes it, changes what the disk probes of the resolver return.
    repo.write('node_modules/@acme/core/package.json', FILES['packages/core/package.json']!);

    const { warm, cold } = await warmAndCold(repo, cachePath);

    expect(graphLine(warm)).toMatch(BUILD);
    expect(warm.json).toEqual(cold.json);
  });

  it('commit mode updates files whose scans are cached', async () => {
    const { repo, cachePath } = changedRepository();
    const commitHead: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: 'HEAD' };
    const branch = async (name: string, files: Record<string, string>) => {
      repo.git('checkout', '--quiet', '-b', name, 'main');
      writeFiles(repo, files);
      repo.commit(`Change ${name}`);
    };
    // The first run caches main's index.ts, the second stores a graph with another index.ts.
    await branch('first', { 'packages/core/src/legacy.ts': FILES['packages/core/src/legacy.ts']!.replace('100', '1000') });
    await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    await branch('second', { 'packages/core/src/index.ts': `${FILES['packages/core/src/index.ts']}export const second = 2;\n` });
    await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    // Against the stored graph, index.ts changed back to the cached version; it did not change against main, so the snapshot does not read it.
    await branch('third', { 'packages/core/src/format.ts': FILES['packages/core/src/format.ts']!.replace('toFixed(2)', 'toFixed(3)') });

    const warm = await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    const cold = await runImpactOnly(repo.dir, commitHead, { headSource: 'commit' });

    expect(graphLine(warm)).toMatch(UPDATE);
    expect(warm.json).toEqual(cold.json);
    expect(warm.json.affectedTests.map((test) => test.path)).toContain('packages/web/test/cart.test.ts');
  });

  it('commit mode reuses a graph with a link to a folder', async () => {
    const { repo, cachePath } = changedRepository();
    // A link to a folder reads as absent in a commit's snapshot, and its cache key must have a blob SHA's width.
    symlinkSync('../src', join(repo.dir, 'packages/core/src-link'));
    repo.commit('Link the sources');
    const commitHead: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: 'HEAD' };
    await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });

    const warm = await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });

    expect(graphLine(warm)).toMatch(HIT);
    expect(warm.json.notes ?? []).not.toContainEqual(expect.stringMatching(/malformed/));
  });

  it('commit mode reads unchanged re-exporters for the risk', async () => {
    const { repo, cachePath } = changedRepository();
    const commitHead: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: 'HEAD' };
    await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    // index.ts re-exports format.ts; its scan is cached, so the snapshot holds no text for it.
    repo.git('checkout', '--quiet', '-b', 'drop-format', 'main');
    repo.git('rm', '--quiet', 'packages/core/src/format.ts');
    repo.commit('Drop format');

    const warm = await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    const cold = await runImpactOnly(repo.dir, commitHead, { headSource: 'commit' });

    expect(warm.json.risk).toEqual(cold.json.risk);
  });

  it('symlink follows its target', async () => {
    const { repo, cachePath } = changedRepository();
    symlinkSync('../../../build/gen.ts', join(repo.dir, 'packages/core/src/gen.ts'));
    writeFiles(repo, { '.gitignore': 'node_modules/\nbuild/\n', 'build/gen.ts': 'export const g = 1;\n', 'packages/core/test/gen.test.ts': "import { g } from '../src/gen';\nexport const t = g;\n" });
    repo.commit('Link a generated module');
    await runImpactOnly(repo.dir, LOCAL, { cachePath });
    // The ignored target now imports legacy.ts, and legacy.ts changes: only the link's target text tells.
    repo.write('build/gen.ts', "import { legacyRound } from '../packages/core/src/legacy';\nexport const g = legacyRound;\n");
    repo.write('packages/core/src/legacy.ts', FILES['packages/core/src/legacy.ts']!.replace('100', '1000'));

    const { warm, cold } = await warmAndCold(repo, cachePath, LOCAL);

    expect(warm.json).toEqual(cold.json);
    expect(warm.json.affectedTests.map((test) => test.path)).toContain('packages/core/test/gen.test.ts');
  });

  it('symlink to a tracked file follows its edits', async () => {
    const { repo, cachePath } = changedRepository();
    symlinkSync('legacy.ts', join(repo.dir, 'packages/core/src/alias.ts'));
    writeFiles(repo, { 'packages/core/test/alias.test.ts': "import { legacyRound } from '../src/alias';\nexport const t = legacyRound;\n" });
    repo.commit('Alias legacy.ts');
    await runImpactOnly(repo.dir, LOCAL, { cachePath });
    // The link's key is the blob SHA of legacy.ts as it is on disk, so the edit below must reach the link.
    repo.write('packages/core/src/legacy.ts', `import { add } from './math';\n${FILES['packages/core/src/legacy.ts']}export const plus = add;\n`);
    repo.write('packages/core/src/math.ts', FILES['packages/core/src/math.ts']!.replace('return a + b;', 'return b + a;'));

    const { warm, cold } = await warmAndCold(repo, cachePath, LOCAL);

    expect(warm.json).toEqual(cold.json);
    expect(warm.json.affectedTests.map((test) => test.path)).toContain('packages/core/test/alias.test.ts');
  });

  it('commit mode reads a symlink as its target', async () => {
    const { repo, cachePath } = changedRepository();
    // On main: alias.ts links to legacy.ts, which imports math.ts, and a test imports the alias.
    repo.git('checkout', '--quiet', 'main');
    symlinkSync('legacy.ts', join(repo.dir, 'packages/core/src/alias.ts'));
    writeFiles(repo, {
      'packages/core/src/legacy.ts': `import { add } from './math';\n${FILES['packages/core/src/legacy.ts']}export const plus = add;\n`,
      'packages/core/test/alias.test.ts': "import { legacyRound } from '../src/alias';\nexport const t = legacyRound;\n",
    });
    repo.commit('Alias legacy.ts');
    repo.git('checkout', '--quiet', '-b', 'change-math');
    writeFiles(repo, { 'packages/core/src/math.ts': FILES['packages/core/src/math.ts']!.replace('return a + b;', 'return b + a;') });
    repo.commit('Swap the operands');
    const commitHead: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: 'HEAD' };
    await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });

    const warm = await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    const cold = await runImpactOnly(repo.dir, commitHead, { headSource: 'commit' });

    expect(warm.json).toEqual(cold.json);
    expect(cold.json.affectedTests.map((test) => test.path)).toContain('packages/core/test/alias.test.ts');
  });

  it('commit mode follows a chain of links', async () => {
    const { repo, cachePath } = changedRepository();
    // On main: outer.ts links to alias.ts, which links to legacy.ts, which imports math.ts.
    repo.git('checkout', '--quiet', 'main');
    symlinkSync('legacy.ts', join(repo.dir, 'packages/core/src/alias.ts'));
    symlinkSync('alias.ts', join(repo.dir, 'packages/core/src/outer.ts'));
    // A loop of links must read as absent, not hang the run.
    symlinkSync('loop-b.ts', join(repo.dir, 'packages/core/src/loop-a.ts'));
    symlinkSync('loop-a.ts', join(repo.dir, 'packages/core/src/loop-b.ts'));
    writeFiles(repo, {
      'packages/core/src/legacy.ts': `import { add } from './math';\n${FILES['packages/core/src/legacy.ts']}export const plus = add;\n`,
      'packages/core/test/outer.test.ts': "import { legacyRound } from '../src/outer';\nexport const t = legacyRound;\n",
    });
    repo.commit('Link legacy.ts twice');
    repo.git('checkout', '--quiet', '-b', 'change-math');
    writeFiles(repo, { 'packages/core/src/math.ts': FILES['packages/core/src/math.ts']!.replace('return a + b;', 'return b + a;') });
    repo.commit('Swap the operands');
    const commitHead: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: 'HEAD' };

    const commit = await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });
    const workingTree = await runImpactOnly(repo.dir, commitHead);

    expect(commit.json.affectedTests.map((test) => test.path)).toContain('packages/core/test/outer.test.ts');
    expect(commit.json.affectedTests).toEqual(workingTree.json.affectedTests);
  });

  it('keeps one graph per head source', async () => {
    const { repo, cachePath } = changedRepository();
    const commitHead: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: 'HEAD' };
    await runImpactOnly(repo.dir, LOCAL, { cachePath });
    await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });

    const workingTree = await runImpactOnly(repo.dir, LOCAL, { cachePath });
    const commit = await runImpactOnly(repo.dir, commitHead, { cachePath, headSource: 'commit' });

    expect(graphLine(workingTree)).toMatch(HIT);
    expect(graphLine(commit)).toMatch(HIT);
    expect(existsSync(cachePath.replace(/\.json$/, '.commit.graph.json'))).toBe(true);
  });

  it('assume-unchanged file is read as it is', async () => {
    const { repo, cachePath } = changedRepository();
    await runImpactOnly(repo.dir, LOCAL, { cachePath });
    repo.git('update-index', '--assume-unchanged', 'packages/core/src/legacy.ts');
    repo.write('packages/core/src/legacy.ts', "import { add } from './math';\nexport const legacyRound = add;\n");

    const { warm, cold } = await warmAndCold(repo, cachePath, LOCAL);

    expect(warm.json).toEqual(cold.json);
    // git diff hides the edit, and the run still counts it.
    expect(cold.json.changedFiles.map((file) => file.path)).toContain('packages/core/src/legacy.ts');
    expect(cold.json.notes.some((note) => note.includes('marked assume-unchanged or skip-worktree differs from the index'))).toBe(true);
  });

  it('empty graph file is replaced', async () => {
    const { repo, cachePath } = changedRepository();
    await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });
    const graphPath = cachePath.replace(/\.json$/, '.graph.json');
    writeFileSync(graphPath, '');

    await runImpactOnly(repo.dir, PULL_REQUEST, { cachePath });

    expect(JSON.parse(readFileSync(graphPath, 'utf8'))).toMatchObject({ kind: 'resolved-graph' });
  });
});
