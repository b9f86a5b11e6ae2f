/**
 * The head graph, with the test discovery and the workspace entry points.
 * It comes from the resolved-graph cache when the head files are the ones
 * the entry was built from. It is updated in place when the only changed
 * files are ones that neither the resolver nor the test discovery read.
 * Otherwise it is built in full.
 *
 * Why a cached graph is exact. The graph build, the test discovery and the
 * entry points are functions of (a) the list of head paths, (b) the text of
 * each path that the resolver or the discovery read through the view, (c)
 * the answers of the view's disk probes (`realPath`, `hasFolderOnDisk`), (d)
 * the text of each scanned script, which the scanner reads, and (e) the
 * code and the settings. The entry stores (a), the blob SHA of every head
 * file, which covers (b) and (d), and (e): the cache version and the
 * settings. A hit requires all of them to equal the run's, compared
 * exactly, and the recorded probes are asked again, which covers (c). So a
 * hit gives what a full build gives.
 *
 * Why an update is exact. When the paths and settings are the same, the
 * probes give the same answers, and no changed file was read by the
 * resolver or the discovery, then (a), (b), (c) and (e) are unchanged, so the resolver
 * answers every question as the one of the stored build did. A file's
 * record depends only on its own text and on those answers, so only the
 * records of changed files can differ, and they are rebuilt. Two cases
 * break the argument and build in full: resolver warnings that appear while
 * resolving (their order depends on which file read a config first), and a
 * resolver whose up-front warnings differ from the stored ones.
 */
import type { ResolvedImpactConfig } from '../../config/types.js';
import type { Logger } from '../../run/logger.js';
import { EdgeTableBuilder, type EdgeTable } from '../graph/edge-table.js';
import { assembleFromTable, hasNotes, resolveFileRecord, unreadableRecord, type FileNote, type FileRecord } from '../graph/file-records.js';
import type { EquivalenceVerdict, ResolvedGraphEntry } from '../graph/graph-cache-format.js';
import type { GraphWarnings, ModuleGraph, ScanCache } from '../graph/index.js';
import { scanFlavorOf } from '../graph/scan-cache.js';
import type { RepositoryView, Resolver } from '../resolve/index.js';
import { emptyViewReads, probesStillHold, recordingView, type ViewReads } from '../resolve/recording-view.js';
import type { RemovedExports } from '../risk/deleted-exports.js';
import { countOf } from '../risk/detail-text.js';
import { findImportedFromOutside } from './risk-inputs.js';
import type { TestCatalog, TestDiscovery } from '../select/index.js';
import type { ScanCacheStore } from './scan-cache-store.js';

export interface HeadGraphRequest {
  view: RepositoryView;
  blobHashes: ReadonlyMap<string, string>;
  settings: ResolvedImpactConfig;
  headSource: 'working-tree' | 'commit';
  store: ScanCacheStore | null;
  /** Loads the scan cache once; called only when files must be scanned. */
  loadScans: () => Promise<ScanCache>;
  /** Whether `--explain` needs the test rules of the catalog. */
  explain: boolean;
  log: Logger;
}

export interface HeadGraph {
  graph: ModuleGraph;
  workspaces: Resolver['workspaces'];
  warnings: GraphWarnings;
  tests: TestCatalog;
  /** Files that the workspace package names resolve to. */
  entryPoints: ReadonlySet<string>;
  /** Files that a file of another workspace package imports. */
  importedFromOutside: ReadonlySet<string>;
  /** The resolver of the head view, created on first call. */
  resolver: () => Promise<Resolver>;
  /** Verdicts of the equivalence check, by `verdictKey`; the stage adds new ones. */
  verdicts: Map<string, EquivalenceVerdict>;
  /** Exports that changed public modules lost, by `removedExportsKey`; the stage adds new ones. */
  removedExports: Map<string, RemovedExports>;
  /** The scan cache entries of a full build, to store; null when the graph came from the resolved-graph cache. */
  scans: { cache: ScanCache; scanned: number } | null;
  /** The entry to store, or null when the head cannot be cached (a file without a blob SHA). */
  entry: ResolvedGraphEntry | null;
  /** Whether `entry` differs from the stored one. */
  entryChanged: boolean;
  notes: string[];
}

