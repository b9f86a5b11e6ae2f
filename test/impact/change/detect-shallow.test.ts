import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectChange } from '../../../src/impact/change/detect-change.js';
import { isShallow } from '../../../src/git/git.js';
import { changed, numberedLines, RepoList, type TestRepo } from './fixture.js';

const repos = new RepoList();
let origin: TestRepo;
let branchPoint: string;
let mainSha: string;
let featureSha: string;

/**
 * Origin history: 10 commits on `main`, then `feature` branches off with 5
 * commits while `main` gets 7 more. A `--depth 1` clone of `main` contains
 * neither the feature commits nor the branch point, as in a CI checkout.
 */
beforeAll(() => {
  origin = repos.create('testmaster-shallow-origin-');
  for (let index = 1; index <= 10; index++) {
    origin.write('app.ts', numberedLines(1, index));
    origin.commit(`main ${index}`);
  }
  branchPoint = origin.git('rev-parse', 'HEAD').trim();

  origin.git('switch', '--quiet', '--create', 'feature');
  for (let index = 1; index <= 5; index++) {
    origin.write('feature.ts', numberedLines(1, index, 'feature'));
    featureSha = origin.commit(`feature ${index}`);
  }

  origin.git('switch', '--quiet', 'main');
  for (let index = 1; index <= 7; index++) {
    origin.write('main-only.ts', numberedLines(1, index, 'main'));
    mainSha = origin.commit(`main after branch ${index}`);
  }
});

afterAll(() => repos.removeAll());

describe('detectChange in a shallow clone', () => {
  it('deepens until the merge base', async () => {
    const clone = repos.clone(origin, '--depth', '1');
    expect(await isShallow(clone.dir)).toBe(true);

    const scope = await detectChange(
      clone.dir,
      { kind: 'pull-request', baseRef: 'origin/main', headRef: featureSha },
      { initialDeepen: 1 },
    );

    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.headSha).toBe(featureSha);
    expect(scope.fullRunReason).toBeNull();
    expect(scope.files).toEqual([changed('feature.ts', 'added', 5, 0)]);
  });

  it('notes every fetch', async () => {
    const clone = repos.clone(origin, '--depth', '1');

    const scope = await detectChange(
      clone.dir,
      { kind: 'pull-request', baseRef: 'origin/main', headRef: featureSha },
      { initialDeepen: 1 },
    );

    expect(scope.notes[0]).toMatch(/^Fetched the head ref [0-9a-f]{12} from origin/);
    const deepening = scope.notes.slice(1);
    expect(deepening.length).toBeGreaterThan(1);
    for (const note of deepening) expect(note).toMatch(/git fetch --deepen=\d+ origin/);
  });

  it('deepens for a new-branch push', async () => {
    const clone = repos.clone(origin, '--depth', '1');

    const scope = await detectChange(clone.dir, { kind: 'push', before: '0'.repeat(40), after: featureSha });

    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.files).toEqual([changed('feature.ts', 'added', 5, 0)]);
  });

  it('runs everything without a remote', async () => {
    const clone = repos.clone(origin, '--depth', '1');
    clone.git('fetch', '--quiet', '--depth', '1', 'origin', featureSha);
    clone.git('remote', 'remove', 'origin');

    const scope = await detectChange(clone.dir, { kind: 'pull-request', baseRef: mainSha, headRef: featureSha });

    expect(scope.baseSha).toBeNull();
    expect(scope.headSha).toBe(featureSha);
    expect(scope.files).toEqual([]);
    expect(scope.fullRunReason).toMatch(/No merge base .* git fetch --deepen=64 origin failed.*fetch-depth: 0/);
    expect(scope.notes).toEqual([expect.stringMatching(/running git fetch --deepen=64 origin/)]);
  });
});
