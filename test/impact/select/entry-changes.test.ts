import { describe, expect, it } from 'vitest';
import type { EntryChange } from '../../../src/impact/select/entry-changes.js';
import { selectImpact, type SelectImpactInput } from '../../../src/impact/select/index.js';
import type { ModuleGraph } from '../../../src/impact/graph/index.js';
import { catalog, changed, edge, graphOf, selectionInput } from './fixture.js';

const WORKSPACES = [
  { name: '@acme/util', folder: 'packages/util' },
  { name: '@acme/web', folder: 'packages/web' },
];
const TESTS = ['packages/util/test/math.test.ts', 'packages/web/test/page.test.ts', 'packages/web/test/other.test.ts', 'packages/util/test/legacy.test.ts'];
const HEAD = graphOf(
  [...TESTS, 'packages/util/src/math.ts', 'packages/util/src/legacy.js', 'packages/web/src/page.ts', 'packages/web/src/other.ts'],
  [
    edge('packages/util/test/math.test.ts', 'packages/util/src/math.ts'),
    edge('packages/util/test/legacy.test.ts', 'packages/util/src/legacy.js'),
    edge('packages/web/test/page.test.ts', 'packages/web/src/page.ts'),
    edge('packages/web/src/page.ts', 'packages/util/src/math.ts', { specifier: '@acme/util/math' }),
    edge('packages/web/test/other.test.ts', 'packages/web/src/other.ts'),
  ],
);

function selectedTests(entry: EntryChange, overrides: Partial<SelectImpactInput> = {}): string[] {
  const input = selectionInput(HEAD, { changes: [changed(entry.manifest)], workspaces: WORKSPACES, tests: catalog(TESTS), entryChanges: [entry], ...overrides });
  return selectImpact(input).affectedTests.map((test) => test.path);
}

describe('package.json entry changes', () => {
  it('select the importers of the package by name', () => {
    expect(selectedTests({ manifest: 'packages/util/package.json', fields: ['exports'], names: ['@acme/util'], subpaths: null })).toEqual(['packages/web/test/page.test.ts']);
  });

  it.each([
    [['./math'], true],
    [['./*'], true],
    [['./m*h'], true],
    [['./other', '.'], false],
  ])('match the changed subpaths %j', (subpaths, selects) => {
    const selected = selectedTests({ manifest: 'packages/util/package.json', fields: ['exports'], names: ['@acme/util'], subpaths });

    expect(selected.includes('packages/web/test/page.test.ts')).toBe(selects);
  });

  it('leave out relative imports inside the package', () => {
    expect(selectedTests({ manifest: 'packages/util/package.json', fields: ['main'], names: ['@acme/util'], subpaths: null })).not.toContain('packages/util/test/math.test.ts');
  });

  it('find importers by the old name in the base graph', () => {
    const base: ModuleGraph = graphOf(['packages/web/src/other.ts', 'packages/util/src/legacy.js'], [edge('packages/web/src/other.ts', 'packages/util/src/legacy.js', { specifier: '@acme/old/legacy' })]);

    const selected = selectedTests({ manifest: 'packages/util/package.json', fields: ['name'], names: ['@acme/old', '@acme/util'], subpaths: null }, { base });

    expect(selected).toEqual(['packages/web/test/other.test.ts', 'packages/web/test/page.test.ts']);
  });

  it('select # imports inside the package for an imports change', () => {
    const head = graphOf([...TESTS, 'packages/util/src/math.ts', 'packages/util/src/internal.ts'], [
      edge('packages/util/test/math.test.ts', 'packages/util/src/math.ts'),
      edge('packages/util/src/math.ts', 'packages/util/src/internal.ts', { specifier: '#internal' }),
    ]);

    const selected = selectedTests({ manifest: 'packages/util/package.json', fields: ['imports'], names: ['@acme/util'], subpaths: null }, { head });

    expect(selected).toEqual(['packages/util/test/math.test.ts']);
  });

  it('select the package\'s .js files for a type change', () => {
    expect(selectedTests({ manifest: 'packages/util/package.json', fields: ['type'], names: ['@acme/util'], subpaths: null })).toEqual(['packages/util/test/legacy.test.ts']);
  });

  it('name the package and fields in the evidence', () => {
    const input = selectionInput(HEAD, {
      changes: [changed('packages/util/package.json')],
      workspaces: WORKSPACES,
      tests: catalog(TESTS),
      entryChanges: [{ manifest: 'packages/util/package.json', fields: ['exports', 'types'], names: ['@acme/util'], subpaths: null }],
    });

    expect(selectImpact(input).affectedTests[0]?.evidence).toEqual({
      kind: 'trigger',
      trigger: 'package.json entry points',
      file: 'packages/util/package.json',
      detail: 'changed "exports", "types" of @acme/util, which decide the files that its imports load, and this test reaches such an import',
    });
  });
});
