/**
 * The impact stage: detect the change, build the module graphs, select the
 * tests and suites, assess the risk and render the report section. Git and
 * the disk are read here, and each step below is one call into a part that
 * takes and returns plain data.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { ResolvedImpactConfig } from '../../config/types.js';
import { fileHistory, type FileHistory } from '../../git/history.js';
import { isSparseCheckout } from '../../git/git.js';
import type { IndexListing } from '../../git/index-listing.js';
import { readBlobs } from '../../git/tree-view.js';
import type { StageReport } from '../../report/document.js';
import type { Logger } from '../../run/logger.js';
import { detectChange, type ChangeRequest } from '../change/detect-change.js';
import type { ResolvedGraphEntry } from '../graph/graph-cache-format.js';
import type { GraphWarnings, ModuleGraphBuild, ScanCache } from '../graph/index.js';
import { quoteName } from '../display-text.js';
import type { ChangeScope, RunAllReason } from '../model.js';
import { impactStageReport } from '../report/stage-report.js';
import { UNKNOWN_CHANGE_TRIGGER, type ImpactResult } from '../report/result.js';
import type { RepositoryView, Resolver } from '../resolve/index.js';
import { assessRisk, DEFAULT_HISTORY_WINDOW, type ModuleVersions, type PublicModules } from '../risk/index.js';
import type { Explanation } from '../select/index.js';
import { selectImpact } from '../select/select-impact.js';
import { compareDependencies, dependencyFiles, isManifest } from './dependency-changes.js';
import { equivalenceCandidates, equivalenceNotes, markWithVerdicts, type VerdictSources } from './equivalent-changes.js';
import { explanationBlocks } from './explanation-blocks.js';
import { matchExplainPath } from './explain-paths.js';
import { fanInImporters, findLostReExports, findPublicModules, measureChangeCentrality } from './risk-inputs.js';
import { findEntryPoints, loadHeadGraph } from './head-graph.js';
import { withRemovedExports } from './removed-exports.js';
import { explainWidening, widenSelection } from './run-all-widening.js';
import type { ScanCacheStore } from './scan-cache-store.js';
import { readTreeSnapshot } from './tree-snapshot.js';
import { changedDuringRun, readWorkingTree, withHiddenChanges } from './working-tree.js';

export interface ImpactStageRequest {
  root: string;
  settings: ResolvedImpactConfig;
  change: ChangeRequest;
  /**
   * Source of the head files: the working tree (a checkout of the head, or a
   * local run with uncommitted changes) or the head commit's tree.
   */
  headSource: 'working-tree' | 'commit';
  /** The scan cache, or null to scan every file. */
  cacheStore: ScanCacheStore | null;
  /** Patch coverage from the coverage stage, when it ran first. */
  coverage: { covered: number; total: number } | null;
  /** Files to explain, from `--explain`. */
  explain?: readonly string[];
  log: Logger;
}

export interface ImpactStageOutcome {
  report: StageReport;
  explanations: Explanation[];
}

const SCRIPT_PATH = /\.([cm]?[jt]sx?|vue|svelte)$/;

