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

  it('matches shared glob tails as picomatch', () => {
    // Below a glob's static folder, only the compiled part after the folder runs, and it is shared by every glob with that part.
    const folders = ['pkg', 'pkg/src', 'a.b/c-d', '@scope/pkg', 'x y/z', 'ü/ö'];
    const tails = ['**/*', '*', '**', '*.ts', '**/*.ts', '**/*.d.ts', '*.config.*', '*.config.ts', '**/__tests__/**', 'src/**/*.tsx', '?.ts', '[ab].ts', '{a,b}/*.ts', '**/.*', '.*', '*.{ts,tsx}', '!(x)/*.ts', '@(a|b)/*', '**/node_modules/**/*', 'a/**/b.ts', 'plain.ts'];
    const rests = ['a.ts', 'b', 'a/b.ts', 'a/b/c.d.ts', '.hidden', '.hidden/a.ts', 'a/.hidden/b.ts', 'x.config.ts', 'x.config.mjs', '.x.config.ts', '__tests__/a.ts', 'a/__tests__/b/c.ts', 'src/a.tsx', 'src/d/e/a.tsx', 'a/b', 'b/x.ts', 'node_modules/p/a.ts', 'a/node_modules/p/i.js', 'a/x/y/b', 'plain.ts', '..', '../a.ts', './a.ts', 'a//b.ts', 'a.ts/', 'a/', '', 'x', 'A.TS', 'a b/c.ts', 'ä/ö.ts', 'a\\b.ts'];
    for (const folder of folders) {
      for (const tail of tails) {
        const glob = `${folder}/${tail}`;
        const isMember = createMembershipTest(configIncluding([glob]));
        const expected = picomatch(glob);
        const paths = [folder, `${folder}/`, `${folder}x/a.ts`, 'other/a.ts', ...rests.map((rest) => `${folder}/${rest}`)];
        for (const path of paths) expect({ glob, path, member: isMember(path) }).toEqual({ glob, path, member: expected(path) });
      }
    }
  });

  it('excludes after including', () => {
    const config: TsconfigFile = { ...configIncluding(['pkg/src']), selection: { include: ['pkg/src'], exclude: ['pkg/src/deep'] } };
    const isMember = createMembershipTest(config);

    expect(['pkg/src/a.ts', 'pkg/src/deep/b.tsx'].map(isMember)).toEqual([true, false]);
  });
});
