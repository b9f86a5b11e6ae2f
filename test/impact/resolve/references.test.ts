import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('tsconfig project references', () => {
  const { resolver } = createFixture({
    'tsconfig.json': json({
      files: [],
      references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }, { path: './tools' }],
    }),
    'tsconfig.app.json': json({ include: ['src'], compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    'tsconfig.node.json': json({ include: ['vite.config.ts', 'scripts/**/*.ts'], compilerOptions: { paths: { '@/*': ['./scripts/*'] } } }),
    'tools/tsconfig.json': json({ compilerOptions: { paths: { '@/*': ['./lib/*'] } } }),
    'src/main.ts': '',
    'src/util.ts': '',
    'scripts/build.ts': '',
    'scripts/util.ts': '',
    'vite.config.ts': 'export default {};\n',
    'tools/lib/util.ts': '',
    'tools/cli.ts': '',
    'docs/example.ts': '',
  });

  it('project whose include covers file', () => {
    expect(resolver.resolve('src/main.ts', '@/util')).toEqual({
      kind: 'file',
      path: 'src/util.ts',
      via: 'tsconfig paths "@/*" in tsconfig.app.json',
    });
    expect(resolver.resolve('scripts/build.ts', '@/util')).toEqual({
      kind: 'file',
      path: 'scripts/util.ts',
      via: 'tsconfig paths "@/*" in tsconfig.node.json',
    });
  });

  it('file named in include', () => {
    expect(resolver.resolve('vite.config.ts', '@/util')).toMatchObject({ path: 'scripts/util.ts' });
  });

  it('referenced folder config', () => {
    expect(resolver.resolve('tools/cli.ts', '@/util')).toMatchObject({ path: 'tools/lib/util.ts' });
  });

  it('solution config as fallback', () => {
    expect(resolver.resolve('docs/example.ts', '@/util')).toEqual({ kind: 'external', packageName: '@/util' });
  });

  it('missing reference warning', () => {
    const broken = createFixture({
      'tsconfig.json': json({ files: [], references: [{ path: './packages/missing' }] }),
    });
    expect(broken.resolver.warnings).toEqual([
      'tsconfig.json: references entry "./packages/missing" matches no tracked tsconfig file. Fix the path; until then files of that project use tsconfig.json.',
    ]);
  });
});

describe('tsconfig include and exclude', () => {
  const { resolver } = createFixture({
    'tsconfig.json': json({ files: [], references: [{ path: './tsconfig.lib.json' }, { path: './tsconfig.spec.json' }] }),
    'tsconfig.lib.json': json({
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts'],
      compilerOptions: { paths: { '#kind': ['./src/lib-kind.ts'] } },
    }),
    'tsconfig.spec.json': json({ include: ['src/**/*.spec.ts'], compilerOptions: { paths: { '#kind': ['./src/spec-kind.ts'] } } }),
    'src/a.ts': '',
    'src/a.spec.ts': '',
    'src/lib-kind.ts': '',
    'src/spec-kind.ts': '',
  });

  it('excluded files go elsewhere', () => {
    expect(resolver.resolve('src/a.ts', '#kind')).toMatchObject({ path: 'src/lib-kind.ts' });
    expect(resolver.resolve('src/a.spec.ts', '#kind')).toMatchObject({ path: 'src/spec-kind.ts' });
  });
});
