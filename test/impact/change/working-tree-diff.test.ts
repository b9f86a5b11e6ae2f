import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexListing, workingTreeMatchesIndex } from '../../../src/git/index-listing.js';
import { diffWorkingTree } from '../../../src/impact/change/changed-files.js';
import type { ChangedFile } from '../../../src/impact/model.js';
import { changed, numberedLines, RepoList, type TestRepo } from './fixture.js';

const repos = new RepoList();
afterAll(() => repos.removeAll());

/** Creates a repository with one commit of `app.ts` (3 lines) and `keep.ts`, and returns it with that commit's SHA. */
function baseRepository(): { repo: TestRepo; base: string } {
  const repo = repos.create('testmaster-worktree-diff-');
  repo.write('app.ts', numberedLines(1, 3));
  repo.write('keep.ts', 'keep\n');
  return { repo, base: repo.commit('base') };
}

interface DiffCase {
  name: string;
  prepare: (repo: TestRepo) => void;
  /** Whether the diff may compare with the index instead of the working tree. */
  matchesIndex: boolean;
  files: ChangedFile[];
}

const cases: DiffCase[] = [
  {
    name: 'staged edit',
    prepare: (repo) => {
      repo.write('app.ts', numberedLines(1, 4));
      repo.git('add', 'app.ts');
    },
    matchesIndex: true,
    files: [changed('app.ts', 'modified', 1, 0)],
  },
  {
    name: 'staged and untracked additions',
    prepare: (repo) => {
      repo.write('staged.ts', 'one\ntwo\n');
      repo.git('add', 'staged.ts');
      repo.write('untracked.ts', 'one\n');
    },
    matchesIndex: true,
    files: [changed('staged.ts', 'added', 2, 0), changed('untracked.ts', 'added', 1, 0)],
  },
  {
    name: 'new timestamp only',
    prepare: (repo) => {
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(repo.dir, 'app.ts'), later, later);
    },
    matchesIndex: true,
    files: [],
  },
  {
    name: 'unstaged edit',
    prepare: (repo) => repo.write('app.ts', numberedLines(1, 2)),
    matchesIndex: false,
    files: [changed('app.ts', 'modified', 0, 1)],
  },
  {
    name: 'staged edit undone on disk',
    prepare: (repo) => {
      repo.write('app.ts', numberedLines(1, 4));
      repo.git('add', 'app.ts');
      repo.write('app.ts', numberedLines(1, 3));
    },
    matchesIndex: false,
    files: [],
  },
  {
    name: 'file removed from the index only',
    prepare: (repo) => repo.git('rm', '--quiet', '--cached', 'keep.ts'),
    matchesIndex: true,
    files: [changed('keep.ts', 'modified', 1, 1)],
  },
  {
    name: 'file deleted from disk only',
    prepare: (repo) => rmSync(join(repo.dir, 'keep.ts')),
    matchesIndex: false,
    files: [changed('keep.ts', 'deleted', 0, 1)],
  },
  {
    name: 'intent-to-add file',
    prepare: (repo) => {
      repo.write('later.ts', 'one\ntwo\n');
      repo.git('add', '--intent-to-add', 'later.ts');
    },
    matchesIndex: false,
    files: [changed('later.ts', 'added', 2, 0)],
  },
  {
    name: 'edited assume-unchanged file',
    prepare: (repo) => {
      repo.git('update-index', '--assume-unchanged', 'app.ts');
      repo.write('app.ts', numberedLines(1, 5));
    },
    matchesIndex: true,
    files: [],
  },
  {
    name: 'edited skip-worktree file',
    prepare: (repo) => {
      repo.git('update-index', '--skip-worktree', 'app.ts');
      repo.write('app.ts', numberedLines(1, 5));
    },
    matchesIndex: true,
    files: [],
  },
  {
    name: 'skip-worktree file missing from disk, as in a sparse checkout',
    prepare: (repo) => {
      repo.git('update-index', '--skip-worktree', 'keep.ts');
      rmSync(join(repo.dir, 'keep.ts'));
    },
    matchesIndex: true,
    files: [],
  },
  {
    name: 'staged edit of a skip-worktree file',
    prepare: (repo) => {
      repo.write('app.ts', numberedLines(1, 4));
      repo.git('add', 'app.ts');
      repo.git('update-index', '--skip-worktree', 'app.ts');
      repo.write('app.ts', numberedLines(1, 6));
    },
    matchesIndex: true,
    files: [changed('app.ts', 'modified', 1, 0)],
  },
];

describe('diffWorkingTree', () => {
  it.each(cases)('$name', async ({ prepare, matchesIndex, files }) => {
    const { repo, base } = baseRepository();
    prepare(repo);

    const diff = await diffWorkingTree(repo.dir, base);

    expect(workingTreeMatchesIndex(diff.index)).toBe(matchesIndex);
    expect(diff.files).toEqual(files);
    // Where the quicker diff of the index is taken, git's own diff of the working tree agrees with it.
    if (matchesIndex) expect(repo.git('diff', '--raw', '--no-renames', base)).toBe(repo.git('diff', '--cached', '--raw', '--no-renames', base));
  });
});

describe('readIndexListing', () => {
  it('lists untracked files on request', async () => {
    const { repo } = baseRepository();
    repo.write('notes/new.md', '# new\n');
    repo.write('.gitignore', 'ignored.log\n');
    repo.write('ignored.log', 'log\n');

    const withUntracked = await readIndexListing(repo.dir, { untracked: true });
    const without = await readIndexListing(repo.dir, { untracked: false });

    expect(withUntracked.untracked).toEqual(['.gitignore', 'notes/new.md']);
    expect(without.untracked).toEqual([]);
    expect(withUntracked.entries.map((entry) => entry.path)).toEqual(['app.ts', 'keep.ts']);
    expect(without.entries).toEqual(withUntracked.entries);
  });

  it('marks a merge conflict as unmerged', async () => {
    const { repo } = baseRepository();
    repo.git('switch', '--quiet', '--create', 'other');
    repo.write('app.ts', 'other\n');
    repo.commit('other');
    repo.git('switch', '--quiet', 'main');
    repo.write('app.ts', 'main\n');
    repo.commit('main');
    expect(() => repo.git('merge', '--quiet', 'other')).toThrow();

    const listing = await readIndexListing(repo.dir, { untracked: true });

    expect(listing.unmerged).toBe(true);
    expect(listing.entries.filter((entry) => entry.path === 'app.ts')).toHaveLength(1);
    expect(workingTreeMatchesIndex(listing)).toBe(false);
  });
});
