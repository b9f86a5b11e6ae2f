import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('tsconfig extends', () => {
  it('relative chain keeps declaring folder', () => {
    const { resolver } = createFixture({
      'configs/base.json': json({ compilerOptions: { paths: { '@shared/*': ['../shared/*'] } } }),
      'configs/strict.json': json({ extends: './base', compilerOptions: { strict: true } }),
      'apps/web/tsconfig.json': json({ extends: '../../configs/strict.json' }),
      'apps/web/src/main.ts': '',
      'shared/format.ts': '',
    });

    expect(resolver.resolve('apps/web/src/main.ts', '@shared/format')).toEqual({
      kind: 'file',
      path: 'shared/format.ts',
      via: 'tsconfig paths "@shared/*" in configs/base.json',
    });
    expect(resolver.warnings).toEqual([]);
  });

  it('extends array, later entries win', () => {
    const { resolver } = createFixture({
      'first.json': json({ compilerOptions: { paths: { '@x': ['./first.ts'], 'why': ['./first.ts'] } } }),
      'second.json': json({ compilerOptions: { paths: { '@x': ['./second.ts'] } } }),
      'tsconfig.json': json({ extends: ['./first.json', './second.json'] }),
      'first.ts': '',
      'second.ts': '',
      'main.ts': '',
    });

    expect(resolver.resolve('main.ts', '@x')).toEqual({
      kind: 'file',
      path: 'second.ts',
      via: 'tsconfig paths "@x" in second.json',
    });
    expect(resolver.resolve('main.ts', 'why')).toEqual({ kind: 'external', packageName: 'why' });
  });

  it('baseUrl from earlier extends entry', () => {
    const { resolver } = createFixture({
      'first.json': json({ compilerOptions: { baseUrl: './first-base' } }),
      'second.json': json({ compilerOptions: { paths: { '@x': ['./x.ts'] } } }),
      'tsconfig.json': json({ extends: ['./first.json', './second.json'] }),
      'first-base/x.ts': '',
      'first-base/lib.ts': '',
      'main.ts': '',
    });

    expect(resolver.resolve('main.ts', '@x')).toMatchObject({ path: 'first-base/x.ts' });
    expect(resolver.resolve('main.ts', 'lib')).toEqual({
      kind: 'file',
      path: 'first-base/lib.ts',
      via: 'tsconfig baseUrl "./first-base" in first.json',
    });
  });

  it('resolves paths against an inherited baseUrl', () => {
    const { resolver } = createFixture({
      'base/tsconfig.json': json({ compilerOptions: { baseUrl: '../src' } }),
      'tsconfig.json': json({ extends: './base/tsconfig.json', compilerOptions: { paths: { '@/*': ['*'] } } }),
      'src/util.ts': '',
      'main.ts': '',
    });

    expect(resolver.resolve('main.ts', '@/util')).toMatchObject({ path: 'src/util.ts' });
  });

  it('extends a config from a workspace package', () => {
    const { resolver } = createFixture({
      'package.json': json({ private: true, workspaces: ['packages/*'] }),
      'packages/tsconfig/package.json': json({ name: '@acme/tsconfig' }),
      'packages/tsconfig/base.json': json({ compilerOptions: { paths: { '#lib/*': ['./lib/*'] } } }),
      'packages/tsconfig/lib/helpers.ts': '',
      'packages/tsconfig/tsconfig.json': json({ compilerOptions: { paths: { '~root': ['./lib/helpers.ts'] } } }),
      'packages/app/package.json': json({ name: '@acme/app' }),
      'packages/app/tsconfig.json': json({ extends: '@acme/tsconfig/base.json' }),
      'packages/app/src/main.ts': '',
      'packages/other/package.json': json({ name: '@acme/other' }),
      'packages/other/tsconfig.json': json({ extends: '@acme/tsconfig' }),
      'packages/other/main.ts': '',
    });

    expect(resolver.resolve('packages/app/src/main.ts', '#lib/helpers')).toEqual({
      kind: 'file',
      path: 'packages/tsconfig/lib/helpers.ts',
      via: 'tsconfig paths "#lib/*" in packages/tsconfig/base.json',
    });
    expect(resolver.resolve('packages/other/main.ts', '~root')).toMatchObject({ path: 'packages/tsconfig/lib/helpers.ts' });
    expect(resolver.warnings).toEqual([]);
  });

  it('missing relative extends target', () => {
    const { resolver } = createFixture({
      'tsconfig.json': json({ extends: './missing.json', compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
      'src/a.ts': '',
      'main.ts': '',
    });

    expect(resolver.warnings).toEqual([
      'tsconfig.json: extends "./missing.json" was not found at missing.json. Fix the path or add the file to git; until then its options are not applied.',
    ]);
    expect(resolver.resolve('main.ts', '@/a')).toMatchObject({ path: 'src/a.ts' });
  });

  it('warns about an extends target in node_modules', () => {
    const { resolver } = createFixture({
      'tsconfig.json': json({ extends: '@tsconfig/node20/tsconfig.json' }),
      'main.ts': '',
    });

    expect(resolver.warnings).toHaveLength(1);
    expect(resolver.warnings[0]).toContain('tsconfig.json: extends "@tsconfig/node20/tsconfig.json" names a package in node_modules');
  });

  it('invalid JSON with position', () => {
    const { resolver } = createFixture({
      'tsconfig.json': '{\n  "compilerOptions": {\n    "paths": { "@/*": ["./src/*"] \n  }\n  "include": []\n}\n',
      'src/a.ts': '',
      'main.ts': '',
    });

    expect(resolver.warnings).toHaveLength(1);
    expect(resolver.warnings[0]).toMatch(/^tsconfig\.json line 5, column 3: invalid JSON: .+ Fix the syntax/);
    expect(resolver.resolve('main.ts', '@/a')).toEqual({ kind: 'external', packageName: '@/a' });
  });

  it('warns about an extends loop', () => {
    const { resolver } = createFixture({
      'a.json': json({ extends: './b.json' }),
      'b.json': json({ extends: './a.json' }),
      'tsconfig.json': json({ extends: './a.json' }),
      'main.ts': '',
    });

    expect(resolver.warnings).toHaveLength(1);
    expect(resolver.warnings[0]).toContain('a loop');
  });

  it('option of the wrong type', () => {
    const { resolver } = createFixture({
      'tsconfig.json': json({ compilerOptions: { paths: ['./src/*'] } }),
      'main.ts': '',
    });

    expect(resolver.warnings).toEqual([
      'tsconfig.json: "compilerOptions.paths" must be an object whose values are arrays of strings. Fix the value; until then it is ignored.',
    ]);
  });
});
