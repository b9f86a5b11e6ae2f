import { describe, expect, it } from 'vitest';
import type { AffectedTest } from '../../../src/impact/model.js';
import { selectImpact } from '../../../src/impact/select/index.js';
import { catalog, changed, edge, graphOf, impactSettings, selectionInput } from './fixture.js';

/** `path need evidence-kind` per test, for compact comparisons. */
function summarize(tests: readonly AffectedTest[]): string[] {
  return tests.map((test) => `${test.path} ${test.need} ${test.evidence.kind}`);
}

describe('reverse search', () => {
  const head = graphOf(
    ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/a.test.ts', 'src/c.test.ts', 'src/far.test.ts', 'src/other.test.ts', 'src/other.ts'],
    [
      edge('src/b.ts', 'src/a.ts'),
      edge('src/c.ts', 'src/b.ts'),
      edge('src/a.test.ts', 'src/a.ts'),
      edge('src/c.test.ts', 'src/c.ts'),
      edge('src/far.test.ts', 'src/c.ts'),
      edge('src/far.test.ts', 'src/a.ts', { kind: 'dynamic', line: 9 }),
      edge('src/other.test.ts', 'src/other.ts'),
    ],
  );

  it('direct and transitive importers', () => {
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/a.ts')] }));
    expect(summarize(selection.affectedTests)).toEqual([
      'src/a.test.ts run chain',
      'src/c.test.ts run chain',
      'src/far.test.ts run chain',
    ]);
    expect(selection.affectedModules).toEqual(['src/a.test.ts', 'src/b.ts', 'src/c.test.ts', 'src/c.ts', 'src/far.test.ts']);
    expect(selection.runAll).toEqual({ value: false, reasons: [] });
  });

  it('shortest chain as evidence', () => {
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/a.ts')] }));
    const far = selection.affectedTests.find((test) => test.path === 'src/far.test.ts');
    expect(far?.evidence).toEqual({ kind: 'chain', edges: [edge('src/far.test.ts', 'src/a.ts', { kind: 'dynamic', line: 9 })] });
    const viaC = selection.affectedTests.find((test) => test.path === 'src/c.test.ts');
    expect(viaC?.evidence).toEqual({
      kind: 'chain',
      edges: [edge('src/c.test.ts', 'src/c.ts'), edge('src/c.ts', 'src/b.ts'), edge('src/b.ts', 'src/a.ts')],
    });
  });

  it('unrelated change selects nothing', () => {
    const selection = selectImpact(selectionInput(head, { changes: [changed('README.md')] }));
    expect(selection.affectedTests).toEqual([]);
    expect(selection.affectedModules).toEqual([]);
  });

  it('cycles terminate', () => {
    const cyclic = graphOf(['x.ts', 'y.ts', 'x.test.ts'], [edge('x.ts', 'y.ts'), edge('y.ts', 'x.ts'), edge('x.test.ts', 'x.ts')]);
    const selection = selectImpact(selectionInput(cyclic, { changes: [changed('y.ts')] }));
    expect(summarize(selection.affectedTests)).toEqual(['x.test.ts run chain']);
    expect(selection.affectedModules).toEqual(['x.test.ts', 'x.ts']);
  });
});

describe('changed test file', () => {
  it('changed evidence', () => {
    const head = graphOf(['src/a.test.ts', 'src/a.ts'], [edge('src/a.test.ts', 'src/a.ts')]);
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/a.test.ts', 'added')] }));
    expect(selection.affectedTests).toEqual([
      { path: 'src/a.test.ts', need: 'run', evidence: { kind: 'changed', detail: 'was added in this change' } },
    ]);
    expect(selection.affectedModules).toEqual([]);
  });

  it('deleted test is not selected', () => {
    const head = graphOf(['src/a.ts'], []);
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/gone.test.ts', 'deleted')] }));
    expect(selection.affectedTests).toEqual([]);
  });
});

describe('type-only edges', () => {
  const head = graphOf(
    ['src/types.ts', 'src/model.ts', 'src/model.test.ts', 'src/both.test.ts', 'src/typed.test.ts'],
    [
      edge('src/model.ts', 'src/types.ts', { typeOnly: true }),
      edge('src/model.test.ts', 'src/model.ts'),
      edge('src/typed.test.ts', 'src/types.ts', { typeOnly: true }),
      edge('src/both.test.ts', 'src/types.ts', { typeOnly: true }),
      edge('src/both.test.ts', 'src/model.ts'),
    ],
  );

  it('type-check when every path is type-only', () => {
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/types.ts')] }));
    expect(summarize(selection.affectedTests)).toEqual([
      'src/both.test.ts type-check chain',
      'src/model.test.ts type-check chain',
      'src/typed.test.ts type-check chain',
    ]);
  });

  it('runtime path beats shorter type-only', () => {
    const runtime = graphOf(
      ['src/a.ts', 'src/b.ts', 'src/a.test.ts'],
      [edge('src/a.test.ts', 'src/a.ts', { typeOnly: true }), edge('src/a.test.ts', 'src/b.ts'), edge('src/b.ts', 'src/a.ts')],
    );
    const selection = selectImpact(selectionInput(runtime, { changes: [changed('src/a.ts')] }));
    expect(selection.affectedTests).toEqual([
      { path: 'src/a.test.ts', need: 'run', evidence: { kind: 'chain', edges: [edge('src/a.test.ts', 'src/b.ts'), edge('src/b.ts', 'src/a.ts')] } },
    ]);
  });

  it('typeOnlyEdgesRun makes them run', () => {
    const settings = impactSettings({ typeOnlyEdgesRun: true });
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/types.ts')], settings }));
    expect(summarize(selection.affectedTests)).toEqual([
      'src/both.test.ts run chain',
      'src/model.test.ts run chain',
      'src/typed.test.ts run chain',
    ]);
  });

  it('runtime-equivalent change needs a type check', () => {
    const equivalent = { ...changed('src/a.ts'), runtimeEquivalent: 'comments' as const };
    const graph = graphOf(
      ['src/a.ts', 'src/b.ts', 'src/a.test.ts', 'src/b.test.ts'],
      [edge('src/a.test.ts', 'src/a.ts'), edge('src/b.ts', 'src/a.ts'), edge('src/b.test.ts', 'src/b.ts')],
    );
    for (const typeOnlyEdgesRun of [false, true]) {
      const settings = impactSettings({ typeOnlyEdgesRun });
      const selection = selectImpact(selectionInput(graph, { changes: [equivalent, changed('src/b.ts')], settings }));
      expect(selection.affectedTests).toEqual([
        { path: 'src/a.test.ts', need: 'type-check', evidence: { kind: 'chain', edges: [edge('src/a.test.ts', 'src/a.ts')], runtimeEquivalent: 'comments' } },
        { path: 'src/b.test.ts', need: 'run', evidence: { kind: 'chain', edges: [edge('src/b.test.ts', 'src/b.ts')] } },
      ]);
    }
  });

  it('trigger runs a type-only test', () => {
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/types.ts'), changed('tsconfig.json')] }));
    expect(summarize(selection.affectedTests)).toEqual([
      'src/both.test.ts run trigger',
      'src/model.test.ts run trigger',
      'src/typed.test.ts run trigger',
    ]);
  });
});

