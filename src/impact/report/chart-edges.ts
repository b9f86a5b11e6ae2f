/**
 * Choice of what the module chart shows. Impact flows from a changed module
 * to the files that import it, and on to the tests. The chart keeps one
 * shortest chain per affected test and, within the caps, the edges that the
 * most of those chains share.
 */

import { TYPE_ONLY } from '../graph/edge-table.js';
import type { ImporterIndex, ModuleGraph } from '../graph/index.js';

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

/**
 * The parts of the module graph that the chart reads; `ModuleGraph` has
 * them. The search walks `importerIndex` by node id, so that it makes no
 * edge object, and is cheapest when each node's importers are in path
 * order, as `buildModuleGraph` makes them.
 */
export type ChartGraph = Pick<ModuleGraph, 'importerIndex'>;

export interface ChartInput {
  changedPaths: readonly string[];
  testPaths: readonly string[];
  graph: ChartGraph;
}

/**
 * The search's result by node id, in columns so that it makes no object per
 * reached file. A reached file's link runs from `parent` to the file.
 */
interface Chains {
  /** Distance from the nearest changed module, or -1 for a file not reached. */
  depth: Int32Array;
  /** Node id of the link's imported end, or -1 for a changed module. */
  parent: Int32Array;
  /** 1 when every reference from the file to `parent` is type-only. */
  typeOnly: Uint8Array;
  /** Affected tests whose chosen shortest chain crosses the link. */
  tests: Int32Array;
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
  const index = input.graph.importerIndex;
  const chains = shortestChains([...changed].sort(), index);
  const counted = countTestsPerEdge(tests, chains, index);

  const shown = new Map<string, ChartNode>();
  const node = (path: string): ChartNode => ({ path, changed: changed.has(path), test: tests.has(path) });
  const edges: ChartEdge[] = [];
  // Each counted link is named by its importer's node id.
  for (const link of rankEdges(counted, chains, index)) {
    // Each link not taken yet ends at a file not shown yet, so a full node cap ends the choice.
    if (edges.length >= limits.edges || shown.size >= limits.nodes) break;
    const imported = index.pathOf(chains.parent[link]!);
    const importer = index.pathOf(link);
    const isRoot = chains.depth[chains.parent[link]!] === 0;
    if (!shown.has(imported) && !isRoot) continue;
    const added = shown.has(imported) ? 1 : 2;
    if (shown.size + added > limits.nodes) continue;
    if (!shown.has(imported)) shown.set(imported, node(imported));
    shown.set(importer, node(importer));
    edges.push({ imported, importer, typeOnly: chains.typeOnly[link] === 1, tests: chains.tests[link]! });
  }

