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
    for (const later of candidates.slice(index + 1)) if (reaching.has(later)) skipped.add(later);
    const share = Math.min(reaching.size / total, 1);
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

/** Returns the modules that reach `start` through their imports, directly or through others, without `start` itself. */
function reachingModules(graph: ModuleGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    for (const edge of graph.importersOf(queue[index]!)) {
      if (seen.has(edge.from)) continue;
      seen.add(edge.from);
      queue.push(edge.from);
    }
  }
  seen.delete(start);
  return seen;
}

/** Finds the files that a file of another workspace package imports, which are public modules like the entry points. */
export function findImportedFromOutside(graph: ModuleGraph, workspaces: readonly WorkspacePackageRef[]): Set<string> {
  const owners = new PackageOwners(workspaces);
  const importedFromOutside = new Set<string>();
  for (const path of graph.files) {
    const owner = owners.ownerOf(path);
    for (const edge of graph.importersOf(path)) {
      if (owners.ownerOf(edge.from) !== owner) {
        importedFromOutside.add(path);
        break;
      }
    }
  }
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
