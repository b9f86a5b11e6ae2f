import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('build output mapped to source', () => {
  const { resolver } = createFixture({
    '.gitignore': 'dist\n',
    'package.json': json({ private: true, workspaces: ['packages/*'] }),
    'packages/ui/package.json': json({
      name: '@acme/ui',
      exports: {
        '.': { types: './dist/index.d.ts', import: './dist/index.js' },
        './button': './dist/components/button.js',
        './theme.css': './dist/theme.css',
      },
    }),
    'packages/ui/tsconfig.json': json({ compilerOptions: { outDir: 'dist', rootDir: 'source' } }),
    'packages/ui/source/index.ts': '',
    'packages/ui/source/components/button.tsx': '',
    'packages/ui/source/theme.css': '',
    'packages/ui/dist/index.js': 'ignored by git',
    'packages/lib/package.json': json({ name: 'lib', main: './build/cjs/index.cjs', module: './build/esm/index.mjs' }),
    'packages/lib/tsconfig.json': json({ files: [], references: [{ path: './tsconfig.build.json' }] }),
    'packages/lib/tsconfig.build.json': json({ extends: '../../tsconfig.base.json', compilerOptions: { outDir: './build/esm' } }),
    'tsconfig.base.json': json({ compilerOptions: { strict: true } }),
    'packages/lib/src/index.ts': '',
    'packages/guess/package.json': json({ name: 'guess', exports: { './*': './lib/esm/*.js' } }),
    'packages/guess/src/util/strings.ts': '',
    'packages/missing/package.json': json({ name: 'missing', exports: './dist/index.js' }),
    'apps/web/main.ts': '',
  });

  it('maps exports through outDir and rootDir', () => {
    expect(resolver.resolve('apps/web/main.ts', '@acme/ui')).toEqual({
      kind: 'file',
      path: 'packages/ui/source/index.ts',
      via: 'workspace package @acme/ui exports "." (built output packages/ui/dist/index.js is not tracked; mapped to packages/ui/source/index.ts through outDir "dist" in packages/ui/tsconfig.json)',
    });
    expect(resolver.resolve('apps/web/main.ts', '@acme/ui/button')).toMatchObject({ path: 'packages/ui/source/components/button.tsx' });
  });

  it('maps declaration targets for type lookups', () => {
    expect(resolver.resolve('apps/web/main.ts', '@acme/ui', { conditions: 'types' })).toMatchObject({
      path: 'packages/ui/source/index.ts',
      via: expect.stringContaining('built output packages/ui/dist/index.d.ts'),
    });
  });

  it('maps copied assets by name', () => {
    expect(resolver.resolve('apps/web/main.ts', '@acme/ui/theme.css')).toMatchObject({ path: 'packages/ui/source/theme.css' });
  });

  it('outDir from a referenced build config', () => {
    expect(resolver.resolve('apps/web/main.ts', 'lib')).toEqual({
      kind: 'file',
      path: 'packages/lib/src/index.ts',
      via: 'workspace package lib module "./build/esm/index.mjs" (built output packages/lib/build/esm/index.mjs is not tracked; mapped to packages/lib/src/index.ts through outDir "./build/esm" in packages/lib/tsconfig.build.json)',
    });
  });

  it('same-name fallback under src', () => {
    expect(resolver.resolve('apps/web/main.ts', 'lib', { conditions: 'require' })).toMatchObject({
      path: 'packages/lib/src/index.ts',
      via: expect.stringContaining('mapped to the same-name file packages/lib/src/index.ts'),
    });
    expect(resolver.resolve('apps/web/main.ts', 'guess/util/strings')).toEqual({
      kind: 'file',
      path: 'packages/guess/src/util/strings.ts',
      via: 'workspace package guess exports "./*" (built output packages/guess/lib/esm/util/strings.js is not tracked; mapped to the same-name file packages/guess/src/util/strings.ts)',
    });
  });

  it('reports output without a source', () => {
    expect(resolver.resolve('apps/web/main.ts', 'missing')).toEqual({
      kind: 'unresolved',
      reason: 'workspace package missing exports "." as ./dist/index.js, but no tracked file or source under src/ matches',
    });
  });
});
