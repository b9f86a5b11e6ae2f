/** Input and result of `selectImpact`. */
import type { ModuleGraph } from '../graph/index.js';
import type { AffectedTest, ChangedFile, Evidence, GraphEdge, ImpactSettings, RunAllReason, SelectedSuite } from '../model.js';
import type { WorkspacePackageRef } from './package-owners.js';
import type { TestCatalog } from './test-files.js';
import type { DependencyChange, LockfileChange } from './triggers.js';
import type { EntryChange } from './entry-changes.js';

export interface SelectImpactInput {
  /** Graph of the head tree. */
  head: ModuleGraph;
  /** Graph of the base tree, where the importers of deleted files are found. It is needed only when files were deleted. */
  base?: ModuleGraph;
  changes: readonly ChangedFile[];
  settings: ImpactSettings;
  /** Test files and setup files of the head tree, from `discoverTestFiles`. */
  tests: TestCatalog;
  workspaces: readonly WorkspacePackageRef[];
  dependencyChanges: readonly DependencyChange[];
  /** package.json files whose entry fields changed; none when left out. */
  entryChanges?: readonly EntryChange[];
  lockfiles: readonly LockfileChange[];
}

/** Every test of one workspace package, selected by triggers inside that package. */
export interface PackageWidening {
  package: WorkspacePackageRef;
  reasons: RunAllReason[];
}

export interface ImpactSelection {
  /** Head files that import a changed file, directly or through others, sorted. Tests are included and changed files left out. */
  affectedModules: string[];
  /** Tests to run or type-check, sorted by path. Every test is included when `runAll.value` is true. */
  affectedTests: AffectedTest[];
  /** Workspace packages that contain a changed file, an affected module or an affected test, sorted by folder. */
  affectedPackages: WorkspacePackageRef[];
  /** True when a trigger outside every workspace package changed, and `reasons` lists those triggers. */
  runAll: { value: boolean; reasons: RunAllReason[] };
  /** Triggers inside workspace packages, which select every test of their package only. */
  widenedPackages: PackageWidening[];
  suites: SelectedSuite[];
  /** Limits of this selection that the caller should show, such as deleted files without a base graph. */
  notes: string[];
  /** Explains why `path` is or is not selected. */
  explain(path: string): Explanation;
}

export interface Explanation {
  path: string;
  isTest: boolean;
  /** True for an affected test. */
  selected: boolean;
  /** For an affected test: whether it must run or only needs a type check. */
  need?: AffectedTest['need'];
  /** The evidence that selects the test, or the chain through which the change reaches a file that is not a test. */
  evidence?: Evidence;
  /**
   * For a file the change does not reach: the nearest changed file that
   * imports it, and the chain from that file down to it. A change selects the
   * importers of a changed file, not the files it imports.
   */
  changedImporter?: { path: string; edges: GraphEdge[] };
  /** For a file that is not a test: the rules that would make it one. */
  testPatterns?: string[];
  /** The explanation as sentences, each chain edge on its own line. */
  lines: string[];
}
