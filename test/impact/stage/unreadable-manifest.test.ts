/**
 * A package.json that is not valid JSON at the head or at the base: the
 * stage cannot tell which dependencies changed, so it runs every test and
 * names the file, the position and the fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commitFiles, createMonorepo, FEATURE_BRANCH, monorepoFiles, TEST_FILES, type Monorepo } from '../support/monorepo.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const fixtures: Monorepo[] = [];

afterEach(() => {
  for (const fixture of fixtures.splice(0)) fixture.repo.remove();
});

/** packages/web/package.json with a missing comma after line 3. */
const BROKEN_MANIFEST = '{\n  "name": "@acme/web",\n  "version": "1.0.0"\n  "type": "module"\n}\n';

function analyse(dir: string) {
  return runImpactOnly(dir, { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH }, { headSource: 'commit' });
}

function monorepo(): Monorepo {
  const fixture = createMonorepo('testmaster-bad-manifest-');
  fixtures.push(fixture);
  return fixture;
}

describe('impact stage with an unreadable package.json', () => {
  it('runs every test when the head is broken', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/web/package.json': BROKEN_MANIFEST }, 'Break the manifest');

    const { json } = await analyse(dir);

    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons).toHaveLength(1);
    expect(json.runAll.reasons[0]?.trigger).toBe('package.json unreadable');
    expect(json.runAll.reasons[0]?.file).toBe('packages/web/package.json');
    expect(json.runAll.reasons[0]?.detail).toMatch(/^packages\/web\/package\.json at the head could not be read at line 4, column 3: invalid JSON/);
    expect(json.runAll.reasons[0]?.detail).toMatch(/Fix the JSON syntax of packages\/web\/package\.json; until then every test runs\.$/);
    expect(json.affectedTests.map((test) => test.path)).toEqual(TEST_FILES);
    expect(json.notes.join('\n')).not.toContain('dependencies are treated as changed');
  });

  it('runs every test when the base is broken', async () => {
    const { repo, dir } = monorepo();
    repo.git('switch', '--quiet', 'main');
    commitFiles(repo, { 'packages/web/package.json': BROKEN_MANIFEST }, 'Break the manifest on main');
    repo.git('switch', '--quiet', '--create', 'fixed');
    commitFiles(repo, { 'packages/web/package.json': monorepoFiles()['packages/web/package.json']! }, 'Repair the manifest');
    repo.git('branch', '--force', FEATURE_BRANCH, 'fixed');

    const { json } = await analyse(dir);

    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons[0]?.detail).toMatch(/^packages\/web\/package\.json at the base commit could not be read at line 4, column 3/);
    expect(json.affectedTests.map((test) => test.path)).toEqual(TEST_FILES);
  });

  it('names the file in the report', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/web/package.json': BROKEN_MANIFEST }, 'Break the manifest');

    const { stage } = await analyse(dir);

    expect(stage.headline).toContain('run-all (package.json unreadable)');
  });
});

describe('--explain with an unreadable package.json', () => {
  it('says that the test runs and why', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/web/package.json': BROKEN_MANIFEST }, 'Break the manifest');

    const { json } = await runImpactOnly(
      dir,
      { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH },
      { headSource: 'commit', explain: ['packages/core/test/legacy.test.ts'] },
    );

    const explanation = json.explanations?.[0];
    expect(explanation?.selected).toBe(true);
    expect(explanation?.lines[0]).toMatch(
      /^packages\/core\/test\/legacy\.test\.ts is a test file, and every test runs because of package\.json unreadable: packages\/web\/package\.json at the head could not be read at line 4, column 3/,
    );
  });
});
