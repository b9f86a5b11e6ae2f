/**
 * Builds the module graph of one repository tree: scan every script file,
 * resolve each reference, and index the edges between repository files.
 */
import { createResolver, type RepositoryView, type Resolver } from '../resolve/index.js';
import type { GraphWarnings } from './capped-warnings.js';
import { assembleGraph, resolveFileRecord, unreadableRecord, type FileRecord } from './file-records.js';
import type { ModuleGraph } from './module-graph.js';
import type { ScanCache } from './scan-cache.js';
import { scanRepositoryFiles } from './scan-files.js';

export interface BuildModuleGraphInput {
  view: RepositoryView;
  /** A resolver over the same view. One is created when absent. */
  resolver?: Resolver;
  /** Git blob SHA of each file's content, from `git ls-files -s` or `git ls-tree -r`. Files without one are always scanned. */
  blobHashes?: ReadonlyMap<string, string>;
  /** Scans of earlier builds, from `parseScanCache`. */
  cache?: ScanCache;
}

export interface ModuleGraphBuild {
  graph: ModuleGraph;
  /** Workspace packages that the resolver found. */
  workspaces: Resolver['workspaces'];
  /** Config problems from the resolver, scan errors, unreadable files and unresolved references, in that order. */
  warnings: GraphWarnings;
  /** The cache entries of this build's files, to store for the next build. */
  cache: ScanCache;
  /** Files read and scanned by this build. */
  scanned: number;
  /** Files whose scan came from the cache. */
  reused: number;
  /** The output per scanned or unreadable file, in file order, for the resolved-graph cache. */
  records: FileRecord[];
  /** The resolver's warnings, which `warnings` lists first. */
  resolverWarnings: readonly string[];
}

/**
 * Builds the graph of `input.view`. Edges cross workspace package
 * boundaries at file level, because the resolver maps a package import to
 * the package's source file.
 */
export function buildModuleGraph(input: BuildModuleGraphInput): ModuleGraphBuild {
  const resolver = input.resolver ?? createResolver(input.view);
  const run = scanRepositoryFiles(input.view, input.blobHashes, input.cache);

  const byPath = new Map<string, FileRecord>();
  for (const scan of run.scans) byPath.set(scan.path, resolveFileRecord(resolver, scan));
  for (const path of run.unreadable) byPath.set(path, unreadableRecord(path));
  const records = input.view.files.flatMap((path) => byPath.get(path) ?? []);

  // Resolutions above may read more package.json files, whose problems join the resolver's warnings, so they are copied only now.
  const resolverWarnings = [...resolver.warnings];
  const { graph, warnings } = assembleGraph(input.view.files, records, resolverWarnings);
  return {
    graph,
    workspaces: resolver.workspaces,
    warnings,
    cache: run.cache,
    scanned: run.scanned,
    reused: run.reused,
    records,
    resolverWarnings,
  };
}
