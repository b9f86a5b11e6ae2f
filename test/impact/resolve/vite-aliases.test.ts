import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('vite and vitest aliases', () => {
  const { resolver } = createFixture({
    'apps/object/vite.config.ts': `
      import { defineConfig } from 'vite';
      import path from 'node:path';
      export default defineConfig({
        resolve: {
          alias: {
            '@': path.resolve(__dirname, './src'),
            '~assets': path.join(__dirname, 'assets'),
            '@root/': '/src/',
            'lodash': 'lodash-es',
            '@ui': '@acme/ui',
          },
        },
      });
    `,
    'apps/object/src/util.ts': '',
    'apps/object/src/main.ts': '',
    'apps/object/src/deep/index.ts': '',
    'apps/object/assets/logo.png': '',
    'apps/array/vitest.config.mts': `
      import { fileURLToPath, URL } from 'node:url';
      import { defineConfig, mergeConfig } from 'vitest/config';
      import viteConfig from './vite.config';
      const srcFolder = fileURLToPath(new URL('./src', import.meta.url));
      export default mergeConfig(viteConfig, defineConfig({
        resolve: {
          alias: [
            { find: '~', replacement: srcFolder },
            { find: 'shared', replacement: \`\${import.meta.dirname}/../../shared\` },
          ],
        },
        test: { alias: { '#test': fileURLToPath(new URL('./test/helpers', import.meta.url)) } },
      }));
    `,
    'apps/array/vite.config.ts': `
      export default { resolve: { alias: { '@': '/src' } } };
    `,
    'apps/array/src/main.ts': '',
    'apps/array/src/util.ts': '',
    'apps/array/test/helpers.ts': '',
    'shared/format.ts': '',
    'outside/file.ts': '',
    'package.json': json({ private: true, workspaces: ['packages/*'] }),
    'packages/ui/package.json': json({ name: '@acme/ui', main: 'index.ts' }),
    'packages/ui/index.ts': '',
  });

  it('reads the object form with path.resolve(__dirname)', () => {
    expect(resolver.resolve('apps/object/src/main.ts', '@/util')).toEqual({
      kind: 'file',
      path: 'apps/object/src/util.ts',
      via: 'vite alias "@" in apps/object/vite.config.ts',
    });
    expect(resolver.resolve('apps/object/src/main.ts', '@/deep')).toMatchObject({ path: 'apps/object/src/deep/index.ts' });
    expect(resolver.resolve('apps/object/src/main.ts', '~assets/logo.png')).toMatchObject({ path: 'apps/object/assets/logo.png' });
  });

  it('root-relative replacement', () => {
    expect(resolver.resolve('apps/object/src/main.ts', '@root/util')).toMatchObject({ path: 'apps/object/src/util.ts' });
  });

  it('package replacement', () => {
    expect(resolver.resolve('apps/object/src/main.ts', 'lodash/merge')).toEqual({ kind: 'external', packageName: 'lodash-es' });
    expect(resolver.resolve('apps/object/src/main.ts', '@ui')).toEqual({
      kind: 'file',
      path: 'packages/ui/index.ts',
      via: 'vite alias "@ui" in apps/object/vite.config.ts, then workspace package @acme/ui main "index.ts"',
    });
  });

  it('find needs a following slash', () => {
    expect(resolver.resolve('apps/object/src/main.ts', '@ui-kit/core')).toEqual({ kind: 'external', packageName: '@ui-kit/core' });
  });

  it('array form with fileURLToPath', () => {
    expect(resolver.resolve('apps/array/src/main.ts', '~/util')).toEqual({
      kind: 'file',
      path: 'apps/array/src/util.ts',
      via: 'vitest alias "~" in apps/array/vitest.config.mts',
    });
    expect(resolver.resolve('apps/array/src/main.ts', 'shared/format')).toMatchObject({ path: 'shared/format.ts' });
  });

  it('reads vitest test.alias', () => {
    expect(resolver.resolve('apps/array/src/main.ts', '#test')).toEqual({
      kind: 'file',
      path: 'apps/array/test/helpers.ts',
      via: 'vitest alias "#test" in apps/array/vitest.config.mts',
    });
  });

  it('vite.config after vitest.config', () => {
    expect(resolver.resolve('apps/array/src/main.ts', '@/util')).toEqual({
      kind: 'file',
      path: 'apps/array/src/util.ts',
      via: 'vite alias "@" in apps/array/vite.config.ts',
    });
  });

  it('aliases scoped to config folder', () => {
    expect(resolver.resolve('outside/file.ts', '@/util')).toEqual({ kind: 'external', packageName: '@/util' });
  });

  it('resolves /src paths from the Vite root', () => {
    expect(resolver.resolve('apps/object/src/main.ts', '/src/util.ts')).toEqual({
      kind: 'file',
      path: 'apps/object/src/util.ts',
      via: 'Vite root apps/object/',
    });
  });

  it('reports no warnings for static configs', () => {
    expect(resolver.warnings).toEqual([]);
  });
});

