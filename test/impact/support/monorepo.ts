/**
 * A small npm workspace monorepo in a real git repository, for the tests of
 * the impact stage, the `impact` command and the impact-analysis action.
 *
 * `@acme/core` contains the sources, and `@acme/web` imports them by package
 * name (`@acme/core`, whose `exports` point at src/index.ts) and through the
 * tsconfig path `@core/*`. The root vitest.config.ts names the tests with an
 * include glob. label.ts imports a type only, and the lockfile pins one
 * dependency per package: ms for core, left-pad for web.
 *
 * The import chains, test first:
 * - core/test/math.test.ts → core/src/math.ts
 * - core/test/format.test.ts → core/src/format.ts ⇢ core/src/types.ts (type-only)
 * - core/test/legacy.test.ts → core/src/legacy.ts
 * - core/test/session.test.ts → core/src/auth/session.ts
 * - web/test/cart.test.ts → web/src/cart.ts → core/src/index.ts → core/src/math.ts
 * - web/test/label.test.ts → web/src/label.ts ⇢ core/src/types.ts (type-only, through `@core/types`)
 * - web/test/price.test.ts → core/src/format.ts (through `@core/format`)
 */
import { TestRepo } from '../../git/fixture.js';

export { TestRepo } from '../../git/fixture.js';

/** Branch that each test commits its change on, so `main` stays at the fixture's first commit. */
export const FEATURE_BRANCH = 'feature';

/** Every test file of the fixture, sorted. */
export const TEST_FILES = [
  'packages/core/test/format.test.ts',
  'packages/core/test/legacy.test.ts',
  'packages/core/test/math.test.ts',
  'packages/core/test/session.test.ts',
  'packages/web/test/cart.test.ts',
  'packages/web/test/label.test.ts',
  'packages/web/test/price.test.ts',
];

export const WEB_TESTS = TEST_FILES.filter((path) => path.startsWith('packages/web/'));

/** Versions that the lockfile pins. */
export interface LockedVersions {
  ms: string;
  leftPad: string;
  /** The root's dev tool. */
  typescript?: string;
}

export const LOCKED_VERSIONS: LockedVersions = { ms: '2.1.3', leftPad: '1.3.0' };

/** The fixture's `.github/testmaster.yml`: one suite per package, on different tiers. */
export const CONFIG_FILE = `impact:
  suites:
    - name: web-e2e
      paths: ['packages/web/src/**']
      tier: continuous
      runsOn: [ubuntu-latest]
    - name: core-bench
      paths: ['packages/core/src/math.ts']
      tier: weekly
`;

/** Files of the fixture's first commit on `main`, by path. */
export function monorepoFiles(): Record<string, string> {
  return {
    'package.json': json({
      name: 'acme',
      version: '1.0.0',
      private: true,
      workspaces: ['packages/*'],
      devDependencies: { typescript: '^5.9.0' },
    }),
    'package-lock.json': npmLockfile(LOCKED_VERSIONS),
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        baseUrl: '.',
        paths: { '@core/*': ['packages/core/src/*'] },
      },
      include: ['packages'],
    }),
    'vitest.config.ts': [
      "import { defineConfig } from 'vitest/config';",
      '',
      'export default defineConfig({',
      '  test: {',
      "    include: ['packages/*/test/**/*.test.ts'],",
      '  },',
      '});',
      '',
    ].join('\n'),
    '.github/testmaster.yml': CONFIG_FILE,
    '.gitignore': 'node_modules/\n',

    'packages/core/package.json': json({
      name: '@acme/core',
      version: '1.0.0',
      type: 'module',
      exports: { '.': './src/index.ts' },
      dependencies: { ms: '^2.1.3' },
    }),
    'packages/core/src/index.ts': [
      "export { add, total } from './math';",
      "export { formatPrice } from './format';",
      "export type { Price } from './types';",
      '',
    ].join('\n'),
    'packages/core/src/math.ts': [
      'export function add(a: number, b: number): number {',
      '  return a + b;',
      '}',
      '',
      'export function total(values: number[]): number {',
      '  return values.reduce(add, 0);',
      '}',
      '',
    ].join('\n'),
    'packages/core/src/format.ts': [
      "import type { Price } from './types';",
      '',
      'export function formatPrice(price: Price): string {',
      '  return `${price.amount.toFixed(2)} ${price.currency}`;',
      '}',
      '',
    ].join('\n'),
    'packages/core/src/types.ts': 'export interface Price {\n  amount: number;\n  currency: string;\n}\n',
    'packages/core/src/legacy.ts': 'export function legacyRound(value: number): number {\n  return Math.round(value * 100) / 100;\n}\n',
    'packages/core/src/auth/session.ts': 'export function isExpired(expiresAt: number, now: number): boolean {\n  return now >= expiresAt;\n}\n',
    'packages/core/test/math.test.ts': testFile("import { add, total } from '../src/math';", 'expect(add(1, 2)).toBe(3);\n  expect(total([1, 2, 3])).toBe(6);'),
    'packages/core/test/format.test.ts': testFile(
      "import { formatPrice } from '../src/format';",
      "expect(formatPrice({ amount: 2, currency: 'EUR' })).toBe('2.00 EUR');",
    ),
    'packages/core/test/legacy.test.ts': testFile("import { legacyRound } from '../src/legacy';", 'expect(legacyRound(1.005)).toBe(1);'),
    'packages/core/test/session.test.ts': testFile("import { isExpired } from '../src/auth/session';", 'expect(isExpired(1, 2)).toBe(true);'),

    'packages/web/package.json': json({
      name: '@acme/web',
      version: '1.0.0',
      type: 'module',
      dependencies: { '@acme/core': '1.0.0', 'left-pad': '^1.3.0' },
    }),
    'packages/web/src/cart.ts': [
      "import { total } from '@acme/core';",
      '',
      'export function cartTotal(prices: number[]): number {',
      '  return total(prices);',
      '}',
      '',
    ].join('\n'),
    'packages/web/src/label.ts': [
      "import type { Price } from '@core/types';",
      '',
      'export function label(name: string, price: Price): string {',
      '  return `${name}: ${price.amount}`;',
      '}',
      '',
    ].join('\n'),
    'packages/web/test/cart.test.ts': testFile("import { cartTotal } from '../src/cart';", 'expect(cartTotal([1, 2])).toBe(3);'),
    'packages/web/test/label.test.ts': testFile(
      "import { label } from '../src/label';",
      "expect(label('tea', { amount: 2, currency: 'EUR' })).toBe('tea: 2');",
    ),
    'packages/web/test/price.test.ts': testFile(
      "import { formatPrice } from '@core/format';",
      "expect(formatPrice({ amount: 1, currency: 'USD' })).toBe('1.00 USD');",
    ),
  };
}

