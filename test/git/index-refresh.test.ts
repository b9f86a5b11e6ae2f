import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listingReadFiles, refreshIndexTimestamps } from '../../src/git/index-refresh.js';
import { TestRepo } from './fixture.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** Creates a repository with `app.ts` committed, then gives the file a timestamp a minute ahead while its content stays the same. */
function touchedRepository(): TestRepo {
  const repo = TestRepo.create('testmaster-index-refresh-');
  repos.push(repo);
  repo.write('app.ts', 'export const app = 1;\n');
  repo.commit('base');
  const later = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
  utimesSync(join(repo.dir, 'app.ts'), later, later);
  return repo;
}

/** Returns the modification time, in whole seconds, that the index records for `path`. */
function indexedSeconds(repo: TestRepo, path: string): number {
  const debug = repo.git('ls-files', '--debug', '--', path);
  const match = /mtime: (\d+):/.exec(debug);
  if (match === null) throw new Error(`no mtime in ${debug}`);
  return Number(match[1]);
}

describe('listingReadFiles', () => {
  it('allows a fixed time plus a few microseconds per entry', () => {
    expect(listingReadFiles(4, 0)).toBe(false);
    expect(listingReadFiles(20, 3_000)).toBe(false);
    expect(listingReadFiles(33, 3_000)).toBe(true);
    expect(listingReadFiles(90, 2_400)).toBe(true);
    expect(listingReadFiles(30, 10_000)).toBe(false);
  });
});

describe('refreshIndexTimestamps', () => {
  it('writes the new timestamp of a file whose content is unchanged', async () => {
    const repo = touchedRepository();
    const before = indexedSeconds(repo, 'app.ts');

    await refreshIndexTimestamps(repo.dir);

    expect(indexedSeconds(repo, 'app.ts')).toBeGreaterThan(before);
    expect(repo.git('diff', '--cached', '--name-only', 'HEAD')).toBe('');
  });

  it('leaves the index alone when GIT_OPTIONAL_LOCKS is 0', async () => {
    const repo = touchedRepository();
    const before = indexedSeconds(repo, 'app.ts');

    await refreshIndexTimestamps(repo.dir, { GIT_OPTIONAL_LOCKS: '0' });

    expect(indexedSeconds(repo, 'app.ts')).toBe(before);
  });

  it('keeps an edited file modified', async () => {
    const repo = touchedRepository();
    repo.write('app.ts', 'export const app = 2;\n');

    await refreshIndexTimestamps(repo.dir);

    expect(repo.git('ls-files', '-m')).toBe('app.ts\n');
  });

  it('gives up quietly when another process holds the index lock', async () => {
    const repo = touchedRepository();
    const before = indexedSeconds(repo, 'app.ts');
    writeFileSync(join(repo.dir, '.git', 'index.lock'), '');

    await expect(refreshIndexTimestamps(repo.dir)).resolves.toBeUndefined();

    expect(indexedSeconds(repo, 'app.ts')).toBe(before);
  });
});
