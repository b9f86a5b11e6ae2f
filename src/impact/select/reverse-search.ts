/**
 * Breadth-first search from the changed files to every file that imports
 * them, directly or through other files. Each file is visited once and each
 * edge followed at most once, so a search is linear in files plus edges.
 * The search runs on node and edge ids, and makes edge objects only for the
 * chains that a caller asks for.
 */
import { TYPE_ONLY } from '../graph/edge-table.js';
import type { ImporterIndex, ModuleGraph } from '../graph/index.js';
import type { GraphEdge } from '../model.js';

/** `parents` value of a node the search did not reach; `walkImporters` compares with the literal. */
const UNREACHED = -1;
/** `parents` value of a node the search started from. */
const SOURCE = -2;

/**
 * The files a search reached. For each, the search keeps the edge from that
 * file towards the change through which it was first reached, and
 * breadth-first order makes following these edges a shortest chain.
 */
export class Reach {
  private readonly to: Int32Array;

  constructor(
    private readonly index: ImporterIndex,
    /** Per node id: the edge id it was first reached by, `SOURCE` or `UNREACHED`. */
    private readonly parents: Int32Array,
    /** Reached node ids in the order the search reached them. */
    private readonly order: Int32Array,
    private readonly count: number,
    /** Sources that are no node of the index, with the ids `index.nodeCount + i`. */
    private readonly outside: readonly string[],
  ) {
    this.to = index.to;
  }

  /** Returns whether the search reached `path`, or started from it. */
  has(path: string): boolean {
    const id = this.idOf(path);
    return id >= 0 && this.parents[id] !== UNREACHED;
  }

  /** Returns whether the search reached `path` through an edge, that is, reached it and did not start from it. */
  hasChain(path: string): boolean {
    const id = this.idOf(path);
    return id >= 0 && this.parents[id]! >= 0;
  }

  /** Returns the chain of edges from `path` to the changed file that the search started from; empty for a source or a file not reached. */
  chainFrom(path: string): GraphEdge[] {
    const chain: GraphEdge[] = [];
    const id = this.idOf(path);
    if (id < 0) return chain;
    const { parents, to, index } = this;
    for (let edge = parents[id]!; edge >= 0; edge = parents[to[edge]!]!) chain.push(index.edgeAt(edge));
    return chain;
  }

  /** Returns the reached paths, sources included, in the order the search reached them. */
  paths(): string[] {
    const paths: string[] = [];
    for (let position = 0; position < this.count; position++) paths.push(this.pathOf(this.order[position]!));
    return paths;
  }

  /** Returns the ids below `limit` of the nodes the search reached or started from, in ascending order. */
  nodesBelow(limit: number): number[] {
    const { parents } = this;
    const ids: number[] = [];
    for (let id = 0; id < limit; id++) if (parents[id] !== -1) ids.push(id);
    return ids;
  }

  private idOf(path: string): number {
    const id = this.index.idOf(path);
    if (id >= 0) return id;
    const outside = this.outside.indexOf(path);
    return outside < 0 ? -1 : this.index.nodeCount + outside;
  }

  private pathOf(id: number): string {
    return id < this.index.nodeCount ? this.index.pathOf(id) : this.outside[id - this.index.nodeCount]!;
  }
}

/**
 * Searches from `sources` over the importer edges of `index`, and over
 * type-only ones only when `followTypeOnly` is set. A source that is no node
 * of the index counts as reached and has no importers.
 */
export function searchImporters(sources: Iterable<string>, index: ImporterIndex, followTypeOnly: boolean): Reach {
  const outside: string[] = [];
  const ids: number[] = [];
  for (const source of sources) {
    let id = index.idOf(source);
    if (id < 0) {
      if (outside.includes(source)) continue;
      id = index.nodeCount + outside.length;
      outside.push(source);
    }
    ids.push(id);
  }

  const parents = new Int32Array(index.nodeCount + outside.length).fill(UNREACHED);
  const queue = new Int32Array(parents.length);
  let count = 0;
  for (const id of ids) {
    if (parents[id] !== UNREACHED) continue;
    parents[id] = SOURCE;
    queue[count++] = id;
  }

  count = walkImporters(index, parents, queue, count, followTypeOnly ? 0 : TYPE_ONLY);
  return new Reach(index, parents, queue, count, outside);
}

