import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTrackedLines } from '../../src/git/line-counts.js';
import { TestRepo } from './fixture.js';

let repo: TestRepo;

/** Tracked files of every kind the count meets, one change left uncommitted in the working tree. */
beforeAll(() => {
  repo = TestRepo.create('testmaster-line-counts-');
  repo.write('lf.js', 'a\nb\n');
  repo.write('no-final-break.js', 'a\nb\nc');
  repo.write('crlf.js', 'a\r\nb\r\n');
  repo.write('empty.js', '');
  repo.write('binary.dat', Buffer.from([0x61, 0, 0x62, 0x0a]));
  repo.write('glob [x]*?.js', 'one\n');
  repo.write('src/sp ace/f.js', '1\n2\n3\n4\n');
  repo.write('edited.js', 'one\n');
  repo.commit('files');
  repo.write('edited.js', 'one\ntwo\nthree\n');
});

afterAll(() => repo.remove());

describe('countTrackedLines', () => {
  it.each([
    ['lf.js', 2],
    ['no-final-break.js', 3],
    ['crlf.js', 2],
    ['glob [x]*?.js', 1],
    ['src/sp ace/f.js', 4],
    ['edited.js', 3],
  ])('counts %s', async (path, lines) => {
    const counts = await countTrackedLines(repo.dir, [path]);

    expect(counts?.get(path)).toBe(lines);
  });

  it.each(['empty.js', 'binary.dat', 'untracked.js'])('leaves out %s', async (path) => {
    const counts = await countTrackedLines(repo.dir, [path, 'lf.js']);

    expect([...(counts?.keys() ?? [])]).toEqual(['lf.js']);
  });

  it('counts only the named files', async () => {
    const counts = await countTrackedLines(repo.dir, ['lf.js', 'crlf.js']);

    expect(counts).toEqual(new Map([['crlf.js', 2], ['lf.js', 2]]));
  });

  it('splits many paths into several calls', async () => {
    const paths = Array.from({ length: 3000 }, (_, index) => `missing/${'x'.repeat(20)}-${index}.js`);

    const counts = await countTrackedLines(repo.dir, [...paths, 'lf.js']);

    expect(counts).toEqual(new Map([['lf.js', 2]]));
  });

  it('returns null outside a repository', async () => {
    expect(await countTrackedLines('/', ['lf.js'])).toBeNull();
  });
});
