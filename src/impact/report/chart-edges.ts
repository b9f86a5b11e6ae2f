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

/** The parts of the module graph that the chart reads; `ModuleGraph` has them. */
export interface ChartGraph {
  /** Edges whose target is the path. The chart is cheapest when they are sorted by importer, as `buildModuleGraph` orders them. */
  importersOf(path: string): readonly GraphEdge[];
  importsOf(path: string): readonly GraphEdge[];
}

export interface ChartInput {
  changedPaths: readonly string[];
  testPaths: readonly string[];
  graph: ChartGraph;
}

/**
 * A file that the search from the changed modules reached: its distance,
 * and the link it was first reached by, from `parent` to this file.
 */
interface Reached {
  path: string;
  depth: number;
  /** The imported end of the link, or null for a changed module. */
  parent: Reached | null;
  /** Every reference from this file to `parent` is type-only. */
  typeOnly: boolean;
  /** Affected tests whose chosen shortest chain crosses the link. */
  tests: number;
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
  const changed = new Set(input.changedPaths);
  const tests = new Set(input.testPaths);
  const reached = shortestChains([...changed].sort(), input.graph);
  const counted = countTestsPerEdge(tests, reached);

  const shown = new Map<string, ChartNode>();
  const node = (path: string): ChartNode => ({ path, changed: changed.has(path), test: tests.has(path) });
  const edges: ChartEdge[] = [];
  for (const link of rankEdges(counted)) {
    // Each link not taken yet ends at a file not shown yet, so a full node cap ends the choice.
    if (edges.length >= limits.edges || shown.size >= limits.nodes) break;
    const imported = link.parent!;
    const isRoot = imported.depth === 0;
    if (!shown.has(imported.path) && !isRoot) continue;
    const added = shown.has(imported.path) ? 1 : 2;
    if (shown.size + added > limits.nodes) continue;
    if (!shown.has(imported.path)) shown.set(imported.path, node(imported.path));
    shown.set(link.path, node(link.path));
    edges.push({ imported: imported.path, importer: link.path, typeOnly: link.typeOnly, tests: link.tests });
  }

  const modules = changedModules(changed, tests, input.graph);
  for (const path of modules) {
    if (shown.size >= limits.nodes) break;
    if (!shown.has(path)) shown.set(path, node(path));
  }
  return {
    nodes: [...shown.values()],
    edges,
    hiddenEdges: counted.length - edges.length,
    hiddenChangedModules: modules.filter((path) => !shown.has(path)).length,
  };
}

/**
 * Searches breadth-first from `sources`, visiting the importers of each file
 * in path order with one visit per importing file. A file's link to itself
 * is not followed.
 */
function shortestChains(sources: readonly string[], graph: ChartGraph): Map<string, Reached> {
  const reached = new Map<string, Reached>();
  const queue: Reached[] = [];
  for (const source of sources) {
    const root: Reached = { path: source, depth: 0, parent: null, typeOnly: false, tests: 0 };
    reached.set(source, root);
    queue.push(root);
  }
  for (let index = 0; index < queue.length; index += 1) {
    const module = queue[index]!;
    const edges = graph.importersOf(module.path);
    const importers = isSortedByImporter(edges) ? edges : sortedByImporter(edges);
    // Several references from one file are adjacent once sorted, and the link is type-only only if every one of them is.
    for (let at = 0; at < importers.length; ) {
      const path = importers[at]!.from;
      let typeOnly = true;
      for (; at < importers.length && importers[at]!.from === path; at += 1) typeOnly &&= importers[at]!.typeOnly;
      if (path === module.path || reached.has(path)) continue;
      const importer: Reached = { path, depth: module.depth + 1, parent: module, typeOnly, tests: 0 };
      reached.set(path, importer);
      queue.push(importer);
    }
  }
  return reached;
}

function isSortedByImporter(edges: readonly GraphEdge[]): boolean {
  for (let index = 1; index < edges.length; index += 1) {
    if (edges[index - 1]!.from > edges[index]!.from) return false;
  }
  return true;
}

function sortedByImporter(edges: readonly GraphEdge[]): GraphEdge[] {
  return [...edges].sort((a, b) => compareText(a.from, b.from));
}

/** Walks each test's chain back to its changed module and counts the test on every link; returns the links counted. */
function countTestsPerEdge(tests: ReadonlySet<string>, reached: ReadonlyMap<string, Reached>): Reached[] {
  const counted: Reached[] = [];
  for (const test of tests) {
    for (let link = reached.get(test); link !== undefined && link.parent !== null; link = link.parent) {
      if (link.tests === 0) counted.push(link);
      link.tests += 1;
    }
  }
  return counted;
}

/**
 * Yields links by tests served, then by distance from the change, then by
 * path. A link never serves more tests than the link before it on its
 * chain, so every link comes after the links that connect it to the change.
 * Links that serve equally many tests are sorted only when the caller gets
 * to them, because the caps usually end the choice within the first few
 * groups, and the last group (one test each) holds most links.
 */
function* rankEdges(links: readonly Reached[]): Generator<Reached> {
  const byTests = new Map<number, Reached[]>();
  for (const link of links) {
    const group = byTests.get(link.tests);
    if (group === undefined) byTests.set(link.tests, [link]);
    else group.push(link);
  }
  const counts = [...byTests.keys()].sort((a, b) => b - a);
  for (const count of counts) {
    yield* byTests.get(count)!.sort((a, b) => a.depth - b.depth || compareText(a.parent!.path, b.parent!.path) || compareText(a.path, b.path));
  }
}

/**
 * Lists the changed files that the chart may show, sorted by path: modules
 * of the graph and tests. Other changed files, such as
 * documentation, are not modules.
 */
function changedModules(changed: ReadonlySet<string>, tests: ReadonlySet<string>, graph: ChartGraph): string[] {
  const inGraph = (path: string): boolean => graph.importersOf(path).length > 0 || graph.importsOf(path).length > 0;
  return [...changed].filter((path) => inGraph(path) || tests.has(path)).sort(compareText);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
