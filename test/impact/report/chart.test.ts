/** The module chart: which edges it keeps within its caps, and the Mermaid source it writes. */

import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../src/impact/model.js';
import { impactChart } from '../../../src/impact/report/chart.js';
import { selectChart, type ChartSelection } from '../../../src/impact/report/chart-edges.js';
import { isInertMermaidSource } from '../../../src/report/mermaid.js';
import { edge, impactResult } from './fixtures.js';

/**
 * `src/core.ts` changed. `src/hub.ts` imports it and 25 tests import the hub;
 * 30 `src/leaf-N.ts` modules import the core and each has one test. That is
 * 56 tests and 86 edges on their shortest chains.
 */
function bigGraph(): { edges: GraphEdge[]; tests: string[] } {
  const edges: GraphEdge[] = [edge('src/hub.ts', 'src/core.ts')];
  const tests: string[] = [];
  for (let index = 0; index < 25; index += 1) {
    const test = `test/hub-${index}.test.ts`;
    edges.push(edge(test, 'src/hub.ts'));
    tests.push(test);
  }
  for (let index = 0; index < 30; index += 1) {
    const leaf = `src/leaf-${index}.ts`;
    const test = `test/leaf-${index}.test.ts`;
    edges.push(edge(leaf, 'src/core.ts'), edge(test, leaf));
    tests.push(test);
  }
  return { edges, tests };
}

/** Checks that every shown edge starts at a changed module or at the importer end of another shown edge. */
function connected(selection: ChartSelection, changed: string[]): boolean {
  const importers = new Set(selection.edges.map((chartEdge) => chartEdge.importer));
  return selection.edges.every((chartEdge) => changed.includes(chartEdge.imported) || importers.has(chartEdge.imported));
}

describe('selectChart', () => {
  const { edges, tests } = bigGraph();
  const selection = selectChart({ changedPaths: ['src/core.ts'], testPaths: tests, edges });

  it('keeps at most 30 nodes and 40 edges', () => {
    expect(selection.nodes.length).toBeLessThanOrEqual(30);
    expect(selection.edges.length).toBeLessThanOrEqual(40);
  });

  it('counts the edges left out', () => {
    expect(selection.hiddenEdges).toBe(86 - selection.edges.length);
  });

  it('puts the edge on the most chains first', () => {
    expect(selection.edges[0]).toEqual({ imported: 'src/core.ts', importer: 'src/hub.ts', typeOnly: false, tests: 25 });
  });

  it('shows only connected chains', () => {
    expect(connected(selection, ['src/core.ts'])).toBe(true);
  });

  it('lists every node of the shown edges', () => {
    const nodes = new Set(selection.nodes.map((node) => node.path));
    for (const chartEdge of selection.edges) {
      expect(nodes.has(chartEdge.imported)).toBe(true);
      expect(nodes.has(chartEdge.importer)).toBe(true);
    }
  });

  it('keeps one shortest chain per test', () => {
    // The hub test also reaches the core through a longer chain, which is not drawn.
    const extra = [...edges, edge('test/hub-0.test.ts', 'src/leaf-0.ts')];
    const small = selectChart({ changedPaths: ['src/core.ts'], testPaths: ['test/hub-0.test.ts'], edges: extra });

    expect(small.edges.map((chartEdge) => `${chartEdge.imported} -> ${chartEdge.importer}`)).toEqual([
      'src/core.ts -> src/hub.ts',
      'src/hub.ts -> test/hub-0.test.ts',
    ]);
    expect(small.hiddenEdges).toBe(0);
  });

  it('honours smaller caps', () => {
    const tiny = selectChart({ changedPaths: ['src/core.ts'], testPaths: tests, edges }, { nodes: 4, edges: 10 });

    expect(tiny.nodes).toHaveLength(4);
    expect(tiny.edges).toHaveLength(3);
    expect(connected(tiny, ['src/core.ts'])).toBe(true);
  });

  it('marks a link type-only only when every reference is', () => {
    const mixed = selectChart({
      changedPaths: ['a.ts'],
      testPaths: ['a.test.ts', 'b.test.ts'],
      edges: [edge('a.test.ts', 'a.ts', { typeOnly: true }), edge('a.test.ts', 'a.ts'), edge('b.test.ts', 'a.ts', { typeOnly: true })],
    });

    expect(mixed.edges.map((chartEdge) => [chartEdge.importer, chartEdge.typeOnly])).toEqual([
      ['a.test.ts', false],
      ['b.test.ts', true],
    ]);
  });

  it('adds changed modules that reach no test while room is left', () => {
    const result = selectChart({
      changedPaths: ['src/core.ts', 'src/lonely.ts', 'README.md'],
      testPaths: ['test/core.test.ts'],
      edges: [edge('test/core.test.ts', 'src/core.ts'), edge('src/lonely.ts', 'src/dep.ts')],
    });

    expect(result.nodes.map((node) => node.path)).toEqual(['src/core.ts', 'test/core.test.ts', 'src/lonely.ts']);
    expect(result.hiddenChangedModules).toBe(0);
  });

  it('counts changed modules the node cap left out', () => {
    const changed = Array.from({ length: 40 }, (_, index) => `src/m${index}.ts`);
    const graph = changed.map((path) => edge(`test/${path}.test.ts`, path));
    const result = selectChart({ changedPaths: changed, testPaths: [], edges: graph });

    expect(result.nodes).toHaveLength(30);
    expect(result.hiddenChangedModules).toBe(10);
  });
});

describe('impactChart', () => {
  it('writes nodes, arrows and classes', () => {
    const chart = impactChart(impactResult());

    expect(chart?.block.source).toBe(
      [
        'flowchart LR',
        '  n0["src/core.ts"]:::changed',
        '  n1["src/service.ts"]',
        '  n2["test/types.test.ts"]:::test',
        '  n3["test/e2e.test.ts"]:::test',
        '  n4["test/service.test.ts"]:::test',
        // The edge on two chains first, then the shorter chain.
        '  n0 --> n1',
        '  n0 -.-> n2',
        '  n1 --> n3',
        '  n1 --> n4',
        '  classDef changed fill:#fde2e1,stroke:#c62828',
        '  classDef test fill:#e3f2fd,stroke:#1565c0',
      ].join('\n'),
    );
    expect(chart?.omitted).toBeNull();
  });

  it('says how many edges it left out', () => {
    const { edges, tests } = bigGraph();
    const result = impactResult({
      changedFiles: [{ path: 'src/core.ts', status: 'modified', binary: false, addedLines: 1, deletedLines: 0 }],
      affectedTests: tests.map((path) => ({ path, need: 'run', evidence: { kind: 'changed', detail: '' } })),
      edges,
    });
    const chart = impactChart(result);
    const drawnEdges = chart?.block.source.split('\n').filter((line) => line.includes('->')).length ?? 0;

    expect(drawnEdges).toBeLessThanOrEqual(40);
    expect(chart?.omitted).toBe(`${86 - drawnEdges} more edges not shown.`);
    expect(isInertMermaidSource(chart?.block.source ?? '')).toBe(true);
  });

  it('draws nothing without a chain', () => {
    expect(impactChart(impactResult({ edges: [] }))).toBeNull();
  });

  it('leaves deleted files out', () => {
    const result = impactResult({
      changedFiles: [{ path: 'src/core.ts', status: 'deleted', binary: false, addedLines: 0, deletedLines: 9 }],
    });

    expect(impactChart(result)).toBeNull();
  });
});
