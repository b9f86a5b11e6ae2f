/** The module chart: which edges it keeps within its caps, and the Mermaid source it writes. */

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random.js';
import type { GraphEdge } from '../../../src/impact/model.js';
import { impactChart } from '../../../src/impact/report/chart.js';
import { DEFAULT_CHART_LIMITS, selectChart, type ChartSelection } from '../../../src/impact/report/chart-edges.js';
import { isInertMermaidSource } from '../../../src/report/mermaid.js';
import { edge, graphOf, impactResult } from './fixtures.js';

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
  const selection = selectChart({ changedPaths: ['src/core.ts'], testPaths: tests, graph: graphOf(edges) });

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
    const small = selectChart({ changedPaths: ['src/core.ts'], testPaths: ['test/hub-0.test.ts'], graph: graphOf(extra) });

    expect(small.edges.map((chartEdge) => `${chartEdge.imported} -> ${chartEdge.importer}`)).toEqual([
      'src/core.ts -> src/hub.ts',
      'src/hub.ts -> test/hub-0.test.ts',
    ]);
    expect(small.hiddenEdges).toBe(0);
  });

  it('honours smaller caps', () => {
    const tiny = selectChart({ changedPaths: ['src/core.ts'], testPaths: tests, graph: graphOf(edges) }, { nodes: 4, edges: 10 });

    expect(tiny.nodes).toHaveLength(4);
    expect(tiny.edges).toHaveLength(3);
    expect(connected(tiny, ['src/core.ts'])).toBe(true);
  });

  it('marks a link type-only only when every reference is', () => {
    const mixed = selectChart({
      changedPaths: ['a.ts'],
      testPaths: ['a.test.ts', 'b.test.ts'],
      graph: graphOf([edge('a.test.ts', 'a.ts', { typeOnly: true }), edge('a.test.ts', 'a.ts'), edge('b.test.ts', 'a.ts', { typeOnly: true })]),
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
      graph: graphOf([edge('test/core.test.ts', 'src/core.ts'), edge('src/lonely.ts', 'src/dep.ts')]),
    });

    expect(result.nodes.map((node) => node.path)).toEqual(['src/core.ts', 'test/core.test.ts', 'src/lonely.ts']);
    expect(result.hiddenChangedModules).toBe(0);
  });

  it('counts changed modules the node cap left out', () => {
    const changed = Array.from({ length: 40 }, (_, index) => `src/m${index}.ts`);
    const graph = changed.map((path) => edge(`test/${path}.test.ts`, path));
    const result = selectChart({ changedPaths: changed, testPaths: [], graph: graphOf(graph) });

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
      graph: graphOf(edges),
    });
    const chart = impactChart(result);
    const drawnEdges = chart?.block.source.split('\n').filter((line) => line.includes('->')).length ?? 0;

    expect(drawnEdges).toBeLessThanOrEqual(40);
    expect(chart?.omitted).toBe(`${86 - drawnEdges} more edges not shown.`);
    expect(isInertMermaidSource(chart?.block.source ?? '')).toBe(true);
  });

  it('draws nothing without a chain', () => {
    expect(impactChart(impactResult({ graph: graphOf([]) }))).toBeNull();
  });

  it('leaves deleted files out', () => {
    const result = impactResult({
      changedFiles: [{ path: 'src/core.ts', status: 'deleted', binary: false, addedLines: 0, deletedLines: 9 }],
    });

    expect(impactChart(result)).toBeNull();
  });
});

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Selects the chart by a plain reading of its rules, for comparison: every edge grouped up front, a full sort and no early stop. */
function referenceChart(changedPaths: string[], testPaths: string[], edges: GraphEdge[], limits: { nodes: number; edges: number }): ChartSelection {
  const importers = new Map<string, Map<string, boolean>>();
  for (const link of edges) {
    if (link.from === link.to) continue;
    const byImporter = importers.get(link.to) ?? new Map<string, boolean>();
    byImporter.set(link.from, (byImporter.get(link.from) ?? true) && link.typeOnly);
    importers.set(link.to, byImporter);
  }

  type Link = { imported: string; importer: string; typeOnly: boolean; tests: number; depth: number };
  const depth = new Map<string, number>();
  const parent = new Map<string, Link>();
  const changed = new Set(changedPaths);
  const tests = new Set(testPaths);
  const queue = [...changed].sort();
  for (const source of queue) depth.set(source, 0);
  for (let index = 0; index < queue.length; index += 1) {
    const module = queue[index]!;
    const sorted = [...(importers.get(module) ?? new Map<string, boolean>())].sort(([a], [b]) => compareText(a, b));
    for (const [path, typeOnly] of sorted) {
      if (depth.has(path)) continue;
      depth.set(path, depth.get(module)! + 1);
      parent.set(path, { imported: module, importer: path, typeOnly, tests: 0, depth: depth.get(module)! + 1 });
      queue.push(path);
    }
  }

  const counted = new Set<Link>();
  for (const test of tests) {
    for (let link = parent.get(test); link !== undefined; link = parent.get(link.imported)) {
      link.tests += 1;
      counted.add(link);
    }
  }

  const ranked = [...counted].sort((a, b) => b.tests - a.tests || a.depth - b.depth || compareText(a.imported, b.imported) || compareText(a.importer, b.importer));
  const shown = new Map<string, { path: string; changed: boolean; test: boolean }>();
  const node = (path: string) => ({ path, changed: changed.has(path), test: tests.has(path) });
  const chosen: ChartSelection['edges'] = [];
  for (const link of ranked) {
    if (chosen.length >= limits.edges) break;
    if (!shown.has(link.imported) && depth.get(link.imported) !== 0) continue;
    if (shown.size + (shown.has(link.imported) ? 1 : 2) > limits.nodes) continue;
    if (!shown.has(link.imported)) shown.set(link.imported, node(link.imported));
    shown.set(link.importer, node(link.importer));
    chosen.push({ imported: link.imported, importer: link.importer, typeOnly: link.typeOnly, tests: link.tests });
  }

  const inGraph = new Set(edges.flatMap((link) => [link.from, link.to]));
  const modules = [...changed].filter((path) => inGraph.has(path) || tests.has(path)).sort(compareText);
  for (const path of modules) if (shown.size < limits.nodes && !shown.has(path)) shown.set(path, node(path));
  return { nodes: [...shown.values()], edges: chosen, hiddenEdges: ranked.length - chosen.length, hiddenChangedModules: modules.filter((path) => !shown.has(path)).length };
}

