import { describe, expect, it } from 'vitest';
import { TrackedFileIndex } from '../../../src/coverage/paths/tracked-index.js';

const index = new TrackedFileIndex([
  'src/x.ts',
  'packages/a/src/x.ts',
  'packages/b/src/x.ts',
  'README.md',
  'Docs/Guide.md',
  'docs/guide.md',
]);

describe('TrackedFileIndex', () => {
  it.each([
    ['/ci/packages/a/src/x.ts', { kind: 'unique', path: 'packages/a/src/x.ts', segments: 4 }],
    ['/app/src/x.ts', { kind: 'unique', path: 'src/x.ts', segments: 2 }],
    ['/ci/other/README.md', { kind: 'unique', path: 'README.md', segments: 1 }],
    ['/ci/none.ts', { kind: 'none' }],
    ['/ci/lib/x.ts', { kind: 'ambiguous', candidates: ['src/x.ts', 'packages/a/src/x.ts', 'packages/b/src/x.ts'], segments: 1 }],
  ])('matches %j by suffix', (path, expected) => {
    expect(index.matchSuffix(path)).toEqual(expected);
  });

  it('matches ignoring case', () => {
    expect(index.matchSuffix('/C/PACKAGES/A/SRC/X.TS')).toEqual({ kind: 'none' });
    expect(index.ignoringCase().matchSuffix('/C/PACKAGES/A/SRC/X.TS')).toEqual({
      kind: 'unique',
      path: 'packages/a/src/x.ts',
      segments: 4,
    });
  });

  it('reports files that differ only in case as ambiguous', () => {
    const match = index.ignoringCase().matchSuffix('/c/DOCS/GUIDE.md');

    expect(match).toEqual({ kind: 'ambiguous', candidates: ['Docs/Guide.md', 'docs/guide.md'], segments: 2 });
  });

  it('answers membership and samples', () => {
    expect(index.has('src/x.ts')).toBe(true);
    expect(index.has('x.ts')).toBe(false);
    expect(index.size).toBe(6);
    expect(index.sample(2)).toEqual(['src/x.ts', 'packages/a/src/x.ts']);
  });
});
