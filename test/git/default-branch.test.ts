import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseDefaultBase, type DefaultBase } from '../../src/git/default-branch.js';
import { TestRepo } from './fixture.js';

const repos: TestRepo[] = [];
let origin: TestRepo;

function keep(repo: TestRepo): TestRepo {
  repos.push(repo);
  return repo;
}

/**
 * `origin` has `main` and a `feature` branch with one more commit. Its
 * checked-out branch is `feature`, so every clone records origin/HEAD as
 * origin/feature, as a clone of a working repository does.
 */
beforeAll(() => {
  origin = keep(TestRepo.create('testmaster-default-origin-'));
  origin.write('a.txt', 'a\n');
  origin.commit('base');
  origin.git('switch', '--quiet', '--create', 'feature');
  origin.write('b.txt', 'b\n');
  origin.commit('feature');
});

afterAll(() => {
  for (const repo of repos) repo.remove();
});

interface Case {
  name: string;
  /** Arguments of git clone. */
  clone: string[];
  /** Steps in the clone before the lookup. */
  prepare?: (clone: TestRepo) => void;
  head?: string;
  expected: (result: DefaultBase) => void;
}

const cases: Case[] = [
  {
    name: 'falls back to origin/main',
    clone: ['--branch', 'feature'],
    expected: (result) => {
      expect(result.ref).toBe('origin/main');
      expect(result).toMatchObject({
        note: 'origin/HEAD names origin/feature, the upstream branch of HEAD, which contains HEAD already, so comparing with it finds no committed change. HEAD is compared with origin/main instead. Pass --base REF to compare with another branch.',
      });
    },
  },
  {
    name: 'reports the cause without origin/main',
    clone: ['--single-branch', '--branch', 'feature'],
    expected: (result) => {
      expect(result.ref).toBeNull();
      const reason = result.ref === null ? result.reason : '';
      expect(reason).toContain('origin/HEAD names origin/feature, the upstream branch of HEAD');
      expect(reason).toContain('neither origin/main nor origin/master exists');
      expect(reason).toContain('Pass --base REF');
      expect(reason).toContain('git remote set-head origin --auto');
    },
  },
  {
    name: 'keeps origin/HEAD when the head has own commits',
    clone: ['--branch', 'feature'],
    prepare: (clone) => {
      clone.write('c.txt', 'c\n');
      clone.commit('local work');
    },
    expected: (result) => expect(result).toEqual({ ref: 'origin/feature', note: null }),
  },
  {
    name: 'keeps origin/HEAD for a detached head',
    clone: ['--branch', 'feature'],
    prepare: (clone) => clone.git('switch', '--quiet', '--detach'),
    expected: (result) => expect(result).toEqual({ ref: 'origin/feature', note: null }),
  },
  {
    name: 'keeps origin/HEAD for another branch',
    clone: ['--branch', 'feature'],
    prepare: (clone) => clone.git('switch', '--quiet', '--track', 'origin/main'),
    expected: (result) => expect(result).toEqual({ ref: 'origin/feature', note: null }),
  },
  {
    name: 'checks the upstream of a named head',
    clone: ['--branch', 'feature'],
    prepare: (clone) => clone.git('switch', '--quiet', '--track', 'origin/main'),
    head: 'feature',
    expected: (result) => expect(result.ref).toBe('origin/main'),
  },
  {
    name: 'keeps an origin/HEAD of origin/main',
    clone: ['--branch', 'main'],
    prepare: (clone) => clone.git('remote', 'set-head', 'origin', 'main'),
    expected: (result) => expect(result).toEqual({ ref: 'origin/main', note: null }),
  },
  {
    name: 'uses origin/main without origin/HEAD',
    clone: ['--branch', 'feature'],
    prepare: (clone) => clone.git('remote', 'set-head', 'origin', '--delete'),
    expected: (result) => expect(result).toEqual({ ref: 'origin/main', note: null }),
  },
  {
    name: 'reports a clone without any default branch',
    clone: ['--single-branch', '--branch', 'feature'],
    prepare: (clone) => clone.git('remote', 'set-head', 'origin', '--delete'),
    expected: (result) => {
      expect(result.ref).toBeNull();
      expect(result.ref === null ? result.reason : '').toMatch(/^No default branch .* Pass --base REF/);
    },
  },
];

describe('chooseDefaultBase', () => {
  it.each(cases)('$name', async ({ clone: args, prepare, head, expected }) => {
    const clone = keep(TestRepo.clone(origin, ...args));
    prepare?.(clone);

    expected(await chooseDefaultBase(clone.dir, head ?? 'HEAD'));
  });

  it('rejects a head that reads as an option', async () => {
    const clone = keep(TestRepo.clone(origin, '--branch', 'feature'));

    await expect(chooseDefaultBase(clone.dir, '--output=x')).rejects.toThrow(/starts with "-"/);
  });
});
