/**
 * Compares the base and head versions of changed package manifests and
 * lockfiles, for the triggers that widen the run.
 */
import { posix } from 'node:path';
import { LOCKFILE_NAMES, ROOT_PACKAGE } from '../change/lockfile-names.js';
import { diffManifestDependencies, diffManifestEntryFields, readDependencyRanges } from '../change/manifest-changes.js';
import type { LockfileWorkspace } from '../change/lockfile-workspace.js';
import { TextSyntaxError } from '../change/parse-problem.js';
import type { ChangedFile, RunAllReason } from '../model.js';
import { folderOf } from '../resolve/repo-path.js';
import type { DependencyChange, EntryChange, LockfileChange, WorkspacePackageRef } from '../select/index.js';

export interface FileVersions {
  /** Text of `path` at the base commit, or null when it does not exist there. */
  base(path: string): string | null;
  /** Text of `path` at the head, or null when it does not exist there. */
  head(path: string): string | null;
}

export interface DependencyFindings {
  dependencyChanges: DependencyChange[];
  /** package.json files whose entry fields changed (`ENTRY_FIELDS`), which redirect imports of their package. */
  entryChanges: EntryChange[];
  lockfiles: LockfileChange[];
  /** One reason per package.json that could not be read, each of which widens the run to every test. */
  runAllReasons: RunAllReason[];
}

/** Trigger of the run-all reason for a package.json that is not valid JSON at the base or the head. */
export const UNREADABLE_MANIFEST_TRIGGER = 'package.json unreadable';

/** Returns the changed files whose base version `compareDependencies` reads. */
export function dependencyFiles(changes: readonly ChangedFile[]): string[] {
  return changes.map((change) => change.path).filter((path) => isManifest(path) || isLockfile(path));
}

/** Compares the changed manifests and lockfiles. The lockfile parsers are loaded only when a lockfile changed. */
export async function compareDependencies(
  changes: readonly ChangedFile[],
  versions: FileVersions,
  workspaces: readonly WorkspacePackageRef[],
): Promise<DependencyFindings> {
  const findings: DependencyFindings = { dependencyChanges: [], entryChanges: [], lockfiles: [], runAllReasons: [] };
  const paths = dependencyFiles(changes);
  const { diffLockfile } = paths.some(isLockfile) ? await import('../change/lockfile-diff.js') : { diffLockfile: undefined };
  for (const path of paths) {
    if (isManifest(path)) compareManifest(path, versions, findings);
    else compareLockfile(diffLockfile!, path, versions, workspaces, findings);
  }
  return findings;
}

function compareManifest(path: string, versions: FileVersions, findings: DependencyFindings): void {
  const diff = diffManifestDependencies(versions.base(path), versions.head(path), path);
  if (!diff.ok) {
    // A manifest that cannot be read may have changed anything, workspaces and
    // overrides included, which reach beyond its own package, so every test runs.
    findings.runAllReasons.push({
      trigger: UNREADABLE_MANIFEST_TRIGGER,
      file: path,
      detail: `${diff.problem.message}. Fix the JSON syntax of ${path}; until then every test runs.`,
    });
    return;
  }
  const fields = [...new Set(diff.changes.map((change) => change.field))];
  if (fields.length > 0) findings.dependencyChanges.push({ manifest: path, fields });
  const entry = diffManifestEntryFields(versions.base(path), versions.head(path));
  if (entry.fields.length > 0) findings.entryChanges.push({ manifest: path, ...entry });
}

function compareLockfile(
  diffLockfile: typeof import('../change/lockfile-diff.js').diffLockfile,
  path: string,
  versions: FileVersions,
  workspaces: readonly WorkspacePackageRef[],
  findings: DependencyFindings,
): void {
  const diff = diffLockfile({ path, base: versions.base(path), head: versions.head(path), workspaces: lockfileWorkspaces(path, versions, workspaces) });
  if (diff.ok) {
    const root = diff.affected.find((workspace) => workspace.name === ROOT_PACKAGE);
    findings.lockfiles.push({
      file: path,
      affectedPackages: diff.affected.map((workspace) => workspace.name),
      ...(root ? { rootDependencies: root.changedDependencies } : {}),
    });
    return;
  }
  findings.lockfiles.push({ file: path, affectedPackages: null, parseError: diff.problem.message });
}

/**
 * Returns the packages to compare in a lockfile: the workspace packages, each
 * with its dependency ranges at the head, plus the root package of the
 * lockfile's folder when it is not one of them. yarn v1 lockfiles record no
 * importers, so the ranges are what lets them tell the packages apart; a
 * package.json that cannot be read gives no ranges, and any change then
 * affects its package.
 */
function lockfileWorkspaces(lockfile: string, versions: FileVersions, workspaces: readonly WorkspacePackageRef[]): LockfileWorkspace[] {
  const folder = folderOf(lockfile);
  const packages: { name: string; folder: string }[] = [...workspaces];
  if (!workspaces.some((workspace) => workspace.folder === folder)) packages.push({ name: ROOT_PACKAGE, folder });
  if (posix.basename(lockfile) !== 'yarn.lock') return packages;
  return packages.map((workspace) => {
    const dependencies = rangesAt(versions, workspace.folder === '' ? 'package.json' : `${workspace.folder}/package.json`);
    return dependencies ? { name: workspace.name, folder: workspace.folder, dependencies } : { name: workspace.name, folder: workspace.folder };
  });
}

function rangesAt(versions: FileVersions, manifest: string): Record<string, string> | undefined {
  const text = versions.head(manifest);
  if (text === null) return undefined;
  try {
    return readDependencyRanges(text);
  } catch (error) {
    if (error instanceof TextSyntaxError) return undefined;
    throw error;
  }
}

/** Checks whether `path` is a package.json of the repository, not one installed under node_modules. */
export function isManifest(path: string): boolean {
  return posix.basename(path) === 'package.json' && !path.split('/').includes('node_modules');
}

function isLockfile(path: string): boolean {
  return Object.hasOwn(LOCKFILE_NAMES, posix.basename(path));
}
