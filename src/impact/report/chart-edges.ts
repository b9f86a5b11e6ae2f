/**
 * Choice of what the module chart shows. Impact flows from a changed module
 * to the files that import it, and on to the tests. The chart keeps one
 * shortest chain per affected test and, within the caps, the edges that the
 * most of those chains share.
 */

import type { GraphEdge } from '../model.js';

export interface ChartLimits {
  nodes: number;
  edges: number;
}

/** Caps that keep the chart readable in a pull-request comment. */
export const DEFAULT_CHART_LIMITS: ChartLimits = { nodes: 30, edges: 40 };

/** An edge in the direction of impact: from the imported module to its importer. */
export interface ChartEdge {
  imported: string;
  importer: string;
  /** Every reference between the two files is type-only. */
  typeOnly: boolean;
  /** Affected tests whose chosen shortest chain crosses this edge. */
  tests: number;
}

export interface ChartNode {
  path: string;
  changed: boolean;
  test: boolean;
}

export interface ChartSelection {
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Edges of the chosen chains that the caps left out. */
  hiddenEdges: number;
  /** Changed modules that the node cap left out. */
  hiddenChangedModules: number;
}

export interface ChartInput {
  changedPaths: readonly string[];
  testPaths: readonly string[];
  edges: readonly GraphEdge[];
}

interface Importer {
  path: string;
  typeOnly: boolean;
}

/** A node reached from the change: its distance and the edge it was first reached by. */
interface Reached {
  depth: number;
  parent: ChartEdge | null;
}

/**
 * Selects the nodes and edges of the chart:
 * 1. a breadth-first search from the changed modules along importer edges
 *    gives each reached file one shortest chain back to a change;
 * 2. each edge counts the affected tests whose chain crosses it;
 * 3. edges are taken by that count, nearer the change first on ties, while
 *    both caps hold, and only when the edge's imported end is shown, so
 *    every shown chain is connected to a change;
 * 4. changed modules that no test reaches fill the remaining node places.
 */
export function selectChart(input: ChartInput, limits: ChartLimits = DEFAULT_CHART_LIMITS): ChartSelection {
  const importers = importersByModule(input.edges);
  const changed = new Set(input.changedPaths);
  const tests = new Set(input.testPaths);
  const reached = shortestChains([...changed].sort(), importers);
  const ranked = rankEdges(countTestsPerEdge(tests, reached), reached);

  const shown = new Map<string, ChartNode>();
  const node = (path: string): ChartNode => ({ path, changed: changed.has(path), test: tests.has(path) });
  const edges: ChartEdge[] = [];
  for (const edge of ranked) {
    if (edges.length >= limits.edges) break;
    const isRoot = reached.get(edge.imported)?.depth === 0;
    if (!shown.has(edge.imported) && !isRoot) continue;
    const added = shown.has(edge.imported) ? 1 : 2;
    if (shown.size + added > limits.nodes) continue;
    if (!shown.has(edge.imported)) shown.set(edge.imported, node(edge.imported));
    shown.set(edge.importer, node(edge.importer));
    edges.push(edge);
  }

  const modules = changedModules(changed, tests, input.edges);
  for (const path of modules) {
    if (shown.size >= limits.nodes) break;
    if (!shown.has(path)) shown.set(path, node(path));
  }
  return {
    nodes: [...shown.values()],
    edges,
    hiddenEdges: ranked.length - edges.length,
    hiddenChangedModules: modules.filter((path) => !shown.has(path)).length,
  };
}

/**
 * Groups the importers of each module, sorted by path, with one entry per
 * importing file. Each list is sorted on first lookup, because the chart
 * walks only the modules that the change reaches.
 */
function importersByModule(edges: readonly GraphEdge[]): { get(module: string): Importer[] | undefined } {
  const byModule = new Map<string, Map<string, boolean>>();
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    let importers = byModule.get(edge.to);
    if (importers === undefined) {
      importers = new Map();
      byModule.set(edge.to, importers);
    }
    // Two files linked by several references are type-only only if every reference is.
    importers.set(edge.from, (importers.get(edge.from) ?? true) && edge.typeOnly);
  }
  const sorted = new Map<string, Importer[]>();
  return {
    get: (module) => {
      let list = sorted.get(module);
      const importers = byModule.get(module);
      if (list === undefined && importers !== undefined) {
        list = [...importers].map(([path, typeOnly]) => ({ path, typeOnly })).sort((a, b) => compareText(a.path, b.path));
        sorted.set(module, list);
      }
      return list;
    },
  };
}

function shortestChains(sources: readonly string[], importers: { get(module: string): Importer[] | undefined }): Map<string, Reached> {
  const reached = new Map<string, Reached>();
  const queue: string[] = [];
  for (const source of sources) {
    reached.set(source, { depth: 0, parent: null });
    queue.push(source);
  }
  for (let index = 0; index < queue.length; index += 1) {
    const module = queue[index]!;
    const depth = reached.get(module)!.depth;
    for (const importer of importers.get(module) ?? []) {
      if (reached.has(importer.path)) continue;
      const parent: ChartEdge = { imported: module, importer: importer.path, typeOnly: importer.typeOnly, tests: 0 };
      reached.set(importer.path, { depth: depth + 1, parent });
      queue.push(importer.path);
    }
  }
  return reached;
}

/** Walks each test's chain back to its changed module and counts the test on every edge. */
function countTestsPerEdge(tests: ReadonlySet<string>, reached: ReadonlyMap<string, Reached>): ChartEdge[] {
  const counted = new Set<ChartEdge>();
  for (const test of tests) {
    let edge = reached.get(test)?.parent ?? null;
    while (edge !== null) {
      edge.tests += 1;
      counted.add(edge);
      edge = reached.get(edge.imported)?.parent ?? null;
    }
  }
  return [...counted];
}

/**
 * Orders edges by tests served, then by distance from the change, then by
 * path. An edge never serves more tests than the edge before it on its
 * chain, so every edge comes after the edges that connect it to the change.
 */
function rankEdges(edges: ChartEdge[], reached: ReadonlyMap<string, Reached>): ChartEdge[] {
  const depth = (edge: ChartEdge): number => reached.get(edge.importer)?.depth ?? 0;
  return edges.sort(
    (a, b) =>
      b.tests - a.tests || depth(a) - depth(b) || compareText(a.imported, b.imported) || compareText(a.importer, b.importer),
  );
}

/**
 * Lists the changed files that the chart may show, sorted by path: modules
 * of the graph and tests. Other changed files, such as
 * documentation, are not modules.
 */
function changedModules(changed: ReadonlySet<string>, tests: ReadonlySet<string>, edges: readonly GraphEdge[]): string[] {
  const inGraph = new Set<string>();
  for (const edge of edges) {
    if (changed.has(edge.from)) inGraph.add(edge.from);
    if (changed.has(edge.to)) inGraph.add(edge.to);
  }
  return [...changed].filter((path) => inGraph.has(path) || tests.has(path)).sort(compareText);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
