import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('tsconfig paths and baseUrl', () => {
  const { resolver } = createFixture({
    'tsconfig.base.json': `{
      // JSONC: comments and trailing commas are allowed
      "compilerOptions": {
        "paths": {
          "@app/*": ["./src/app/*"],
          "@app/special/*": ["./src/special/*"],
          "@config": ["./src/config/index.ts"],
          "@multi/*": ["./src/missing/*", "./src/fallback/*"],
        },
      },
    }`,
    'tsconfig.json': json({ extends: './tsconfig.base.json' }),
    'src/app/util.ts': '',
    'src/special/thing.ts': '',
    'src/app/special/thing.ts': '',
    'src/config/index.ts': '',
    'src/fallback/x.ts': '',
    'src/main.ts': '',
    'packages/web/tsconfig.json': json({
      compilerOptions: { baseUrl: './src', paths: { '~/*': ['*'], 'self-configured': ['${configDir}/src/self.ts'] } },
    }),
    'packages/web/src/components/button.ts': '',
    'packages/web/src/self.ts': '',
    'packages/web/src/page.ts': '',
    'legacy/jsconfig.json': json({ compilerOptions: { baseUrl: '.' } }),
    'legacy/lib/helpers.js': '',
    'legacy/app.js': '',
  });

  it('inherited paths, declaring folder', () => {
    expect(resolver.resolve('src/main.ts', '@app/util')).toEqual({
      kind: 'file',
      path: 'src/app/util.ts',
      via: 'tsconfig paths "@app/*" in tsconfig.base.json',
    });
  });

  it('picks the pattern with the longest prefix', () => {
    expect(resolver.resolve('src/main.ts', '@app/special/thing')).toEqual({
      kind: 'file',
      path: 'src/special/thing.ts',
      via: 'tsconfig paths "@app/special/*" in tsconfig.base.json',
    });
  });

  it('matches an exact key', () => {
    expect(resolver.resolve('src/main.ts', '@config')).toMatchObject({ path: 'src/config/index.ts' });
  });

  it('tries substitutions in order', () => {
    expect(resolver.resolve('src/main.ts', '@multi/x')).toMatchObject({ path: 'src/fallback/x.ts' });
  });

  it('paths relative to baseUrl', () => {
    expect(resolver.resolve('packages/web/src/page.ts', '~/components/button')).toEqual({
      kind: 'file',
      path: 'packages/web/src/components/button.ts',
      via: 'tsconfig paths "~/*" in packages/web/tsconfig.json',
    });
  });

  it('resolves ${configDir} against the config folder', () => {
    expect(resolver.resolve('packages/web/src/page.ts', 'self-configured')).toMatchObject({ path: 'packages/web/src/self.ts' });
  });

  it('resolves bare specifiers from baseUrl', () => {
    expect(resolver.resolve('packages/web/src/page.ts', 'components/button')).toEqual({
      kind: 'file',
      path: 'packages/web/src/components/button.ts',
      via: 'tsconfig baseUrl "./src" in packages/web/tsconfig.json',
    });
  });

  it('uses the nearest jsconfig.json', () => {
    expect(resolver.resolve('legacy/app.js', 'lib/helpers')).toEqual({
      kind: 'file',
      path: 'legacy/lib/helpers.js',
      via: 'tsconfig baseUrl "." in legacy/jsconfig.json',
    });
  });

  it('fallback when no substitution matches', () => {
    expect(resolver.resolve('src/main.ts', '@app-missing/x')).toEqual({ kind: 'external', packageName: '@app-missing/x' });
    expect(resolver.resolve('src/main.ts', 'react')).toEqual({ kind: 'external', packageName: 'react' });
  });

  it('paths of unrelated configs', () => {
    expect(resolver.resolve('legacy/app.js', '@app/util')).toEqual({ kind: 'external', packageName: '@app/util' });
  });

  it('reports no warnings for valid configs', () => {
    expect(resolver.warnings).toEqual([]);
  });
});
