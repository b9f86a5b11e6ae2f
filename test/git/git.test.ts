import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { FileChange } from '../../src/git/diff-parse.js';
import {
  changedLines,
  isShallow,
  listFiles,
  mergeBase,
  repositoryRoot,
  resolveCommit,
} from '../../src/git/git.js';
import { runGit } from '../../src/git/run-git.js';
import { numberedLines, TestRepo } from './fixture.js';

const NEWLINE_NAME = 'new\nline "quoted"\tand tab.txt';
const UNICODE_NAME = 'docs/résumé 日本.md';

/**
 * One repository with a base branch `main` and a branch `feature` that
 * touches every kind of change. `main` moves on after the branch point.
 */
let repo: TestRepo;
let branchPoint: string;

beforeAll(() => {
  repo = TestRepo.create();
  repo.write('modified.ts', numberedLines(1, 10));
  repo.write('deleted.ts', numberedLines(1, 3, 'gone'));
  repo.write('renamed-old.ts', numberedLines(1, 20));
  repo.write('image.bin', Buffer.from([0, 1, 2, 3, 255]));
  repo.write('script.sh', 'echo hi\n');
  repo.write('no-newline.txt', 'a\nb');
  repo.write('base-only.ts', numberedLines(1, 5));
  repo.write('lib/keep.ts', 'export {};\n');
  branchPoint = repo.commit('base');

  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('modified.ts', numberedLines(1, 10).replace('line 3\n', 'changed 3\n').replace('line 7\n', 'line 7\nextra a\nextra b\n').replace('line 9\n', ''));
  repo.git('rm', '--quiet', 'deleted.ts');
  repo.git('rm', '--quiet', 'renamed-old.ts');
  repo.write('src/renamed new.ts', numberedLines(1, 20).replace('line 15\n', 'edited 15\n'));
  repo.write('image.bin', Buffer.from([0, 1, 2, 4, 255, 0]));
  repo.chmod('script.sh', 0o755);
  repo.write('no-newline.txt', 'a\nc');
  repo.write('added with spaces.ts', numberedLines(1, 4, 'new'));
  repo.write(NEWLINE_NAME, 'x\n');
  repo.write(UNICODE_NAME, 'one\ntwo\n');
  repo.write('empty.txt', '');
  repo.commit('feature');

  // The base branch moves on after the branch point; none of this may show up.
  repo.git('switch', '--quiet', 'main');
  repo.write('base-only.ts', numberedLines(1, 5).replace('line 2\n', 'main moved 2\n'));
  repo.write('modified.ts', `${numberedLines(1, 10)}main tail\n`);
  repo.commit('main moves on');
});

afterAll(() => repo.remove());

function byPath(files: FileChange[]): Map<string, FileChange> {
  return new Map(files.map((file) => [file.path, file]));
}

describe('changedLines', () => {
  it('diffs from the merge base, not the base tip', async () => {
    const changes = await changedLines(repo.dir, 'main', 'feature');

    expect(changes.mergeBase).toBe(branchPoint);
    expect(changes.base).toBe(await resolveCommit(repo.dir, 'main'));
    expect(changes.head).toBe(await resolveCommit(repo.dir, 'feature'));
    expect(changes.files.map((file) => file.path)).not.toContain('base-only.ts');
  });

  const cases: {
    name: string;
    path: string;
    expected: Partial<FileChange>;
  }[] = [
    {
      name: 'modified lines and deletions',
      path: 'modified.ts',
      expected: {
        status: 'modified',
        binary: false,
        addedLines: [3, 8, 9],
        deletedRanges: [
          { start: 3, count: 1 },
          { start: 9, count: 1 },
        ],
      },
    },
    {
      name: 'deleted file',
      path: 'deleted.ts',
      expected: { status: 'deleted', addedLines: [], deletedRanges: [{ start: 1, count: 3 }], newMode: '000000' },
    },
    {
      name: 'rename with edits',
      path: 'src/renamed new.ts',
      expected: {
        status: 'renamed',
        oldPath: 'renamed-old.ts',
        addedLines: [15],
        deletedRanges: [{ start: 15, count: 1 }],
      },
    },
    {
      name: 'binary file',
      path: 'image.bin',
      expected: { status: 'modified', binary: true, addedLines: [], deletedRanges: [] },
    },
    {
      name: 'mode-only change',
      path: 'script.sh',
      expected: { status: 'modified', oldMode: '100644', newMode: '100755', addedLines: [], deletedRanges: [] },
    },
    {
      name: 'file without trailing newline',
      path: 'no-newline.txt',
      expected: { status: 'modified', addedLines: [2], deletedRanges: [{ start: 2, count: 1 }] },
    },
    {
      name: 'added file with spaces',
      path: 'added with spaces.ts',
      expected: { status: 'added', oldMode: '000000', addedLines: [1, 2, 3, 4], deletedRanges: [] },
    },
    {
      name: 'name with newline, quotes and tab',
      path: NEWLINE_NAME,
      expected: { status: 'added', addedLines: [1] },
    },
    {
      name: 'non-ASCII name',
      path: UNICODE_NAME,
      expected: { status: 'added', addedLines: [1, 2] },
    },
    {
      name: 'empty added file',
      path: 'empty.txt',
      expected: { status: 'added', binary: false, addedLines: [], deletedRanges: [] },
    },
  ];

  it.each(cases)('reports $name', async ({ path, expected }) => {
    const changes = byPath((await changedLines(repo.dir, 'main', 'feature')).files);
    const change = changes.get(path);

    expect(change, `no change for ${JSON.stringify(path)}`).toBeDefined();
    expect(change).toMatchObject(expected);
  });

  it('reports the similarity of a rename', async () => {
    const changes = byPath((await changedLines(repo.dir, 'main', 'feature')).files);

    expect(changes.get('src/renamed new.ts')?.similarity).toBeGreaterThan(50);
  });

  it('reports a type change', async () => {
    const typed = TestRepo.create();
    try {
      typed.write('link', 'plain file\n');
      typed.write('target.txt', 'target\n');
      const first = typed.commit('plain');
      typed.git('rm', '--quiet', 'link');
      symlinkSync('target.txt', join(typed.dir, 'link'));
      typed.commit('symlink');

      const changes = byPath((await changedLines(typed.dir, first, 'HEAD')).files);

      expect(changes.get('link')).toMatchObject({ status: 'typeChanged', oldMode: '100644', newMode: '120000' });
    } finally {
      typed.remove();
    }
  });

  it('returns no files for identical commits', async () => {
    const changes = await changedLines(repo.dir, 'feature', 'feature');

    expect(changes.files).toEqual([]);
  });

  it('keeps a changed line that reads like a diff header', async () => {
    const local = TestRepo.create();
    try {
      local.write('a.txt', 'one\ntwo\n');
      const first = local.commit('first');
      local.write('a.txt', 'one\ndiff --git a/x b/x\n@@ -1 +1 @@\n');
      local.write('b.txt', 'b\n');
      local.commit('second');

      const changes = byPath((await changedLines(local.dir, first, 'HEAD')).files);

      expect(changes.get('a.txt')?.addedLines).toEqual([2, 3]);
      expect(changes.get('b.txt')?.addedLines).toEqual([1]);
    } finally {
      local.remove();
    }
  });
});

