import { describe, expect, it } from 'vitest';
import type { ImpactSettings } from '../../../src/impact/model.js';
import { discoverTestFiles } from '../../../src/impact/select/test-files.js';
import { json, memoryView } from './memory-view.js';

const NO_SETTINGS: ImpactSettings['tests'] = { include: [], exclude: [] };

function testsOf(texts: Record<string, string>, settings = NO_SETTINGS): string[] {
  return [...discoverTestFiles({ view: memoryView(texts), settings }).files];
}

describe('vitest configs', () => {
  it('default include and exclude', () => {
    const tests = testsOf({
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { environment: 'node' } });\n",
      'src/a.test.ts': '',
      'src/b.spec.mjs': '',
      'src/c.test.tsx': '',
      'src/d.ts': '',
      'src/e.test.d.ts': '',
      'node_modules/pkg/x.test.js': '',
      '.config/f.test.ts': '',
    });
    expect(tests).toEqual(['.config/f.test.ts', 'src/a.test.ts', 'src/b.spec.mjs', 'src/c.test.tsx']);
  });

  it('include and exclude from the config', () => {
    const tests = testsOf({
      'vitest.config.ts': "export default { test: { include: ['test/**/*.ts'], exclude: ['test/fixtures/**'] } };\n",
      'test/a.ts': '',
      'test/fixtures/b.ts': '',
      'src/c.test.ts': '',
    });
    expect(tests).toEqual(['test/a.ts']);
  });

  it('globs relative to root and dir', () => {
    const tests = testsOf({
      'web/vitest.config.ts': "export default { root: './app', test: { include: ['**/*.check.ts'] } };\n",
      'web/app/one.check.ts': '',
      'web/two.check.ts': '',
      'api/vitest.config.ts': "export default { test: { dir: 'src', include: ['*.test.ts'] } };\n",
      'api/src/three.test.ts': '',
      'api/four.test.ts': '',
    });
    expect(tests).toEqual(['api/src/three.test.ts', 'web/app/one.check.ts']);
  });

  it('test.root wins over root', () => {
    const tests = testsOf({
      'vitest.config.ts': "export default { root: 'a', test: { root: 'b', include: ['*.test.ts'] } };\n",
      'a/one.test.ts': '',
      'b/two.test.ts': '',
    });
    expect(tests).toEqual(['b/two.test.ts']);
  });

  it('spread of configDefaults.exclude', () => {
    const tests = testsOf({
      'vitest.config.ts': [
        "import { configDefaults, defineConfig } from 'vitest/config';",
        "export default defineConfig({ test: { exclude: [...configDefaults.exclude, 'e2e/**'] } });",
      ].join('\n'),
      'src/a.test.ts': '',
      'e2e/b.test.ts': '',
      'node_modules/c.test.ts': '',
    });
    expect(tests).toEqual(['src/a.test.ts']);
  });

  it('both branches of a conditional', () => {
    const tests = testsOf({
      'vitest.config.ts': "export default { test: { include: process.env.CI ? ['ci/*.ts'] : ['local/*.ts'] } };\n",
      'ci/a.ts': '',
      'local/b.ts': '',
      'other/c.test.ts': '',
    });
    expect(tests).toEqual(['ci/a.ts', 'local/b.ts']);
  });

  it('vite config without a test section', () => {
    const tests = testsOf({ 'vite.config.ts': 'export default { plugins: [] };\n', 'src/a.test.ts': '', 'src/b.ts': '' });
    expect(tests).toEqual(['src/a.test.ts']);
  });

  it('vitest config wins over vite config', () => {
    const tests = testsOf({
      'vite.config.ts': "export default { test: { include: ['vite/*.ts'] } };\n",
      'vitest.config.ts': "export default { test: { include: ['vitest/*.ts'] } };\n",
      'vite/a.ts': '',
      'vitest/b.ts': '',
    });
    expect(tests).toEqual(['vitest/b.ts']);
  });

  it('takes the first config name per folder', () => {
    const discovery = discoverTestFiles({
      view: memoryView({
        'b/vite.config.mjs': "export default { test: { include: ['x/*.ts'], setupFiles: ['./setup-b.ts'] } };\n",
        'b/vite.config.ts': "export default { test: { include: ['y/*.ts'], setupFiles: ['./setup-b2.ts'] } };\n",
        'b/setup-b.ts': '',
        'b/setup-b2.ts': '',
        'b/x/one.ts': '',
        'b/y/two.ts': '',
        'a/vitest.config.js': "export default { test: { include: ['*.check.ts'], setupFiles: ['./setup-a.ts'] } };\n",
        'a/setup-a.ts': '',
        'a/z.check.ts': '',
        'c/jest.config.json': json({ testMatch: ['<rootDir>/json/*.js'] }),
        'c/jest.config.js': "module.exports = { testMatch: ['<rootDir>/js/*.js'] };\n",
        'c/js/one.js': '',
        'c/json/two.js': '',
      }),
      settings: NO_SETTINGS,
    });
    expect([...discovery.files].sort()).toEqual(['a/z.check.ts', 'b/y/two.ts', 'c/js/one.js']);
    expect(discovery.configs).toEqual(['a/vitest.config.js', 'b/vite.config.ts', 'c/jest.config.js']);
    expect(discovery.setupFiles.map((setup) => setup.path)).toEqual(['a/setup-a.ts', 'b/setup-b2.ts']);
  });

  it('inline projects', () => {
    const tests = testsOf({
      'vitest.config.ts': [
        "import { defineConfig, defineProject } from 'vitest/config';",
        'export default defineConfig({ test: { projects: [',
        "  'packages/*',",
        "  { test: { name: 'unit', include: ['unit/**/*.ts'] } },",
        "  defineProject({ test: { root: 'browser', include: ['*.ui.ts'] } }),",
        '] } });',
      ].join('\n'),
      'unit/a.ts': '',
      'browser/b.ui.ts': '',
      'c.ui.ts': '',
      'src/d.test.ts': '',
    });
    expect(tests).toEqual(['browser/b.ui.ts', 'src/d.test.ts', 'unit/a.ts']);
  });

  it('mergeConfig objects join their lists', () => {
    const tests = testsOf({
      'vitest.config.ts': [
        "import { mergeConfig } from 'vitest/config';",
        "import base from './vite.config';",
        "export default mergeConfig(base, { test: { include: ['a/*.ts'] } }, { test: { include: ['b/*.ts'] } });",
      ].join('\n'),
      'a/one.ts': '',
      'b/two.ts': '',
      'c/three.test.ts': '',
    });
    expect(tests).toEqual(['a/one.ts', 'b/two.ts']);
  });
});