/** The head files with their blob SHAs, in view order, and the settings that shape the graph. */
interface HeadFiles {
  paths: readonly string[];
  blobs: string[];
  /** Whether every blob SHA has the same length, as in any one repository (40 hex digits for SHA-1, 64 for SHA-256). */
  sameWidth: boolean;
  settings: string;
}

/**
 * Returns the head graph. The resolver, the scanner and the test discovery
 * are imported only when the stored entry cannot serve, so that a run that
 * reuses it loads none of them (nor the YAML reader that the resolver needs
 * for `pnpm-workspace.yaml`).
 */
export async function loadHeadGraph(request: HeadGraphRequest): Promise<HeadGraph> {
  // Without a store nothing is loaded or saved, so the head files are not collected.
  const head = request.store ? headFiles(request) : null;
  const stored = head !== null && request.store ? await request.store.loadGraph() : {};
  const notes = stored.note ? [stored.note] : [];
  const entry = stored.entry;

  if (head !== null && entry) {
    if (holdsSameFiles(entry, head) && probesStillHold(request.view, entry.reads)) {
      request.log.info(`Impact: reused the resolved graph of ${countOf(head.paths.length, 'file', 'files')}.`);
      return fromEntry(request, entry, false, notes);
    }
    const updated = await updateEntry(request, entry, head);
    if (updated) {
      request.log.info(`Impact: reused the resolved graph and resolved ${countOf(updated.changed, 'changed file', 'changed files')} again.`);
      return fromEntry(request, updated.entry, true, notes, updated.resolver);
    }
  }
  return { ...(await buildInFull(request, head)), notes };
}

/** Every view file with its blob SHA, and the settings, or null when a file has no SHA, because then no entry could describe its content. */
function headFiles(request: HeadGraphRequest): HeadFiles | null {
  const blobs: string[] = [];
  let sameWidth = true;
  for (const path of request.view.files) {
    const blob = request.blobHashes.get(path);
    if (blob === undefined) return null;
    sameWidth &&= blob.length === (blobs[0] ?? blob).length;
    blobs.push(blob);
  }
  const { include, exclude } = request.settings.tests;
  // The settings that change the graph or the test discovery, as canonical JSON.
  const settings = JSON.stringify({ headSource: request.headSource, include, exclude });
  return { paths: request.view.files, blobs, sameWidth, settings };
}

/**
 * Checks whether the entry was built from the head's files and settings.
 * The parser already rejected an entry of another cache version. Comparing
 * the lists took about 1.5 ms of CPU time on the 10,024 files of
 * bench/impact-speed's synthetic repository, where hashing them into a
 * SHA-256 key took about 9 ms. The blob SHAs are compared joined, which
 * splits no stored string: with as many SHAs of one width on each side,
 * equal joined texts mean equal SHAs.
 */
function holdsSameFiles(entry: ResolvedGraphEntry, head: HeadFiles): boolean {
  if (entry.settings !== head.settings || !sameList(entry.paths, head.paths)) return false;
  return head.sameWidth ? entry.joinedBlobs() === head.blobs.join('') : sameList(entry.blobs(), head.blobs);
}

async function fromEntry(request: HeadGraphRequest, entry: ResolvedGraphEntry, changed: boolean, notes: string[], resolver?: Resolver): Promise<HeadGraph> {
  const { graph, warnings } = assembleFromTable(request.view.files, entry.edges, entry.notes, entry.resolverWarnings);
  let created: Promise<Resolver> | undefined = resolver ? Promise.resolve(resolver) : undefined;
  return {
    graph,
    workspaces: entry.workspaces,
    warnings,
    tests: await cachedCatalog(request, entry),
    entryPoints: new Set(entry.entryPoints),
    importedFromOutside: new Set(entry.importedFromOutside),
    resolver: () => (created ??= import('../resolve/index.js').then(({ openResolver }) => openResolver(request.view))),
    verdicts: entry.verdicts,
    removedExports: entry.removedExports,
    scans: null,
    entry,
    entryChanged: changed,
    notes,
  };
}

