/**
 * The measurements that risk factors need from the graph and the packages:
 * importers and centrality of the changed modules, and which modules are
 * public. A deleted module is measured in the base graph, because the head
 * graph no longer contains it.
 */
import type { ModuleGraph } from '../graph/index.js';
import type { ChangedFile } from '../model.js';
import type { CentralityInput, ImportersOf } from '../risk/index.js';
import { PackageOwners, type WorkspacePackageRef } from '../select/package-owners.js';

/** Changed modules whose reach is measured; each costs one walk of the reverse graph. */
const MAX_MEASURED_MODULES = 50;

/**
 * Returns the largest share of the repository's modules that reach one
 * changed module through the reverse graph, and that module. The modules with
 * the most direct importers are measured first, up to `MAX_MEASURED_MODULES`.
 * A module that reaches an already measured one is not walked. Every module
 * that reaches it reaches the measured one too, so its share is at most the
 * measured one's, and only a larger share replaces the result.
 */
export function measureCentrality(graph: ModuleGraph, changes: readonly ChangedFile[]): CentralityInput {
  const candidates = changes
    .map((change) => change.path)
    .filter((path) => graph.importersOf(path).length > 0)
    .sort((a, b) => graph.importersOf(b).length - graph.importersOf(a).length || (a < b ? -1 : 1))
    .slice(0, MAX_MEASURED_MODULES);

  let best: CentralityInput = { share: 0, module: null };
  const total = Math.max(graph.files.length, 1);
  const skipped = new Set<string>();
  for (const [index, path] of candidates.entries()) {
    if (skipped.has(path)) continue;
    const reaching = reachingModules(graph, path);
    for (const later of candidates.slice(index + 1)) if (reaching.seen[graph.importerIndex.idOf(later)] === 1) skipped.add(later);
    const share = Math.min(reaching.count / total, 1);
    if (share > best.share) best = { share, module: path };
  }
  return best;
}

/**
 * Returns the importers for the fan-in: those of the head graph, and for a
 * deleted module the base graph's, which its importers had before the
 * change.
 */
export function fanInImporters(head: ModuleGraph, base: ModuleGraph | null, changes: readonly ChangedFile[]): ImportersOf {
  const deleted = new Set(deletedPaths(changes));
  if (base === null || deleted.size === 0) return (path) => head.importersOf(path);
  return (path) => (deleted.has(path) ? [...head.importersOf(path), ...base.importersOf(path)] : head.importersOf(path));
}

/**
 * Measures the centrality of the change: the modules that exist at the head
 * in the head graph, the deleted ones in the base graph, and the larger of
 * the two shares.
 */
export function measureChangeCentrality(head: ModuleGraph, base: ModuleGraph | null, changes: readonly ChangedFile[]): CentralityInput {
  const present = measureCentrality(head, changes);
  if (base === null) return present;
  const deleted = measureCentrality(base, changes.filter((change) => change.status === 'deleted'));
  return deleted.share > present.share ? deleted : present;
}

/**
 * Finds the public modules that still exist at the head and re-export from a
 * module the change deleted: each such module with the specifiers of those
 * re-exports, as written. A specifier that still resolves at the head, to a
 * file the change added in its place, is not lost.
 *
 * NOTE: only direct re-exports count. A public module that re-exports
 * `export *` from a private module, which in turn re-exported the deleted
 * one, loses names that are not counted.
 */
export function findLostReExports(
  head: ModuleGraph,
  base: ModuleGraph,
  changes: readonly ChangedFile[],
  publicModules: { entryPoints: ReadonlySet<string>; importedFromOutside: ReadonlySet<string> },
): Map<string, string[]> {
  const lost = new Map<string, string[]>();
  for (const path of deletedPaths(changes)) {
    for (const edge of base.importersOf(path)) {
      const isPublic = publicModules.entryPoints.has(edge.from) || publicModules.importedFromOutside.has(edge.from);
      if (edge.kind !== 're-export' || !isPublic || !head.has(edge.from)) continue;
      if (head.importsOf(edge.from).some((headEdge) => headEdge.specifier === edge.specifier)) continue;
      const specifiers = lost.get(edge.from) ?? [];
      if (!specifiers.includes(edge.specifier)) specifiers.push(edge.specifier);
      lost.set(edge.from, specifiers);
    }
  }
  return lost;
}

function deletedPaths(changes: readonly ChangedFile[]): string[] {
  return changes.filter((change) => change.status === 'deleted').map((change) => change.path);
}

/**
 * Walks the nodes that reach `start` through the reverse graph, by node id so
 * that it makes no edge object. `seen` marks them and `start`, and `count`
 * leaves `start` out.
 */
function reachingModules(graph: ModuleGraph, start: string): { seen: Uint8Array; count: number } {
  const index = graph.importerIndex;
  const { starts, order, from, nodeCount } = index;
  const seen = new Uint8Array(nodeCount);
  const first = index.idOf(start);
  if (first < 0) return { seen, count: 0 };
  const queue = new Int32Array(nodeCount);
  seen[first] = 1;
  queue[0] = first;
  let count = 1;
  for (let next = 0; next < count; next++) {
    const node = queue[next]!;
    for (let position = starts[node]!; position < starts[node + 1]!; position++) {
      const importer = from[order[position]!]!;
      if (seen[importer] === 1) continue;
      seen[importer] = 1;
      queue[count++] = importer;
    }
  }
  return { seen, count: count - 1 };
}

/**
 * Finds the files that a file of another workspace package imports, which
 * are public modules like the entry points, in the order of `graph.files`.
 * It walks the edge table, so that it makes no edge object.
 */
export function findImportedFromOutside(graph: ModuleGraph, workspaces: readonly WorkspacePackageRef[]): Set<string> {
  const owners = new PackageOwners(workspaces);
  const { table } = graph;
  const ownerOf = new Array<WorkspacePackageRef | undefined | null>(table.nodes.length).fill(null);
  const ownerOfNode = (id: number): WorkspacePackageRef | undefined => {
    let owner = ownerOf[id];
    if (owner === null) ownerOf[id] = owner = owners.ownerOf(table.nodes[id]!);
    return owner;
  };
  const imported = new Uint8Array(table.fileCount);
  for (let edge = 0; edge < table.edgeCount; edge++) {
    const target = table.to[edge]!;
    if (target < table.fileCount && imported[target] === 0 && ownerOfNode(table.from[edge]!) !== ownerOfNode(target)) imported[target] = 1;
  }
  const importedFromOutside = new Set<string>();
  for (let id = 0; id < table.fileCount; id++) if (imported[id] === 1) importedFromOutside.add(table.nodes[id]!);
  return importedFromOutside;
}

/**
 * Returns the public modules of a graph: the entry points, which are the
 * files that each workspace package's name resolves to, and the files that
 * another package imports.
 */
export function findPublicModules(
  graph: ModuleGraph,
  workspaces: readonly WorkspacePackageRef[],
  entryPoints: ReadonlySet<string>,
): { entryPoints: Set<string>; importedFromOutside: Set<string> } {
  return { entryPoints: new Set(entryPoints), importedFromOutside: findImportedFromOutside(graph, workspaces) };
}