describe('jest configs', () => {
  it('default testMatch', () => {
    const tests = testsOf({
      'jest.config.js': "module.exports = { testEnvironment: 'node' };\n",
      'src/__tests__/a.js': '',
      'src/__tests__/helpers/b.ts': '',
      'src/c.test.jsx': '',
      'src/d.spec.cts': '',
      'src/e.js': '',
      'node_modules/x/__tests__/f.js': '',
    });
    expect(tests).toEqual(['src/__tests__/a.js', 'src/__tests__/helpers/b.ts', 'src/c.test.jsx', 'src/d.spec.cts']);
  });

  it('testMatch with rootDir and roots', () => {
    const tests = testsOf({
      'app/jest.config.ts': [
        'export default {',
        "  rootDir: '..',",
        "  roots: ['<rootDir>/app/src', '<rootDir>/shared'],",
        "  testMatch: ['<rootDir>/**/*.unit.ts'],",
        "  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/shared/legacy/'],",
        '};',
      ].join('\n'),
      'app/src/a.unit.ts': '',
      'app/other/b.unit.ts': '',
      'shared/c.unit.ts': '',
      'shared/legacy/d.unit.ts': '',
    });
    expect(tests).toEqual(['app/src/a.unit.ts', 'shared/c.unit.ts']);
  });

  it('relative testMatch matches nothing', () => {
    const tests = testsOf({ 'jest.config.json': json({ testMatch: ['test/**/*.js'] }), 'test/a.js': '' });
    expect(tests).toEqual([]);
  });

  it('testRegex replaces testMatch', () => {
    const tests = testsOf({
      'jest.config.js': 'module.exports = { testRegex: /\\/tests\\/.*\\.js$/ };\n',
      'tests/a.js': '',
      'src/b.test.js': '',
    });
    expect(tests).toEqual(['tests/a.js']);
  });

  it('package.json jest field', () => {
    const tests = testsOf({
      'package.json': json({ name: 'app', jest: { testMatch: ['**/*.check.js'] } }),
      'src/a.check.js': '',
      'src/b.test.js': '',
    });
    expect(tests).toEqual(['src/a.check.js']);
  });

  it('inline jest projects', () => {
    const tests = testsOf({
      'jest.config.json': json({ projects: [{ displayName: 'lint', testMatch: ['<rootDir>/lint/*.js'] }], testMatch: ['<rootDir>/unit/*.js'] }),
      'lint/a.js': '',
      'unit/b.js': '',
      'other/c.test.js': '',
    });
    expect(tests).toEqual(['lint/a.js', 'unit/b.js']);
  });

  it('projects built by a function', () => {
    // As in react-hook-form: a project's rootDir "." is the folder jest runs in, above the config.
    const config = [
      "const web = { rootDir: '.', setupFilesAfterEnv: ['<rootDir>/scripts/jest/setup.ts'], roots: ['<rootDir>/src'] };",
      'const getProjects = () => (process.env.TEST_ENV ? [web] : [web]);',
      "module.exports = { projects: getProjects(), coveragePathIgnorePatterns: ['./dist/'] };",
    ].join('\n');
    const discovery = discoverTestFiles({
      view: memoryView({ 'scripts/jest/jest.config.js': config, 'scripts/jest/setup.ts': '', 'src/index.ts': '', 'src/a.test.ts': '' }),
      settings: NO_SETTINGS,
    });

    expect(discovery.setupFiles).toEqual([{ path: 'scripts/jest/setup.ts', option: 'projects', config: 'scripts/jest/jest.config.js' }]);
    expect(discovery.warnings).toEqual([
      "scripts/jest/jest.config.js: projects is not a static list, so its projects' test globs are not read, and 1 tracked file that the config's string literals name count as setup files. Write projects as an array of object literals.",
    ]);
  });
});

