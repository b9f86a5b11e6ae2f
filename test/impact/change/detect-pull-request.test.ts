import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { detectChange } from '../../../src/impact/change/detect-change.js';
import type { ChangeScope } from '../../../src/impact/model.js';
import {
  addSubmodule,
  byPath,
  changed,
  LATIN1_NAME,
  LATIN1_NAME_DECODED,
  numberedLines,
  RepoList,
  writeBytesName,
  type TestRepo,
} from './fixture.js';

const NEWLINE_NAME = 'notes/new\nline "quoted"\tand tab.md';
const UNICODE_NAME = 'docs/résumé 日本.md';

const repos = new RepoList();
let repo: TestRepo;
let branchPoint: string;
let featureSha: string;
let scope: ChangeScope;

/**
 * `feature` branches off `main` and makes every kind of change. `main` then
 * moves on and touches files of its own, which the pull request must not list.
 */
beforeAll(async () => {
  const library = repos.create('testmaster-library-');
  library.write('lib.ts', 'export const version = 1;\n');
  library.commit('library 1');

  repo = repos.create('testmaster-pull-request-');
  repo.write('app.ts', numberedLines(1, 10));
  repo.write('old-name.ts', numberedLines(1, 20));
  repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  repo.write('base-only.ts', numberedLines(1, 5));
  repo.write('removed.ts', numberedLines(1, 3));
  addSubmodule(repo, library, 'vendor/library');
  branchPoint = repo.commit('base');

  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('app.ts', numberedLines(1, 10).replace('line 3\n', 'changed 3\n').replace('line 9\n', ''));
  repo.git('rm', '--quiet', 'old-name.ts');
  repo.write('src/new-name.ts', numberedLines(1, 20));
  repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9]));
  repo.git('rm', '--quiet', 'removed.ts');
  repo.write(NEWLINE_NAME, 'one\ntwo\n');
  repo.write(UNICODE_NAME, 'un\ndeux\ntrois');
  writeBytesName(repo, LATIN1_NAME, 'latin-1 name\n');
  library.write('lib.ts', 'export const version = 2;\n');
  library.commit('library 2');
  repo.git('-C', 'vendor/library', 'pull', '--quiet', 'origin', 'main');
  repo.git('add', 'vendor/library');
  // A pull request may try to hide its submodule update from impact analysis.
  repo.git('config', '--file', '.gitmodules', 'submodule.vendor/library.ignore', 'all');
  featureSha = repo.commit('feature');

  repo.git('switch', '--quiet', 'main');
  repo.write('base-only.ts', numberedLines(1, 5).replace('line 2\n', 'main moved\n'));
  repo.write('app.ts', `${numberedLines(1, 10)}main tail\n`);
  repo.commit('main moves on');

  scope = await detectChange(repo.dir, { kind: 'pull-request', baseRef: 'main', headRef: 'feature' });
});

afterAll(() => repos.removeAll());

describe('detectChange for a pull request', () => {
  it('diffs from the true merge base', () => {
    expect(scope.mode).toBe('pull-request');
    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.headSha).toBe(featureSha);
    expect(scope.fullRunReason).toBeNull();
    expect(scope.notes).toEqual([]);
  });

  it('leaves out changes of the moved base', () => {
    const paths = scope.files.map((file) => file.path);

    expect(paths).not.toContain('base-only.ts');
    expect(byPath(scope.files).get('app.ts')).toEqual(changed('app.ts', 'modified', 1, 2));
  });

  it('lists every changed path once', () => {
    expect(scope.files.map((file) => file.path)).toEqual([
      '.gitmodules',
      'app.ts',
      LATIN1_NAME_DECODED,
      UNICODE_NAME,
      'logo.png',
      NEWLINE_NAME,
      'old-name.ts',
      'removed.ts',
      'src/new-name.ts',
      'vendor/library',
    ]);
  });

  it('reports a rename as delete plus add', () => {
    const files = byPath(scope.files);

    expect(files.get('old-name.ts')).toEqual(changed('old-name.ts', 'deleted', 0, 20));
    expect(files.get('src/new-name.ts')).toEqual(changed('src/new-name.ts', 'added', 20, 0));
  });

  it('flags a binary file', () => {
    expect(byPath(scope.files).get('logo.png')).toEqual(changed('logo.png', 'modified', 0, 0, true));
  });

  it('keeps paths with newlines, tabs and quotes', () => {
    expect(byPath(scope.files).get(NEWLINE_NAME)).toEqual(changed(NEWLINE_NAME, 'added', 2, 0));
  });

  it('decodes a UTF-8 path', () => {
    expect(byPath(scope.files).get(UNICODE_NAME)).toEqual(changed(UNICODE_NAME, 'added', 3, 0));
  });

  it('keeps a path that is not UTF-8', () => {
    expect(byPath(scope.files).get(LATIN1_NAME_DECODED)).toEqual(changed(LATIN1_NAME_DECODED, 'added', 1, 0));
  });

  it('counts a deleted file', () => {
    expect(byPath(scope.files).get('removed.ts')).toEqual(changed('removed.ts', 'deleted', 0, 3));
  });

  it('counts a submodule update', () => {
    expect(byPath(scope.files).get('vendor/library')).toEqual({ ...changed('vendor/library', 'modified', 1, 1), submodule: true });
  });

  it('counts a submodule update despite ignore=all', async () => {
    // Git reads .gitmodules from the checkout, which in CI is the pull request's commit.
    repo.git('switch', '--quiet', '--detach', 'feature');
    try {
      const checkedOut = await detectChange(repo.dir, { kind: 'pull-request', baseRef: 'main', headRef: 'feature' });

      expect(byPath(checkedOut.files).get('vendor/library')).toEqual({ ...changed('vendor/library', 'modified', 1, 1), submodule: true });
    } finally {
      repo.git('switch', '--quiet', 'main');
    }
  });

  it('accepts commit SHAs', async () => {
    const bySha = await detectChange(repo.dir, { kind: 'pull-request', baseRef: branchPoint, headRef: featureSha });

    expect(bySha.baseSha).toBe(branchPoint);
    expect(bySha.files).toEqual(scope.files);
  });

  it('works from a subfolder', async () => {
    const fromSubfolder = await detectChange(`${repo.dir}/vendor`, { kind: 'pull-request', baseRef: 'main', headRef: 'feature' });

    expect(fromSubfolder.files).toEqual(scope.files);
  });
});