/** Returns a seeded generator of integers below `limit`, so that a failing case can be replayed. */
function seededIntegers(seed: number): (limit: number) => number {
  const random = seededRandom(seed);
  return (limit) => Math.floor(random() * limit);
}

/** Builds a random graph: modules import lower-numbered ones, with repeated, self and type-only references, and tests import modules. */
function randomGraph(seed: number): { edges: GraphEdge[]; changed: string[]; tests: string[] } {
  const next = seededIntegers(seed);
  const modules = Array.from({ length: 5 + next(60) }, (_, index) => `src/m${next(1000)}-${index}.ts`);
  const tests = Array.from({ length: next(40) }, (_, index) => `test/t${next(1000)}-${index}.test.ts`);
  const edges: GraphEdge[] = [];
  modules.forEach((path, index) => {
    for (let count = next(4); count > 0 && index > 0; count -= 1) edges.push(edge(path, modules[next(index)]!, { typeOnly: next(4) === 0, line: count }));
    if (next(10) === 0) edges.push(edge(path, path));
    if (next(8) === 0 && index > 0) edges.push(edge(path, modules[next(index)]!, { line: 9 }));
  });
  for (const test of tests) for (let count = 1 + next(3); count > 0; count -= 1) edges.push(edge(test, modules[next(modules.length)]!, { typeOnly: next(5) === 0 }));
  // The graph index keeps the given order, so a shuffled list also covers importers that are not sorted.
  if (next(2) === 0) {
    for (let index = edges.length - 1; index > 0; index -= 1) {
      const other = next(index + 1);
      [edges[index], edges[other]] = [edges[other]!, edges[index]!];
    }
  }
  const changed = [...new Set(Array.from({ length: 1 + next(4) }, () => modules[next(modules.length)]!))];
  if (next(3) === 0) changed.push('README.md');
  if (next(3) === 0 && tests.length > 0) changed.push(tests[0]!);
  return { edges, changed, tests };
}

describe('selectChart against the plain reading', () => {
  const cases = Array.from({ length: 300 }, (_, seed) => seed + 1);

  it.each(cases)('matches on random graph %i', (seed) => {
    const { edges, changed, tests } = randomGraph(seed);
    const limits = seed % 3 === 0 ? { nodes: 3 + (seed % 11), edges: 2 + (seed % 7) } : DEFAULT_CHART_LIMITS;

    const selection = selectChart({ changedPaths: changed, testPaths: tests, graph: graphOf(edges) }, limits);

    expect(selection).toEqual(referenceChart(changed, tests, edges, limits));
  });
});