describe('workspace packages', () => {
  const texts = {
    'package.json': json({ private: true, workspaces: ['packages/*'] }),
    'vitest.config.ts': "export default { test: { include: ['scripts/**/*.test.ts'] } };\n",
    'scripts/a.test.ts': '',
    'packages/web/vitest.config.ts': "export default { test: { include: ['src/**/*.spec.ts'] } };\n",
    'packages/web/src/b.spec.ts': '',
    'packages/web/src/c.test.ts': '',
    'packages/api/package.json': json({ name: 'api', jest: { testMatch: ['<rootDir>/test/**/*.js'] } }),
    'packages/api/test/d.js': '',
    'packages/api/test/e.test.ts': '',
    'packages/cli/src/f.test.ts': '',
  };

  it('each package uses its own config', () => {
    expect(testsOf(texts)).toEqual(['packages/api/test/d.js', 'packages/web/src/b.spec.ts', 'scripts/a.test.ts']);
  });

  it('vitest and jest side by side', () => {
    const tests = testsOf({
      ...texts,
      'packages/api/vitest.config.ts': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
    });
    expect(tests).toContain('packages/api/test/d.js');
    expect(tests).toContain('packages/api/test/e.test.ts');
  });

  it('explanations name the nearest config', () => {
    const discovery = discoverTestFiles({ view: memoryView(texts), settings: NO_SETTINGS });
    expect(discovery.patternsFor('packages/web/src/c.test.ts')).toEqual([
      'test.include "src/**/*.spec.ts", except "**/node_modules/**", "**/.git/**", matched from packages/web/ (packages/web/vitest.config.ts)',
    ]);
    expect(discovery.patternsFor('packages/api/test/e.test.ts')).toEqual([
      'test.include "scripts/**/*.test.ts", except "**/node_modules/**", "**/.git/**", matched from the repository root (vitest.config.ts)',
      'jest.testMatch "<rootDir>/test/**/*.js", below packages/api/ (packages/api/package.json)',
    ]);
    expect(discovery.configs).toEqual(['packages/api/package.json', 'packages/web/vitest.config.ts', 'vitest.config.ts']);
  });
});

describe('no runner config', () => {
  it('both runners defaults', () => {
    const tests = testsOf({ 'src/a.test.ts': '', 'src/__tests__/b.js': '', 'src/c.ts': '' });
    expect(tests).toEqual(['src/__tests__/b.js', 'src/a.test.ts']);
  });

  it('default patterns in explanations', () => {
    const discovery = discoverTestFiles({ view: memoryView({ 'src/c.ts': '' }), settings: NO_SETTINGS });
    expect(discovery.patternsFor('src/c.ts')).toEqual([
      'vitest\'s default include, as no vitest or jest config is above this file, "**/*.{test,spec}.?(c|m)[jt]s?(x)", except "**/node_modules/**", "**/.git/**", matched from the repository root (defaults)',
      'jest\'s default testMatch "**/__tests__/**/*.?([mc])[jt]s?(x)", "**/?(*.)+(spec|test).?([mc])[jt]s?(x)", below the repository root (defaults)',
    ]);
  });
});

describe('impact settings', () => {
  it('include adds, exclude removes', () => {
    const tests = testsOf(
      { 'vitest.config.ts': 'export default {};\n', 'checks/a.ts': '', 'src/b.test.ts': '', 'src/slow/c.test.ts': '' },
      { include: ['checks/**'], exclude: ['src/slow/**'] },
    );
    expect(tests).toEqual(['checks/a.ts', 'src/b.test.ts']);
  });

  it('explanations list the settings', () => {
    const discovery = discoverTestFiles({
      view: memoryView({ 'vitest.config.ts': 'export default {};\n', 'src/x.ts': '' }),
      settings: { include: ['checks/**'], exclude: ['src/slow/**'] },
    });
    expect(discovery.patternsFor('src/x.ts').slice(1)).toEqual([
      'impact settings tests.include "checks/**"',
      'and outside impact settings tests.exclude "src/slow/**"',
    ]);
  });
});

