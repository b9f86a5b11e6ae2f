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
export type ChartGraph = Pick<ModuleGraph, 'importerIndex' | 'importersOf' | 'importsOf'>;

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
  /** Node id in the graph's importer index, or -1 for a changed path outside the graph. */
  node: number;
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
  const index = input.graph.importerIndex;
  const reached = shortestChains([...changed].sort(), index);
  const counted = countTestsPerEdge(tests, reached, index);

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
 * is not followed. Returns the reached files by node id.
 */
function shortestChains(sources: readonly string[], index: ImporterIndex): (Reached | undefined)[] {
  const { starts, order, from, traits } = index;
  const reached = new Array<Reached | undefined>(index.nodeCount);
  const queue: Reached[] = [];
  for (const source of sources) {
    const root: Reached = { path: source, node: index.idOf(source), depth: 0, parent: null, typeOnly: false, tests: 0 };
    if (root.node >= 0) reached[root.node] = root;
    queue.push(root);
  }
  for (let next = 0; next < queue.length; next += 1) {
    const module = queue[next]!;
    if (module.node < 0) continue;
    const edgeIds = order.subarray(starts[module.node]!, starts[module.node + 1]!);
    const inPathOrder = isSortedByImporter(index, edgeIds) ? edgeIds : sortedByImporter(index, edgeIds);
    // Several references from one file are adjacent in path order, and the link is type-only only if every one of them is.
    for (let at = 0; at < inPathOrder.length; ) {
      const importer = from[inPathOrder[at]!]!;
      let typeOnly = true;
      for (; at < inPathOrder.length && from[inPathOrder[at]!] === importer; at += 1) typeOnly &&= (traits[inPathOrder[at]!]! & TYPE_ONLY) !== 0;
      if (importer === module.node || reached[importer] !== undefined) continue;
      const link: Reached = { path: index.pathOf(importer), node: importer, depth: module.depth + 1, parent: module, typeOnly, tests: 0 };
      reached[importer] = link;
      queue.push(link);
    }
  }
  return reached;
}

function isSortedByImporter(index: ImporterIndex, edgeIds: Int32Array): boolean {
  for (let at = 1; at < edgeIds.length; at += 1) {
    const previous = index.from[edgeIds[at - 1]!]!;
    const current = index.from[edgeIds[at]!]!;
    if (previous !== current && index.pathOf(previous) > index.pathOf(current)) return false;
  }
  return true;
}

/** Sorts edge ids by the importer's path; the sort is stable, so each importer's edges stay in order. */
function sortedByImporter(index: ImporterIndex, edgeIds: Int32Array): number[] {
  return [...edgeIds].sort((a, b) => compareText(index.pathOf(index.from[a]!), index.pathOf(index.from[b]!)));
}

/** Walks each test's chain back to its changed module and counts the test on every link; returns the links counted. */
function countTestsPerEdge(tests: ReadonlySet<string>, reached: readonly (Reached | undefined)[], index: ImporterIndex): Reached[] {
  const counted: Reached[] = [];
  for (const test of tests) {
    const node = index.idOf(test);
    for (let link = node < 0 ? undefined : reached[node]; link !== undefined && link.parent !== null; link = link.parent) {
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
 * groups, and the last group (one test each) contains most links.
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
  const { starts } = graph.importerIndex;
  const hasImporters = (node: number): boolean => node >= 0 && starts[node + 1]! > starts[node]!;
  const inGraph = (path: string): boolean => hasImporters(graph.importerIndex.idOf(path)) || graph.importsOf(path).length > 0;
  return [...changed].filter((path) => inGraph(path) || tests.has(path)).sort(compareText);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
