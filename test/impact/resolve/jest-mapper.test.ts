import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('jest moduleNameMapper', () => {
  const { resolver } = createFixture({
    'web/jest.config.js': `
      module.exports = {
        testEnvironment: 'jsdom',
        moduleNameMapper: {
          '^@/(.*)$': '<rootDir>/src/$1',
          '\\\\.(css|less)$': 'identity-obj-proxy',
          '^~lib/(.*)$': ['<rootDir>/missing/$1', '<rootDir>/lib/$1'],
          '^config$': '<rootDir>/src/config/index',
        },
      };
    `,
    'web/src/util.ts': '',
    'web/src/config/index.ts': '',
    'web/src/main.ts': '',
    'web/lib/math.js': '',
    'api/jest.config.ts': `
      import type { Config } from 'jest';
      const config: Config = {
        rootDir: '..',
        moduleNameMapper: { '^#shared/(.*)$': '<rootDir>/shared/$1' },
      };
      export default config;
    `,
    'api/handler.ts': '',
    'shared/db.ts': '',
    'cli/jest.config.json': json({ moduleNameMapper: { '^@cli$': '<rootDir>/entry.ts' } }),
    'cli/entry.ts': '',
    'cli/main.ts': '',
    'pkg/package.json': json({ name: 'pkg', jest: { moduleNameMapper: { '^@pkg/(.*)$': '<rootDir>/lib/$1' } } }),
    'pkg/lib/a.ts': '',
    'pkg/test/a.test.ts': '',
  });

  it('maps with <rootDir> and capture groups', () => {
    expect(resolver.resolve('web/src/main.ts', '@/util')).toEqual({
      kind: 'file',
      path: 'web/src/util.ts',
      via: 'jest moduleNameMapper "^@/(.*)$" in web/jest.config.js',
    });
    expect(resolver.resolve('web/src/main.ts', 'config')).toMatchObject({ path: 'web/src/config/index.ts' });
  });

  it('mapping to an external package', () => {
    expect(resolver.resolve('web/src/main.ts', './styles.css')).toEqual({ kind: 'external', packageName: 'identity-obj-proxy' });
  });

  it('array of targets in order', () => {
    expect(resolver.resolve('web/src/main.ts', '~lib/math')).toMatchObject({ path: 'web/lib/math.js' });
  });

  it('reads a TypeScript config with rootDir', () => {
    expect(resolver.resolve('api/handler.ts', '#shared/db')).toEqual({
      kind: 'file',
      path: 'shared/db.ts',
      via: 'jest moduleNameMapper "^#shared/(.*)$" in api/jest.config.ts',
    });
  });

  it('jest.config.json and package.json jest', () => {
    expect(resolver.resolve('cli/main.ts', '@cli')).toMatchObject({ path: 'cli/entry.ts' });
    expect(resolver.resolve('pkg/test/a.test.ts', '@pkg/a')).toEqual({
      kind: 'file',
      path: 'pkg/lib/a.ts',
      via: 'jest moduleNameMapper "^@pkg/(.*)$" in pkg/package.json',
    });
  });

  it('mapper scoped to config folder', () => {
    expect(resolver.resolve('shared/db.ts', '@/util')).toEqual({ kind: 'external', packageName: '@/util' });
  });

  it('reports no warnings for static configs', () => {
    expect(resolver.warnings).toEqual([]);
  });

  it('warns about invalid and dynamic entries', () => {
    const broken = createFixture({
      'jest.config.mjs': `
        export default {
          moduleNameMapper: {
            '^(unclosed$': '<rootDir>/x',
            '^@/(.*)$': process.env.SRC + '/$1',
          },
        };
      `,
    });
    expect(broken.resolver.warnings).toEqual([
      'jest.config.mjs: moduleNameMapper["^@/(.*)$"] (process.env.SRC + \'/$1\') is not a static value, so impact analysis skips it. Write the module name as a string literal with <rootDir>.',
      'jest.config.mjs: moduleNameMapper key "^(unclosed$" is not a valid regular expression (Invalid regular expression: /^(unclosed$/: Unterminated group). Fix the key; until then it is ignored.',
    ]);
  });
});
