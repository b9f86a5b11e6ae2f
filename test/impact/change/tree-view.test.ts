import { rmSync, symlinkSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { listIndexedFiles, listTreeFiles, readBlobs } from '../../../src/git/tree-view.js';
import { LATIN1_NAME, LATIN1_NAME_DECODED, RepoList, writeBytesName, type TestRepo } from './fixture.js';

/** Arguments of every git process that the code under test spawns. */
const spawned = vi.hoisted(() => [] as string[][]);

vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  // Local git commands run with spawnSync and fetch with spawn, so both are counted.
  const spawn = ((command: string, args: readonly string[], options: object) => {
    spawned.push([...args]);
    return actual.spawn(command, args, options);
  }) as typeof actual.spawn;
  const spawnSync = ((command: string, args: readonly string[], options: object) => {
    spawned.push([...args]);
    return actual.spawnSync(command, args, options);
  }) as typeof actual.spawnSync;
  return { ...actual, spawn, spawnSync };
});

const NEWLINE_NAME = 'odd/new\nline\t"name".ts';
const MANY_FILES = 300;

const repos = new RepoList();
let repo: TestRepo;
let headSha: string;

beforeAll(() => {
  repo = repos.create('testmaster-tree-view-');
  repo.write('src/app.ts', 'export const app = 1;\n');
  repo.write('image.bin', Buffer.from([0, 255, 10, 0, 13]));
  repo.write(NEWLINE_NAME, 'odd\n');
  writeBytesName(repo, LATIN1_NAME, 'latin-1\n');
  symlinkSync('src/app.ts', join(repo.dir, 'link.ts'));
  for (let index = 0; index < MANY_FILES; index++) repo.write(`many/file-${index}.txt`, `content ${index}\n`);
  headSha = repo.commit('tree');
});

beforeEach(() => {
  spawned.length = 0;
});

afterAll(() => repos.removeAll());

describe('listTreeFiles', () => {
  it('lists every path of the commit', async () => {
    const files = await listTreeFiles(repo.dir, headSha);

    expect(files).toHaveLength(MANY_FILES + 5);
    expect(files).toEqual(expect.arrayContaining(['src/app.ts', 'image.bin', 'link.ts', NEWLINE_NAME, LATIN1_NAME_DECODED]));
  });

  it('lists the whole tree from a subfolder', async () => {
    const files = await listTreeFiles(join(repo.dir, 'src'), 'HEAD');

    expect(files).toContain('many/file-0.txt');
  });

  it('rejects a missing revision', async () => {
    const listing = listTreeFiles(repo.dir, 'no-such-branch');

    await expect(listing).rejects.toBeInstanceOf(UserError);
    await expect(listing).rejects.toThrow(/"no-such-branch" was not found/);
  });

  it('rejects an option-like revision', async () => {
    await expect(listTreeFiles(repo.dir, '--output=x')).rejects.toThrow(/starts with "-"/);
  });
});

describe('readBlobs', () => {
  it('reads text, binary and odd names', async () => {
    const blobs = await readBlobs(repo.dir, headSha, ['src/app.ts', 'image.bin', NEWLINE_NAME, LATIN1_NAME_DECODED]);

    expect(blobs.get('src/app.ts')?.toString()).toBe('export const app = 1;\n');
    expect(blobs.get('image.bin')).toEqual(Buffer.from([0, 255, 10, 0, 13]));
    expect(blobs.get(NEWLINE_NAME)?.toString()).toBe('odd\n');
    expect(blobs.get(LATIN1_NAME_DECODED)?.toString()).toBe('latin-1\n');
  });

  it('gives the blob SHA of each path read on request', async () => {
    const ids = new Map<string, string>();

    await readBlobs(repo.dir, headSha, ['src/app.ts', 'missing.ts'], ids);

    expect([...ids]).toEqual([['src/app.ts', repo.git('rev-parse', `${headSha}:src/app.ts`).trim()]]);
  });

  it('reads a symlink as its target', async () => {
    const blobs = await readBlobs(repo.dir, headSha, ['link.ts']);

    expect(blobs.get('link.ts')?.toString()).toBe('src/app.ts');
  });

  it('leaves out missing paths and folders', async () => {
    const blobs = await readBlobs(repo.dir, headSha, ['missing.ts', 'src', 'many\nfile-1.txt', 'src/app.ts']);

    expect([...blobs.keys()]).toEqual(['src/app.ts']);
  });

  it('reads many files in one process', async () => {
    const paths = Array.from({ length: MANY_FILES }, (_, index) => `many/file-${index}.txt`);

    const blobs = await readBlobs(repo.dir, headSha, paths);

    expect(blobs.size).toBe(MANY_FILES);
    expect(blobs.get('many/file-299.txt')?.toString()).toBe('content 299\n');
    expect(spawned.filter((args) => args[0] === 'cat-file')).toHaveLength(1);
    // A full SHA is checked by the cat-file process itself, so no rev-parse runs.
    expect(spawned).toHaveLength(1);
  });

  it('reads by ref name', async () => {
    const blobs = await readBlobs(repo.dir, 'HEAD', ['src/app.ts']);

    expect(blobs.get('src/app.ts')?.toString()).toBe('export const app = 1;\n');
  });

  it.each([
    ['missing full SHA', 'f'.repeat(40)],
    ['missing ref', 'no-such-branch'],
  ])('rejects a %s', async (_name, revision) => {
    const reading = readBlobs(repo.dir, revision, ['src/app.ts']);

    await expect(reading).rejects.toBeInstanceOf(UserError);
    await expect(reading).rejects.toThrow(`${JSON.stringify(revision)} was not found`);
  });

  it('spawns nothing for no paths', async () => {
    expect((await readBlobs(repo.dir, headSha, [])).size).toBe(0);
    expect(spawned).toEqual([]);
  });
});

