/**
 * Selects the tests, packages and suites that a change affects: a reverse
 * breadth-first search from the changed files over the import graph, widened
 * by triggers such as runner configs and lockfiles.
 */
import type { ModuleGraph } from '../graph/index.js';
import type { AffectedTest, ChangedFile, RunAllReason } from '../model.js';
import { explainPath } from './explain.js';
import { PackageOwners, type WorkspacePackageRef } from './package-owners.js';
import { importersAcrossTrees, searchImporters, type Reach } from './reverse-search.js';
import type { ImpactSelection, PackageWidening, SelectImpactInput } from './selection-types.js';
import { selectSuites, type SuiteCandidate } from './suites.js';
import { findReachedTriggers, findTriggers, type TriggerHit } from './triggers.js';
import { searchEntryChanges, type EntryReach } from './entry-changes.js';

/**
 * Selects the affected tests of `input.changes`. Each test gets the first
 * evidence that applies, in this order:
 *
 * 1. the test file itself changed;
 * 2. it imports a changed file through edges that all run;
 * 3. a trigger widened the run to it;
 * 4. it reaches a changed file only through a type-only edge, or reaches
 *    only changed files whose change cannot alter what runs
 *    (`ChangedFile.runtimeEquivalent`). It then needs a type check, or a
 *    run when `settings.typeOnlyEdgesRun` is set and an edge is type-only.
 */
export function selectImpact(input: SelectImpactInput): ImpactSelection {
  const changes = new Map(input.changes.map((change) => [change.path, change]));
  const deleted = new Set(input.changes.filter((change) => change.status === 'deleted').map((change) => change.path));
  const importers = importersAcrossTrees(input.head, input.base, deleted);

  const reach = searchImporters(changes.keys(), importers, true);
  const runtimeChanges = input.changes.filter((change) => change.runtimeEquivalent === undefined).map((change) => change.path);
  // At run time only the edges that load code are followed, unless type-only edges are configured to run.
  const followTypeOnly = input.settings.typeOnlyEdgesRun;
  const runtimeReach = followTypeOnly && runtimeChanges.length === changes.size ? reach : searchImporters(runtimeChanges, importers, followTypeOnly);

  const owners = new PackageOwners(input.workspaces);
  const hits = findTriggers({
    changes: input.changes,
    userTriggers: input.settings.triggers,
    setupFiles: input.tests.setupFiles,
    dependencyChanges: input.dependencyChanges,
    lockfiles: input.lockfiles,
    owners,
  });
  hits.push(
    ...findReachedTriggers({
      setupFiles: input.tests.setupFiles,
      files: input.head.files,
      chainTo: (path) => (runtimeReach.hasChain(path) ? runtimeReach.chainFrom(path) : undefined),
      owners,
    }),
  );
  const runAllReasons = hits.filter((hit) => hit.scope.kind === 'everything').map((hit) => hit.reason);
  const widenedPackages = widenings(hits);

  const entryReaches = searchEntryChanges({ changes: input.entryChanges ?? [], head: input.head, ...(input.base ? { base: input.base } : {}), owners, followTypeOnly });
  const affectedTests = chooseAffectedTests(input, { changes, reach, runtimeReach, entryReaches, runAllReasons, widenedPackages, owners });
  const affectedModules = reachedModules(reach, input.head, changes);
  const testsByPath = new Map(affectedTests.map((test) => [test.path, test]));

  const candidates = suiteCandidates(input.changes, affectedTests.filter((test) => !changes.has(test.path)), affectedModules.filter((path) => !testsByPath.has(path)));

  return {
    affectedModules,
    affectedTests,
    affectedPackages: packagesOf(candidates.paths, owners, new Set(input.workspaces.map((workspace) => workspace.folder)).size),
    runAll: { value: runAllReasons.length > 0, reasons: runAllReasons },
    widenedPackages,
    suites: selectSuites(input.settings.suites, input.settings.suites.length > 0 ? candidates.withRoles() : [], runAllReasons),
    notes: selectionNotes(input, deleted),
    explain: (path) =>
      explainPath({ head: input.head, tests: input.tests, changes, affectedTests: testsByPath, reach, importers }, path),
  };
}

interface TestChoiceContext {
  changes: ReadonlyMap<string, ChangedFile>;
  reach: Reach;
  runtimeReach: Reach;
  entryReaches: readonly EntryReach[];
  runAllReasons: readonly RunAllReason[];
  widenedPackages: readonly PackageWidening[];
  owners: PackageOwners;
}

/** Lists the changed files, affected tests and affected modules, in that order: their paths, and on request their roles for the suites. */
function suiteCandidates(
  changes: readonly ChangedFile[],
  tests: readonly AffectedTest[],
  modules: readonly string[],
): { paths: string[]; withRoles: () => SuiteCandidate[] } {
  return {
    paths: [...changes.map((change) => change.path), ...tests.map((test) => test.path), ...modules],
    withRoles: () => [
      ...changes.map((change): SuiteCandidate => ({ path: change.path, role: 'changed' })),
      ...tests.map((test): SuiteCandidate => ({ path: test.path, role: 'affected test' })),
      ...modules.map((path): SuiteCandidate => ({ path, role: 'affected module' })),
    ],
  };
}

