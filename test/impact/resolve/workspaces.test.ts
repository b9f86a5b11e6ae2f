import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, linkInRepository, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('npm workspaces', () => {
  const { resolver } = createFixture({
    'package.json': json({ private: true, workspaces: ['packages/*', 'apps/**', '!packages/ignored'] }),
    'packages/ui/package.json': json({
      name: '@acme/ui',
      exports: {
        '.': { types: './src/index.ts', default: './src/index.ts' },
        './button': './src/button.tsx',
        './icons/*': './src/icons/*.tsx',
        './internal/*': null,
        './package.json': './package.json',
      },
    }),
    'packages/ui/src/index.ts': '',
    'packages/ui/src/button.tsx': '',
    'packages/ui/src/icons/arrow.tsx': '',
    'packages/ui/src/internal/secret.ts': '',
    'packages/utils/package.json': json({ name: 'utils', main: './lib/index.js', module: './esm/index.mjs' }),
    'packages/utils/lib/index.js': '',
    'packages/utils/esm/index.mjs': '',
    'packages/utils/lib/deep.js': '',
    'packages/plain/package.json': json({ name: 'plain' }),
    'packages/plain/index.ts': '',
    'packages/ignored/package.json': json({ name: 'ignored' }),
    'packages/ignored/index.ts': '',
    'packages/nameless/package.json': json({ private: true }),
    'apps/web/nested/package.json': json({ name: 'nested-app', types: 'types.d.ts' }),
    'apps/web/nested/types.d.ts': '',
    'apps/web/src/main.ts': '',
  });

  it('workspace package list', () => {
    expect(resolver.workspaces).toEqual([
      { name: 'nested-app', folder: 'apps/web/nested', manifest: 'apps/web/nested/package.json' },
      { name: 'plain', folder: 'packages/plain', manifest: 'packages/plain/package.json' },
      { name: '@acme/ui', folder: 'packages/ui', manifest: 'packages/ui/package.json' },
      { name: 'utils', folder: 'packages/utils', manifest: 'packages/utils/package.json' },
    ]);
  });

  it('resolves the package root through exports', () => {
    expect(resolver.resolve('apps/web/src/main.ts', '@acme/ui')).toEqual({
      kind: 'file',
      path: 'packages/ui/src/index.ts',
      via: 'workspace package @acme/ui exports "."',
    });
  });

  it('resolves a subpath and a pattern export', () => {
    expect(resolver.resolve('apps/web/src/main.ts', '@acme/ui/button')).toEqual({
      kind: 'file',
      path: 'packages/ui/src/button.tsx',
      via: 'workspace package @acme/ui exports "./button"',
    });
    expect(resolver.resolve('apps/web/src/main.ts', '@acme/ui/icons/arrow')).toEqual({
      kind: 'file',
      path: 'packages/ui/src/icons/arrow.tsx',
      via: 'workspace package @acme/ui exports "./icons/*"',
    });
  });

  it('reports excluded and unexported subpaths', () => {
    expect(resolver.resolve('apps/web/src/main.ts', '@acme/ui/internal/secret')).toMatchObject({
      kind: 'unresolved',
      reason: expect.stringContaining('excludes "./internal/secret"'),
    });
    expect(resolver.resolve('apps/web/src/main.ts', '@acme/ui/src/button')).toMatchObject({
      kind: 'unresolved',
      reason: expect.stringContaining('does not export "./src/button"'),
    });
  });

  it('module for import, main for require', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'utils')).toEqual({
      kind: 'file',
      path: 'packages/utils/esm/index.mjs',
      via: 'workspace package utils module "./esm/index.mjs"',
    });
    expect(resolver.resolve('apps/web/src/main.ts', 'utils', { conditions: 'require' })).toMatchObject({
      path: 'packages/utils/lib/index.js',
    });
  });

  it('uses types for type lookups', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'nested-app', { conditions: 'types' })).toMatchObject({
      path: 'apps/web/nested/types.d.ts',
    });
  });

  it('deep import without exports', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'utils/lib/deep')).toEqual({
      kind: 'file',
      path: 'packages/utils/lib/deep.js',
      via: 'workspace package utils file "./lib/deep"',
    });
  });

  it('falls back to the index file', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'plain')).toEqual({
      kind: 'file',
      path: 'packages/plain/index.ts',
      via: 'workspace package plain index file',
    });
  });

  it('excluded and unknown packages external', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'ignored')).toEqual({ kind: 'external', packageName: 'ignored' });
    expect(resolver.resolve('apps/web/src/main.ts', '@types/node/fs')).toEqual({ kind: 'external', packageName: '@types/node' });
    expect(resolver.resolve('apps/web/src/main.ts', 'lodash/fp')).toEqual({ kind: 'external', packageName: 'lodash' });
  });

  it('resolves Node builtins to node: names', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'fs')).toEqual({ kind: 'external', packageName: 'node:fs' });
    expect(resolver.resolve('apps/web/src/main.ts', 'fs/promises')).toEqual({ kind: 'external', packageName: 'node:fs/promises' });
    expect(resolver.resolve('apps/web/src/main.ts', 'node:test')).toEqual({ kind: 'external', packageName: 'node:test' });
  });

  it('URLs and virtual modules unresolved', () => {
    expect(resolver.resolve('apps/web/src/main.ts', 'virtual:pwa-register')).toMatchObject({ kind: 'unresolved' });
    expect(resolver.resolve('apps/web/src/main.ts', 'https://esm.sh/react')).toMatchObject({ kind: 'unresolved' });
  });
});