describe('detectChange input checks', () => {
  it('rejects an option-like base ref', async () => {
    const detection = detectChange(repo.dir, { kind: 'pull-request', baseRef: '--output=/tmp/x', headRef: 'feature' });

    await expect(detection).rejects.toBeInstanceOf(UserError);
    await expect(detection).rejects.toThrow(/base ref "--output=\/tmp\/x" starts with "-"/);
  });

  it('rejects an option-like head ref', async () => {
    await expect(detectChange(repo.dir, { kind: 'pull-request', baseRef: 'main', headRef: '-p' })).rejects.toThrow(
      /head ref "-p" starts with "-"/,
    );
  });

  it('rejects an option-like remote', async () => {
    await expect(
      detectChange(repo.dir, { kind: 'pull-request', baseRef: 'main', headRef: 'feature' }, { remote: '--upload-pack=x' }),
    ).rejects.toThrow(/remote "--upload-pack=x" starts with "-"/);
  });

  it('rejects a missing branch', async () => {
    const detection = detectChange(repo.dir, { kind: 'pull-request', baseRef: 'release', headRef: 'feature' });

    await expect(detection).rejects.toBeInstanceOf(UserError);
    await expect(detection).rejects.toThrow(/"release" was not found/);
  });

  it('rejects a head SHA it cannot fetch', async () => {
    const missing = 'f'.repeat(40);
    const detection = detectChange(repo.dir, { kind: 'pull-request', baseRef: 'main', headRef: missing });

    await expect(detection).rejects.toBeInstanceOf(UserError);
    await expect(detection).rejects.toThrow(/fetch-depth: 0/);
  });

  it('runs everything for a base SHA it cannot fetch', async () => {
    const missing = 'e'.repeat(40);
    const result = await detectChange(repo.dir, { kind: 'pull-request', baseRef: missing, headRef: 'feature' });

    expect(result.baseSha).toBeNull();
    expect(result.files).toEqual([]);
    expect(result.fullRunReason).toMatch(new RegExp(`${missing}.*fetch-depth: 0`));
  });

  it('runs everything for an unknown base', async () => {
    const result = await detectChange(repo.dir, { kind: 'unknown-base', headRef: 'feature', reason: 'The event payload is missing.' });

    expect(result).toMatchObject({ mode: 'pull-request', headSha: featureSha, baseSha: null, files: [], fullRunReason: 'The event payload is missing.' });
  });

  it('rejects a folder outside any repository', async () => {
    await expect(detectChange('/', { kind: 'local' })).rejects.toBeInstanceOf(UserError);
  });
});

describe('detectChange with unrelated histories', () => {
  it('reports a full run instead of throwing', async () => {
    repo.git('switch', '--quiet', '--orphan', 'unrelated');
    repo.write('other.ts', 'other\n');
    repo.commit('unrelated root');
    repo.git('switch', '--quiet', '--force', 'main');

    const result = await detectChange(repo.dir, { kind: 'pull-request', baseRef: 'main', headRef: 'unrelated' });

    expect(result.baseSha).toBeNull();
    expect(result.files).toEqual([]);
    expect(result.fullRunReason).toMatch(/"main" and "unrelated" have no common ancestor.*fetch-depth: 0/);
  });
});
