import { describe, expect, it } from 'vitest';
import { readLineChanges } from '../../../src/validate/stage/line-changes.js';
import { numberedLines, TestRepo } from '../../git/fixture.js';

describe('readLineChanges', () => {
  it('lists added lines of commits, renames and untracked files', async () => {
    const repo = TestRepo.create('testmaster-line-changes-');
    try {
      repo.write('src/keep.ts', numberedLines(1, 10));
      repo.write('src/old-name.ts', numberedLines(1, 30, 'moved'));
      const base = repo.commit('base');
      repo.write('src/keep.ts', numberedLines(1, 4) + 'changed 5\n' + numberedLines(6, 10) + 'added 11\n');
      repo.git('mv', 'src/old-name.ts', 'src/new-name.ts');
      const head = repo.commit('head');
      repo.write('src/untracked.ts', 'one\ntwo\n');
      repo.write('src/keep.ts', numberedLines(1, 10) + 'added 11\n');

      const committed = await readLineChanges({ root: repo.dir, baseSha: base, headSha: head });
      const keep = committed.find((change) => change.path === 'src/keep.ts');
      const renamed = committed.find((change) => change.path === 'src/new-name.ts');
      expect(keep?.addedLines).toEqual([5, 11]);
      expect(renamed?.status).toBe('renamed');
      expect(renamed?.oldPath).toBe('src/old-name.ts');
      expect(committed.some((change) => change.path === 'src/untracked.ts')).toBe(false);

      const working = await readLineChanges({ root: repo.dir, baseSha: base, headSha: null });
      expect(working.find((change) => change.path === 'src/keep.ts')?.addedLines).toEqual([11]);
      expect(working.find((change) => change.path === 'src/untracked.ts')?.addedLines).toEqual([1, 2]);
    } finally {
      repo.remove();
    }
  });
});
