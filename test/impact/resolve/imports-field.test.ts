import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('package.json imports', () => {
  const { resolver } = createFixture({
    'package.json': json({ private: true, workspaces: ['packages/*'] }),
    'packages/app/package.json': json({
      name: 'app',
      imports: {
        '#internal/*': './src/internal/*.js',
        '#config': { development: './src/config.dev.ts', default: './src/config.ts' },
        '#ui': '@acme/ui',
        '#react': 'react',
        '#hidden/*': null,
      },
    }),
    'packages/app/src/internal/db.ts': '',
    'packages/app/src/config.dev.ts': '',
    'packages/app/src/config.ts': '',
    'packages/app/src/features/main.ts': '',
    'packages/ui/package.json': json({ name: '@acme/ui', main: './src/index.ts' }),
    'packages/ui/src/index.ts': '',
    'scripts/tool.ts': '',
  });

  it('# pattern to TypeScript source', () => {
    expect(resolver.resolve('packages/app/src/features/main.ts', '#internal/db')).toEqual({
      kind: 'file',
      path: 'packages/app/src/internal/db.ts',
      via: 'package.json imports "#internal/*" in packages/app/package.json',
    });
  });

  it('applies conditions', () => {
    expect(resolver.resolve('packages/app/src/features/main.ts', '#config')).toMatchObject({ path: 'packages/app/src/config.dev.ts' });
    expect(resolver.resolve('packages/app/src/features/main.ts', '#config', { conditions: 'types' })).toMatchObject({
      path: 'packages/app/src/config.ts',
    });
  });

  it('package targets', () => {
    expect(resolver.resolve('packages/app/src/features/main.ts', '#ui')).toEqual({
      kind: 'file',
      path: 'packages/ui/src/index.ts',
      via: 'package.json imports "#ui" in packages/app/package.json, then workspace package @acme/ui main "./src/index.ts"',
    });
    expect(resolver.resolve('packages/app/src/features/main.ts', '#react')).toEqual({ kind: 'external', packageName: 'react' });
  });

  it('reports excluded and unknown entries', () => {
    expect(resolver.resolve('packages/app/src/features/main.ts', '#hidden/x')).toMatchObject({ kind: 'unresolved' });
    expect(resolver.resolve('packages/app/src/features/main.ts', '#nothing')).toMatchObject({
      kind: 'unresolved',
      reason: '"imports" in packages/app/package.json has no entry for "#nothing"',
    });
  });

  it('invalid imports warned', () => {
    const broken = createFixture({
      'package.json': json({ imports: { '#x': 'https://example.invalid/x.js' } }),
      'main.ts': '',
    });
    expect(broken.resolver.resolve('main.ts', '#x')).toMatchObject({ kind: 'unresolved' });
    expect(broken.resolver.warnings).toEqual([
      'package.json: invalid "imports": "#x": target "https://example.invalid/x.js" must start with "./". Fix the field as Node\'s documentation on subpath imports describes.',
    ]);
  });

  it('uses the nearest package.json only', () => {
    expect(resolver.resolve('scripts/tool.ts', '#config')).toMatchObject({
      kind: 'unresolved',
      reason: 'package.json has no "imports" field for "#config"',
    });
  });
});
