import { describe, expect, it } from 'vitest';
import { importersAcrossTrees, searchImporters } from '../../../src/impact/select/reverse-search.js';
import { edge, graphOf } from './fixture.js';

// d.ts <- c.ts <- b.ts <- a.ts, and a.ts also imports c.ts directly, type-only, in an edge listed before b.ts's.
const HEAD = graphOf(
  ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'],
  [edge('a.ts', 'b.ts'), edge('a.ts', 'c.ts', { typeOnly: true }), edge('b.ts', 'c.ts'), edge('c.ts', 'd.ts'), edge('e.ts', 'gone.ts')],
);
// The base tree also had old.ts, which b.ts and e.ts imported.
const BASE = graphOf(['a.ts', 'b.ts', 'old.ts', 'x.ts'], [edge('b.ts', 'old.ts', { line: 3 }), edge('x.ts', 'old.ts')]);

describe('reverse search', () => {
  it.each<[string, boolean, string, string[]]>([
    ['every edge', true, 'a.ts', ['a.ts:c.ts']],
    ['run-time edges', false, 'a.ts', ['a.ts:b.ts', 'b.ts:c.ts']],
    ['a file two steps away', true, 'b.ts', ['b.ts:c.ts']],
  ])('finds the shortest chain over %s', (_name, followTypeOnly, path, chain) => {
    const reach = searchImporters(['c.ts'], HEAD.importerIndex, followTypeOnly);

    expect(reach.chainFrom(path).map((step) => `${step.from}:${step.to}`)).toEqual(chain);
  });

  it('lists reached files in search order', () => {
    const reach = searchImporters(['d.ts'], HEAD.importerIndex, false);

    expect(reach.paths()).toEqual(['d.ts', 'c.ts', 'b.ts', 'a.ts']);
    expect(reach.nodesBelow(HEAD.files.length)).toEqual([0, 1, 2, 3]);
  });

  it('tells sources from reached files', () => {
    const reach = searchImporters(['d.ts'], HEAD.importerIndex, true);

    expect(reach.has('d.ts')).toBe(true);
    expect(reach.hasChain('d.ts')).toBe(false);
    expect(reach.hasChain('c.ts')).toBe(true);
    expect(reach.has('e.ts')).toBe(false);
    expect(reach.chainFrom('e.ts')).toEqual([]);
  });

  it('keeps sources outside the graph', () => {
    const reach = searchImporters(['new.ts', 'd.ts', 'new.ts'], HEAD.importerIndex, true);

    expect(reach.has('new.ts')).toBe(true);
    expect(reach.hasChain('new.ts')).toBe(false);
    expect(reach.paths()).toEqual(['new.ts', 'd.ts', 'c.ts', 'a.ts', 'b.ts']);
  });
});

describe('importers across trees', () => {
  it('adds base importers that exist at head', () => {
    const importers = importersAcrossTrees(HEAD, BASE, new Set(['old.ts']));

    const reach = searchImporters(['old.ts'], importers, true);

    expect(reach.paths()).toEqual(['old.ts', 'b.ts', 'a.ts']);
    expect(reach.chainFrom('b.ts')).toEqual([edge('b.ts', 'old.ts', { line: 3, via: 'relative, in the base tree' })]);
  });

  it('lists head importers before base ones', () => {
    const base = graphOf(['c.ts', 'gone.ts'], [edge('c.ts', 'gone.ts')]);
    const importers = importersAcrossTrees(HEAD, base, new Set(['gone.ts']));

    const reach = searchImporters(['gone.ts'], importers, true);

    expect(reach.paths()).toEqual(['gone.ts', 'e.ts', 'c.ts', 'a.ts', 'b.ts']);
    expect(reach.chainFrom('c.ts')[0]!.via).toBe('relative, in the base tree');
  });

  it('uses the head graph alone without deletions', () => {
    expect(importersAcrossTrees(HEAD, BASE, new Set())).toBe(HEAD.importerIndex);
    expect(importersAcrossTrees(HEAD, undefined, new Set(['old.ts']))).toBe(HEAD.importerIndex);
  });
});
