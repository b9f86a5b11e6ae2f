import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/impact/model.js';
import { selectImpact, type ImpactSelection, type SelectImpactInput } from '../../../src/impact/select/index.js';
import { catalog, changed, edge, graphOf, impactSettings, selectionInput } from './fixture.js';

const WORKSPACES = [
  { name: '@acme/web', folder: 'packages/web' },
  { name: '@acme/api', folder: 'packages/api' },
];
const TESTS = ['packages/web/src/a.test.ts', 'packages/web/src/b.test.ts', 'packages/api/test/c.test.ts', 'scripts/d.test.ts'];
const HEAD = graphOf([...TESTS, 'packages/web/src/a.ts', 'packages/web/vitest.setup.ts'], [edge('packages/web/src/a.test.ts', 'packages/web/src/a.ts')]);
const SETUP = { path: 'packages/web/vitest.setup.ts', option: 'test.setupFiles', config: 'packages/web/vitest.config.ts' };

function select(changes: ChangedFile[], overrides: Partial<SelectImpactInput> = {}): ImpactSelection {
  return selectImpact(selectionInput(HEAD, { changes, workspaces: WORKSPACES, tests: catalog(TESTS, [SETUP]), ...overrides }));
}

function testPaths(selection: ImpactSelection): string[] {
  return selection.affectedTests.map((test) => test.path);
}

describe('root-level triggers', () => {
  it.each([
    ['vitest.config.ts', 'test-runner config', 'a test-runner config changed, so every test it covers may run differently'],
    ['vite.config.mts', 'test-runner config', 'a test-runner config changed, so every test it covers may run differently'],
    ['jest.config.json', 'test-runner config', 'a test-runner config changed, so every test it covers may run differently'],
    ['vitest.config.e2e.ts', 'test-runner config', 'a test-runner config changed, so every test it covers may run differently'],
    ['vitest.workspace.ts', 'test-runner config', 'the vitest workspace file lists the projects that run'],
    ['tsconfig.json', 'TypeScript config', 'compiler options and path mappings of the files it covers changed'],
    ['tsconfig.base.json', 'TypeScript config', 'compiler options and path mappings of the files it covers changed'],
    ['.env', '.env file', 'tests may read the environment variables it sets'],
    ['config/.env.test', '.env file', 'tests may read the environment variables it sets'],
  ])('%s runs everything', (file, trigger, detail) => {
    const selection = select([changed(file)]);
    expect(selection.runAll).toEqual({ value: true, reasons: [{ trigger, file, detail }] });
    expect(testPaths(selection)).toEqual([...TESTS].sort());
    expect(selection.affectedTests.find((test) => test.path === 'scripts/d.test.ts')?.evidence).toEqual({ kind: 'trigger', trigger, file, detail });
  });

  it('deleted config is a trigger too', () => {
    expect(select([changed('jest.config.js', 'deleted')]).runAll.value).toBe(true);
  });

  it('files that only look like triggers', () => {
    const selection = select([changed('src/vitest.ts'), changed('docs/tsconfig.md'), changed('src/environment.ts'), changed('.envrc.md')]);
    expect(selection.runAll.value).toBe(false);
  });

  it('changed tests keep their own evidence', () => {
    const selection = select([changed('tsconfig.json'), changed('packages/web/src/b.test.ts')]);
    const test = selection.affectedTests.find((entry) => entry.path === 'packages/web/src/b.test.ts');
    expect(test?.evidence.kind).toBe('changed');
  });

  it('chains win over triggers', () => {
    const selection = select([changed('tsconfig.json'), changed('packages/web/src/a.ts')]);
    const test = selection.affectedTests.find((entry) => entry.path === 'packages/web/src/a.test.ts');
    expect(test?.evidence.kind).toBe('chain');
  });
});