export interface Monorepo {
  repo: TestRepo;
  dir: string;
  /** The commit of `monorepoFiles()` on `main`. */
  mainSha: string;
}

/** Commits the fixture on `main`, then checks out a new `feature` branch at the same commit. */
export function createMonorepo(prefix = 'testmaster-impact-'): Monorepo {
  const repo = TestRepo.create(prefix);
  writeFiles(repo, monorepoFiles());
  const mainSha = repo.commit('Add the acme workspaces');
  repo.git('switch', '--quiet', '--create', FEATURE_BRANCH);
  return { repo, dir: repo.dir, mainSha };
}

/** Writes files by path. A `null` content deletes the file from the working tree and the index. */
export function writeFiles(repo: TestRepo, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.git('rm', '--quiet', path);
    else repo.write(path, content);
  }
}

/** Writes `files`, commits them and returns the new commit's SHA. */
export function commitFiles(repo: TestRepo, files: Record<string, string | null>, message: string): string {
  writeFiles(repo, files);
  return repo.commit(message);
}

/** math.ts with a changed body, which every test that imports it at run time must see. */
export const CHANGED_MATH = monorepoFiles()['packages/core/src/math.ts']!.replace('return a + b;', 'return Number(a) + Number(b);');

/** Builds a package-lock.json of lockfileVersion 3, as npm 7 and later write it for the fixture's workspaces. */
export function npmLockfile(versions: LockedVersions): string {
  return json({
    name: 'acme',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'acme', version: '1.0.0', workspaces: ['packages/*'], devDependencies: { typescript: '^5.9.0' } },
      'node_modules/@acme/core': { resolved: 'packages/core', link: true },
      'node_modules/@acme/web': { resolved: 'packages/web', link: true },
      'node_modules/left-pad': registryEntry('left-pad', versions.leftPad),
      'node_modules/ms': registryEntry('ms', versions.ms),
      'node_modules/typescript': { ...registryEntry('typescript', versions.typescript ?? '5.9.3'), dev: true },
      'packages/core': { name: '@acme/core', version: '1.0.0', dependencies: { ms: '^2.1.3' } },
      'packages/web': { name: '@acme/web', version: '1.0.0', dependencies: { '@acme/core': '1.0.0', 'left-pad': '^1.3.0' } },
    },
  });
}

function registryEntry(name: string, version: string): Record<string, unknown> {
  // A fake but well-formed SRI hash, distinct for each name and version.
  const integrity = `sha512-${Buffer.from(`${name}@${version}`.padEnd(48, '.')).toString('base64')}`;
  return { version, resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`, integrity, license: 'MIT' };
}

function testFile(importLine: string, body: string): string {
  return `import { expect, it } from 'vitest';\n${importLine}\n\nit('works', () => {\n  ${body}\n});\n`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
