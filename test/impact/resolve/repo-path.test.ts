import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinInRepository } from '../../../src/impact/resolve/repo-path.js';

/** Returns what `joinInRepository` returned before its quick path: `posix.normalize` of the joined text, kept inside the repository. */
function normalizedJoin(folder: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return undefined;
  const joined = posix.normalize(folder === '' ? relative : `${folder}/${relative}`);
  if (joined === '..' || joined.startsWith('../')) return undefined;
  if (joined === '.' || joined === './') return '';
  return joined.endsWith('/') ? joined.slice(0, -1) : joined;
}

const FOLDERS = ['', 'src', 'src/a', 'packages/p/src/deep'];
const SEGMENTS = ['.', '..', '', 'x', '.x', 'x.ts', '..x', 'x..', '...'];

/** Returns every relative path of one to three segments from `SEGMENTS`, with and without a trailing slash. */
function relativePaths(): string[] {
  const paths: string[] = [];
  for (const a of SEGMENTS) {
    paths.push(a);
    for (const b of SEGMENTS) {
      paths.push(`${a}/${b}`);
      for (const c of SEGMENTS) paths.push(`${a}/${b}/${c}`);
    }
  }
  return [...new Set([...paths, ...paths.map((path) => `${path}/`)])];
}

describe('joinInRepository', () => {
  it('joins as posix.normalize does for every combination of segments', () => {
    for (const folder of FOLDERS) {
      for (const relative of relativePaths()) {
        expect(joinInRepository(folder, relative), `${folder} + ${relative}`).toBe(normalizedJoin(folder, relative));
      }
    }
  });

  it.each([
    ['src/a', './b.ts', 'src/a/b.ts'],
    ['src/a', '../b/c.ts', 'src/b/c.ts'],
    ['src', '../../b.ts', undefined],
    ['', './b', 'b'],
    ['src', '/etc/passwd', undefined],
  ])('%s + %s', (folder, relative, expected) => {
    expect(joinInRepository(folder, relative)).toBe(expected);
  });
});
