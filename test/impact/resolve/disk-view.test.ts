import { symlinkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDiskView } from '../../../src/impact/resolve/disk-view.js';
import { TestRepo } from '../../git/fixture.js';

const repo = TestRepo.create('testmaster-disk-view-');
const outside = mkdtempSync(join(tmpdir(), 'testmaster-outside-'));
afterAll(() => {
  repo.remove();
  rmSync(outside, { recursive: true, force: true });
});

writeFileSync(join(outside, 'secret.txt'), 'outside');
repo.write('src/a.ts', 'export const a = 1;\n');
repo.write('untracked.ts', 'untracked');
repo.write('packages/ui/index.ts', '');
symlinkSync(join(outside, 'secret.txt'), join(repo.dir, 'leak.txt'));
symlinkSync('packages/ui', join(repo.dir, 'ui-link'), 'dir');

describe('readDiskView', () => {
  const view = readDiskView(repo.dir, ['leak.txt', 'packages/ui/index.ts', 'src/a.ts']);

  it('reads tracked files', () => {
    expect(view.readText('src/a.ts')).toBe('export const a = 1;\n');
  });

  it('untracked and missing files are absent', () => {
    expect(view.readText('untracked.ts')).toBeUndefined();
    expect(view.readText('missing.ts')).toBeUndefined();
  });

  it('symlink out of the root', () => {
    expect(view.readText('leak.txt')).toBeUndefined();
    expect(view.realPath?.('leak.txt')).toBeUndefined();
  });

  it('non-normalized paths rejected', () => {
    expect(view.readText('../outside/secret.txt')).toBeUndefined();
    expect(view.readText('src/../src/a.ts')).toBeUndefined();
    expect(view.realPath?.('/etc')).toBeUndefined();
  });

  it('real path of an inner symlink', () => {
    expect(view.realPath?.('ui-link')).toBe('packages/ui');
    expect(view.realPath?.('ui-link/index.ts')).toBe('packages/ui/index.ts');
  });

  it('plain paths have no real path', () => {
    expect(view.realPath?.('packages/ui')).toBeUndefined();
    expect(view.realPath?.('missing')).toBeUndefined();
  });
});

describe('readDiskView with a name that is not UTF-8', () => {
  // decodeGitPath keeps the Latin-1 byte 0xe9 as the lone surrogate U+DCE9.
  const latin = 'src/lat\udce9.ts';
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/src/lat`), Buffer.of(0xe9), Buffer.from('.ts')]), 'export const latin = 1;\n');
  const view = readDiskView(repo.dir, [latin, 'src/a.ts']);

  it('reads the file by its bytes', () => {
    expect(view.readText(latin)).toBe('export const latin = 1;\n');
  });

  it('has no real path of its own', () => {
    expect(view.realPath?.(latin)).toBeUndefined();
  });
});