describe('deleted files', () => {
  const base = graphOf(
    ['src/old.ts', 'src/user.ts', 'src/user.test.ts', 'src/gone-user.ts'],
    [edge('src/user.ts', 'src/old.ts'), edge('src/user.test.ts', 'src/user.ts'), edge('src/gone-user.ts', 'src/old.ts')],
  );
  const head = graphOf(['src/user.ts', 'src/user.test.ts'], [edge('src/user.test.ts', 'src/user.ts')]);

  it('importers found through the base graph', () => {
    const selection = selectImpact(selectionInput(head, { base, changes: [changed('src/old.ts', 'deleted'), changed('src/gone-user.ts', 'deleted')] }));
    expect(selection.affectedTests).toEqual([
      {
        path: 'src/user.test.ts',
        need: 'run',
        evidence: {
          kind: 'chain',
          edges: [edge('src/user.test.ts', 'src/user.ts'), edge('src/user.ts', 'src/old.ts', { via: 'relative, in the base tree' })],
        },
      },
    ]);
    expect(selection.affectedModules).toEqual(['src/user.test.ts', 'src/user.ts']);
    expect(selection.notes).toEqual([]);
  });

  it('note without base graph', () => {
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/old.ts', 'deleted')] }));
    expect(selection.affectedTests).toEqual([]);
    expect(selection.notes).toEqual([
      'No base graph was given for the deleted file, so tests that imported it are selected only when they changed too. Build the graph of the base tree to find them.',
    ]);
  });

  it('rename as delete plus add', () => {
    const renamedHead = graphOf(
      ['src/new.ts', 'src/user.ts', 'src/user.test.ts', 'src/new.test.ts'],
      [edge('src/user.ts', 'src/new.ts'), edge('src/user.test.ts', 'src/user.ts'), edge('src/new.test.ts', 'src/new.ts')],
    );
    const selection = selectImpact(
      selectionInput(renamedHead, {
        base,
        changes: [changed('src/old.ts', 'deleted'), changed('src/new.ts', 'added'), changed('src/user.ts')],
      }),
    );
    expect(summarize(selection.affectedTests)).toEqual(['src/new.test.ts run chain', 'src/user.test.ts run chain']);
    expect(selection.affectedModules).toEqual(['src/new.test.ts', 'src/user.test.ts']);
  });
});

describe('affected packages', () => {
  it('packages of changed and affected files', () => {
    const workspaces = [
      { name: '@acme/core', folder: 'packages/core' },
      { name: '@acme/app', folder: 'packages/app' },
      { name: '@acme/docs', folder: 'packages/docs' },
    ];
    const head = graphOf(
      ['packages/core/src/math.ts', 'packages/app/src/main.ts', 'packages/app/test/main.test.ts', 'packages/docs/index.ts', 'scripts/x.ts'],
      [edge('packages/app/src/main.ts', 'packages/core/src/math.ts'), edge('packages/app/test/main.test.ts', 'packages/app/src/main.ts')],
    );
    const selection = selectImpact(
      selectionInput(head, { workspaces, changes: [changed('packages/core/src/math.ts'), changed('scripts/x.ts')] }),
    );
    expect(selection.affectedPackages).toEqual([
      { name: '@acme/app', folder: 'packages/app' },
      { name: '@acme/core', folder: 'packages/core' },
    ]);
    expect(summarize(selection.affectedTests)).toEqual(['packages/app/test/main.test.ts run chain']);
  });
});

describe('test catalog', () => {
  it('only catalog files are tests', () => {
    const head = graphOf(['src/a.ts', 'src/a.test.ts', 'src/helper.ts'], [edge('src/a.test.ts', 'src/a.ts'), edge('src/helper.ts', 'src/a.ts')]);
    const selection = selectImpact(selectionInput(head, { changes: [changed('src/a.ts')], tests: catalog(['src/helper.ts']) }));
    expect(summarize(selection.affectedTests)).toEqual(['src/helper.ts run chain']);
  });
});
