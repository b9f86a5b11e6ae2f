/**
 * The resolved dependency graph of a lockfile, in a form that every lockfile
 * format maps to, and the comparison of one workspace package's closure
 * between two graphs.
 *
 * Nodes are compared by `id`, never by key. A key is where the format keeps
 * the entry (an install path for npm, a descriptor for yarn), and it can move
 * while the resolution stays the same, as when npm hoists a package.
 */

export interface LockNode {
  /**
   * Resolution of the entry: name, version and integrity (or the source,
   * when there is no integrity). Equal ids mean equal resolutions. A folder in
   * the repository (a workspace package or a `file:` link) has the id
   * `folder:<path>`, because its content is not in the lockfile.
   */
  id: string;
  /** Each dependency name with the key of the node it resolves to, or null when the lockfile has none. */
  dependencies: Map<string, string | null>;
}

export interface LockGraph {
  nodes: Map<string, LockNode>;
  /** Key of each importer node, by folder relative to the lockfile's folder (`''` for that folder itself). */
  importers: Map<string, string>;
}

/** Id and key of the node for a repository folder, shared by every format. */
export function folderNodeId(folder: string): string {
  return `folder:${folder}`;
}

/** Id of an edge whose target the lockfile does not contain (an optional or peer dependency that was not installed). */
const UNRESOLVED = 'unresolved';

/** The part of a graph that one importer reaches. */
export interface Closure {
  /** Each edge as `<from id> NUL <dependency name> NUL <to id>`, mapped to its source id and dependency name. */
  edges: Map<string, { from: string; name: string }>;
  /** Ids of the nodes whose dependencies the edges list, the importer's included. */
  nodeIds: Set<string>;
}

/**
 * Collects the edges reachable from the importer of `folder`. An edge into a
 * workspace package continues into that package's dependencies, because
 * loading the package loads them too. Empty when the graph has no importer
 * for `folder`.
 */
export function closureOf(graph: LockGraph, folder: string): Closure {
  const closure: Closure = { edges: new Map(), nodeIds: new Set() };
  const start = graph.importers.get(folder);
  if (start === undefined) return closure;

  const visited = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = graph.nodes.get(queue.pop()!);
    if (!node) continue;
    closure.nodeIds.add(node.id);
    for (const [name, targetKey] of node.dependencies) {
      const target = targetKey === null ? undefined : graph.nodes.get(targetKey);
      closure.edges.set(`${node.id}\0${name}\0${target?.id ?? UNRESOLVED}`, { from: node.id, name });
      if (targetKey !== null && target && !visited.has(targetKey)) {
        visited.add(targetKey);
        queue.push(targetKey);
      }
    }
  }
  return closure;
}

/**
 * Names of the dependencies whose resolution differs in the closure of
 * `folder` between the two graphs, sorted, or an empty list when the closure
 * is the same. An added or removed dependency counts, as does a dependency
 * that resolves to another version, integrity or peer set anywhere in the
 * closure.
 *
 * A changed package also changes the id on every edge that leaves it, so
 * those edges would name its unchanged dependencies. Only edges from nodes
 * that exist on both sides name a dependency, unless no edge does, as for a
 * workspace package that is new.
 */
export function changedClosureNames(base: LockGraph, head: LockGraph, folder: string): string[] {
  const before = closureOf(base, folder);
  const after = closureOf(head, folder);
  const differing = [
    ...[...before.edges].filter(([edge]) => !after.edges.has(edge)),
    ...[...after.edges].filter(([edge]) => !before.edges.has(edge)),
  ].map(([, source]) => source);
  if (differing.length === 0) return [];

  const fromKeptNodes = differing.filter((source) => before.nodeIds.has(source.from) && after.nodeIds.has(source.from));
  const naming = fromKeptNodes.length > 0 ? fromKeptNodes : differing;
  return [...new Set(naming.map((source) => source.name))].sort();
}

/** Creates a graph with no nodes, for a side where the lockfile does not exist. */
export function emptyLockGraph(): LockGraph {
  return { nodes: new Map(), importers: new Map() };
}