describe('refs', () => {
  it('rejects a missing ref', async () => {
    const failure = changedLines(repo.dir, 'no-such-branch', 'feature');

    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/"no-such-branch" was not found.*fetch-depth: 0/);
  });

  it('rejects a missing commit SHA', async () => {
    await expect(resolveCommit(repo.dir, 'deadbeef'.repeat(5))).rejects.toThrow(/was not found/);
  });

  it.each(['--output=/tmp/pwned', '-p', '--upload-pack=touch /tmp/pwned'])('rejects option-like ref %s', async (ref) => {
    await expect(changedLines(repo.dir, ref, 'feature')).rejects.toThrow(/starts with "-"/);
    await expect(changedLines(repo.dir, 'main', ref)).rejects.toThrow(/starts with "-"/);
    await expect(resolveCommit(repo.dir, ref)).rejects.toBeInstanceOf(UserError);
  });

  it.each(['^main', 'main..feature', 'main...feature', '^HEAD~1'])('rejects range %s', async (ref) => {
    await expect(resolveCommit(repo.dir, ref)).rejects.toThrow(/names a range of commits, not one commit/);
  });

  it('rejects an empty ref', async () => {
    await expect(resolveCommit(repo.dir, '')).rejects.toThrow(/empty/);
  });

  it('resolves a tag to its commit', async () => {
    repo.git('tag', '--annotate', '-m', 'tag', 'v1', branchPoint);

    expect(await resolveCommit(repo.dir, 'v1')).toBe(branchPoint);
  });

  it('finds the merge base', async () => {
    expect(await mergeBase(repo.dir, 'main', 'feature')).toBe(branchPoint);
  });

  it('returns null without a common ancestor', async () => {
    repo.git('switch', '--quiet', '--orphan', 'orphan');
    const orphan = repo.commit('unrelated');
    repo.git('switch', '--quiet', '--force', 'main');

    expect(await mergeBase(repo.dir, 'main', orphan)).toBeNull();
    await expect(changedLines(repo.dir, 'main', orphan)).rejects.toThrow(/no common ancestor/);
  });
});

describe('repository queries', () => {
  it('finds the root from a subfolder', async () => {
    const root = await repositoryRoot(join(repo.dir, 'lib'));

    expect(realpathSync(root)).toBe(realpathSync(repo.dir));
  });

  it('returns the root when asked from the root', async () => {
    const root = await repositoryRoot(join(repo.dir, 'lib'));

    expect(await repositoryRoot(root)).toBe(root);
  });

  it('rejects a folder outside a repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'testmaster-plain-'));
    try {
      await expect(repositoryRoot(plain)).rejects.toBeInstanceOf(UserError);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('lists tracked files from a subfolder', async () => {
    repo.git('switch', '--quiet', 'feature');
    try {
      const files = await listFiles(join(repo.dir, 'lib'));

      expect(files).toContain(NEWLINE_NAME);
      expect(files).toContain(UNICODE_NAME);
      expect(files).toContain('src/renamed new.ts');
      expect(files).not.toContain('renamed-old.ts');
    } finally {
      repo.git('switch', '--quiet', 'main');
    }
  });

  it('reports a full clone as not shallow', async () => {
    expect(await isShallow(repo.dir)).toBe(false);
  });
});

describe('runGit', () => {
  it('names a missing working folder', async () => {
    const missing = join(tmpdir(), 'testmaster-no-such-folder', 'deeper');
    await expect(runGit(missing, ['status'])).rejects.toThrow(new UserError(`The folder ${missing} does not exist. Run TestMaster in a checkout, or name one with -C`));
  });
});
