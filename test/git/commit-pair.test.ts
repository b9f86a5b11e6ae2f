import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeBaseOfCommits, resolveCommit, resolveCommitPair } from '../../src/git/git.js';
import { TestRepo } from './fixture.js';

/**
 * History: `main` has the commits a, b and c, and `feature` leaves main at
 * a. The branches `criss` and `cross` merge each other's tips, so they have
 * two merge bases. The branch `orphan` shares no commit with main.
 */
let repo: TestRepo;

beforeAll(() => {
  repo = TestRepo.create();
  repo.write('a.txt', 'a\n');
  repo.commit('a');
  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('f.txt', 'f\n');
  repo.commit('f');
  repo.git('switch', '--quiet', 'main');
  repo.write('b.txt', 'b\n');
  repo.commit('b');
  repo.write('c.txt', 'c\n');
  repo.commit('c');

  repo.git('switch', '--quiet', '--create', 'criss', 'feature');
  repo.git('switch', '--quiet', '--create', 'cross', 'main');
  repo.git('merge', '--quiet', '--no-edit', 'feature');
  repo.git('switch', '--quiet', 'criss');
  repo.git('merge', '--quiet', '--no-edit', 'main');

  repo.git('switch', '--quiet', '--orphan', 'orphan');
  repo.write('o.txt', 'o\n');
  repo.commit('o');
  repo.git('switch', '--quiet', '--force', 'main');
});

afterAll(() => repo.remove());

describe('resolveCommitPair', () => {
  it.each([
    ['a linear history', 'main~2', 'main'],
    ['a branch', 'main', 'feature'],
    ['the same commit', 'main', 'main'],
    ['a revision expression', 'HEAD~1', 'HEAD'],
  ])('matches separate calls for %s', async (_case, base, head) => {
    const baseSha = await resolveCommit(repo.dir, base);
    const headSha = await resolveCommit(repo.dir, head);

    const pair = await resolveCommitPair(repo.dir, base, head);

    expect(pair).toEqual({ baseSha, headSha, shallow: false, mergeBase: await mergeBaseOfCommits(repo.dir, baseSha, headSha), ambiguousRefs: [] });
  });

  it('reports a shallow clone', async () => {
    const clone = TestRepo.clone(repo, '--depth', '2', '--branch', 'main');
    try {
      const pair = await resolveCommitPair(clone.dir, 'HEAD~1', 'HEAD');

      expect(pair?.shallow).toBe(true);
      expect(pair?.mergeBase).toBe(await resolveCommit(clone.dir, 'HEAD~1'));
    } finally {
      clone.remove();
    }
  });

  it('leaves two merge bases to git merge-base', async () => {
    const pair = await resolveCommitPair(repo.dir, 'criss', 'cross');

    expect(pair?.baseSha).toBe(await resolveCommit(repo.dir, 'criss'));
    expect(pair?.mergeBase).toBeUndefined();
  });

  it('has no merge base for unrelated histories', async () => {
    const pair = await resolveCommitPair(repo.dir, 'main', 'orphan');

    expect(pair?.headSha).toBe(await resolveCommit(repo.dir, 'orphan'));
    expect(pair?.mergeBase).toBeUndefined();
  });

  it.each([
    ['a missing base', 'nope', 'main'],
    ['a missing head', 'main', 'nope'],
    ['a tree, not a commit', 'main^{tree}', 'main'],
  ])('returns null for %s', async (_case, base, head) => {
    expect(await resolveCommitPair(repo.dir, base, head)).toBeNull();
  });
});
