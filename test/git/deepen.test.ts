import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { deepenUntilMergeBase } from '../../src/git/deepen.js';
import { changedLines, isShallow, mergeBase } from '../../src/git/git.js';
import { numberedLines, TestRepo } from './fixture.js';

/**
 * Origin history: 12 commits on `main`, then `feature` branches off with 6
 * commits while `main` gets 9 more, and `orphan` shares no commit with either.
 */
let origin: TestRepo;
let branchPoint: string;
const clones: TestRepo[] = [];

beforeAll(() => {
  origin = TestRepo.create('testmaster-origin-');
  for (let index = 1; index <= 12; index++) {
    origin.write('app.ts', numberedLines(1, index));
    origin.commit(`main ${index}`);
  }
  branchPoint = origin.git('rev-parse', 'HEAD').trim();

  origin.git('switch', '--quiet', '--create', 'feature');
  for (let index = 1; index <= 6; index++) {
    origin.write('feature.ts', numberedLines(1, index, 'feature'));
    origin.commit(`feature ${index}`);
  }

  origin.git('switch', '--quiet', 'main');
  for (let index = 1; index <= 9; index++) {
    origin.write('main-only.ts', numberedLines(1, index, 'main'));
    origin.commit(`main after branch ${index}`);
  }

  origin.git('switch', '--quiet', '--orphan', 'orphan');
  origin.write('other.ts', 'other\n');
  origin.commit('unrelated root');
  origin.git('switch', '--quiet', '--force', 'main');
});

afterEach(() => {
  for (const clone of clones.splice(0)) clone.remove();
});

afterAll(() => origin.remove());

function shallowClone(): TestRepo {
  const clone = TestRepo.clone(origin, '--depth', '1', '--no-single-branch');
  clones.push(clone);
  return clone;
}

describe('deepenUntilMergeBase', () => {
  it('starts without a merge base', async () => {
    const clone = shallowClone();

    expect(await isShallow(clone.dir)).toBe(true);
    expect(await mergeBase(clone.dir, 'origin/main', 'origin/feature')).toBeNull();
  });

  it('deepens step by step', async () => {
    const clone = shallowClone();
    const log: string[] = [];

    const found = await deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/feature', {
      initialStep: 1,
      log: (message) => log.push(message),
    });

    expect(found).toBe(branchPoint);
    expect(log.length).toBeGreaterThan(1);
    expect(log.every((line) => line.includes('--deepen='))).toBe(true);
    expect(await isShallow(clone.dir)).toBe(true);
  });

  it('falls back to unshallow', async () => {
    const clone = shallowClone();
    const log: string[] = [];

    const found = await deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/feature', {
      initialStep: 1,
      maxDeepen: 2,
      log: (message) => log.push(message),
    });

    expect(found).toBe(branchPoint);
    expect(log.at(-1)).toContain('--unshallow');
    expect(await isShallow(clone.dir)).toBe(false);
  });

  it('returns at once in a full clone', async () => {
    const clone = TestRepo.clone(origin, '--no-single-branch');
    clones.push(clone);
    const log: string[] = [];

    const found = await deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/feature', {
      log: (message) => log.push(message),
    });

    expect(found).toBe(branchPoint);
    expect(log).toEqual([]);
  });

  it('enables the merge-base diff', async () => {
    const clone = shallowClone();

    await deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/feature', { initialStep: 2 });
    const changes = await changedLines(clone.dir, 'origin/main', 'origin/feature');

    expect(changes.mergeBase).toBe(branchPoint);
    expect(changes.files.map((file) => file.path)).toEqual(['feature.ts']);
    expect(changes.files[0]?.addedLines).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects unrelated histories', async () => {
    const clone = shallowClone();

    const failure = deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/orphan', { initialStep: 4, maxDeepen: 8 });

    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/"origin\/main" and "origin\/orphan" have no common ancestor.*fetch-depth: 0/);
  });

  it('reports a failed fetch', async () => {
    const clone = shallowClone();

    const failure = deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/feature', { remote: 'nowhere' });

    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/git fetch --deepen=64 nowhere failed.*fetch-depth: 0/);
  });

  it('reports a shallow clone without a merge base', async () => {
    const clone = shallowClone();

    await expect(changedLines(clone.dir, 'origin/main', 'origin/feature')).rejects.toThrow(
      /clone is shallow.*fetch-depth: 0/,
    );
  });

  it.each([
    ['remote', { remote: '--upload-pack=touch pwned' }],
    ['refspec', { refspecs: ['-n'] }],
  ])('rejects an option-like %s', async (_role, options) => {
    const clone = shallowClone();

    await expect(deepenUntilMergeBase(clone.dir, 'origin/main', 'origin/feature', options)).rejects.toThrow(
      /starts with "-"/,
    );
  });

  it('rejects an option-like ref', async () => {
    const clone = shallowClone();

    await expect(deepenUntilMergeBase(clone.dir, '--all', 'origin/feature')).rejects.toThrow(/starts with "-"/);
  });

  it('rejects a missing base ref', async () => {
    const clone = shallowClone();

    await expect(deepenUntilMergeBase(clone.dir, 'origin/release', 'origin/feature')).rejects.toThrow(
      /"origin\/release" was not found/,
    );
  });
});
