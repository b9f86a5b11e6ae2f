/**
 * The graph's edges as integer columns: one entry per edge in each typed
 * array, and each path, specifier and resolver rule stored once. A graph of
 * this form costs a few arrays instead of one object per edge, so reading it
 * from the resolved-graph cache and walking it leave little for the garbage
 * collector. `edgeAt` makes the `GraphEdge` object of one edge when a caller
 * needs it.
 */
import type { EdgeKind, GraphEdge } from '../model.js';

export interface EdgeTable {
  /** Paths of the nodes: the graph's files, then edge ends outside them. A node id indexes this list. */
  readonly nodes: readonly string[];
  /** Number of leading `nodes` that are files of the graph. */
  readonly fileCount: number;
  readonly edgeCount: number;
  /** Node id of each edge's importer. */
  readonly from: Int32Array;
  /** Node id of each edge's target. */
  readonly to: Int32Array;
  /** Index of each edge's kind in `EDGE_KINDS` times 4, plus `TYPE_ONLY` and `APPROXIMATE`. */
  readonly traits: Uint8Array;
  /** 1-based line of each edge's reference. */
  readonly lines: Int32Array;
  /** Index of each edge's specifier in `specifierTexts`. */
  readonly specifiers: Int32Array;
  readonly specifierTexts: readonly string[];
  /** Index of each edge's resolver rule in `viaTexts`. */
  readonly vias: Int32Array;
  readonly viaTexts: readonly string[];
}

export const EDGE_KINDS: readonly EdgeKind[] = ['import', 'side-effect', 're-export', 'require', 'dynamic', 'dynamic-pattern', 'glob', 'reference'];
export const TYPE_ONLY = 1;
export const APPROXIMATE = 2;
/** Traits per kind: the low two bits hold the flags. */
export const KIND_STEP = 4;

const KIND_INDEX = new Map(EDGE_KINDS.map((kind, index) => [kind, index]));

/** Returns the traits value of an edge. */
export function traitsOf(edge: Pick<GraphEdge, 'kind' | 'typeOnly' | 'approximate'>): number {
  return KIND_INDEX.get(edge.kind)! * KIND_STEP + (edge.typeOnly ? TYPE_ONLY : 0) + (edge.approximate ? APPROXIMATE : 0);
}

/** Makes the object of edge `id`. */
export function edgeAt(table: EdgeTable, id: number): GraphEdge {
  const traits = table.traits[id]!;
  return {
    from: table.nodes[table.from[id]!]!,
    to: table.nodes[table.to[id]!]!,
    kind: EDGE_KINDS[traits >> 2]!,
    typeOnly: (traits & TYPE_ONLY) !== 0,
    approximate: (traits & APPROXIMATE) !== 0,
    specifier: table.specifierTexts[table.specifiers[id]!]!,
    line: table.lines[id]!,
    via: table.viaTexts[table.vias[id]!]!,
  };
}

/** Builds the table of `edges` over `files`, in the order given. An edge end outside `files` becomes a node after them. */
export function tableFromEdges(files: readonly string[], edges: Iterable<GraphEdge>): EdgeTable {
  const builder = new EdgeTableBuilder(files);
  for (const edge of edges) builder.add(edge);
  return builder.finish();
}

/**
 * Collects edges into a table. Edges come from objects (`add`) or from
 * another table over the same files (`copy`), so that an update of a few
 * files copies the other edges as integers.
 */
export class EdgeTableBuilder {
  private readonly nodes: string[];
  private readonly nodeIds = new Map<string, number>();
  private readonly specifierTexts: string[] = [];
  private readonly specifierIds = new Map<string, number>();
  private readonly viaTexts: string[] = [];
  private readonly viaIds = new Map<string, number>();
  private readonly columns = { from: [] as number[], to: [] as number[], traits: [] as number[], lines: [] as number[], specifiers: [] as number[], vias: [] as number[] };
  private readonly fileCount: number;

  /** Starts an empty table over `files`. With `base`, whose files must equal `files`, `copy` can take its edges. */
  constructor(files: readonly string[], private readonly base?: EdgeTable) {
    this.fileCount = files.length;
    this.nodes = base ? [...base.nodes] : [...files];
    this.nodes.forEach((path, id) => this.nodeIds.set(path, id));
    if (base) {
      base.specifierTexts.forEach((text, id) => this.specifierIds.set(text, id));
      this.specifierTexts.push(...base.specifierTexts);
      base.viaTexts.forEach((text, id) => this.viaIds.set(text, id));
      this.viaTexts.push(...base.viaTexts);
    }
  }

  add(edge: GraphEdge): void {
    this.push(this.nodeId(edge.from), this.nodeId(edge.to), traitsOf(edge), edge.line, intern(edge.specifier, this.specifierTexts, this.specifierIds), intern(edge.via, this.viaTexts, this.viaIds));
  }

  /** Copies the edges `start` to `end` (exclusive) of the base table. */
  copy(start: number, end: number): void {
    const base = this.base;
    if (!base) throw new Error('EdgeTableBuilder.copy needs a base table.');
    for (let id = start; id < end; id++) this.push(base.from[id]!, base.to[id]!, base.traits[id]!, base.lines[id]!, base.specifiers[id]!, base.vias[id]!);
  }

  finish(): EdgeTable {
    const { columns } = this;
    return {
      nodes: this.nodes,
      fileCount: this.fileCount,
      edgeCount: columns.from.length,
      from: Int32Array.from(columns.from),
      to: Int32Array.from(columns.to),
      traits: Uint8Array.from(columns.traits),
      lines: Int32Array.from(columns.lines),
      specifiers: Int32Array.from(columns.specifiers),
      specifierTexts: this.specifierTexts,
      vias: Int32Array.from(columns.vias),
      viaTexts: this.viaTexts,
    };
  }

  private push(from: number, to: number, traits: number, line: number, specifier: number, via: number): void {
    const { columns } = this;
    columns.from.push(from);
    columns.to.push(to);
    columns.traits.push(traits);
    columns.lines.push(line);
    columns.specifiers.push(specifier);
    columns.vias.push(via);
  }

  private nodeId(path: string): number {
    let id = this.nodeIds.get(path);
    if (id === undefined) {
      id = this.nodes.length;
      this.nodes.push(path);
      this.nodeIds.set(path, id);
    }
    return id;
  }
}

function intern(text: string, texts: string[], ids: Map<string, number>): number {
  let id = ids.get(text);
  if (id === undefined) {
    id = texts.length;
    texts.push(text);
    ids.set(text, id);
  }
  return id;
}

/**
 * Returns, for each node id, where its edges start in `order`, plus one
 * entry for the end: the edges of node `n` are `order[starts[n]]` up to
 * `order[starts[n + 1]]`. `order` lists edge ids grouped by `key` (the
 * `from` or `to` column), in edge order within a group. A counting sort,
 * linear in nodes plus edges.
 */
export function groupEdges(table: EdgeTable, key: Int32Array): { starts: Int32Array; order: Int32Array } {
  const nodeCount = table.nodes.length;
  const starts = new Int32Array(nodeCount + 1);
  for (let id = 0; id < table.edgeCount; id++) starts[key[id]! + 1] = starts[key[id]! + 1]! + 1;
  for (let node = 0; node < nodeCount; node++) starts[node + 1] = starts[node + 1]! + starts[node]!;
  const next = starts.slice(0, nodeCount);
  const order = new Int32Array(table.edgeCount);
  for (let id = 0; id < table.edgeCount; id++) {
    const node = key[id]!;
    order[next[node]!] = id;
    next[node] = next[node]! + 1;
  }
  return { starts, order };
}
