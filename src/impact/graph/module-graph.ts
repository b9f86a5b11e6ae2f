/**
 * The module graph: repository files and the resolved references between
 * them, indexed in both directions so that each step of a traversal is one
 * map lookup.
 */
import type { GraphEdge } from '../model.js';

export interface ModuleGraph {
  /** Every repository file of the view the graph was built from, sorted. Edges may point at any of them, not only at scanned files. */
  readonly files: readonly string[];
  /** Every edge, in the order given. `buildModuleGraph` groups them by importer in the order of `files`, then by line. */
  readonly edges: readonly GraphEdge[];
  /** Returns whether `path` is one of `files`. */
  has(path: string): boolean;
  /** Edges whose target is `path`, or none for a path without importers or outside the graph. */
  importersOf(path: string): readonly GraphEdge[];
  /** Edges whose importer is `path`. */
  importsOf(path: string): readonly GraphEdge[];
}

const NO_EDGES: readonly GraphEdge[] = Object.freeze([]);

/**
 * Builds a graph over `files` from `edges`. Both indexes are built here, in
 * one pass over the edges, so the cost is linear in files plus edges. An
 * edge whose endpoint is not in `files` is still indexed, because the
 * caller decides what the graph contains.
 */
export function createModuleGraph(files: readonly string[], edges: readonly GraphEdge[]): ModuleGraph {
  const fileSet = new Set(files);
  const importers = new Map<string, GraphEdge[]>();
  const imports = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    appendTo(importers, edge.to, edge);
    appendTo(imports, edge.from, edge);
  }

  return {
    files,
    edges,
    has: (path) => fileSet.has(path),
    importersOf: (path) => importers.get(path) ?? NO_EDGES,
    importsOf: (path) => imports.get(path) ?? NO_EDGES,
  };
}

function appendTo(index: Map<string, GraphEdge[]>, key: string, edge: GraphEdge): void {
  const list = index.get(key);
  if (list) list.push(edge);
  else index.set(key, [edge]);
}