  const modules = changedModules(changed, tests, index);
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
 * is not followed, and a changed path outside the graph reaches nothing.
 */
function shortestChains(sources: readonly string[], index: ImporterIndex): Chains {
  const { starts, order, from, traits, nodeCount } = index;
  const chains: Chains = { depth: new Int32Array(nodeCount).fill(-1), parent: new Int32Array(nodeCount).fill(-1), typeOnly: new Uint8Array(nodeCount), tests: new Int32Array(nodeCount) };
  const queue = new Int32Array(nodeCount);
  let queued = 0;
  for (const source of sources) {
    const root = index.idOf(source);
    if (root < 0) continue;
    chains.depth[root] = 0;
    queue[queued++] = root;
  }

  // Several references from one file are adjacent in path order, and the link is type-only only if every one of them is.
  const visitImporters = (module: number, edgeIds: ArrayLike<number>, begin: number, end: number): void => {
    for (let at = begin; at < end; ) {
      const importer = from[edgeIds[at]!]!;
      let typeOnly = 1;
      for (; at < end && from[edgeIds[at]!] === importer; at += 1) if ((traits[edgeIds[at]!]! & TYPE_ONLY) === 0) typeOnly = 0;
      if (importer === module || chains.depth[importer] !== -1) continue;
      chains.depth[importer] = chains.depth[module]! + 1;
      chains.parent[importer] = module;
      chains.typeOnly[importer] = typeOnly;
      queue[queued++] = importer;
    }
  };
  for (let next = 0; next < queued; next += 1) {
    const module = queue[next]!;
    const begin = starts[module]!;
    const end = starts[module + 1]!;
    if (isSortedByImporter(index, order, from, begin, end)) {
      visitImporters(module, order, begin, end);
    } else {
      const sorted = sortedByImporter(index, begin, end);
      visitImporters(module, sorted, 0, sorted.length);
    }
  }
  return chains;
}

/** Checks whether the importers of the edges `order[begin]` to `order[end - 1]` are in path order. */
function isSortedByImporter(index: ImporterIndex, order: Int32Array, from: Int32Array, begin: number, end: number): boolean {
  for (let at = begin + 1; at < end; at += 1) {
    const previous = from[order[at - 1]!]!;
    const current = from[order[at]!]!;
    if (previous !== current && index.pathOf(previous) > index.pathOf(current)) return false;
  }
  return true;
}

/** Sorts the edge ids `order[begin]` to `order[end - 1]` by the importer's path; the sort is stable, so each importer's edges stay in order. */
function sortedByImporter(index: ImporterIndex, begin: number, end: number): number[] {
  return [...index.order.subarray(begin, end)].sort((a, b) => compareText(index.pathOf(index.from[a]!), index.pathOf(index.from[b]!)));
}

/** Walks each test's chain back to its changed module and counts the test on every link; returns the links counted, by importer node id. */
function countTestsPerEdge(tests: ReadonlySet<string>, chains: Chains, index: ImporterIndex): number[] {
  const counted: number[] = [];
  for (const test of tests) {
    const start = index.idOf(test);
    if (start < 0 || chains.depth[start] === -1) continue;
    for (let link = start; chains.parent[link] !== -1; link = chains.parent[link]!) {
      if (chains.tests[link] === 0) counted.push(link);
      chains.tests[link] = chains.tests[link]! + 1;
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
 * groups, and the last group (one test each) contains most links.
 */
function* rankEdges(links: readonly number[], chains: Chains, index: ImporterIndex): Generator<number> {
  const byTests = new Map<number, number[]>();
  for (const link of links) {
    const group = byTests.get(chains.tests[link]!);
    if (group === undefined) byTests.set(chains.tests[link]!, [link]);
    else group.push(link);
  }
  const counts = [...byTests.keys()].sort((a, b) => b - a);
  const pathOf = (node: number): string => index.pathOf(node);
  for (const count of counts) {
    yield* byTests.get(count)!.sort(
      (a, b) => chains.depth[a]! - chains.depth[b]! || compareText(pathOf(chains.parent[a]!), pathOf(chains.parent[b]!)) || compareText(pathOf(a), pathOf(b)),
    );
  }
}

/**
 * Lists the changed files that the chart may show, sorted by path: modules
 * of the graph and tests. Other changed files, such as
 * documentation, are not modules.
 */
function changedModules(changed: ReadonlySet<string>, tests: ReadonlySet<string>, index: ImporterIndex): string[] {
  const inGraph = new Set<number>();
  const withoutImporters = new Set<number>();
  for (const path of changed) {
    const node = index.idOf(path);
    if (node < 0) continue;
    if (index.starts[node + 1]! > index.starts[node]!) inGraph.add(node);
    else withoutImporters.add(node);
  }
  // A changed file that no file imports is in the graph when it imports one. One pass over the importer column finds
  // them all, where the graph's imports index would group every edge first.
  if (withoutImporters.size > 0) {
    // `order` lists every edge id once, so its length is the edge count.
    for (let edge = 0; edge < index.order.length; edge += 1) if (withoutImporters.has(index.from[edge]!)) inGraph.add(index.from[edge]!);
  }
  return [...changed].filter((path) => inGraph.has(index.idOf(path)) || tests.has(path)).sort(compareText);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