describe('setup files', () => {
  it('vitest setupFiles and globalSetup', () => {
    const discovery = discoverTestFiles({
      view: memoryView({
        'web/vitest.config.ts': [
          "import { resolve } from 'node:path';",
          'export default { test: {',
          "  setupFiles: ['./test/setup', '@testing-library/jest-dom/vitest'],",
          "  globalSetup: resolve(__dirname, 'test/global.ts'),",
          '} };',
        ].join('\n'),
        'web/test/setup.ts': '',
        'web/test/global.ts': '',
      }),
      settings: NO_SETTINGS,
    });
    expect(discovery.setupFiles).toEqual([
      { path: 'web/test/setup.ts', option: 'test.setupFiles', config: 'web/vitest.config.ts' },
      { path: 'web/test/global.ts', option: 'test.globalSetup', config: 'web/vitest.config.ts' },
    ]);
  });

  it('setup files relative to root', () => {
    const discovery = discoverTestFiles({
      view: memoryView({ 'vitest.config.ts': "export default { root: 'app', test: { setupFiles: 'setup.ts' } };\n", 'app/setup.ts': '' }),
      settings: NO_SETTINGS,
    });
    expect(discovery.setupFiles.map((file) => file.path)).toEqual(['app/setup.ts']);
  });

  it('jest setup options', () => {
    const discovery = discoverTestFiles({
      view: memoryView({
        'api/jest.config.js': [
          'module.exports = {',
          "  setupFiles: ['<rootDir>/jest/env.js'],",
          "  setupFilesAfterEnv: ['./jest/matchers'],",
          "  globalSetup: '<rootDir>/jest/global-setup.js',",
          "  globalTeardown: 'jest/global-teardown.js',",
          '};',
        ].join('\n'),
        'api/jest/env.js': '',
        'api/jest/matchers.ts': '',
        'api/jest/global-setup.js': '',
        'api/jest/global-teardown.js': '',
      }),
      settings: NO_SETTINGS,
    });
    expect(discovery.setupFiles).toEqual([
      { path: 'api/jest/env.js', option: 'setupFiles', config: 'api/jest.config.js' },
      { path: 'api/jest/matchers.ts', option: 'setupFilesAfterEnv', config: 'api/jest.config.js' },
      { path: 'api/jest/global-setup.js', option: 'globalSetup', config: 'api/jest.config.js' },
      { path: 'api/jest/global-teardown.js', option: 'globalTeardown', config: 'api/jest.config.js' },
    ]);
  });
});

describe('config warnings', () => {
  it('dynamic include falls back to defaults', () => {
    const discovery = discoverTestFiles({
      view: memoryView({ 'vitest.config.ts': 'export default { test: { include: globs() } };\n', 'src/a.test.ts': '' }),
      settings: NO_SETTINGS,
    });
    expect([...discovery.files]).toEqual(['src/a.test.ts']);
    expect(discovery.warnings).toEqual([
      "vitest.config.ts: test.include is not a static list of strings, so impact analysis uses vitest's default. Write the globs as string literals.",
    ]);
  });

  it.each([
    ['a spread without include', "import shared from './shared';\nexport default { test: { ...shared } };\n", true],
    ['a spread beside include', "import shared from './shared';\nexport default { test: { ...shared, include: ['src/**/*.test.ts'] } };\n", false],
  ])('%s', (_case, config, warns) => {
    const discovery = discoverTestFiles({ view: memoryView({ 'vitest.config.ts': config, 'src/a.test.ts': '' }), settings: NO_SETTINGS });

    expect(discovery.warnings).toEqual(
      warns
        ? [
            "vitest.config.ts: test spreads an object that impact analysis does not read, so the include it may set is unknown and vitest's default include is assumed. Write include as a list of string literals in this config.",
          ]
        : [],
    );
  });

  it('config not an object literal', () => {
    const discovery = discoverTestFiles({
      view: memoryView({ 'jest.config.js': 'module.exports = createConfig();\n', 'src/a.test.js': '' }),
      settings: NO_SETTINGS,
    });
    expect([...discovery.files]).toEqual(['src/a.test.js']);
    expect(discovery.warnings[0]).toMatch(/^jest\.config\.js: the exported config is not an object literal/);
  });

  it('invalid testRegex', () => {
    const discovery = discoverTestFiles({
      view: memoryView({ 'jest.config.json': json({ testRegex: '(' }), 'src/a.test.js': '' }),
      settings: NO_SETTINGS,
    });
    expect(discovery.warnings[0]).toMatch(/^jest\.config\.json: testRegex "\(" is not a valid regular expression/);
    expect([...discovery.files]).toEqual(['src/a.test.js']);
  });
});