describe('package-level triggers', () => {
  it('package config widens its package', () => {
    const selection = select([changed('packages/web/vitest.config.ts')]);
    expect(selection.runAll.value).toBe(false);
    expect(testPaths(selection)).toEqual(['packages/web/src/a.test.ts', 'packages/web/src/b.test.ts']);
    expect(selection.widenedPackages).toEqual([
      {
        package: WORKSPACES[0],
        reasons: [
          {
            trigger: 'test-runner config',
            file: 'packages/web/vitest.config.ts',
            detail: 'a test-runner config changed, so every test it covers may run differently',
          },
        ],
      },
    ]);
    expect(selection.affectedPackages).toEqual([WORKSPACES[0]]);
  });

  it('tsconfig inside a package', () => {
    const selection = select([changed('packages/api/tsconfig.json')]);
    expect(testPaths(selection)).toEqual(['packages/api/test/c.test.ts']);
  });

  it('setup file', () => {
    const selection = select([changed('packages/web/vitest.setup.ts')]);
    expect(testPaths(selection)).toEqual(['packages/web/src/a.test.ts', 'packages/web/src/b.test.ts']);
    expect(selection.widenedPackages[0]?.reasons).toEqual([
      {
        trigger: 'setup file',
        file: 'packages/web/vitest.setup.ts',
        detail: 'test.setupFiles in packages/web/vitest.config.ts loads it before the tests',
      },
    ]);
  });

  it('root setup file runs everything', () => {
    const rootSetup = { path: 'test/setup.ts', option: 'setupFiles', config: 'jest.config.js' };
    const selection = select([changed('test/setup.ts')], { tests: catalog(TESTS, [rootSetup]) });
    expect(selection.runAll.reasons).toEqual([
      { trigger: 'setup file', file: 'test/setup.ts', detail: 'setupFiles in jest.config.js loads it before the tests' },
    ]);
  });

  it('module of a setup file', () => {
    const head = graphOf(
      [...TESTS, 'packages/web/src/a.ts', 'packages/web/vitest.setup.ts', 'packages/web/test/helper.ts', 'packages/web/test/deep.ts'],
      [
        edge('packages/web/src/a.test.ts', 'packages/web/src/a.ts'),
        edge('packages/web/vitest.setup.ts', 'packages/web/test/helper.ts'),
        edge('packages/web/test/helper.ts', 'packages/web/test/deep.ts'),
      ],
    );

    const selection = selectImpact(selectionInput(head, { changes: [changed('packages/web/test/deep.ts')], workspaces: WORKSPACES, tests: catalog(TESTS, [SETUP]) }));

    expect(testPaths(selection)).toEqual(['packages/web/src/a.test.ts', 'packages/web/src/b.test.ts']);
    expect(selection.widenedPackages[0]?.reasons).toEqual([
      {
        trigger: 'setup file',
        file: 'packages/web/vitest.setup.ts',
        detail: 'test.setupFiles in packages/web/vitest.config.ts loads it before the tests, and it imports the changed packages/web/test/deep.ts through 1 other file',
      },
    ]);
  });

  it('module of a runner config', () => {
    const head = graphOf([...TESTS, 'vitest.config.ts', 'vitest.shared.ts'], [edge('vitest.config.ts', 'vitest.shared.ts')]);

    const selection = selectImpact(selectionInput(head, { changes: [changed('vitest.shared.ts')], workspaces: WORKSPACES, tests: catalog(TESTS, []) }));

    expect(selection.runAll.reasons).toEqual([
      { trigger: 'test-runner config', file: 'vitest.config.ts', detail: 'the test runner reads this config, and it imports the changed vitest.shared.ts' },
    ]);
  });

  it('type-only import of a setup file', () => {
    const head = graphOf([...TESTS, 'packages/web/vitest.setup.ts', 'packages/web/test/types.ts'], [edge('packages/web/vitest.setup.ts', 'packages/web/test/types.ts', { typeOnly: true })]);

    const selection = selectImpact(selectionInput(head, { changes: [changed('packages/web/test/types.ts')], workspaces: WORKSPACES, tests: catalog(TESTS, [SETUP]) }));

    expect(selection.widenedPackages).toEqual([]);
  });

  it('.env inside a package', () => {
    const selection = select([changed('packages/api/.env.local')]);
    expect(testPaths(selection)).toEqual(['packages/api/test/c.test.ts']);
  });
});

