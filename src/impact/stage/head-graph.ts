/**
 * The head graph, with the test discovery and the workspace entry points,
 * taken from the resolved-graph cache when the head files are the ones it
 * was built from, updated in place when only files that neither the
 * resolver nor the test discovery read changed, and built in full otherwise.
 *
 * Why a cached graph is exact. The graph build, the test discovery and the
 * entry points are functions of (a) the list of head paths, (b) the text of
 * each path that the resolver or the discovery read through the view, (c)
 * the answers of the view's disk probes (`realPath`, `hasFolderOnDisk`), (d)
 * the text of each scanned script, which the scanner reads, and (e) the
 * code and the settings. The entry's key hashes (a), the blob SHA of every
 * head file, which covers (b) and (d), and (e). The recorded probes are
 * asked again, which covers (c). So a hit gives what a full build gives.
 *
 * Why an update is exact. When the paths are the same, the probes give the
 * same answers, and no changed file was read by the resolver or the
 * discovery, then (a), (b), (c) and (e) are unchanged, so the resolver
 * answers every question as the one of the stored build did. A file's
 * record depends only on its own text and on those answers, so only the
 * records of changed files can differ, and they are rebuilt. Two cases
 * break the argument and build in full: resolver warnings that appear while
 * resolving (their order depends on which file read a config first), and a
 * resolver whose up-front warnings differ from the stored ones.
 */
import type { ResolvedImpactConfig } from '../../config/types.js';
import type { Logger } from '../../run/logger.js';
import { assembleGraph, resolveFileRecord, unreadableRecord, type FileRecord } from '../graph/file-records.js';
import type { EquivalenceVerdict, ResolvedGraphEntry } from '../graph/graph-cache-format.js';
import { resolvedGraphKey } from '../graph/graph-cache-key.js';
import type { GraphWarnings, ModuleGraph, ScanCache } from '../graph/index.js';
import { scanFlavorOf } from '../graph/scan-cache.js';
import { createResolver, type RepositoryView, type Resolver } from '../resolve/index.js';
import { emptyViewReads, probesStillHold, recordingView, type ViewReads } from '../resolve/recording-view.js';
import { countOf } from '../risk/detail-text.js';
import { discoverTestFiles, type TestCatalog, type TestDiscovery } from '../select/index.js';
import type { ScanCacheStore } from './scan-cache-store.js';

export interface HeadGraphRequest {
  view: RepositoryView;
  blobHashes: ReadonlyMap<string, string>;
  settings: ResolvedImpactConfig;
  headSource: 'working-tree' | 'commit';
  store: ScanCacheStore | null;
  /** Loads the scan cache once; called only when files must be scanned. */
  loadScans: () => Promise<ScanCache>;
  log: Logger;
}

export interface HeadGraph {
  graph: ModuleGraph;
  workspaces: Resolver['workspaces'];
  warnings: GraphWarnings;
  tests: TestCatalog;
  /** Files that the workspace package names resolve to. */
  entryPoints: ReadonlySet<string>;
  /** The resolver of the head view, created on first call. */
  resolver: () => Resolver;
  /** Verdicts of the equivalence check, by `verdictKey`; the stage adds new ones. */
  verdicts: Map<string, EquivalenceVerdict>;
  /** The scan cache entries of a full build, to store; null when the graph came from the resolved-graph cache. */
  scans: { cache: ScanCache; scanned: number } | null;
  /** The entry to store, or null when the head cannot be cached (a file without a blob SHA). */
  entry: ResolvedGraphEntry | null;
  /** Whether `entry` differs from the stored one. */
  entryChanged: boolean;
  notes: string[];
}

export async function loadHeadGraph(request: HeadGraphRequest): Promise<HeadGraph> {
  const files = fileList(request.view, request.blobHashes);
  const key = files === null ? null : resolvedGraphKey(files, graphSettings(request));
  const stored = key !== null && request.store ? await request.store.loadGraph() : {};
  const notes = stored.note ? [stored.note] : [];
  const entry = stored.entry;

  if (key !== null && files !== null && entry) {
    if (entry.key === key && probesStillHold(request.view, entry.reads)) {
      request.log.info(`Impact: reused the resolved graph of ${countOf(files.length, 'file', 'files')}.`);
      return fromEntry(request, entry, false, notes);
    }
    const updated = await updateEntry(request, entry, key, files);
    if (updated) {
      request.log.info(`Impact: reused the resolved graph and resolved ${countOf(updated.changed, 'changed file', 'changed files')} again.`);
      return fromEntry(request, updated.entry, true, notes, updated.resolver);
    }
  }
  return { ...(await buildInFull(request, key, files)), notes };
}

/** Settings that change the graph or the test discovery, as canonical JSON. */
function graphSettings(request: HeadGraphRequest): string {
  const { include, exclude } = request.settings.tests;
  return JSON.stringify({ headSource: request.headSource, include, exclude });
}

/** Every view file with its blob SHA, or null when one has none, because then the key could not cover its content. */
function fileList(view: RepositoryView, blobHashes: ReadonlyMap<string, string>): [string, string][] | null {
  const files: [string, string][] = [];
  for (const path of view.files) {
    const blob = blobHashes.get(path);
    if (blob === undefined) return null;
    files.push([path, blob]);
  }
  return files;
}