/**
 * Runs the breadth-first walk from the first `count` nodes of `queue` and
 * returns the number of nodes queued in the end. An edge with a trait in
 * `skipped` is not followed. The loop runs once per search, mostly before
 * V8 optimizes it, so it reads only typed arrays and locals.
 */
function walkImporters(index: ImporterIndex, parents: Int32Array, queue: Int32Array, count: number, skipped: number): number {
  const { starts, order, from, traits, nodeCount } = index;
  for (let next = 0; next < count; next++) {
    const node = queue[next]!;
    if (node >= nodeCount) continue;
    const end = starts[node + 1]!;
    for (let position = starts[node]!; position < end; position++) {
      const edge = order[position]!;
      const importer = from[edge]!;
      if (parents[importer] !== -1 || (traits[edge]! & skipped) !== 0) continue;
      parents[importer] = edge;
      queue[count++] = importer;
    }
  }
  return count;
}

/**
 * Joins the head graph with the base graph for deleted files. A deleted
 * file has no importers at head, so its importers come from the base tree,
 * limited to files that still exist at head. Those edges name the base tree
 * in `via`, and follow the head's own importers of the same path.
 */
export function importersAcrossTrees(head: ModuleGraph, base: ModuleGraph | undefined, deleted: ReadonlySet<string>): ImporterIndex {
  if (base === undefined || deleted.size === 0) return head.importerIndex;
  const index = head.importerIndex;
  const nodes: string[] = [];
  const nodeIds = new Map<string, number>();
  const added: { to: number; edge: GraphEdge }[] = [];
  for (const path of deleted) {
    let to = index.idOf(path);
    if (to < 0) {
      to = index.nodeCount + nodes.length;
      nodes.push(path);
      nodeIds.set(path, to);
    }
    for (const edge of base.importersOf(path)) {
      if (head.has(edge.from)) added.push({ to, edge: { ...edge, via: `${edge.via}, in the base tree` } });
    }
  }
  return joinEdges(index, nodes, nodeIds, added);
}

/** Returns `index` with more nodes after its own and more edges, each listed after the target's own importers. */
function joinEdges(index: ImporterIndex, nodes: readonly string[], nodeIds: ReadonlyMap<string, number>, added: readonly { to: number; edge: GraphEdge }[]): ImporterIndex {
  const edgeCount = index.order.length;
  const nodeCount = index.nodeCount + nodes.length;
  const from = new Int32Array(edgeCount + added.length);
  const to = new Int32Array(edgeCount + added.length);
  const traits = new Uint8Array(edgeCount + added.length);
  from.set(index.from);
  to.set(index.to);
  traits.set(index.traits);
  const addedByTarget = new Map<number, number[]>();
  added.forEach(({ to: target, edge }, offset) => {
    const id = edgeCount + offset;
    from[id] = index.idOf(edge.from);
    to[id] = target;
    traits[id] = edge.typeOnly ? TYPE_ONLY : 0;
    addedByTarget.set(target, [...(addedByTarget.get(target) ?? []), id]);
  });

  const starts = new Int32Array(nodeCount + 1);
  const order = new Int32Array(edgeCount + added.length);
  let position = 0;
  for (let node = 0; node < nodeCount; node++) {
    starts[node] = position;
    if (node < index.nodeCount) for (let own = index.starts[node]!; own < index.starts[node + 1]!; own++) order[position++] = index.order[own]!;
    for (const id of addedByTarget.get(node) ?? []) order[position++] = id;
  }
  starts[nodeCount] = position;

  return {
    nodeCount,
    idOf: (path) => {
      const id = index.idOf(path);
      return id >= 0 ? id : (nodeIds.get(path) ?? -1);
    },
    pathOf: (id) => (id < index.nodeCount ? index.pathOf(id) : nodes[id - index.nodeCount]!),
    starts,
    order,
    from,
    to,
    traits,
    edgeAt: (id) => (id < edgeCount ? index.edgeAt(id) : added[id - edgeCount]!.edge),
  };
}