describe('listIndexedFiles', () => {
  let worktree: TestRepo;

  beforeAll(() => {
    worktree = repos.create('testmaster-indexed-');
    worktree.write('clean.ts', 'clean\n');
    worktree.write('edited.ts', 'before\n');
    worktree.write('deleted.ts', 'deleted\n');
    worktree.write(NEWLINE_NAME, 'before\n');
    worktree.write('target-a.ts', 'a\n');
    worktree.write('same-size.ts', 'aaaa\n');
    worktree.write('touched.ts', 'touched\n');
    worktree.write('assumed.ts', 'assumed\n');
    symlinkSync('target-a.ts', join(worktree.dir, 'link.ts'));
    worktree.commit('base');
    worktree.git('update-index', '--assume-unchanged', 'assumed.ts');

    worktree.write('edited.ts', 'after\n');
    worktree.write(NEWLINE_NAME, 'after\n');
    worktree.write('staged.ts', 'staged\n');
    worktree.git('add', 'staged.ts');
    worktree.write('staged.ts', 'staged, then edited\n');
    rmSync(join(worktree.dir, 'deleted.ts'));
    unlinkSync(join(worktree.dir, 'link.ts'));
    symlinkSync('target-b.ts', join(worktree.dir, 'link.ts'));
    worktree.write('untracked.ts', 'untracked\n');
    // Same size, and the timestamps of the index record set later than the file's, so only the content tells the edit apart.
    worktree.write('same-size.ts', 'bbbb\n');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(worktree.dir, 'same-size.ts'), past, past);
    worktree.write('touched.ts', 'touched\n');
    worktree.write('assumed.ts', 'assumed, then edited\n');
  });

  /** Computes the blob SHA of `content` with git itself. */
  function blobOf(content: string): string {
    const file = 'hash-input.tmp';
    worktree.write(file, content);
    try {
      return worktree.git('hash-object', '--no-filters', file).trim();
    } finally {
      rmSync(join(worktree.dir, file));
    }
  }

  it('hashes the working tree content', async () => {
    const files = new Map((await listIndexedFiles(worktree.dir)).map((file) => [file.path, file.blob]));

    expect([...files.keys()].sort()).toEqual(
      ['assumed.ts', 'clean.ts', 'edited.ts', 'link.ts', NEWLINE_NAME, 'same-size.ts', 'staged.ts', 'target-a.ts', 'touched.ts'].sort(),
    );
    expect(files.get('clean.ts')).toBe(blobOf('clean\n'));
    expect(files.get('edited.ts')).toBe(blobOf('after\n'));
    expect(files.get(NEWLINE_NAME)).toBe(blobOf('after\n'));
    expect(files.get('staged.ts')).toBe(blobOf('staged, then edited\n'));
  });

  it.each([
    ['a same-size edit', 'same-size.ts', 'bbbb\n'],
    ['a file rewritten unchanged', 'touched.ts', 'touched\n'],
    ['an assume-unchanged edit', 'assumed.ts', 'assumed, then edited\n'],
  ])('hashes %s by content', async (_case, path, content) => {
    const files = new Map((await listIndexedFiles(worktree.dir)).map((file) => [file.path, file.blob]));

    expect(files.get(path)).toBe(blobOf(content));
  });

  it('hashes a symlink as its target', async () => {
    const files = new Map((await listIndexedFiles(worktree.dir)).map((file) => [file.path, file.blob]));

    expect(files.get('link.ts')).toBe(blobOf('target-b.ts'));
  });

  it('hashes all edited files in one process', async () => {
    await listIndexedFiles(worktree.dir);

    const hashing = spawned.filter((args) => args[0] === 'hash-object');
    expect(hashing).toEqual([
      ['hash-object', '--stdin-paths'],
      ['hash-object', '-t', 'blob', '--no-filters', '--stdin'],
    ]);
  });
});
