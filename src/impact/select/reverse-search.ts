/**
 * Breadth-first search from the changed files to every file that imports
 * them, directly or through other files. Each file is visited once and each
 * edge followed at most once, so a search is linear in files plus edges.
 */
import type { ModuleGraph } from '../graph/index.js';
import type { GraphEdge } from '../model.js';

/**
 * For each file the search reached, the edge from that file towards the
 * change through which it was first reached, or null for a changed file.
 * Breadth-first order makes following these edges a shortest chain.
 */
export type Reach = ReadonlyMap<string, GraphEdge | null>;

/** Returns the edges whose target is a file: `importersOf` of one graph, or of several trees joined. */
export type ImportersOf = (path: string) => readonly GraphEdge[];

/** Searches from `sources` over the edges that `follow` accepts. */
export function searchImporters(sources: Iterable<string>, importersOf: ImportersOf, follow: (edge: GraphEdge) => boolean): Reach {
  const reach = new Map<string, GraphEdge | null>();
  const queue: string[] = [];
  for (const source of sources) {
    if (reach.has(source)) continue;
    reach.set(source, null);
    queue.push(source);
  }

  for (let next = 0; next < queue.length; next++) {
    for (const edge of importersOf(queue[next]!)) {
      if (reach.has(edge.from) || !follow(edge)) continue;
      reach.set(edge.from, edge);
      queue.push(edge.from);
    }
  }
  return reach;
}

/** Returns the chain of edges from `path` to the changed file that the search started from; empty for a changed file. */
export function chainFrom(reach: Reach, path: string): GraphEdge[] {
  const chain: GraphEdge[] = [];
  for (let edge = reach.get(path); edge; edge = reach.get(edge.to)) chain.push(edge);
  return chain;
}

/**
 * Joins the head graph with the base graph for deleted files. A deleted
 * file has no importers at head, so its importers come from the base tree,
 * limited to files that still exist at head. Those edges name the base tree in `via`.
 */
export function importersAcrossTrees(head: ModuleGraph, base: ModuleGraph | undefined, deleted: ReadonlySet<string>): ImportersOf {
  if (base === undefined || deleted.size === 0) return (path) => head.importersOf(path);
  const baseEdges = new Map<string, GraphEdge[]>();
  for (const path of deleted) {
    const edges = base
      .importersOf(path)
      .filter((edge) => head.has(edge.from))
      .map((edge) => ({ ...edge, via: `${edge.via}, in the base tree` }));
    baseEdges.set(path, edges);
  }
  return (path) => {
    const fromBase = baseEdges.get(path);
    return fromBase === undefined ? head.importersOf(path) : [...head.importersOf(path), ...fromBase];
  };
}