export async function runImpactStage(request: ImpactStageRequest): Promise<ImpactStageOutcome> {
  const { root, settings, log } = request;
  let index: IndexListing | undefined;
  const found = await detectChange(root, request.change, {
    ignoredPaths: cacheFilesInside(root, request.cacheStore),
    onWorkingTreeIndex: (listing) => {
      index = listing;
    },
  });
  for (const note of found.notes) log.info(note);
  const notes = [...found.notes];
  const scans = scanCacheLoader(request.cacheStore, notes);

  // A snapshot reads only the files named up front: the changed manifests and lockfiles, and the modified scripts that the equivalence check may compare.
  const comparable = settings.equivalentChangesRun ? [] : equivalenceCandidates(found.files, () => false);
  const workingTree = request.headSource === 'working-tree' ? await readWorkingTree(root, found, index) : null;
  const head = workingTree ?? (await readTreeSnapshot(root, found.headSha, await scans.load(), [...dependencyFiles(found.files), ...comparable]));
  const detected = workingTree ? withHiddenChanges(found, workingTree.hiddenChanges, notes) : found;
  const headGraph = await loadHeadGraph({
    view: head.view,
    blobHashes: head.blobHashes,
    settings,
    headSource: request.headSource,
    store: request.cacheStore,
    loadScans: scans.load,
    explain: (request.explain ?? []).length > 0,
    log,
  });
  notes.push(...headGraph.notes);
  const workspaces = headGraph.workspaces;

  const base = await buildBaseGraph(root, detected, scans.load);
  const baseBuild = base?.build ?? null;
  const tests = headGraph.tests;
  const compared = comparable.filter((path) => !tests.files.has(path));
  // One git process reads every base version that later steps may need: the risk compares the exports of the changed scripts that are public modules.
  const baseRead = new Set([...dependencyFiles(detected.files), ...compared, ...changedScriptsAtBase(detected)]);
  const baseBlobs = new Map<string, string>();
  const baseTexts = detected.baseSha ? await readBlobs(root, detected.baseSha, [...baseRead], baseBlobs) : new Map<string, Buffer>();
  const memoSizes = headGraph.verdicts.size + headGraph.removedExports.size;
  const scope =
    compared.length === 0
      ? detected
      : {
          ...detected,
          files: await markWithVerdicts(detected.files, compared, equivalenceSources({ texts: baseTexts, blobs: baseBlobs }, head, headGraph.resolver), headGraph.verdicts, {
            lexerWarm: (headGraph.scans?.scanned ?? 0) > 0,
          }),
        };
  notes.push(...equivalenceNotes(scope.files));
  const dependencies = await compareDependencies(
    scope.files,
    { base: (path) => baseTexts.get(path)?.toString('utf8') ?? null, head: (path) => head.view.readText(path) ?? null },
    workspaces,
  );

  const selection = selectImpact({
    head: headGraph.graph,
    ...(baseBuild ? { base: baseBuild.graph } : {}),
    changes: scope.files,
    settings,
    tests,
    workspaces,
    dependencyChanges: dependencies.dependencyChanges,
    entryChanges: dependencies.entryChanges,
    lockfiles: dependencies.lockfiles,
  });
  notes.push(...selection.notes);
  // Only a run without test files reads git's config, so the usual run starts no process for it.
  const sparse = tests.files.size === 0 && workingTree !== null && (await isSparseCheckout(root));
  const stageReasons = [...unknownChangeReasons(scope), ...noTestFileReasons(scope, tests.files.size, sparse), ...submoduleReasons(scope), ...dependencies.runAllReasons];
  const { affectedTests, affectedPackages, runAllReasons, suites } = widenSelection(stageReasons, selection, tests, settings, workspaces);

  // A change to comments or white space alone cannot break what runs, so it adds nothing to the risk.
  const riskScope = { ...scope, files: scope.files.filter((change) => change.runtimeEquivalent !== 'comments') };
  const history = await readHistory(root, riskScope, head.view, notes);
  const publicModules = { entryPoints: new Set(headGraph.entryPoints), importedFromOutside: new Set(headGraph.importedFromOutside) };
  if (base) {
    // A deleted module is public when it was public at the base.
    const basePublic = findPublicModules(base.build.graph, base.build.workspaces, findEntryPoints(base.resolver));
    for (const path of basePublic.entryPoints) publicModules.entryPoints.add(path);
    for (const path of basePublic.importedFromOutside) publicModules.importedFromOutside.add(path);
  }
  const baseGraph = base?.build.graph ?? null;
  const lostReExports = baseGraph ? findLostReExports(headGraph.graph, baseGraph, riskScope.files, publicModules) : new Map<string, string[]>();
  const risk = assessRisk(
    {
      files: riskScope.files,
      packageFolders: workspaces.map((workspace) => workspace.folder),
      importersOf: fanInImporters(headGraph.graph, baseGraph, riskScope.files),
      centrality: measureChangeCentrality(headGraph.graph, baseGraph, riskScope.files),
      history,
      coverage: request.coverage,
      modules: await withRemovedExports(
        await readModuleVersions(root, riskScope, head.view, publicModules, lostReExports, { paths: baseRead, texts: baseTexts, blobs: baseBlobs }),
        publicModules,
        headGraph.removedExports,
        { base: baseBlobs, head: head.blobHashes },
      ),
      publicModules,
      runAllReasons,
      commentOnlyFiles: scope.files.length - riskScope.files.length,
    },
    settings,
  );

  const entryChanged = headGraph.entryChanged || headGraph.verdicts.size + headGraph.removedExports.size !== memoSizes;
  const saves = request.cacheStore !== null && (headGraph.scans !== null || baseBuild !== null || entryChanged);
  // A file saved while this run read it would be stored under the SHA of its earlier text, and reused once the text is back.
  const raced = saves && request.headSource === 'working-tree' && (await changedDuringRun(root, detected, head.blobHashes));
  if (raced) {
    notes.push('Files changed while impact analysis ran, so its caches were not saved; the next run builds them again.');
  } else {
    await saveCaches(request.cacheStore, { head: headGraph.scans, base: baseBuild, loaded: scans.loaded() }, entryChanged ? headGraph.entry : null, notes);
  }
  const result: ImpactResult = {
    changedFiles: scope.files,
    affectedTests,
    affectedModules: selection.affectedModules,
    affectedPackages,
    runAllReasons,
    suites,
    risk,
    notes,
    warnings: [...headGraph.warnings.messages, ...moreWarnings(headGraph.warnings)],
    graph: headGraph.graph,
  };
  const knownPaths = [...head.view.files, ...scope.files.map((change) => change.path)];
  const explanations = (request.explain ?? []).map((path) => explainWidening(selection.explain(matchExplainPath(path, knownPaths)), stageReasons));
  const report = impactStageReport(result);
  report.blocks.push(...explanationBlocks(explanations));
  if (explanations.length > 0) {
    // `--json` carries the same sentences as the text report, one entry per file.
    report.json = { ...(report.json as object), explanations: explanations.map(({ path, isTest, selected, lines }) => ({ path, isTest, selected, lines })) };
  }
  return { report, explanations };
}

