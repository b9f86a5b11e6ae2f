import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectChange } from '../../../src/impact/change/detect-change.js';
import { changed, numberedLines, RepoList, type TestRepo } from './fixture.js';

const ZERO_SHA = '0'.repeat(40);
/** A well-formed SHA of no commit, like the `before` of a force push whose old commit is gone. */
const GONE_SHA = '1234567890abcdef1234567890abcdef12345678';

const repos = new RepoList();
let repo: TestRepo;
let branchPoint: string;
let firstPush: string;
let secondPush: string;
let mainTip: string;

/** `main` has two commits; `feature` leaves it at the first and gets two pushes. */
beforeAll(() => {
  repo = repos.create('testmaster-push-');
  repo.write('app.ts', numberedLines(1, 4));
  branchPoint = repo.commit('main 1');

  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('feature.ts', numberedLines(1, 2));
  firstPush = repo.commit('feature 1');
  repo.write('feature.ts', numberedLines(1, 5));
  repo.write('second.ts', 'second\n');
  secondPush = repo.commit('feature 2');

  repo.git('switch', '--quiet', 'main');
  repo.write('main-only.ts', 'main\n');
  mainTip = repo.commit('main 2');
});

afterAll(() => repos.removeAll());

describe('detectChange for a push', () => {
  it('diffs before against after', async () => {
    const scope = await detectChange(repo.dir, { kind: 'push', before: firstPush, after: secondPush });

    expect(scope.mode).toBe('push');
    expect(scope.baseSha).toBe(firstPush);
    expect(scope.headSha).toBe(secondPush);
    expect(scope.fullRunReason).toBeNull();
    expect(scope.files).toEqual([changed('feature.ts', 'modified', 3, 0), changed('second.ts', 'added', 1, 0)]);
  });

  it('uses the default branch for a new branch', async () => {
    const scope = await detectChange(repo.dir, { kind: 'push', before: ZERO_SHA, after: secondPush });

    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.fullRunReason).toBeNull();
    expect(scope.files).toEqual([changed('feature.ts', 'added', 5, 0), changed('second.ts', 'added', 1, 0)]);
  });

  it('falls back when before is gone', async () => {
    const scope = await detectChange(repo.dir, { kind: 'push', before: GONE_SHA, after: secondPush });

    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.fullRunReason).toBeNull();
    expect(scope.files.map((file) => file.path)).toEqual(['feature.ts', 'second.ts']);
    expect(scope.notes).toHaveLength(1);
    expect(scope.notes[0]).toMatch(/before commit 1234567890ab of the push is not in the history.*merge base of the default branch/);
  });

  it('runs everything when a push to main lost before', async () => {
    const scope = await detectChange(repo.dir, { kind: 'push', before: GONE_SHA, after: mainTip });

    expect(scope.baseSha).toBeNull();
    expect(scope.files).toEqual([]);
    expect(scope.fullRunReason).toMatch(/after commit .* is on the default branch.*fetch-depth: 0/);
  });

  it('reports an empty change for a branch without commits', async () => {
    const scope = await detectChange(repo.dir, { kind: 'push', before: ZERO_SHA, after: mainTip });

    expect(scope.baseSha).toBe(mainTip);
    expect(scope.files).toEqual([]);
    expect(scope.fullRunReason).toBeNull();
  });
});

describe('detectChange for a push without a default branch', () => {
  it('runs everything for a new branch', async () => {
    const bare = repos.create('testmaster-push-trunk-');
    bare.git('symbolic-ref', 'HEAD', 'refs/heads/trunk');
    bare.write('app.ts', 'app\n');
    const after = bare.commit('trunk 1');

    const scope = await detectChange(bare.dir, { kind: 'push', before: ZERO_SHA, after });

    expect(scope.baseSha).toBeNull();
    expect(scope.headSha).toBe(after);
    expect(scope.files).toEqual([]);
    expect(scope.fullRunReason).toMatch(/push created the branch, and no default branch .* fetch-depth: 0/);
  });
});
