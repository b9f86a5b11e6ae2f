/**
 * Widening of the selection to every test for the reasons that the stage
 * finds itself, before or beside the selection: a change that could not be
 * determined, or a package.json that could not be read. Either way the stage
 * cannot tell what changed, so it runs everything.
 */
import { endSentence } from '../../config/issues.js';
import { displayText } from '../display-text.js';
import type { AffectedTest, ImpactSettings, RunAllReason, SelectedSuite } from '../model.js';
import type { Explanation, ImpactSelection, TestCatalog } from '../select/index.js';
import { PackageOwners, type WorkspacePackageRef } from '../select/package-owners.js';
import { selectSuites } from '../select/suites.js';

/** The parts of the selection that a reason of the stage widens to everything. */
export interface WidenedSelection {
  affectedTests: AffectedTest[];
  affectedPackages: string[];
  runAllReasons: RunAllReason[];
  suites: SelectedSuite[];
}

/**
 * Returns the selection as it is without `stageReasons`. With them, every
 * test runs with the first reason as its evidence, the reasons head the
 * run-all reasons, and every suite and the packages of every test are
 * selected, as a run-all trigger selects them.
 */
export function widenSelection(
  stageReasons: readonly RunAllReason[],
  selection: ImpactSelection,
  tests: TestCatalog,
  settings: ImpactSettings,
  workspaces: readonly WorkspacePackageRef[],
): WidenedSelection {
  const first = stageReasons[0];
  if (first === undefined) {
    return {
      affectedTests: selection.affectedTests,
      affectedPackages: selection.affectedPackages.map((workspace) => workspace.name),
      runAllReasons: selection.runAll.reasons,
      suites: selection.suites,
    };
  }
  const runAllReasons = [...stageReasons, ...selection.runAll.reasons];
  const paths = [...tests.files].sort();
  const affectedTests = paths.map(
    (path): AffectedTest => ({ path, need: 'run', evidence: { kind: 'trigger', trigger: first.trigger, file: first.file, detail: first.detail } }),
  );
  return { affectedTests, affectedPackages: packagesOf(paths, workspaces), runAllReasons, suites: selectSuites(settings.suites, [], runAllReasons) };
}

/**
 * Returns the explanation of a test file that a reason of the stage selects.
 * The selection has no record of these reasons, so the test is marked
 * selected here, with the reason first and the graph's explanation after it.
 * Other explanations stay as they are.
 */
export function explainWidening(explanation: Explanation, stageReasons: readonly RunAllReason[]): Explanation {
  const first = stageReasons[0];
  if (first === undefined || !explanation.isTest || explanation.selected) return explanation;
  // The detail names the file, so the sentence does not repeat it.
  const reason = endSentence(`${displayText(explanation.path)} is a test file, and every test runs because of ${first.trigger}: ${first.detail}`);
  return {
    ...explanation,
    selected: true,
    need: 'run',
    evidence: { kind: 'trigger', trigger: first.trigger, file: first.file, detail: first.detail },
    lines: [reason, ...explanation.lines],
  };
}

/** Names of the workspace packages that contain `paths`, sorted by folder as the selection sorts them. */
function packagesOf(paths: readonly string[], workspaces: readonly WorkspacePackageRef[]): string[] {
  const owners = new PackageOwners(workspaces);
  const byFolder = new Map<string, string>();
  for (const path of paths) {
    const owner = owners.ownerOf(path);
    if (owner) byFolder.set(owner.folder, owner.name);
  }
  return [...byFolder.keys()].sort().map((folder) => byFolder.get(folder)!);
}
