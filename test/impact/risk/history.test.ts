/**
 * The history adapter against real repositories: commits by several authors
 * (set through GIT_AUTHOR_EMAIL per commit), dates inside and outside the
 * window, a rename, hostile file names and a shallow clone.
 */

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { chunkPaths, fileHistory, hashEmail, parseLog, PATH_ARGUMENTS_MAX_CHARACTERS, type PathHistory } from '../../../src/git/history.js';
import { TestRepo } from '../../git/fixture.js';

const DAY_SECONDS = 86_400;
const NOW = Math.floor(Date.now() / 1000);
const WILDCARD_NAME = 'src/[id]/*.ts';
const NEWLINE_NAME = '\nstarts with a line feed.ts';
/** `src/b\xff*.ts` as `decodeGitPath` gives it: byte 0xff is not UTF-8, and `*` is a glob character. */
const NON_UTF8_NAME = 'src/b\udcff*.ts';

/** Writes a file whose name byte after `src/b` is `byte`, which no UTF-8 string can name. */
function writeByteName(target: TestRepo, byte: number, content: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${target.dir}/src/b`), Buffer.of(byte), Buffer.from('*.ts')]), content);
}

let repo: TestRepo;
let head: string;

/** Commits everything staged with the given author address, `daysAgo` days back. */
function commitAs(target: TestRepo, email: string, daysAgo: number, message: string): string {
  const date = `@${NOW - daysAgo * DAY_SECONDS} +0000`;
  target.git('add', '--all');
  execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
    cwd: target.dir,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: email,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return target.git('rev-parse', 'HEAD').trim();
}

function byPath(files: PathHistory[]): Map<string, PathHistory> {
  return new Map(files.map((file) => [file.path, file]));
}

beforeAll(() => {
  repo = TestRepo.create('testmaster-history-');
  repo.write('src/core.ts', 'v1\n');
  repo.write('src/old-name.ts', 'moved\n');
  commitAs(repo, 'old@example.com', 200, 'outside the window');

  repo.write('src/core.ts', 'v2\n');
  repo.write('src/util.ts', 'u1\n');
  commitAs(repo, 'ada@example.com', 60, 'ada 1');

  repo.write('src/core.ts', 'v3\n');
  commitAs(repo, 'ADA@Example.com', 50, 'ada 2, other case');

  repo.write('src/core.ts', 'v4\n');
  repo.write('src/util.ts', 'u2\n');
  commitAs(repo, 'bob@example.com', 40, 'bob');

  repo.git('mv', 'src/old-name.ts', 'src/new-name.ts');
  commitAs(repo, 'cy@example.com', 30, 'rename');

  repo.write(WILDCARD_NAME, 'w\n');
  repo.write(NEWLINE_NAME, 'n\n');
  writeByteName(repo, 0xff, 'b\n');
  writeByteName(repo, 0xfe, 'b\n');
  commitAs(repo, 'cy@example.com', 20, 'odd names');

  repo.write('src/[id]/x.ts', 'not the wildcard file\n');
  repo.write('other.ts', 'o\n');
  // Only the sibling whose name differs in the one byte changes here.
  writeByteName(repo, 0xfe, 'b2\n');
  head = commitAs(repo, 'dee@example.com', 10, 'unrelated');
});

afterAll(() => repo.remove());

describe('fileHistory', () => {
  it('counts commits and authors per path', async () => {
    const history = await fileHistory(repo.dir, ['src/core.ts', 'src/util.ts'], { since: '90 days', until: head });
    const files = byPath(history.files);

    expect(files.get('src/core.ts')?.commits).toBe(3);
    expect(files.get('src/core.ts')?.authors).toEqual([hashEmail('ada@example.com'), hashEmail('bob@example.com')].sort());
    expect(files.get('src/util.ts')?.commits).toBe(2);
    expect(files.get('src/util.ts')?.authors).toHaveLength(2);
  });

  it('counts distinct commits and authors in total', async () => {
    const history = await fileHistory(repo.dir, ['src/core.ts', 'src/util.ts'], { since: '90 days', until: head });

    expect(history.commits).toBe(3);
    expect(history.authors).toEqual([hashEmail('ada@example.com'), hashEmail('bob@example.com')].sort());
    expect(history.since).toBe('90 days');
    expect(history.shallow).toBe(false);
  });

  it('leaves out commits before the window', async () => {
    const wide = await fileHistory(repo.dir, ['src/core.ts'], { since: '365 days', until: head });
    const narrow = await fileHistory(repo.dir, ['src/core.ts'], { since: '45 days', until: head });

    expect(wide.files[0]?.commits).toBe(4);
    expect(wide.authors).toContain(hashEmail('old@example.com'));
    expect(narrow.files[0]?.commits).toBe(1);
  });

  it('stores no address', async () => {
    const history = await fileHistory(repo.dir, ['src/core.ts'], { since: '365 days', until: head });
    const text = JSON.stringify(history);

    expect(text).not.toContain('@');
    for (const author of history.authors) expect(author).toMatch(/^[0-9a-f]{64}$/);
  });

  it('follows no rename', async () => {
    const history = await fileHistory(repo.dir, ['src/new-name.ts', 'src/old-name.ts'], { since: '365 days', until: head });
    const files = byPath(history.files);

    expect(files.get('src/new-name.ts')?.commits).toBe(1);
    // The old path was added 200 days ago and deleted by the rename.
    expect(files.get('src/old-name.ts')?.commits).toBe(2);
  });

  it('reads wildcard characters literally', async () => {
    const history = await fileHistory(repo.dir, [WILDCARD_NAME], { since: '90 days', until: head });

    expect(history.files).toEqual([{ path: WILDCARD_NAME, commits: 1, authors: [hashEmail('cy@example.com')] }]);
  });

  it('keeps a leading line feed of a name', async () => {
    const history = await fileHistory(repo.dir, [NEWLINE_NAME], { since: '90 days', until: head });

    expect(history.files[0]?.commits).toBe(1);
  });

  it('reads a name that is not UTF-8', async () => {
    const history = await fileHistory(repo.dir, [NON_UTF8_NAME], { since: '90 days', until: head });

    expect(history.files).toEqual([{ path: NON_UTF8_NAME, commits: 1, authors: [hashEmail('cy@example.com')] }]);
  });

  it('reports untouched and duplicate paths once', async () => {
    const history = await fileHistory(repo.dir, ['missing.ts', 'src/util.ts', 'missing.ts'], { since: '90 days', until: head });

    expect(history.files.map((file) => [file.path, file.commits])).toEqual([
      ['missing.ts', 0],
      ['src/util.ts', 2],
    ]);
  });

  it('returns empty counts for no paths', async () => {
    const history = await fileHistory(repo.dir, [], { since: '90 days', until: head });

    expect(history).toEqual({ files: [], commits: 0, authors: [], since: '90 days', shallow: false });
  });

  it.each([
    ['an unknown ref', 'no-such-ref'],
    ['a missing full SHA', 'f'.repeat(40)],
    ['a tree', 'HEAD^{tree}'],
  ])('rejects %s as end commit', async (_name, until) => {
    await expect(fileHistory(repo.dir, ['src/core.ts'], { since: '90 days', until })).rejects.toThrow(UserError);
  });

  it('rejects an option-like end commit', async () => {
    await expect(fileHistory(repo.dir, ['src/core.ts'], { since: '90 days', until: '--all' })).rejects.toThrow(/starts with "-"/);
  });

  it('rejects an empty window start', async () => {
    await expect(fileHistory(repo.dir, ['src/core.ts'], { since: ' ', until: head })).rejects.toThrow(/history window/);
  });

  it('rejects an empty path', async () => {
    await expect(fileHistory(repo.dir, [''], { since: '90 days', until: head })).rejects.toThrow(/empty path/);
  });
});

describe('fileHistory in a shallow clone', () => {
  let clone: TestRepo;

  beforeAll(() => {
    clone = TestRepo.clone(repo, '--depth=2');
  });

  afterAll(() => clone.remove());

  it('returns what it has and says so', async () => {
    const cloneHead = clone.git('rev-parse', 'HEAD').trim();
    const history = await fileHistory(clone.dir, ['src/core.ts', 'other.ts'], { since: '365 days', until: cloneHead });
    const files = byPath(history.files);

    expect(history.shallow).toBe(true);
    expect(files.get('other.ts')?.commits).toBe(1);
    expect(history.authors).toEqual([hashEmail('dee@example.com')]);
  });

  it('leaves out the boundary commit', async () => {
    // The clone contains "unrelated" and its parent "odd names", the boundary. Git
    // would list every file of the boundary's tree, src/core.ts included.
    const cloneHead = clone.git('rev-parse', 'HEAD').trim();
    const history = await fileHistory(clone.dir, ['src/core.ts', WILDCARD_NAME], { since: '365 days', until: cloneHead });
    const files = byPath(history.files);

    expect(files.get('src/core.ts')?.commits).toBe(0);
    expect(files.get(WILDCARD_NAME)?.commits).toBe(0);
    expect(history.commits).toBe(0);
  });
});

describe('chunkPaths', () => {
  it('keeps every chunk within the budget', () => {
    const paths = Array.from({ length: 100 }, (_, index) => `src/module-${String(index).padStart(3, '0')}.ts`);
    const chunks = chunkPaths(paths, 200);

    expect(chunks.flat()).toEqual(paths);
    for (const chunk of chunks) {
      const size = chunk.reduce((sum, path) => sum + ':(top,literal)'.length + path.length + 1, 0);
      expect(size).toBeLessThanOrEqual(200);
    }
  });

  it('gives an oversized path its own chunk', () => {
    const long = 'x'.repeat(500);

    expect(chunkPaths(['a.ts', long, 'b.ts'], 100)).toEqual([['a.ts'], [long], ['b.ts']]);
  });

  it('returns no chunk for no paths', () => {
    expect(chunkPaths([], 100)).toEqual([]);
  });
});

describe('fileHistory over several chunks', () => {
  it('counts a commit seen in two chunks once', async () => {
    // About 90,000 characters of paths between the two files put them in different chunks.
    const many = Array.from({ length: 2_000 }, (_, index) => `missing/${'m'.repeat(20)}-${index}.ts`);
    const paths = ['src/core.ts', ...many, 'src/util.ts'];
    const chunks = chunkPaths(paths, PATH_ARGUMENTS_MAX_CHARACTERS);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]).toContain('src/core.ts');
    expect(chunks[chunks.length - 1]).toContain('src/util.ts');

    const history = await fileHistory(repo.dir, paths, { since: '90 days', until: head });

    // "ada 1" and "bob" changed both files and are seen in both chunks.
    expect(history.commits).toBe(3);
    expect(byPath(history.files).get('src/core.ts')?.commits).toBe(3);
    expect(byPath(history.files).get('src/util.ts')?.commits).toBe(2);
    expect(history.files).toHaveLength(2_002);
  });
});

describe('parseLog', () => {
  const sha = 'a'.repeat(40);

  it('parses headers and paths', () => {
    const output = Buffer.from(`\0${sha} x@example.com\0\nfirst.ts\0second.ts\0\0${'b'.repeat(40)} \0\nthird.ts\0`);

    expect(parseLog(output)).toEqual([
      { sha, email: 'x@example.com', paths: ['first.ts', 'second.ts'] },
      { sha: 'b'.repeat(40), email: '', paths: ['third.ts'] },
    ]);
  });

  it('keeps a path that looks like a header', () => {
    const fake = `${'c'.repeat(40)} fake@example.com`;
    const output = Buffer.from(`\0${sha} x@example.com\0\nreal.ts\0${fake}\0`);

    expect(parseLog(output)).toEqual([{ sha, email: 'x@example.com', paths: ['real.ts', fake] }]);
  });

  it('rejects output that is not a log', () => {
    expect(() => parseLog(Buffer.from('\0not a header\0'))).toThrow(/not a commit header/);
  });
});
