/**
 * Finds the workspace packages whose resolved dependencies a lockfile change
 * affects. A package is affected when any package in its dependency closure,
 * direct or transitive, resolves to another version, integrity or peer set,
 * or when its own dependency set changed.
 *
 * The root package of the lockfile (the importer of the lockfile's own
 * folder) is always compared and reported under the name `''`, whether or
 * not it is a listed workspace package. A yarn v1 lockfile records no
 * importers, so there the root is compared only when `workspaces` lists the
 * lockfile's folder. Its dependencies are the tools that
 * run every package's tests (the test runner, the compiler, shared test
 * helpers that hoisting makes loadable from any package), so a change there,
 * even to a root-only dev tool, can change how any test runs.
 *
 * NOTE: the closure follows the declared dependencies only. Code that loads
 * a package it does not declare, which hoisting makes possible, is not seen.
 */
import { baseName, folderOf, isInside, relativeInside } from '../resolve/repo-path.js';
import { changedClosureNames, emptyLockGraph, type LockGraph } from './lock-graph.js';
import { parseNpmLockfile } from './lockfile-npm.js';
import { parsePnpmLockfile } from './lockfile-pnpm.js';
import type { LockfileWorkspace } from './lockfile-workspace.js';
import { parseYarnClassicLockfile } from './lockfile-yarn-classic.js';
import { isYarnBerryLockfile, parseYarnBerryLockfile } from './lockfile-yarn-berry.js';
import { LOCKFILE_NAMES, ROOT_PACKAGE } from './lockfile-names.js';
import { TextSyntaxError, toParseProblem, type ParseProblem, type Side } from './parse-problem.js';

export type { LockfileWorkspace } from './lockfile-workspace.js';

export { LOCKFILE_NAMES, ROOT_PACKAGE } from './lockfile-names.js';

type PackageManager = (typeof LOCKFILE_NAMES)[keyof typeof LOCKFILE_NAMES];


export interface AffectedWorkspace {
  name: string;
  folder: string;
  /** Names of the dependencies, direct or transitive, whose resolution changed, sorted. */
  changedDependencies: string[];
}

export type LockfileDiff = { ok: true; affected: AffectedWorkspace[] } | { ok: false; problem: ParseProblem };

export interface LockfileDiffRequest {
  /** Repository path of the lockfile; its name picks the format. */
  path: string;
  /** Text at the base commit, or null when the file does not exist there. */
  base: string | null;
  /** Text at the head commit, or null when the file does not exist there. */
  head: string | null;
  workspaces: readonly LockfileWorkspace[];
}

/**
 * Compares the two versions of one lockfile. A text that cannot be parsed
 * gives a problem with the file, side and position, for the caller to run
 * every test. A workspace package outside the lockfile's folder is never
 * affected. Affected packages keep the order of `workspaces`.
 */
export function diffLockfile(request: LockfileDiffRequest): LockfileDiff {
  const fileName = baseName(request.path);
  const manager: PackageManager | undefined = Object.hasOwn(LOCKFILE_NAMES, fileName)
    ? LOCKFILE_NAMES[fileName as keyof typeof LOCKFILE_NAMES]
    : undefined;
  if (manager === undefined) {
    const names = Object.keys(LOCKFILE_NAMES).join(', ');
    return { ok: false, problem: { file: request.path, side: 'head', message: `${request.path} is not a lockfile that TestMaster reads; it reads ${names}` } };
  }

  const lockfileFolder = folderOf(request.path);
  const inside = request.workspaces
    .filter((workspace) => isInside(workspace.folder, lockfileFolder))
    .map((workspace) => ({ workspace, folder: relativeInside(workspace.folder, lockfileFolder) }));
  const relativeWorkspaces = inside.map(({ workspace, folder }) => ({ ...workspace, folder }));

  const base = readSide(manager, request, 'base', relativeWorkspaces);
  if (!base.ok) return base;
  const head = readSide(manager, request, 'head', relativeWorkspaces);
  if (!head.ok) return head;

  const affected: AffectedWorkspace[] = [];
  const rootChanges = changedClosureNames(base.graph, head.graph, '');
  if (rootChanges.length > 0) affected.push({ name: ROOT_PACKAGE, folder: lockfileFolder, changedDependencies: rootChanges });
  for (const { workspace, folder } of inside) {
    if (folder === '') continue;
    const changedDependencies = changedClosureNames(base.graph, head.graph, folder);
    if (changedDependencies.length > 0) affected.push({ name: workspace.name, folder: workspace.folder, changedDependencies });
  }
  return { ok: true, affected };
}

function readSide(
  manager: PackageManager,
  request: LockfileDiffRequest,
  side: Side,
  workspaces: readonly LockfileWorkspace[],
): { ok: true; graph: LockGraph } | { ok: false; problem: ParseProblem } {
  const text = request[side];
  if (text === null) return { ok: true, graph: emptyLockGraph() };
  try {
    return { ok: true, graph: parseLockfile(manager, text, workspaces) };
  } catch (error) {
    if (error instanceof TextSyntaxError) return { ok: false, problem: toParseProblem(error, request.path, side) };
    throw error;
  }
}

function parseLockfile(manager: PackageManager, text: string, workspaces: readonly LockfileWorkspace[]): LockGraph {
  switch (manager) {
    case 'npm':
      return parseNpmLockfile(text);
    case 'pnpm':
      return parsePnpmLockfile(text);
    case 'yarn':
      return isYarnBerryLockfile(text) ? parseYarnBerryLockfile(text) : parseYarnClassicLockfile(text, workspaces);
  }
}
