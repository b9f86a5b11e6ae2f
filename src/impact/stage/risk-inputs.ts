/**
 * The measurements that risk factors need from the graph and the packages:
 * centrality of the changed modules, and which modules are public.
 */
import type { ModuleGraph } from '../graph/index.js';
import type { ChangedFile } from '../model.js';
import type { Resolver } from '../resolve/index.js';
import type { CentralityInput } from '../risk/index.js';
import { PackageOwners } from '../select/package-owners.js';

/** Changed modules whose reach is measured; each costs one walk of the reverse graph. */
const MAX_MEASURED_MODULES = 50;

/**
 * Returns the largest share of the repository's modules that reach one
 * changed module through the reverse graph, and that module. The modules with
 * the most direct importers are measured first, up to `MAX_MEASURED_MODULES`.
 */
export function measureCentrality(graph: ModuleGraph, changes: readonly ChangedFile[]): CentralityInput {
  const candidates = changes
    .map((change) => change.path)
    .filter((path) => graph.importersOf(path).length > 0)
    .sort((a, b) => graph.importersOf(b).length - graph.importersOf(a).length || (a < b ? -1 : 1))
    .slice(0, MAX_MEASURED_MODULES);

  let best: CentralityInput = { share: 0, module: null };
  const total = Math.max(graph.files.length, 1);
  for (const path of candidates) {
    const share = Math.min(countReachingModules(graph, path) / total, 1);
    if (share > best.share) best = { share, module: path };
  }
  return best;
}

function countReachingModules(graph: ModuleGraph, start: string): number {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    for (const edge of graph.importersOf(queue[index]!)) {
      if (seen.has(edge.from)) continue;
      seen.add(edge.from);
      queue.push(edge.from);
    }
  }
  return seen.size - 1;
}

/**
 * Finds the public modules: the files that each workspace package's name
 * resolves to, and the files that another package imports.
 */
export function findPublicModules(graph: ModuleGraph, resolver: Resolver): { entryPoints: Set<string>; importedFromOutside: Set<string> } {
  const entryPoints = new Set<string>();
  for (const workspace of resolver.workspaces) {
    const resolution = resolver.resolve(workspace.manifest, workspace.name);
    if (resolution.kind === 'file') entryPoints.add(resolution.path);
  }

  const owners = new PackageOwners(resolver.workspaces);
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
  return { entryPoints, importedFromOutside };
}