/**
 * The stored test files and setup files. The descriptions of the rules,
 * which only `--explain` needs, come from a discovery over the same view,
 * loaded only then.
 */
async function cachedCatalog(request: HeadGraphRequest, entry: ResolvedGraphEntry): Promise<TestCatalog> {
  const discover = request.explain ? (await import('../select/test-files.js')).discoverTestFiles : undefined;
  let patternsFor: TestCatalog['patternsFor'] | undefined;
  return {
    files: new Set(entry.testFiles),
    setupFiles: entry.setupFiles,
    patternsFor: (path) => {
      if (!discover) throw new Error('The test rules were not loaded: the head graph was requested without explain.');
      patternsFor ??= discover({ view: request.view, settings: request.settings.tests }).patternsFor;
      return patternsFor(path);
    },
  };
}

/**
 * Rebuilds the records of the changed files of `entry`, when the argument
 * in the file header holds; returns undefined when it does not.
 */
async function updateEntry(
  request: HeadGraphRequest,
  entry: ResolvedGraphEntry,
  head: HeadFiles,
): Promise<{ entry: ResolvedGraphEntry; resolver: Resolver; changed: number } | undefined> {
  if (entry.settings !== head.settings || entry.lateWarnings || entry.paths.length !== head.paths.length) return undefined;
  const storedBlobs = entry.blobs();
  const changed: string[] = [];
  for (let index = 0; index < head.paths.length; index++) {
    const path = head.paths[index]!;
    if (path !== entry.paths[index]) return undefined;
    if (head.blobs[index] === storedBlobs[index]) continue;
    if (entry.reads.texts.has(path)) return undefined;
    changed.push(path);
  }
  if (!probesStillHold(request.view, entry.reads)) return undefined;

  const reads = copyReads(entry.reads);
  const { openResolver } = await import('../resolve/index.js');
  const resolver = await openResolver(recordingView(request.view, reads));
  if (!sameList(resolver.warnings, entry.resolverWarnings)) return undefined;

  const scripts = changed.filter((path) => scanFlavorOf(path) !== undefined);
  const { scanRepositoryFiles } = await import('../graph/scan-files.js');
  // A commit's snapshot holds no text for a script whose scan is cached, so the scan comes from the cache by blob SHA, as in a full build.
  const scans = scripts.length > 0 ? await request.loadScans() : undefined;
  const run = scanRepositoryFiles({ files: scripts, readText: (path) => request.view.readText(path) }, request.blobHashes, scans);
  const rebuilt = new Map<string, FileRecord>();
  for (const scan of run.scans) rebuilt.set(scan.path, resolveFileRecord(resolver, scan));
  for (const path of run.unreadable) rebuilt.set(path, unreadableRecord(path));
  if (resolver.warnings.length !== entry.resolverWarnings.length) return undefined;

  const { edges, notes } = replaceRecords(entry, new Set(changed), rebuilt);
  // Changed edges can change which files other packages import, so that set is measured again.
  const { graph } = assembleFromTable(head.paths, edges, notes, entry.resolverWarnings);
  const importedFromOutside = [...findImportedFromOutside(graph, entry.workspaces)];
  return {
    entry: { ...entry, paths: [...head.paths], blobs: () => head.blobs, joinedBlobs: () => head.blobs.join(''), reads, edges, notes, importedFromOutside },
    resolver,
    changed: changed.length,
  };
}