describe('yarn workspaces object form', () => {
  it('reads workspaces.packages', () => {
    const { resolver } = createFixture({
      'package.json': json({ private: true, workspaces: { packages: ['libs/*'], nohoist: ['**/x'] } }),
      'libs/core/package.json': json({ name: 'core', main: 'index.js' }),
      'libs/core/index.js': '',
    });
    expect(resolver.workspaces).toEqual([{ name: 'core', folder: 'libs/core', manifest: 'libs/core/package.json' }]);
  });

  it('warns about a malformed workspaces field', () => {
    const { resolver } = createFixture({ 'package.json': json({ workspaces: 'libs/*' }) });
    expect(resolver.warnings).toEqual([
      'package.json: "workspaces" must be an array of globs or an object with a "packages" array of globs. Fix the field; until then impact analysis ignores it.',
    ]);
  });

  it('invalid exports warned', () => {
    const { resolver } = createFixture({
      'package.json': json({ workspaces: ['a'] }),
      'a/package.json': json({ name: 'a', exports: { '.': './index.js', import: './index.mjs' } }),
      'a/index.js': '',
      'main.ts': '',
    });
    expect(resolver.resolve('main.ts', 'a')).toMatchObject({ kind: 'unresolved' });
    expect(resolver.warnings).toEqual([
      'a/package.json: invalid "exports": "exports" mixes subpath keys (starting with ".") and condition keys in one object. Fix the field as Node\'s documentation on package exports describes.',
    ]);
  });

  it('warns about two packages with one name', () => {
    const { resolver } = createFixture({
      'package.json': json({ workspaces: ['a', 'b'] }),
      'a/package.json': json({ name: 'same' }),
      'b/package.json': json({ name: 'same' }),
    });
    expect(resolver.workspaces).toEqual([{ name: 'same', folder: 'a', manifest: 'a/package.json' }]);
    expect(resolver.warnings).toEqual([
      'b/package.json: package name "same" is also used by a/package.json. Rename one of them; impact analysis resolves "same" to a/.',
    ]);
  });

  it('package.json with invalid JSON', () => {
    const { resolver } = createFixture({
      'package.json': json({ workspaces: ['a'] }),
      'a/package.json': '{ "name": "a", }',
    });
    expect(resolver.workspaces).toEqual([]);
    expect(resolver.warnings).toHaveLength(1);
    expect(resolver.warnings[0]).toMatch(/^a\/package\.json: invalid JSON: .+\. Fix the syntax; until then impact analysis ignores this file\.$/);
  });
});

describe('pnpm workspaces', () => {
  const { resolver } = createFixture(
    {
      '.gitignore': 'node_modules\n',
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - '!packages/legacy'\n",
      'package.json': json({ private: true }),
      'packages/ui/package.json': json({ name: '@acme/ui', exports: { './*': './src/*.ts' } }),
      'packages/ui/src/button.ts': '',
      'packages/legacy/package.json': json({ name: 'legacy', main: 'index.js' }),
      'packages/legacy/index.js': '',
      'packages/app/package.json': json({ name: 'app', dependencies: { '@acme/ui': 'workspace:*', legacy: 'workspace:*', alias: 'workspace:legacy@*' } }),
      'packages/app/src/main.ts': '',
    },
    (repo) => {
      linkInRepository(repo, 'packages/app/node_modules/@acme/ui', '../../../ui');
      linkInRepository(repo, 'packages/app/node_modules/alias', '../../legacy');
      linkInRepository(repo, 'node_modules/outside', '/tmp');
    },
  );

  it('reads packages and exclusions from pnpm-workspace.yaml', () => {
    expect(resolver.workspaces).toEqual([
      { name: 'app', folder: 'packages/app', manifest: 'packages/app/package.json' },
      { name: '@acme/ui', folder: 'packages/ui', manifest: 'packages/ui/package.json' },
    ]);
  });

  it('deep import of workspace package', () => {
    expect(resolver.resolve('packages/app/src/main.ts', '@acme/ui/button')).toEqual({
      kind: 'file',
      path: 'packages/ui/src/button.ts',
      via: 'workspace package @acme/ui exports "./*"',
    });
  });

  it('node_modules symlink to a package', () => {
    expect(resolver.resolve('packages/app/src/main.ts', 'alias')).toEqual({
      kind: 'file',
      path: 'packages/legacy/index.js',
      via: 'package alias through the symlink packages/app/node_modules/alias -> packages/legacy main "index.js"',
    });
  });

  it('symlink out of the repository', () => {
    expect(resolver.resolve('packages/app/src/main.ts', 'outside')).toEqual({ kind: 'external', packageName: 'outside' });
  });

  it('excluded package without link', () => {
    expect(resolver.resolve('packages/app/src/main.ts', 'legacy')).toEqual({ kind: 'external', packageName: 'legacy' });
  });

  it('warns about invalid YAML', () => {
    const broken = createFixture({ 'pnpm-workspace.yaml': 'packages:\n  - [unclosed\n' });
    expect(broken.resolver.warnings).toHaveLength(1);
    expect(broken.resolver.warnings[0]).toMatch(/^pnpm-workspace\.yaml: invalid YAML: /);
  });
});
