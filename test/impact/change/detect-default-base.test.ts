import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectChange } from '../../../src/impact/change/detect-change.js';
import { changed, RepoList, type TestRepo } from './fixture.js';

const repos = new RepoList();
let origin: TestRepo;
let branchPoint: string;

/**
 * `origin` has `feature` checked out, so its clones record origin/HEAD as
 * origin/feature: the default base of a clone of `feature` is then the head's
 * own upstream branch.
 */
beforeAll(() => {
  origin = repos.create('testmaster-default-base-');
  origin.write('app.ts', 'export const app = 1;\n');
  branchPoint = origin.commit('base');
  origin.git('switch', '--quiet', '--create', 'feature');
  origin.write('feature.ts', 'export const feature = 1;\n');
  origin.commit('feature');
});

afterAll(() => repos.removeAll());

describe('detectChange when origin/HEAD is the head branch', () => {
  it('compares with origin/main and notes why', async () => {
    const clone = repos.clone(origin, '--branch', 'feature');

    const scope = await detectChange(clone.dir, { kind: 'local', head: 'HEAD' });

    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.files).toEqual([changed('feature.ts', 'added', 1, 0)]);
    expect(scope.notes).toContain(
      'origin/HEAD names origin/feature, the upstream branch of HEAD, which contains HEAD already, so comparing with it finds no committed change. HEAD is compared with origin/main instead. Pass --base REF to compare with another branch.',
    );
  });

  it('runs everything without origin/main', async () => {
    const clone = repos.clone(origin, '--single-branch', '--branch', 'feature');

    const scope = await detectChange(clone.dir, { kind: 'local' });

    expect(scope.baseSha).toBeNull();
    expect(scope.files).toEqual([]);
    expect(scope.fullRunReason).toMatch(/^origin\/HEAD names origin\/feature, .* neither origin\/main nor origin\/master exists .* Pass --base REF/);
  });

  it('keeps a base the user named', async () => {
    const clone = repos.clone(origin, '--branch', 'feature');

    const scope = await detectChange(clone.dir, { kind: 'local', base: 'origin/feature', head: 'HEAD' });

    expect(scope.files).toEqual([]);
    expect(scope.fullRunReason).toBeNull();
    expect(scope.notes).toEqual([]);
  });
});