describe('vite alias warnings', () => {
  it('regex and dynamic values warned', () => {
    const { resolver } = createFixture({
      'vite.config.js': `
        const path = require('path');
        module.exports = {
          resolve: {
            alias: [
              { find: /^~(.*)$/, replacement: '$1' },
              { find: '@env', replacement: process.env.TARGET },
              { find: '@ok', replacement: path.resolve(__dirname, 'src') },
            ],
          },
        };
      `,
      'src/x.js': '',
      'main.js': '',
    });

    expect(resolver.warnings).toEqual([
      "vite.config.js: resolve.alias[0].find is a regular expression (/^~(.*)$/); impact analysis reads only string finds and skips this alias. Use a string find if the alias is a plain prefix.",
      "vite.config.js: resolve.alias[1].replacement (process.env.TARGET) is not a static value, so impact analysis skips this alias. Write the replacement as a string literal, path.resolve(__dirname, '…') or fileURLToPath(new URL('…', import.meta.url)).",
    ]);
    expect(resolver.resolve('main.js', '@ok/x')).toMatchObject({ path: 'src/x.js' });
  });

  it('alias out of the repository', () => {
    const { resolver } = createFixture({
      'vite.config.ts': `
        import path from 'node:path';
        export default { resolve: { alias: { '@up': path.resolve(__dirname, '../../elsewhere') } } };
      `,
      'elsewhere/x.ts': '',
      'main.ts': '',
    });
    expect(resolver.warnings).toEqual([
      'vite.config.ts: resolve.alias["@up"] (path.resolve(__dirname, \'../../elsewhere\')) points outside the repository, so impact analysis skips this alias. Point it at a folder inside the repository if imports through it should count.',
    ]);
    expect(resolver.resolve('main.ts', '@up/x')).toEqual({ kind: 'external', packageName: '@up/x' });
  });

  it('non-static export warned', () => {
    const { resolver } = createFixture({
      'vitest.config.ts': `
        import { makeConfig } from './config-factory';
        export default makeConfig({ alias: { '@': './src' } });
      `,
    });
    expect(resolver.warnings).toEqual([
      'vitest.config.ts: the exported config is not an object literal that impact analysis can read without running the file, so its aliases are skipped. Export the config as an object literal or defineConfig({ … }).',
    ]);
  });

  it('imported alias value warned', () => {
    const { resolver } = createFixture({
      'vitest.config.ts': `
        import { defineConfig } from 'vitest/config';
        import { entries } from './scripts/aliases.js';
        export default defineConfig({ resolve: { alias: entries } });
      `,
      'scripts/aliases.js': 'export const entries = {}',
    });
    expect(resolver.warnings).toEqual([
      'vitest.config.ts: resolve.alias is entries, imported from "./scripts/aliases.js", and impact analysis does not follow imports into other modules, so it skips these aliases. Imports through them still resolve where they name workspace packages or tsconfig paths. To have them read, write the aliases in vitest.config.ts as { find: replacement } or [{ find, replacement }] with string literals or path.resolve(__dirname, \'…\').',
    ]);
  });

  it('config returned by a function', () => {
    const { resolver } = createFixture({
      'vite.config.ts': `
        import { resolve } from 'path';
        const root = resolve(__dirname, 'web');
        export default defineConfig(({ mode }) => {
          return { resolve: { alias: { '@': resolve(root, 'src') } } };
        });
      `,
      'web/src/a.ts': '',
      'web/main.ts': '',
    });
    expect(resolver.resolve('web/main.ts', '@/a')).toMatchObject({ path: 'web/src/a.ts' });
    expect(resolver.warnings).toEqual([]);
  });
});