/**
 * Returns the head files that the search reached, without the changed ones,
 * sorted. When the head's files are sorted already, as `git ls-files` lists
 * them, the order of their ids is the sorted order, and no path is compared.
 */
function reachedModules(reach: Reach, head: ModuleGraph, changes: ReadonlyMap<string, ChangedFile>): string[] {
  const files = head.files;
  if (!isSorted(files)) return reach.paths().filter((path) => !changes.has(path) && head.has(path)).sort();
  // The head graph's file ids are the indexes of `files`, and the search keeps them.
  const modules: string[] = [];
  for (const id of reach.nodesBelow(files.length)) modules.push(files[id]!);
  return changes.size === 0 ? modules : modules.filter((path) => !changes.has(path));
}

function isSorted(paths: readonly string[]): boolean {
  for (let index = 1; index < paths.length; index++) if (!(paths[index - 1]! < paths[index]!)) return false;
  return true;
}

/** Goes through every test file once and keeps those with evidence, sorted by path. */
function chooseAffectedTests(input: SelectImpactInput, context: TestChoiceContext): AffectedTest[] {
  const widenedBy = new Map(context.widenedPackages.map((widening) => [widening.package.folder, widening.reasons[0]!]));
  const triggerFor = (path: string): RunAllReason | undefined => {
    if (context.runAllReasons[0]) return context.runAllReasons[0];
    return widenedBy.size > 0 ? widenedBy.get(context.owners.ownerOf(path)?.folder ?? '') : undefined;
  };

  const affected: AffectedTest[] = [];
  for (const path of input.tests.files) {
    const test = evidenceFor(path, context, triggerFor);
    if (test) affected.push(test);
  }
  return affected.sort((left, right) => comparePaths(left.path, right.path));
}

function evidenceFor(
  path: string,
  context: TestChoiceContext,
  triggerFor: (path: string) => RunAllReason | undefined,
): AffectedTest | undefined {
  const change = context.changes.get(path);
  if (change && change.status !== 'deleted') {
    return { path, need: 'run', evidence: { kind: 'changed', detail: `was ${change.status} in this change` } };
  }
  if (context.runtimeReach.has(path)) {
    return { path, need: 'run', evidence: { kind: 'chain', edges: context.runtimeReach.chainFrom(path) } };
  }
  const entry = context.entryReaches.find((candidate) => candidate.reach.has(path));
  if (entry) return { path, need: 'run', evidence: { kind: 'trigger', ...entry.reason } };
  const trigger = triggerFor(path);
  if (trigger) return { path, need: 'run', evidence: { kind: 'trigger', ...trigger } };
  if (context.reach.has(path)) {
    const edges = context.reach.chainFrom(path);
    const target = edges.length > 0 ? context.changes.get(edges[edges.length - 1]!.to) : undefined;
    const equivalence = target?.runtimeEquivalent;
    return { path, need: 'type-check', evidence: { kind: 'chain', edges, ...(equivalence ? { runtimeEquivalent: equivalence } : {}) } };
  }
  return undefined;
}

/** Groups the package-scoped triggers by package, in the order of their first trigger. */
function widenings(hits: readonly TriggerHit[]): PackageWidening[] {
  const byFolder = new Map<string, PackageWidening>();
  for (const hit of hits) {
    if (hit.scope.kind !== 'package') continue;
    const workspace = hit.scope.package;
    const widening = byFolder.get(workspace.folder);
    if (widening) widening.reasons.push(hit.reason);
    else byFolder.set(workspace.folder, { package: workspace, reasons: [hit.reason] });
  }
  return [...byFolder.values()];
}

/** Returns the packages that contain `paths`, sorted by folder. It stops early once it found all `packageCount` packages. */
function packagesOf(paths: readonly string[], owners: PackageOwners, packageCount: number): WorkspacePackageRef[] {
  const byFolder = new Map<string, WorkspacePackageRef>();
  for (const path of paths) {
    if (byFolder.size === packageCount) break;
    const owner = owners.ownerOf(path);
    if (owner) byFolder.set(owner.folder, owner);
  }
  return [...byFolder.values()].sort((left, right) => comparePaths(left.folder, right.folder));
}

function selectionNotes(input: SelectImpactInput, deleted: ReadonlySet<string>): string[] {
  if (deleted.size === 0 || input.base !== undefined) return [];
  const files = deleted.size === 1 ? 'the deleted file' : `the ${deleted.size} deleted files`;
  return [
    `No base graph was given for ${files}, so tests that imported ${deleted.size === 1 ? 'it' : 'them'} are selected only when they changed too. Build the graph of the base tree to find them.`,
  ];
}

/** Orders paths by UTF-16 code units, as `Array.prototype.sort` does without a comparator, independent of the locale. */
function comparePaths(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
