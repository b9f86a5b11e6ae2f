/**
 * The module graph: repository files and the resolved references between
 * them, indexed in both directions so that each step of a traversal is one
 * lookup. The edges live in an `EdgeTable`, and their objects are made on
 * first request, once each, so a walk over node ids makes none.
 */
import type { GraphEdge } from '../model.js';
import { edgeAt, groupEdges, tableFromEdges, type EdgeTable } from './edge-table.js';

export interface ModuleGraph {
  /** Every repository file of the view the graph was built from, sorted. Edges may point at any of them, not only at scanned files. */
  readonly files: readonly string[];
  /**
   * Every edge, in the order given. `buildModuleGraph` groups them by importer in the order of `files`, then by line.
   * The first read makes an object per edge, which on a large graph costs more than a walk over `importerIndex`.
   */
  readonly edges: readonly GraphEdge[];
  /** Returns whether `path` is one of `files`. */
  has(path: string): boolean;
  /** Edges whose target is `path`, or none for a path without importers or outside the graph. */
  importersOf(path: string): readonly GraphEdge[];
  /** Edges whose importer is `path`. */
  importsOf(path: string): readonly GraphEdge[];
  /** The edges as integer columns. */
  readonly table: EdgeTable;
  /** The importers of each node by id, for walks that make no object per step. */
  readonly importerIndex: ImporterIndex;
}

/**
 * Importer lists by node id. The edges whose target is node `n` are
 * `order[starts[n]]` up to `order[starts[n + 1]]` (exclusive), in edge order.
 * `from`, `to` and `traits` are indexed by edge id, as in `EdgeTable`.
 */
export interface ImporterIndex {
  readonly nodeCount: number;
  /** Returns the node id of `path`, or -1 when it is no node. */
  idOf(path: string): number;
  pathOf(id: number): string;
  readonly starts: Int32Array;
  readonly order: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly traits: Uint8Array;
  /** Returns the object of edge `id`, the same one on every call. */
  edgeAt(id: number): GraphEdge;
}

const NO_EDGES: readonly GraphEdge[] = Object.freeze([]);

/**
 * Builds a graph over `files` from `edges`. An edge whose endpoint is not in
 * `files` is still indexed, because the caller decides what the graph
 * contains.
 */
export function createModuleGraph(files: readonly string[], edges: readonly GraphEdge[]): ModuleGraph {
  return graphFromTable(files, tableFromEdges(files, edges));
}

/** Builds a graph over `files` from a table whose first `fileCount` nodes are `files`. The indexes are built on first use, each in time linear in nodes plus edges. */
export function graphFromTable(files: readonly string[], table: EdgeTable): ModuleGraph {
  return new TableGraph(files, table);
}

class TableGraph implements ModuleGraph, ImporterIndex {
  // Plain fields rather than getters, because walks read them per step, mostly before V8 optimizes the walk.
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly traits: Uint8Array;
  readonly nodeCount: number;
  private ids: Map<string, number> | undefined;
  private readonly objects: (GraphEdge | undefined)[];
  private byTarget: { starts: Int32Array; order: Int32Array } | undefined;
  private byImporter: { starts: Int32Array; order: Int32Array } | undefined;
  private allEdges: GraphEdge[] | undefined;
  private readonly importerLists = new Map<number, readonly GraphEdge[]>();
  private readonly importLists = new Map<number, readonly GraphEdge[]>();

  constructor(
    readonly files: readonly string[],
    readonly table: EdgeTable,
  ) {
    this.objects = new Array<GraphEdge | undefined>(table.edgeCount);
    this.from = table.from;
    this.to = table.to;
    this.traits = table.traits;
    this.nodeCount = table.nodes.length;
  }

  get edges(): readonly GraphEdge[] {
    if (this.allEdges === undefined) {
      const edges: GraphEdge[] = [];
      for (let id = 0; id < this.table.edgeCount; id++) edges.push(this.edgeAt(id));
      this.allEdges = edges;
    }
    return this.allEdges;
  }

  has(path: string): boolean {
    const id = this.idOf(path);
    return id >= 0 && id < this.table.fileCount;
  }

  importersOf(path: string): readonly GraphEdge[] {
    return this.listOf(path, this.importerLists, () => (this.byTarget ??= groupEdges(this.table, this.table.to)));
  }

  importsOf(path: string): readonly GraphEdge[] {
    return this.listOf(path, this.importLists, () => (this.byImporter ??= groupEdges(this.table, this.table.from)));
  }

  get importerIndex(): ImporterIndex {
    return this;
  }

  get starts(): Int32Array {
    return (this.byTarget ??= groupEdges(this.table, this.table.to)).starts;
  }

  get order(): Int32Array {
    return (this.byTarget ??= groupEdges(this.table, this.table.to)).order;
  }

  idOf(path: string): number {
    if (this.ids === undefined) {
      const ids = new Map<string, number>();
      this.table.nodes.forEach((node, id) => ids.set(node, id));
      this.ids = ids;
    }
    return this.ids.get(path) ?? -1;
  }

  pathOf(id: number): string {
    return this.table.nodes[id]!;
  }

  edgeAt(id: number): GraphEdge {
    let edge = this.objects[id];
    if (edge === undefined) {
      edge = edgeAt(this.table, id);
      this.objects[id] = edge;
    }
    return edge;
  }

  private listOf(path: string, lists: Map<number, readonly GraphEdge[]>, grouping: () => { starts: Int32Array; order: Int32Array }): readonly GraphEdge[] {
    const node = this.idOf(path);
    if (node < 0) return NO_EDGES;
    let list = lists.get(node);
    if (list === undefined) {
      const { starts, order } = grouping();
      const edges: GraphEdge[] = [];
      for (let index = starts[node]!; index < starts[node + 1]!; index++) edges.push(this.edgeAt(order[index]!));
      list = edges.length === 0 ? NO_EDGES : edges;
      lists.set(node, list);
    }
    return list;
  }
}
