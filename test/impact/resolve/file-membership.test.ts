import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { createMembershipTest } from '../../../src/impact/resolve/tsconfig/file-membership.js';
import type { TsconfigFile } from '../../../src/impact/resolve/tsconfig/tsconfig-file.js';

/** Returns a config in `pkg` that includes `include` and excludes nothing. */
function configIncluding(include: string[]): TsconfigFile {
  return { path: 'pkg/tsconfig.json', folder: 'pkg', selection: { include, exclude: [] }, references: [] };
}

const PATHS = [
  'pkg',
  'pkg/src',
  'pkg/src/a.ts',
  'pkg/src/deep/b.tsx',
  'pkg/srcx/a.ts',
  'pkg/test/a.test.ts',
  'pkg/.hidden/a.ts',
  'pkg/vite.config.ts',
  'other/src/a.ts',
  'pkg/a*b/c.ts',
  'pkg/a/c.ts',
];

/**
 * The membership test skips globs whose static folder a path lies outside
 * of. Each glob here must match exactly the paths that picomatch matches.
 * Every glob has a wildcard or a dot in its last segment, so the test does
 * not read it as a folder.
 */
const GLOBS = [
  'pkg/src/**/*',
  'pkg/src/**',
  'pkg/*.config.ts',
  './pkg/src/**/*',
  'pkg/{src,test}/*.ts',
  '!pkg/src/**',
  'pkg/a\\*b/*.ts',
  'pkg/src/a.ts',
  '**/*',
  '@(pkg|other)/src/*.ts',
];

describe('tsconfig membership', () => {
  for (const glob of GLOBS) {
    it(`matches as picomatch: ${glob}`, () => {
      const isMember = createMembershipTest(configIncluding([glob]));
      const expected = picomatch(glob);
      for (const path of PATHS) expect({ path, member: isMember(path) }).toEqual({ path, member: expected(path) });
    });
  }

  it('excludes after including', () => {
    const config: TsconfigFile = { ...configIncluding(['pkg/src']), selection: { include: ['pkg/src'], exclude: ['pkg/src/deep'] } };
    const isMember = createMembershipTest(config);

    expect(['pkg/src/a.ts', 'pkg/src/deep/b.tsx'].map(isMember)).toEqual([true, false]);
  });
});