describe('dependency changes', () => {
  it('root package.json runs everything', () => {
    const selection = select([changed('package.json')], { dependencyChanges: [{ manifest: 'package.json', fields: ['devDependencies'] }] });
    expect(selection.runAll.reasons).toEqual([{ trigger: 'package.json dependencies', file: 'package.json', detail: 'changed "devDependencies"' }]);
  });

  it('package manifest widens to its package', () => {
    const selection = select([changed('packages/api/package.json')], {
      dependencyChanges: [{ manifest: 'packages/api/package.json', fields: ['dependencies', 'overrides'] }],
    });
    expect(selection.runAll.value).toBe(false);
    expect(testPaths(selection)).toEqual(['packages/api/test/c.test.ts']);
    expect(selection.widenedPackages[0]?.reasons[0]?.detail).toBe('changed "dependencies", "overrides"');
  });

  it('jest field is a runner config', () => {
    const selection = select([changed('package.json')], { dependencyChanges: [{ manifest: 'package.json', fields: ['jest'] }] });
    expect(selection.runAll.reasons).toEqual([{ trigger: 'test-runner config', file: 'package.json', detail: 'the "jest" field of package.json changed' }]);
  });

  it('no changed fields, no trigger', () => {
    const selection = select([changed('package.json')], { dependencyChanges: [{ manifest: 'package.json', fields: [] }] });
    expect(selection.runAll.value).toBe(false);
  });
});

describe('lockfile', () => {
  it('one workspace package', () => {
    const selection = select([changed('pnpm-lock.yaml')], { lockfiles: [{ file: 'pnpm-lock.yaml', affectedPackages: ['@acme/api'] }] });
    expect(selection.runAll.value).toBe(false);
    expect(testPaths(selection)).toEqual(['packages/api/test/c.test.ts']);
    expect(selection.affectedTests[0]?.evidence).toEqual({
      kind: 'trigger',
      trigger: 'lockfile',
      file: 'pnpm-lock.yaml',
      detail: 'resolved dependencies of @acme/api changed',
    });
  });

  it('package named by folder', () => {
    const selection = select([changed('pnpm-lock.yaml')], { lockfiles: [{ file: 'pnpm-lock.yaml', affectedPackages: ['packages/web'] }] });
    expect(testPaths(selection)).toEqual(['packages/web/src/a.test.ts', 'packages/web/src/b.test.ts']);
  });

  it('no package affected', () => {
    const selection = select([changed('pnpm-lock.yaml')], { lockfiles: [{ file: 'pnpm-lock.yaml', affectedPackages: [] }] });
    expect(selection.affectedTests).toEqual([]);
    expect(selection.runAll.value).toBe(false);
  });

  it.each([
    [{ file: 'yarn.lock', affectedPackages: null }, 'changed, and which packages it affects is unknown'],
    [{ file: 'yarn.lock', affectedPackages: null, parseError: 'unexpected token at line 3' }, 'could not be parsed, so any package may have changed dependencies: unexpected token at line 3'],
    [{ file: 'yarn.lock', affectedPackages: ['.'] }, 'resolved dependencies of the root package changed; its tools, such as the test runner, and its hoisted packages can affect any test'],
    [
      { file: 'yarn.lock', affectedPackages: [''], rootDependencies: ['a', 'b', 'c', 'd', 'e', 'vitest'] },
      'resolved dependencies of the root package changed ("a", "b", "c", "d", "e" and 1 more); its tools, such as the test runner, and its hoisted packages can affect any test',
    ],
    [{ file: 'yarn.lock', affectedPackages: ['examples/demo'] }, 'resolved dependencies of "examples/demo" changed, and no workspace package has that name or folder'],
  ])('widens to everything: %j', (lockfile, detail) => {
    const selection = select([changed('yarn.lock')], { lockfiles: [lockfile] });
    expect(selection.runAll).toEqual({ value: true, reasons: [{ trigger: 'lockfile', file: 'yarn.lock', detail }] });
    expect(selection.affectedTests).toHaveLength(TESTS.length);
  });
});

describe('user trigger globs', () => {
  it('add to the built-in triggers', () => {
    const settings = impactSettings({ triggers: ['db/migrations/**', '**/*.graphql'] });
    const selection = select([changed('db/migrations/001.sql'), changed('tsconfig.json')], { settings });
    expect(selection.runAll.reasons.map((reason) => reason.trigger)).toEqual(['user trigger', 'TypeScript config']);
    expect(selection.runAll.reasons[0]).toEqual({ trigger: 'user trigger', file: 'db/migrations/001.sql', detail: 'matches the impact trigger "db/migrations/**"' });
  });

  it('package glob widens its package', () => {
    const settings = impactSettings({ triggers: ['**/*.graphql'] });
    const selection = select([changed('packages/api/schema.graphql')], { settings });
    expect(testPaths(selection)).toEqual(['packages/api/test/c.test.ts']);
  });

  it('dot files match', () => {
    const settings = impactSettings({ triggers: ['**/.nvmrc'] });
    expect(select([changed('.nvmrc')], { settings }).runAll.value).toBe(true);
  });
});