/** Returns where the comparison reads both versions of a modified script and their blob SHAs, and how it loads the tsconfig options, which need the resolver. */
function equivalenceSources(
  base: { texts: ReadonlyMap<string, Buffer>; blobs: ReadonlyMap<string, string> },
  head: { view: RepositoryView; blobHashes: ReadonlyMap<string, string> },
  resolver: () => Promise<Resolver>,
): VerdictSources {
  return {
    baseText: (path) => base.texts.get(path)?.toString('utf8'),
    headText: (path) => head.view.readText(path),
    baseBlob: (path) => base.blobs.get(path),
    headBlob: (path) => head.blobHashes.get(path),
    loadEmitOptions: async () => {
      const loaded = await resolver();
      return (path) => loaded.emitOptionsOf?.(path);
    },
  };
}

/** Returns the repository paths of the cache files, which the change leaves out. It is empty without cache files inside the repository. */
function cacheFilesInside(root: string, store: ScanCacheStore | null): string[] {
  const paths: string[] = [];
  for (const file of store?.files ?? []) {
    const path = relative(root, file);
    if (path === '' || path.startsWith('..') || isAbsolute(path)) continue;
    paths.push(path.split(sep).join('/'));
  }
  return paths;
}

/** Loads the scan cache on first use, once, and adds its note to `notes` then. */
function scanCacheLoader(store: ScanCacheStore | null, notes: string[]): { load: () => Promise<ScanCache>; loaded: () => ScanCache | null } {
  let loading: Promise<ScanCache> | undefined;
  let loaded: ScanCache | null = null;
  const load = (): Promise<ScanCache> =>
    (loading ??= (async () => {
      const stored = store ? await store.load() : { cache: new Map() as ScanCache };
      if (stored.note) notes.push(stored.note);
      loaded = stored.cache;
      return stored.cache;
    })());
  return { load, loaded: () => loaded };
}

