import { describe, expect, it } from 'vitest';
import { EdgeTableBuilder, edgeAt, groupEdges, tableFromEdges } from '../../../src/impact/graph/edge-table.js';
import { createModuleGraph } from '../../../src/impact/graph/module-graph.js';
import type { GraphEdge } from '../../../src/impact/model.js';

function edge(from: string, to: string, options: Partial<GraphEdge> = {}): GraphEdge {
  return { from, to, kind: 'import', typeOnly: false, approximate: false, specifier: `./${to}`, line: 1, via: 'relative', ...options };
}

const FILES = ['a.ts', 'b.ts', 'c.ts'];
const EDGES: GraphEdge[] = [
  edge('a.ts', 'b.ts', { kind: 'side-effect', line: 2 }),
  edge('a.ts', 'c.ts', { typeOnly: true, specifier: '@x/c', via: 'tsconfig paths' }),
  edge('b.ts', 'c.ts', { kind: 'reference', line: 9 }),
  edge('c.ts', 'gen/d.ts', { kind: 'glob', approximate: true, specifier: './gen/*' }),
  edge('b.ts', 'b.ts', { kind: 'dynamic-pattern', approximate: true, typeOnly: true }),
];

describe('module graph', () => {
  it('keeps every edge in order', () => {
    const graph = createModuleGraph(FILES, EDGES);

    expect(graph.edges).toEqual(EDGES);
  });

  it.each<[string, string, GraphEdge[]]>([
    ['a file with two importers', 'c.ts', [EDGES[1]!, EDGES[2]!]],
    ['an importer of itself', 'b.ts', [EDGES[0]!, EDGES[4]!]],
    ['a target outside the files', 'gen/d.ts', [EDGES[3]!]],
    ['a file without importers', 'a.ts', []],
    ['an unknown path', 'z.ts', []],
  ])('lists importers of %s', (_name, path, importers) => {
    const graph = createModuleGraph(FILES, EDGES);

    expect(graph.importersOf(path)).toEqual(importers);
  });

  it('lists imports per importer', () => {
    const graph = createModuleGraph(FILES, EDGES);

    expect(graph.importsOf('a.ts')).toEqual([EDGES[0], EDGES[1]]);
    expect(graph.importsOf('b.ts')).toEqual([EDGES[2], EDGES[4]]);
    expect(graph.importsOf('gen/d.ts')).toEqual([]);
  });

  it('makes each edge object once', () => {
    const graph = createModuleGraph(FILES, EDGES);

    const fromImporters = graph.importersOf('c.ts')[0];
    const fromImports = graph.importsOf('a.ts')[1];

    expect(fromImporters).toBe(fromImports);
    expect(graph.edges[1]).toBe(fromImporters);
  });

  it('counts only listed files as members', () => {
    const graph = createModuleGraph(FILES, EDGES);

    expect(graph.has('c.ts')).toBe(true);
    expect(graph.has('gen/d.ts')).toBe(false);
  });

  it('numbers outside targets after the files', () => {
    const index = createModuleGraph(FILES, EDGES).importerIndex;

    expect(index.nodeCount).toBe(4);
    expect(index.idOf('gen/d.ts')).toBe(3);
    expect(index.pathOf(3)).toBe('gen/d.ts');
    expect(index.idOf('z.ts')).toBe(-1);
  });
});

describe('edge table', () => {
  it('stores each text once', () => {
    const table = tableFromEdges(FILES, [...EDGES, edge('c.ts', 'a.ts', { specifier: './b.ts' })]);

    expect(table.specifierTexts).toEqual(['./b.ts', '@x/c', './c.ts', './gen/*']);
    expect(table.viaTexts).toEqual(['relative', 'tsconfig paths']);
  });

  it('copies edges of a base table', () => {
    const base = tableFromEdges(FILES, EDGES);
    const builder = new EdgeTableBuilder(FILES, base);
    builder.copy(2, 4);
    builder.add(edge('c.ts', 'a.ts', { via: 'new rule' }));
    const table = builder.finish();

    const edges = Array.from({ length: table.edgeCount }, (_, id) => edgeAt(table, id));
    expect(edges).toEqual([EDGES[2], EDGES[3], edge('c.ts', 'a.ts', { via: 'new rule' })]);
  });

  it('rejects a copy without a base', () => {
    expect(() => new EdgeTableBuilder(FILES).copy(0, 1)).toThrow(/needs a base table/);
  });

  it('groups edges by target in edge order', () => {
    const table = tableFromEdges(FILES, EDGES);

    const { starts, order } = groupEdges(table, table.to);

    expect(Array.from(starts)).toEqual([0, 0, 2, 4, 5]);
    expect(Array.from(order)).toEqual([0, 4, 1, 2, 3]);
  });
});
