import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { detectChange } from '../../../src/impact/change/detect-change.js';
import type { ChangeScope } from '../../../src/impact/model.js';
import { byPath, changed, numberedLines, RepoList, type TestRepo } from './fixture.js';

const repos = new RepoList();
let repo: TestRepo;
let branchPoint: string;
let featureSha: string;
let scope: ChangeScope;

/**
 * `feature` branches off `main`, commits one change and has uncommitted work
 * of every kind. `main` moves on after the branch point.
 */
beforeAll(async () => {
  repo = repos.create('testmaster-local-');
  repo.write('.gitignore', 'dist/\n*.log\n');
  repo.write('.gitattributes', '*.dat binary\n');
  repo.write('app.ts', numberedLines(1, 6));
  repo.write('remove-me.ts', numberedLines(1, 2));
  repo.write('untouched.ts', 'same\n');
  repo.write('unstaged-delete.ts', numberedLines(1, 3));
  branchPoint = repo.commit('base');

  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('committed.ts', numberedLines(1, 2));
  featureSha = repo.commit('feature commit');

  repo.git('switch', '--quiet', 'main');
  repo.write('main-only.ts', 'main\n');
  repo.commit('main moves on');
  repo.git('switch', '--quiet', 'feature');

  repo.write('app.ts', `${numberedLines(1, 6)}unstaged\n`);
  repo.write('staged.ts', 'staged\n');
  repo.git('add', 'staged.ts');
  repo.git('rm', '--quiet', 'remove-me.ts');
  repo.write('unstaged-delete.ts', '');
  repo.git('rm', '--quiet', '--cached', 'unstaged-delete.ts');
  repo.write('untracked.ts', 'one\ntwo\nthree');
  repo.write('nested/untracked.md', '# title\n');
  repo.write('blob.dat', 'text that the binary attribute marks binary\n');
  repo.write('image.bin', Buffer.from([0, 1, 2, 3]));
  repo.write('dist/bundle.js', 'ignored\n');
  repo.write('debug.log', 'ignored\n');
  // A new timestamp without a content change is no change.
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(repo.dir, 'untouched.ts'), later, later);

  scope = await detectChange(repo.dir, { kind: 'local' });
});

afterAll(() => repos.removeAll());