/**
 * Builds the graph of the base tree, which finds the importers of deleted
 * files, and of files whose package.json changed (an import that no longer
 * resolves at the head); null when neither changed.
 */
async function buildBaseGraph(root: string, scope: ChangeScope, loadScans: () => Promise<ScanCache>): Promise<{ build: ModuleGraphBuild; resolver: Resolver } | null> {
  if (!scope.baseSha || !scope.files.some((change) => change.status === 'deleted' || isManifest(change.path))) return null;
  const cache = await loadScans();
  const base = await readTreeSnapshot(root, scope.baseSha, cache);
  const [{ openResolver }, { buildModuleGraph }] = await Promise.all([import('../resolve/index.js'), import('../graph/build-graph.js')]);
  const resolver = await openResolver(base.view);
  return { build: buildModuleGraph({ view: base.view, resolver, blobHashes: base.blobHashes, cache }), resolver };
}

/** Returns the run-all reason of a change that could not be determined (history missing after deepening), which heads the run-all reasons. */
function unknownChangeReasons(scope: ChangeScope): RunAllReason[] {
  return scope.fullRunReason ? [{ trigger: UNKNOWN_CHANGE_TRIGGER, file: '', detail: scope.fullRunReason }] : [];
}

/**
 * Returns a run-all reason when a change meets a repository without any test
 * file that the selection can see. Such a repository tests with another
 * runner (`go test`, pytest) or names its tests in a way that the vitest and
 * jest configs do not show, and "no test is affected" would tell its
 * workflow to skip every test.
 */
function noTestFileReasons(scope: ChangeScope, testFileCount: number, sparseCheckout: boolean): RunAllReason[] {
  if (testFileCount > 0 || scope.files.length === 0) return [];
  const detail = sparseCheckout
    ? 'no test file was found in the sparse checkout: the working tree leaves out tracked files, and tests outside it cannot be read. Add their folders with git sparse-checkout add, or pass --head HEAD to read the commit'
    : 'no test file was found: test files come from the vitest and jest configs and from impact.tests.include in .github/testmaster.yml, so tests of other runners are not traced';
  return [{ trigger: NO_TEST_FILES_TRIGGER, file: '', detail }];
}

const NO_TEST_FILES_TRIGGER = 'no test files';

/**
 * Returns a run-all reason per changed submodule. The graph does not read
 * the files inside a submodule, so a test that imports one of them cannot be
 * traced to the submodule's new commit.
 */
function submoduleReasons(scope: ChangeScope): RunAllReason[] {
  return scope.files
    .filter((change) => change.submodule === true)
    .map((change) => ({
      trigger: 'submodule',
      file: change.path,
      detail: `the submodule ${quoteName(change.path)} changed, and the files inside a submodule are not part of the graph, so a test that imports them cannot be traced`,
    }));
}

/**
 * Reads churn and authors of the changed files that exist at the head; failures become a note, not an error.
 * NOTE: `fileHistory` passes paths as string arguments, so a path that is not UTF-8 reaches git
 * with U+FFFD in place of its bytes and counts no commits.
 */
async function readHistory(root: string, scope: ChangeScope, view: RepositoryView, notes: string[]): Promise<FileHistory | null> {
  const paths = scope.files.filter((change) => change.status !== 'deleted').map((change) => change.path);
  if (paths.length === 0 || view.files.length === 0) return null;
  try {
    const history = await fileHistory(root, paths, { since: DEFAULT_HISTORY_WINDOW, until: scope.headSha, ...(scope.shallow === undefined ? {} : { shallow: scope.shallow }) });
    if (history.shallow) notes.push('The clone is shallow, so churn and authors count only the commits it contains.');
    return history;
  } catch (error) {
    notes.push(`Churn and authors were not measured: ${(error as Error).message}`);
    return null;
  }
}