function fromEntry(request: HeadGraphRequest, entry: ResolvedGraphEntry, changed: boolean, notes: string[], resolver?: Resolver): HeadGraph {
  const { graph, warnings } = assembleGraph(request.view.files, entry.records, entry.resolverWarnings);
  let lazyResolver = resolver;
  return {
    graph,
    workspaces: entry.workspaces,
    warnings,
    tests: cachedCatalog(request, entry),
    entryPoints: new Set(entry.entryPoints),
    resolver: () => (lazyResolver ??= createResolver(request.view)),
    verdicts: entry.verdicts,
    scans: null,
    entry,
    entryChanged: changed,
    notes,
  };
}

/**
 * The stored test files and setup files. The descriptions of the rules,
 * which only `--explain` needs, come from a discovery over the same view,
 * run on first use.
 */
function cachedCatalog(request: HeadGraphRequest, entry: ResolvedGraphEntry): TestCatalog {
  let patternsFor: TestCatalog['patternsFor'] | undefined;
  return {
    files: new Set(entry.testFiles),
    setupFiles: entry.setupFiles,
    patternsFor: (path) => {
      if (!patternsFor) patternsFor = discoverTests(request).patternsFor;
      return patternsFor(path);
    },
  };
}

function discoverTests(request: HeadGraphRequest, view: RepositoryView = request.view): TestDiscovery {
  return discoverTestFiles({ view, settings: request.settings.tests });
}

/**
 * Rebuilds the records of the changed files of `entry`, when the argument
 * in the file header holds; returns undefined when it does not.
 */
async function updateEntry(
  request: HeadGraphRequest,
  entry: ResolvedGraphEntry,
  key: string,
  files: [string, string][],
): Promise<{ entry: ResolvedGraphEntry; resolver: Resolver; changed: number } | undefined> {
  if (entry.lateWarnings || entry.files.length !== files.length) return undefined;
  const changed: string[] = [];
  for (let index = 0; index < files.length; index++) {
    const [path, blob] = files[index]!;
    const [storedPath, storedBlob] = entry.files[index]!;
    if (path !== storedPath) return undefined;
    if (blob === storedBlob) continue;
    if (entry.reads.texts.has(path)) return undefined;
    changed.push(path);
  }
  if (!probesStillHold(request.view, entry.reads)) return undefined;

  const reads = copyReads(entry.reads);
  const resolver = createResolver(recordingView(request.view, reads));
  if (!sameList(resolver.warnings, entry.resolverWarnings)) return undefined;

  const scripts = changed.filter((path) => scanFlavorOf(path) !== undefined);
  const { scanRepositoryFiles } = await import('../graph/scan-files.js');
  const run = scanRepositoryFiles({ files: scripts, readText: (path) => request.view.readText(path) }, undefined, undefined);
  const replaced = new Map<string, FileRecord>();
  for (const scan of run.scans) replaced.set(scan.path, resolveFileRecord(resolver, scan));
  for (const path of run.unreadable) replaced.set(path, unreadableRecord(path));
  if (resolver.warnings.length !== entry.resolverWarnings.length) return undefined;

  return {
    entry: {
      ...entry,
      key,
      files,
      reads,
      records: entry.records.map((record) => replaced.get(record.path) ?? record),
    },
    resolver,
    changed: changed.length,
  };
}

async function buildInFull(request: HeadGraphRequest, key: string | null, files: [string, string][] | null): Promise<Omit<HeadGraph, 'notes'>> {
  const cache = await request.loadScans();
  const reads = emptyViewReads();
  const recorded = recordingView(request.view, reads);
  const resolver = createResolver(recorded);
  const upFrontWarnings = resolver.warnings.length;
  const { buildModuleGraph } = await import('../graph/build-graph.js');
  // The scanner reads the raw view: script texts are covered by their blob SHAs, and recording them would rule out every update.
  const build = buildModuleGraph({ view: request.view, resolver, blobHashes: request.blobHashes, cache });
  request.log.info(`Impact: scanned ${countOf(build.scanned, 'file', 'files')}, reused ${countOf(build.reused, 'cached scan', 'cached scans')}.`);
  const tests = discoverTests(request, recorded);
  const entryPoints = findEntryPoints(resolver);

  const entry: ResolvedGraphEntry | null =
    key === null || files === null
      ? null
      : {
          key,
          files,
          reads,
          resolverWarnings: [...build.resolverWarnings],
          lateWarnings: build.resolverWarnings.length > upFrontWarnings,
          workspaces: resolver.workspaces.map(({ name, folder, manifest }) => ({ name, folder, manifest })),
          records: build.records,
          testFiles: [...tests.files],
          setupFiles: tests.setupFiles.map(({ path, option, config }) => ({ path, option, config })),
          entryPoints: [...entryPoints],
          verdicts: new Map(),
        };
  return {
    graph: build.graph,
    workspaces: build.workspaces,
    warnings: build.warnings,
    tests,
    entryPoints,
    resolver: () => resolver,
    verdicts: entry?.verdicts ?? new Map(),
    scans: { cache: build.cache, scanned: build.scanned },
    entry,
    entryChanged: entry !== null,
  };
}

/** Returns the files that the workspace package names resolve to, which are public modules. */
export function findEntryPoints(resolver: Resolver): Set<string> {
  const entryPoints = new Set<string>();
  for (const workspace of resolver.workspaces) {
    const resolution = resolver.resolve(workspace.manifest, workspace.name);
    if (resolution.kind === 'file') entryPoints.add(resolution.path);
  }
  return entryPoints;
}

function copyReads(reads: ViewReads): ViewReads {
  return { texts: new Set(reads.texts), realPaths: new Map(reads.realPaths), folders: new Map(reads.folders) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
