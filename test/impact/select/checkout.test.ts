import { afterAll, describe, expect, it } from 'vitest';
import { buildModuleGraph } from '../../../src/impact/graph/index.js';
import type { ImpactSettings } from '../../../src/impact/model.js';
import { discoverTestFiles, selectImpact } from '../../../src/impact/select/index.js';
import { createGraphFixture, json, removeGraphFixtures } from '../graph/fixture.js';
import { changed, impactSettings } from './fixture.js';

afterAll(removeGraphFixtures);

/** A pnpm-style monorepo: `core` is used by `app`; `app` tests with vitest and `legacy` with jest. */
const HEAD_FILES: Record<string, string> = {
  'package.json': json({ private: true, workspaces: ['packages/*'] }),
  'tsconfig.base.json': json({ compilerOptions: { strict: true } }),
  'packages/core/package.json': json({ name: '@acme/core', exports: { '.': './src/index.ts' } }),
  'packages/core/src/index.ts': "export * from './math';\nexport type { Shape } from './shape';\n",
  'packages/core/src/math.ts': 'export const add = (a: number, b: number) => a + b;\n',
  'packages/core/src/shape.ts': 'export interface Shape { area(): number }\n',
  'packages/core/src/math.test.ts': "import { add } from './math';\n",
  'packages/app/package.json': json({ name: '@acme/app' }),
  'packages/app/vitest.config.ts': "export default { test: { include: ['test/**/*.spec.ts'], setupFiles: ['./test/setup.ts'] } };\n",
  'packages/app/test/setup.ts': '',
  'packages/app/src/total.ts': "import { add } from '@acme/core';\nexport const total = (xs: number[]) => xs.reduce(add, 0);\n",
  'packages/app/src/area.ts': "import type { Shape } from '@acme/core';\nexport const area = (shape: Shape) => shape.area();\n",
  'packages/app/test/total.spec.ts': "import { total } from '../src/total';\n",
  'packages/app/test/area.spec.ts': "import { area } from '../src/area';\n",
  'packages/app/src/ignored.test.ts': "import { total } from './total';\n",
  'packages/legacy/package.json': json({ name: '@acme/legacy', jest: { testMatch: ['<rootDir>/spec/**/*.js'] } }),
  'packages/legacy/spec/old.js': "const { add } = require('@acme/core');\n",
};

function analyse(files: Record<string, string>, changes: ReturnType<typeof changed>[], settings: ImpactSettings = impactSettings()) {
  const fixture = createGraphFixture(files);
  const build = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
  const tests = discoverTestFiles({ view: fixture.view, settings: settings.tests });
  const selection = selectImpact({
    head: build.graph,
    changes,
    settings,
    tests,
    workspaces: build.workspaces,
    dependencyChanges: [],
    lockfiles: [],
  });
  return { build, tests, selection };
}

