import { describe, expect, it } from 'vitest';
import { selectImpact } from '../../../src/impact/select/index.js';
import { catalog, changed, edge, graphOf, selectionInput } from './fixture.js';

const HEAD = graphOf(
  ['src/a.ts', 'src/b.ts', 'src/types.ts', 'src/util.ts', 'src/a.test.ts', 'src/b.test.ts', 'src/typed.test.ts', 'src/util.test.ts', 'src/lonely.test.ts', 'README.md'],
  [
    edge('src/b.ts', 'src/a.ts', { line: 2, specifier: './a' }),
    edge('src/b.test.ts', 'src/b.ts', { line: 1, specifier: './b' }),
    edge('src/a.test.ts', 'src/a.ts', { line: 3, specifier: './a' }),
    edge('src/typed.test.ts', 'src/types.ts', { typeOnly: true, specifier: './types' }),
    edge('src/a.ts', 'src/util.ts', { line: 5, specifier: './util' }),
    edge('src/util.test.ts', 'src/util.ts', { specifier: './util' }),
  ],
);
const TESTS = catalog(['src/a.test.ts', 'src/b.test.ts', 'src/typed.test.ts', 'src/util.test.ts', 'src/lonely.test.ts']);

function explain(path: string, changes = [changed('src/a.ts'), changed('src/types.ts')]) {
  return selectImpact(selectionInput(HEAD, { changes, tests: TESTS })).explain(path);
}

describe('explain', () => {
  it('test reached through a chain', () => {
    const explanation = explain('src/b.test.ts');
    expect(explanation).toMatchObject({ selected: true, isTest: true, need: 'run' });
    expect(explanation.lines).toEqual([
      'src/b.test.ts is a test file that imports a changed file through 2 edges, so it runs:',
      '  src/b.test.ts:1 imports src/b.ts ("./b", via relative)',
      '  src/b.ts:2 imports src/a.ts ("./a", via relative)',
      '  src/a.ts was modified',
    ]);
  });

  it('test reached through a type-only edge', () => {
    const explanation = explain('src/typed.test.ts');
    expect(explanation.need).toBe('type-check');
    expect(explanation.lines).toEqual([
      'src/typed.test.ts is a test file that reaches a changed file only through type-only imports, so it needs a type check, not a run:',
      '  src/typed.test.ts:1 imports src/types.ts ("./types", type-only, via relative)',
      '  src/types.ts was modified',
    ]);
  });

  it('changed test', () => {
    const explanation = explain('src/lonely.test.ts', [changed('src/lonely.test.ts', 'added')]);
    expect(explanation.lines).toEqual(['src/lonely.test.ts is a test file and was added in this change, so it runs.']);
    expect(explanation.evidence).toEqual({ kind: 'changed', detail: 'was added in this change' });
  });

  it('test selected by a trigger', () => {
    const explanation = explain('src/lonely.test.ts', [changed('.env.test')]);
    expect(explanation.lines).toEqual([
      'src/lonely.test.ts is a test file, and it runs because .env.test changed (.env file): tests may read the environment variables it sets.',
    ]);
  });

  it('test no change reaches', () => {
    const explanation = explain('src/lonely.test.ts');
    expect(explanation).toMatchObject({ selected: false, isTest: true });
    expect(explanation.changedImporter).toBeUndefined();
    expect(explanation.lines).toEqual(['src/lonely.test.ts is a test file, but no path from a changed file reaches it.']);
  });

  it('nearest changed importer', () => {
    const explanation = explain('src/util.test.ts', [changed('src/b.test.ts')]);
    expect(explanation.selected).toBe(false);
    expect(explanation.lines).toEqual(['src/util.test.ts is a test file, but no path from a changed file reaches it.']);

    const util = explain('src/util.ts', [changed('src/b.ts')]);
    expect(util.changedImporter).toEqual({
      path: 'src/b.ts',
      edges: [edge('src/b.ts', 'src/a.ts', { line: 2, specifier: './a' }), edge('src/a.ts', 'src/util.ts', { line: 5, specifier: './util' })],
    });
    expect(util.lines.slice(0, 4)).toEqual([
      'src/util.ts is not a test file, and no path from a changed file reaches it.',
      'The nearest changed file that imports it is src/b.ts, 2 edges away, but a change selects only the files that import the changed file, not the files it imports:',
      '  src/b.ts:2 imports src/a.ts ("./a", via relative)',
      '  src/a.ts:5 imports src/util.ts ("./util", via relative)',
    ]);
  });

  it('module the change reaches', () => {
    const explanation = explain('src/b.ts');
    expect(explanation).toMatchObject({ selected: false, isTest: false });
    expect(explanation.evidence).toEqual({ kind: 'chain', edges: [edge('src/b.ts', 'src/a.ts', { line: 2, specifier: './a' })] });
    expect(explanation.lines).toEqual([
      'src/b.ts is not a test file. The change reaches it through 1 edge:',
      '  src/b.ts:2 imports src/a.ts ("./a", via relative)',
      '  src/a.ts was modified',
      'It would be a test file if it matched one of:',
      '  vitest\'s default include "**/*.{test,spec}.?(c|m)[jt]s?(x)"',
    ]);
    expect(explanation.testPatterns).toEqual(['vitest\'s default include "**/*.{test,spec}.?(c|m)[jt]s?(x)"']);
  });

  it('changed non-test file', () => {
    const explanation = explain('src/a.ts');
    expect(explanation.lines[0]).toBe('src/a.ts was modified in this change, but it is not a test file.');
    expect(explanation.lines[1]).toBe('It would be a test file if it matched one of:');
  });

  it('deleted file', () => {
    expect(explain('src/gone.test.ts', [changed('src/gone.test.ts', 'deleted')]).lines).toEqual([
      'src/gone.test.ts was deleted in this change, so there is nothing of it to run.',
    ]);
  });

  it('file outside the head tree', () => {
    expect(explain('src/missing.ts').lines).toEqual(['src/missing.ts is not a tracked file of the head tree, so nothing selects it.']);
  });
});
