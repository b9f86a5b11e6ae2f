/**
 * Builds the module graph of one repository tree: scan every script file,
 * resolve each reference, and index the edges between repository files.
 */
import { createResolver, type RepositoryView, type Resolver } from '../resolve/index.js';
import { CappedWarnings, type GraphWarnings } from './capped-warnings.js';
import { withJsxRuntime } from './jsx-runtime-reference.js';
import { createModuleGraph, type ModuleGraph } from './module-graph.js';
import { addReferenceEdges, type EdgeSink, type UnresolvedReference } from './reference-edges.js';
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
}

/**
 * Builds the graph of `input.view`. Edges cross workspace package
 * boundaries at file level, because the resolver maps a package import to
 * the package's source file.
 */
export function buildModuleGraph(input: BuildModuleGraphInput): ModuleGraphBuild {
  const resolver = input.resolver ?? createResolver(input.view);
  const run = scanRepositoryFiles(input.view, input.blobHashes, input.cache);

  const sink: EdgeSink = { edges: [], unresolved: [] };
  for (const scan of run.scans) addReferenceEdges(resolver, scan.path, withJsxRuntime(resolver, scan.path, scan.references), sink);

  const warnings = new CappedWarnings();
  for (const warning of resolver.warnings) warnings.add(warning);
  for (const scan of run.scans) for (const error of scan.errors) warnings.add(error);
  for (const path of run.unreadable) {
    warnings.add(`${path}: tracked but unreadable in the work tree, so its imports are missing from the graph. Check out the file.`);
  }
  for (const entry of sink.unresolved) warnings.add(describeUnresolved(entry));

  return {
    graph: createModuleGraph(input.view.files, sink.edges),
    workspaces: resolver.workspaces,
    warnings: warnings.summary(),
    cache: run.cache,
    scanned: run.scanned,
    reused: run.reused,
  };
}

function describeUnresolved({ importer, reference, reason }: UnresolvedReference): string {
  return `${importer}:${reference.line}: unresolved ${reference.kind} "${reference.specifier}": ${reason}`;
}