describe('selection on a checkout', () => {
  it('test files of every package', () => {
    const { tests } = analyse(HEAD_FILES, []);
    expect([...tests.files]).toEqual([
      'packages/app/test/area.spec.ts',
      'packages/app/test/total.spec.ts',
      'packages/core/src/math.test.ts',
      'packages/legacy/spec/old.js',
    ]);
    expect(tests.setupFiles).toEqual([{ path: 'packages/app/test/setup.ts', option: 'test.setupFiles', config: 'packages/app/vitest.config.ts' }]);
  });

  it('change reaches other packages', () => {
    const { selection } = analyse(HEAD_FILES, [changed('packages/core/src/math.ts')]);
    // area.ts imports only a type from the package entry that re-exports math.ts, so its test needs a type check.
    expect(selection.affectedTests.map((test) => `${test.path} ${test.need}`)).toEqual([
      'packages/app/test/area.spec.ts type-check',
      'packages/app/test/total.spec.ts run',
      'packages/core/src/math.test.ts run',
      'packages/legacy/spec/old.js run',
    ]);
    expect(selection.affectedPackages.map((workspace) => workspace.name)).toEqual(['@acme/app', '@acme/core', '@acme/legacy']);
    expect(selection.explain('packages/legacy/spec/old.js').lines).toEqual([
      'packages/legacy/spec/old.js is a test file that imports a changed file through 2 edges, so it runs:',
      '  packages/legacy/spec/old.js:1 requires packages/core/src/index.ts ("@acme/core", via workspace package @acme/core exports ".")',
      '  packages/core/src/index.ts:1 re-exports packages/core/src/math.ts ("./math", via relative)',
      '  packages/core/src/math.ts was modified',
    ]);
  });

  it('type-only reach across packages', () => {
    const { selection } = analyse(HEAD_FILES, [changed('packages/core/src/shape.ts')]);
    // The package entry re-exports shape.ts with `export type`, so every test behind the entry needs only a type check.
    expect(selection.affectedTests.map((test) => `${test.path} ${test.need}`)).toEqual([
      'packages/app/test/area.spec.ts type-check',
      'packages/app/test/total.spec.ts type-check',
      'packages/legacy/spec/old.js type-check',
    ]);
  });

  it('setup file widens its package', () => {
    const { selection } = analyse(HEAD_FILES, [changed('packages/app/test/setup.ts')]);
    expect(selection.runAll.value).toBe(false);
    expect(selection.affectedTests.map((test) => test.path)).toEqual(['packages/app/test/area.spec.ts', 'packages/app/test/total.spec.ts']);
  });

  it('root tsconfig widens to everything', () => {
    const { selection } = analyse(HEAD_FILES, [changed('tsconfig.base.json')]);
    expect(selection.runAll.value).toBe(true);
    expect(selection.affectedTests).toHaveLength(4);
  });

  it('file that is not a test', () => {
    const { selection } = analyse(HEAD_FILES, [changed('packages/app/src/total.ts')]);
    const explanation = selection.explain('packages/app/src/ignored.test.ts');
    expect(explanation.selected).toBe(false);
    expect(explanation.lines).toEqual([
      'packages/app/src/ignored.test.ts is not a test file. The change reaches it through 1 edge:',
      '  packages/app/src/ignored.test.ts:1 imports packages/app/src/total.ts ("./total", via relative)',
      '  packages/app/src/total.ts was modified',
      'It would be a test file if it matched one of:',
      '  test.include "test/**/*.spec.ts", except "**/node_modules/**", "**/.git/**", matched from packages/app/ (packages/app/vitest.config.ts)',
    ]);
  });

  it('deleted file through base graph', () => {
    const base = createGraphFixture(HEAD_FILES);
    const baseGraph = buildModuleGraph({ view: base.view }).graph;
    const headFiles = { ...HEAD_FILES };
    delete headFiles['packages/core/src/math.ts'];
    headFiles['packages/core/src/index.ts'] = "export type { Shape } from './shape';\n";

    const fixture = createGraphFixture(headFiles);
    const build = buildModuleGraph({ view: fixture.view });
    const settings = impactSettings();
    const selection = selectImpact({
      head: build.graph,
      base: baseGraph,
      changes: [changed('packages/core/src/math.ts', 'deleted'), changed('packages/core/src/index.ts')],
      settings,
      tests: discoverTestFiles({ view: fixture.view, settings: settings.tests }),
      workspaces: build.workspaces,
      dependencyChanges: [],
      lockfiles: [],
    });
    expect(selection.affectedTests.map((test) => test.path)).toEqual([
      'packages/app/test/area.spec.ts',
      'packages/app/test/total.spec.ts',
      'packages/core/src/math.test.ts',
      'packages/legacy/spec/old.js',
    ]);
    const mathTest = selection.affectedTests.find((test) => test.path === 'packages/core/src/math.test.ts');
    expect(mathTest?.evidence).toMatchObject({
      kind: 'chain',
      edges: [{ from: 'packages/core/src/math.test.ts', to: 'packages/core/src/math.ts', via: 'relative, in the base tree' }],
    });
  });
});