/** Returns the changed scripts that exist at the base: modified and deleted ones. */
function changedScriptsAtBase(scope: ChangeScope): string[] {
  return scope.files.filter((change) => change.status !== 'added' && SCRIPT_PATH.test(change.path)).map((change) => change.path);
}

/**
 * Base and head text of the changed public script modules, for the
 * deleted-exports factor, plus the public modules that re-export a deleted
 * module (`lostReExports`, with the lost specifiers), changed or not.
 * Base versions go through git only when `alreadyRead` lacks their path.
 */
async function readModuleVersions(
  root: string,
  scope: ChangeScope,
  view: RepositoryView,
  publicModules: PublicModules,
  lostReExports: ReadonlyMap<string, string[]>,
  alreadyRead: { paths: ReadonlySet<string>; texts: ReadonlyMap<string, Buffer>; blobs: Map<string, string> },
): Promise<ModuleVersions[]> {
  if (!scope.baseSha) return [];
  const changed = changedScriptsAtBase(scope).filter((path) => publicModules.entryPoints.has(path) || publicModules.importedFromOutside.has(path));
  const paths = [...new Set([...changed, ...lostReExports.keys()])];
  if (paths.length === 0) return [];
  const unread = paths.filter((path) => !alreadyRead.paths.has(path));
  // The blob SHAs of the versions read here join `alreadyRead.blobs`, which keys the removed exports.
  const base = unread.length === 0 ? alreadyRead.texts : new Map([...alreadyRead.texts, ...(await readBlobs(root, scope.baseSha, unread, alreadyRead.blobs))]);
  const head = await headTextsOf(root, scope, view, paths);
  return paths.map((path) => ({
    path,
    baseText: base.get(path)?.toString('utf8') ?? null,
    headText: head.get(path) ?? null,
    ...(lostReExports.has(path) ? { lostModules: lostReExports.get(path)! } : {}),
  }));
}

/**
 * Returns the head text of each path that exists at the head. A commit's
 * snapshot holds no text for a script whose scan was cached, so those are
 * read from the head commit; reading them as absent would count every
 * export of an unchanged module as deleted.
 */
async function headTextsOf(root: string, scope: ChangeScope, view: RepositoryView, paths: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const present = new Set(view.files);
  const missing: string[] = [];
  for (const path of paths) {
    const text = view.readText(path);
    if (text !== undefined) texts.set(path, text);
    else if (present.has(path)) missing.push(path);
  }
  if (missing.length > 0) for (const [path, blob] of await readBlobs(root, scope.headSha, missing)) texts.set(path, blob.toString('utf8'));
  return texts;
}

/**
 * Stores the scan cache when a build scanned files, and the resolved graph
 * when `graph` is given. A head graph from the resolved-graph cache scanned
 * nothing, and its scans stay in the stored file.
 */
async function saveCaches(
  store: ScanCacheStore | null,
  builds: { head: { cache: ScanCache; scanned: number } | null; base: ModuleGraphBuild | null; loaded: ScanCache | null },
  graph: ResolvedGraphEntry | null,
  notes: string[],
): Promise<void> {
  if (!store) return;
  const { head, base, loaded } = builds;
  const cache = new Map(head ? head.cache : (loaded ?? []));
  if (base) for (const [key, scan] of base.cache) cache.set(key, scan);
  // Every entry of a build that scanned nothing came from the loaded cache, so
  // with the same count the two are equal, and writing the file again only costs time.
  const scanned = (head?.scanned ?? 0) + (base?.scanned ?? 0);
  const scansChanged = head ? !(scanned === 0 && cache.size === (loaded?.size ?? 0)) : scanned > 0;
  if (!scansChanged && !graph) return;
  const note = await store.save(scansChanged ? cache : null, graph ?? undefined);
  if (note) notes.push(note);
}

function moreWarnings(warnings: GraphWarnings): string[] {
  const hidden = warnings.total - warnings.messages.length;
  return hidden > 0 ? [`${hidden} more warnings are not listed.`] : [];
}
