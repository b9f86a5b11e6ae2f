import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('globs and dynamic prefixes', () => {
  const { resolver } = createFixture({
    'vite.config.ts': `
      import { fileURLToPath, URL } from 'node:url';
      export default { resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } } };
    `,
    'tsconfig.json': json({ compilerOptions: { paths: { '#/*': ['./src/*'] } } }),
    'src/main.ts': '',
    'src/pages/home.tsx': '',
    'src/pages/about.tsx': '',
    'src/pages/about.test.tsx': '',
    'src/pages/admin/users.tsx': '',
    'src/pages/.hidden.tsx': '',
    'src/pages/notes.md': '',
    'src/locales/en.json': '{}',
    'src/locales/de.json': '{}',
    'src/locales/messages-en.json': '{}',
    'src/locales/README.md': '',
    'src/localesX.json': '{}',
    'package.json': json({ private: true, workspaces: ['packages/*'] }),
    'packages/icons/package.json': json({ name: '@acme/icons' }),
    'packages/icons/svg/arrow.svg': '',
    'packages/icons/svg/close.svg': '',
  });

  it('relative glob', () => {
    expect(resolver.resolve('src/main.ts', './pages/*.tsx', { glob: true })).toEqual({
      kind: 'files',
      paths: ['src/pages/about.test.tsx', 'src/pages/about.tsx', 'src/pages/home.tsx'],
      via: 'glob "./pages/*.tsx"',
    });
  });

  it('matches nested folders and brace alternatives', () => {
    expect(resolver.resolve('src/main.ts', './pages/**/*.{tsx,md}', { glob: true })).toMatchObject({
      paths: ['src/pages/about.test.tsx', 'src/pages/about.tsx', 'src/pages/admin/users.tsx', 'src/pages/home.tsx', 'src/pages/notes.md'],
    });
  });

  it('resolves root-relative and aliased globs', () => {
    expect(resolver.resolve('src/main.ts', '/src/locales/*.json', { glob: true })).toMatchObject({
      paths: ['src/locales/de.json', 'src/locales/en.json', 'src/locales/messages-en.json'],
    });
    expect(resolver.resolve('src/main.ts', '@/pages/admin/*.tsx', { glob: true })).toEqual({
      kind: 'files',
      paths: ['src/pages/admin/users.tsx'],
      via: 'glob "@/pages/admin/*.tsx" through vite alias "@" in vite.config.ts',
    });
  });

  it('glob without matches', () => {
    expect(resolver.resolve('src/main.ts', './pages/*.vue', { glob: true })).toMatchObject({ kind: 'files', paths: [] });
  });

  it('reports an exclusion glob as unresolved', () => {
    expect(resolver.resolve('src/main.ts', '!./pages/*.test.tsx', { glob: true })).toMatchObject({ kind: 'unresolved' });
  });

  it('folder prefix with suffix', () => {
    expect(resolver.resolve('src/main.ts', './locales/', { pattern: { suffix: '.json' } })).toEqual({
      kind: 'files',
      paths: ['src/locales/de.json', 'src/locales/en.json', 'src/locales/messages-en.json'],
      via: 'dynamic import prefix "./locales/" with suffix ".json"',
    });
  });

  it('prefix ending inside a name', () => {
    expect(resolver.resolve('src/main.ts', './locales/messages-', { pattern: { suffix: '.json' } })).toMatchObject({
      paths: ['src/locales/messages-en.json'],
    });
  });

  it('resolves a prefix without a suffix', () => {
    expect(resolver.resolve('src/main.ts', './pages/admin/', { pattern: {} })).toMatchObject({ paths: ['src/pages/admin/users.tsx'] });
  });

  it('prefix through alias, paths, package', () => {
    expect(resolver.resolve('src/main.ts', '@/locales/', { pattern: { suffix: '.json' } })).toMatchObject({
      paths: ['src/locales/de.json', 'src/locales/en.json', 'src/locales/messages-en.json'],
    });
    expect(resolver.resolve('src/main.ts', '#/pages/admin/', { pattern: { suffix: '.tsx' } })).toEqual({
      kind: 'files',
      paths: ['src/pages/admin/users.tsx'],
      via: 'dynamic import prefix "#/pages/admin/" with suffix ".tsx" through tsconfig paths "#/*" in tsconfig.json',
    });
    expect(resolver.resolve('src/main.ts', '@acme/icons/svg/', { pattern: { suffix: '.svg' } })).toMatchObject({
      paths: ['packages/icons/svg/arrow.svg', 'packages/icons/svg/close.svg'],
    });
  });

  it('prefix in an outside package', () => {
    expect(resolver.resolve('src/main.ts', 'date-fns/locale/', { pattern: {} })).toEqual({ kind: 'external', packageName: 'date-fns' });
    expect(resolver.resolve('src/main.ts', 'prefix-', { pattern: {} })).toMatchObject({ kind: 'unresolved' });
  });
});