describe('detectChange for a local run', () => {
  it('compares from the merge base with main', () => {
    expect(scope.mode).toBe('local');
    expect(scope.baseSha).toBe(branchPoint);
    expect(scope.headSha).toBe(featureSha);
    expect(scope.fullRunReason).toBeNull();
  });

  it('lists committed, uncommitted and untracked files', () => {
    expect(scope.files.map((file) => file.path)).toEqual([
      'app.ts',
      'blob.dat',
      'committed.ts',
      'image.bin',
      'nested/untracked.md',
      'remove-me.ts',
      'staged.ts',
      'unstaged-delete.ts',
      'untracked.ts',
    ]);
  });

  it('counts an unstaged edit', () => {
    expect(byPath(scope.files).get('app.ts')).toEqual(changed('app.ts', 'modified', 1, 0));
  });

  it('counts staged files', () => {
    const files = byPath(scope.files);

    expect(files.get('staged.ts')).toEqual(changed('staged.ts', 'added', 1, 0));
    expect(files.get('remove-me.ts')).toEqual(changed('remove-me.ts', 'deleted', 0, 2));
  });

  it('adds untracked files', () => {
    const files = byPath(scope.files);

    expect(files.get('untracked.ts')).toEqual(changed('untracked.ts', 'added', 3, 0));
    expect(files.get('nested/untracked.md')).toEqual(changed('nested/untracked.md', 'added', 1, 0));
  });

  it('flags binary untracked files', () => {
    const files = byPath(scope.files);

    expect(files.get('image.bin')).toEqual(changed('image.bin', 'added', 0, 0, true));
    expect(files.get('blob.dat')).toEqual(changed('blob.dat', 'added', 0, 0, true));
  });

  it('treats a file removed from the index only as modified', () => {
    expect(byPath(scope.files).get('unstaged-delete.ts')).toEqual(changed('unstaged-delete.ts', 'modified', 0, 3));
  });

  it('skips ignored files and timestamps', () => {
    const paths = scope.files.map((file) => file.path);

    expect(paths).not.toContain('dist/bundle.js');
    expect(paths).not.toContain('debug.log');
    expect(paths).not.toContain('untouched.ts');
    expect(paths).not.toContain('main-only.ts');
  });

  it('leaves out the working tree for an explicit head', async () => {
    const committed = await detectChange(repo.dir, { kind: 'local', head: 'feature' });

    expect(committed.baseSha).toBe(branchPoint);
    expect(committed.files).toEqual([changed('committed.ts', 'added', 2, 0)]);
  });

  it('uses an explicit base', async () => {
    const sinceFeature = await detectChange(repo.dir, { kind: 'local', base: featureSha });

    expect(sinceFeature.baseSha).toBe(featureSha);
    expect(sinceFeature.files.map((file) => file.path)).not.toContain('committed.ts');
  });

  it('rejects a base that names a tree', async () => {
    const tree = repo.git('rev-parse', 'HEAD^{tree}').trim();

    const detection = detectChange(repo.dir, { kind: 'local', base: tree });

    await expect(detection).rejects.toBeInstanceOf(UserError);
    await expect(detection).rejects.toThrow(`The base "${tree}" names a tree, not a commit. Pass a commit SHA, or a branch or tag that points to a commit.`);
  });

  it('notes a base name that is a tag and a branch', async () => {
    const repoWithBoth = repos.create('testmaster-ambiguous-');
    const tagged = repoWithBoth.commit('tagged');
    repoWithBoth.git('tag', 'release');
    repoWithBoth.commit('branch tip');
    repoWithBoth.git('branch', 'release');
    repoWithBoth.commit('head');

    const byName = await detectChange(repoWithBoth.dir, { kind: 'local', base: 'release', head: 'HEAD' });
    const byFullName = await detectChange(repoWithBoth.dir, { kind: 'local', base: 'refs/heads/release', head: 'HEAD' });

    expect(byName.baseSha).toBe(tagged);
    expect(byName.notes).toContainEqual(expect.stringMatching(/^The ref name "release" matches more than one ref.*refs\/heads\/release\.$/));
    expect(byFullName.baseSha).not.toBe(tagged);
    expect(byFullName.notes.join('\n')).not.toMatch(/matches more than one ref/);
  });
});

describe('detectChange for a local run without a default branch', () => {
  it('runs everything and says how to fix it', async () => {
    const trunk = repos.create('testmaster-local-trunk-');
    trunk.git('symbolic-ref', 'HEAD', 'refs/heads/trunk');
    trunk.write('app.ts', 'app\n');
    const head = trunk.commit('trunk 1');

    const result = await detectChange(trunk.dir, { kind: 'local' });

    expect(result.baseSha).toBeNull();
    expect(result.headSha).toBe(head);
    expect(result.files).toEqual([]);
    expect(result.fullRunReason).toMatch(/No default branch .* Pass --base REF with the branch to compare with, for example --base origin\/main$/);
  });
});

describe('detectChange for a local run without commits', () => {
  it('rejects an empty repository', async () => {
    const empty = repos.create('testmaster-local-empty-');
    empty.write('app.ts', 'app\n');

    const detection = detectChange(empty.dir, { kind: 'local' });

    await expect(detection).rejects.toThrow(UserError);
    await expect(detection).rejects.toThrow(
      'HEAD names the branch main, which has no commits yet, so there is no change to analyse. Commit the files first (git add -A, then git commit), or pass --head REF to analyse another commit.',
    );
  });

  it('rejects an orphan branch', async () => {
    const orphan = repos.create('testmaster-local-orphan-');
    orphan.write('app.ts', 'app\n');
    orphan.commit('main 1');
    orphan.git('switch', '--quiet', '--orphan', 'fresh');

    await expect(detectChange(orphan.dir, { kind: 'local' })).rejects.toThrow(/HEAD names the branch fresh, which has no commits yet/);
  });
});