async function buildInFull(request: HeadGraphRequest, head: HeadFiles | null): Promise<Omit<HeadGraph, 'notes'>> {
  const cache = await request.loadScans();
  const [{ openResolver }, { buildModuleGraph }, { discoverTestFiles }] = await Promise.all([
    import('../resolve/index.js'),
    import('../graph/build-graph.js'),
    import('../select/test-files.js'),
  ]);
  const reads = emptyViewReads();
  const recorded = recordingView(request.view, reads);
  const resolver = await openResolver(recorded);
  const upFrontWarnings = resolver.warnings.length;
  // The scanner reads the raw view: script texts are covered by their blob SHAs, and recording them would rule out every update.
  // Without a store the scan cache is empty and never saved, so the build records no entries, which would stay in memory until the run ends.
  const blobHashes = request.store ? request.blobHashes : undefined;
  const build = buildModuleGraph({ view: request.view, resolver, ...(blobHashes ? { blobHashes } : {}), cache });
  request.log.info(`Impact: scanned ${countOf(build.scanned, 'file', 'files')}, reused ${countOf(build.reused, 'cached scan', 'cached scans')}.`);
  const tests: TestDiscovery = discoverTestFiles({ view: recorded, settings: request.settings.tests });
  const entryPoints = findEntryPoints(resolver);
  const importedFromOutside = findImportedFromOutside(build.graph, build.workspaces);

  const entry: ResolvedGraphEntry | null =
    head === null
      ? null
      : {
          settings: head.settings,
          paths: [...head.paths],
          blobs: () => head.blobs,
          joinedBlobs: () => head.blobs.join(''),
          reads,
          resolverWarnings: [...build.resolverWarnings],
          lateWarnings: build.resolverWarnings.length > upFrontWarnings,
          workspaces: resolver.workspaces.map(({ name, folder, manifest }) => ({ name, folder, manifest })),
          edges: build.graph.table,
          notes: build.records.filter(hasNotes),
          testFiles: [...tests.files],
          setupFiles: tests.setupFiles.map(({ path, option, config }) => ({ path, option, config })),
          entryPoints: [...entryPoints],
          importedFromOutside: [...importedFromOutside],
          verdicts: new Map(),
          removedExports: new Map(),
        };
  return {
    graph: build.graph,
    workspaces: build.workspaces,
    warnings: build.warnings,
    tests,
    entryPoints,
    importedFromOutside,
    resolver: () => Promise.resolve(resolver),
    verdicts: entry?.verdicts ?? new Map(),
    removedExports: entry?.removedExports ?? new Map(),
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

/**
 * Replaces the edges and notes of the `changed` files of `entry` with those
 * of their new records (none for a file without a record). The paths are
 * the entry's, so the other files' edges are copied as integers.
 */
function replaceRecords(entry: ResolvedGraphEntry, changed: ReadonlySet<string>, records: ReadonlyMap<string, FileRecord>): { edges: EdgeTable; notes: FileNote[] } {
  const table = entry.edges;
  const builder = new EdgeTableBuilder(entry.paths, table);
  const storedNotes = new Map(entry.notes.map((note) => [note.path, note]));
  const notes: FileNote[] = [];
  let edge = 0;
  for (let file = 0; file < entry.paths.length; file++) {
    const start = edge;
    while (edge < table.edgeCount && table.from[edge] === file) edge++;
    const path = entry.paths[file]!;
    if (!changed.has(path)) {
      builder.copy(start, edge);
      const note = storedNotes.get(path);
      if (note) notes.push(note);
      continue;
    }
    const record = records.get(path);
    if (!record) continue;
    for (const added of record.edges) builder.add(added);
    if (hasNotes(record)) notes.push({ path, errors: record.errors, unresolved: record.unresolved, unreadable: record.unreadable });
  }
  return { edges: builder.finish(), notes };
}

function copyReads(reads: ViewReads): ViewReads {
  return { texts: new Set(reads.texts), realPaths: new Map(reads.realPaths), folders: new Map(reads.folders) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
