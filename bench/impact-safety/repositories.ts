/**
 * The repositories the safety benchmark measures. Adding one takes an entry
 * here: where to clone it from, how to install it, which runner it uses and
 * which changed files count as source whose functions get faults.
 */

export type RunnerKind = 'vitest' | 'jest';

export interface RepositoryConfig {
  /** Name used on the command line (`--repos`) and in the tables. */
  name: string;
  /** Clone URL or local path that `git clone` accepts, used when `directory` does not exist. */
  clone: string;
  /** Working copy that the benchmark checks commits out in; it must not contain uncommitted work. */
  directory: string;
  /** Ref whose history the commits are taken from; it is resolved once, before any checkout. */
  ref: string;
  /** Install command, run in `directory` when `node_modules` is missing or `--install` is given. */
  install: string[];
  runner: RunnerKind;
  /** Command that starts the runner, with arguments that every call gets (projects, config). */
  runnerCommand: string[];
  /** Changed files whose functions get faults: TypeScript sources, test files and `.d.ts` excluded by the benchmark. */
  source: RegExp;
  /**
   * Test files to leave out of every listing (all test files, the runner's
   * selection and so TestMaster's), given the repository-relative path and
   * the file's text. For files that cannot run on this machine.
   */
  excludeTestFile?: (path: string, text: string) => boolean;
}

const TYPESCRIPT_SOURCE = /\.(?:ts|tsx|mts|cts)$/;

export const REPOSITORIES: RepositoryConfig[] = [
  {
    name: 'hono',
    clone: 'https://github.com/honojs/hono.git',
    directory: '/tmp/safety-hono',
    ref: 'origin/HEAD',
    // packageManager in hono's package.json is bun@1.2.20, and the lockfile is bun.lock.
    install: ['npx', '-y', 'bun@1.2.20', 'install', '--frozen-lockfile'],
    runner: 'vitest',
    // The runtime-tests projects need Deno, Bun, workerd, Fastly and Lambda emulators; these three projects cover src/.
    runnerCommand: ['npx', 'vitest', '--project', 'main', '--project', 'jsx-runtime-default', '--project', 'jsx-runtime-dom'],
    source: new RegExp(`^src/.*${TYPESCRIPT_SOURCE.source}`),
  },
  {
    name: 'vue-core',
    clone: 'https://github.com/vuejs/core.git',
    directory: '/tmp/safety-vue-core',
    ref: 'origin/HEAD',
    // packageManager pins pnpm@11.19.0, which needs the node:sqlite module of Node.js 22.5 or later and fails
    // on Node.js 20. pnpm 10 installs the same lockfile (version 9.0). Without the setting it would switch to
    // the pinned version. Puppeteer is for the e2e tests and would download a browser.
    install: ['env', 'PUPPETEER_SKIP_DOWNLOAD=1', 'npx', '-y', 'pnpm@10', 'install', '--frozen-lockfile', '--config.manage-package-manager-versions=false'],
    runner: 'vitest',
    // `unit` and `unit-gc` are the Node.js environment projects of vitest.config.ts (its `test-unit` script runs
    // `unit*`). `unit-jsdom`, `e2e` and `e2e-browser` are left out: see excludeTestFile and the README.
    runnerCommand: ['npx', 'vitest', '--project', 'unit', '--project', 'unit-gc'],
    source: new RegExp(`^packages/[^/]+/src/.*${TYPESCRIPT_SOURCE.source}`),
    // jsdom 30, which vue pins, needs Node.js 22 or later, so on Node.js 20 every test file that runs in jsdom
    // fails to start: those of the unit-jsdom project and those with a `@vitest-environment jsdom` comment.
    excludeTestFile: (path, text) => /^packages\/(?:vue|vue-compat|runtime-dom)\//.test(path) || text.includes('@vitest-environment jsdom'),
  },
  {
    name: 'apollo-client',
    clone: 'https://github.com/apollographql/apollo-client.git',
    directory: '/tmp/safety-apollo-client',
    // main needs Node.js 23.6 or later since 2025-01-31 (devEngines, a jest.config.ts loaded with type stripping).
    // version-3.x, the maintained 3.x line, runs on Node.js 20 with jest 29 and ts-jest.
    ref: 'origin/version-3.x',
    // The devDependency @actions/github-script comes from a GitHub tarball, which this machine cannot reach, and
    // only the release workflow uses it. The script drops it from package.json and package-lock.json for `npm ci`
    // and restores both files afterwards, so the working copy stays clean.
    install: [
      'sh',
      '-c',
      `node -e '${[
        'const fs = require("fs");',
        'const pkg = JSON.parse(fs.readFileSync("package.json"));',
        'delete pkg.devDependencies["@actions/github-script"];',
        'fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\\n");',
        'const lock = JSON.parse(fs.readFileSync("package-lock.json"));',
        'delete lock.packages[""].devDependencies["@actions/github-script"];',
        'delete lock.packages["node_modules/@actions/github-script"];',
        'fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\\n");',
      ].join(' ')}' && npm ci; status=$?; git checkout -- package.json package-lock.json; exit $status`,
    ],
    runner: 'jest',
    // config/jest.config.js has four projects. "Core Tests" runs the .ts test files and each "ReactDOM" project
    // the .tsx ones against its React version, so these two run every test file once.
    // NOTE: ts-jest type-checks every test file here (errors only warn outside CI), which makes a run of the
    // suite slow. `isolatedModules` would skip the check but breaks src/cache/core/types/Cache.ts, whose
    // `export import DiffResult = DataProxy.DiffResult` reads a type-only namespace at run time.
    // As in the repository's `test` script, --expose-gc lets the tests that check for leaks call gc().
    runnerCommand: ['node', '--expose-gc', './node_modules/jest/bin/jest.js', '--config', './config/jest.config.js', '--selectProjects', 'Core Tests', 'ReactDOM 18'],
    source: new RegExp(`^src/.*${TYPESCRIPT_SOURCE.source}`),
  },
  {
    name: 'react-hook-form',
    clone: 'https://github.com/react-hook-form/react-hook-form.git',
    directory: '/tmp/safety-react-hook-form',
    ref: 'origin/HEAD',
    // A pnpm lockfile (version 9.0). As for vue-core, pnpm 10 installs it without switching to a pinned version.
    // HUSKY=0 keeps the `prepare` script from installing git hooks in the clone. Playwright is for the e2e tests.
    // Commits before 8b5162173 (2026-07-31) load jest-preview in scripts/jest/setup.ts and in the Web project's
    // transforms, and the tip no longer lists it. So the install adds the version their lockfile pins, then
    // restores package.json and pnpm-lock.yaml; tip-era commits never load it. It only writes files under
    // node_modules/.cache.
    install: [
      'sh',
      '-c',
      [
        'export HUSKY=0 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1',
        'npx -y pnpm@10 install --frozen-lockfile --config.manage-package-manager-versions=false',
        'npx -y pnpm@10 add --save-dev --config.manage-package-manager-versions=false jest-preview@0.3.3',
      ].join(' && ') + '; status=$?; git checkout -- package.json pnpm-lock.yaml; exit $status',
    ],
    runner: 'jest',
    // The repository's `test` script. Its config has two projects: "Web" (jsdom) runs every test file under
    // src/__tests__, and "Server" (node) runs the *.server.test.tsx ones again. @swc/jest strips the types
    // without a type check.
    runnerCommand: ['node', './node_modules/jest/bin/jest.js', '--config', './scripts/jest/jest.config.js'],
    // src/__typetest__ contains type tests (`*.test-d.ts`) that only tsc checks, and jest never runs them.
    source: new RegExp(`^src/(?!__typetest__/).*${TYPESCRIPT_SOURCE.source}`),
  },
];

export function findRepository(name: string): RepositoryConfig {
  const repository = REPOSITORIES.find((entry) => entry.name === name);
  if (repository === undefined) {
    throw new Error(`Unknown repository "${name}"; add it to bench/impact-safety/repositories.ts or use one of: ${REPOSITORIES.map((entry) => entry.name).join(', ')}`);
  }
  return repository;
}
