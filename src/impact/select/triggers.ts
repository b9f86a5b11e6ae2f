/**
 * Changes that no import chain describes but that can change how any test
 * runs: runner and compiler configs, setup files, dependencies and
 * environment files, plus the user's own trigger globs, which add to these.
 * A trigger widens the run to every test of the workspace package that
 * contains it, or to every test when no package contains it.
 */
import picomatch from 'picomatch';
import { quoteName } from '../display-text.js';
import type { ChangedFile, GraphEdge, RunAllReason } from '../model.js';
import { baseName } from '../resolve/repo-path.js';
import type { PackageOwners, WorkspacePackageRef } from './package-owners.js';
import type { SetupFile } from './test-rules.js';

/** vitest, vite and jest configs, including named variants such as `vitest.config.e2e.ts` and `vitest.e2e.config.ts`. */
const TEST_RUNNER_CONFIG = /^(?:vitest|vite|jest)(?:\.[\w-]+)?\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)$/;
const VITEST_WORKSPACE = /^vitest\.workspace\.(?:[cm]?[jt]s|json)$/;
/** tsconfig.json, tsconfig.build.json, tsconfig-base.json, and jsconfig.json, which TypeScript reads the same way. */
const TYPESCRIPT_CONFIG = /^[tj]sconfig(?:[.-][\w.-]+)?\.json$/;
const ENV_FILE = /^\.env(?:\..+)?$/;

export type TriggerScope = { kind: 'everything' } | { kind: 'package'; package: WorkspacePackageRef };

export interface TriggerHit {
  reason: RunAllReason;
  scope: TriggerScope;
}

/** A package.json whose dependency fields changed, from the change part. */
export interface DependencyChange {
  manifest: string;
  /** The top-level fields that changed, such as `dependencies` or `overrides`. */
  fields: string[];
}

/** A lockfile that changed, from the change part. */
export interface LockfileChange {
  file: string;
  /** Workspace packages, by name or folder, whose resolved dependencies changed, or null when the change part could not determine them. */
  affectedPackages: string[] | null;
  /** Dependencies of the lockfile's root package whose resolution changed, when any did; the root is named `''` in `affectedPackages`. */
  rootDependencies?: string[];
  parseError?: string;
}

export interface TriggerInput {
  changes: readonly ChangedFile[];
  /** The user's trigger globs, matched against repository paths. */
  userTriggers: readonly string[];
  setupFiles: readonly SetupFile[];
  dependencyChanges: readonly DependencyChange[];
  lockfiles: readonly LockfileChange[];
  owners: PackageOwners;
}

/** Returns every trigger that the change sets off, in the order of the changed files, then dependencies, then lockfiles. */
export function findTriggers(input: TriggerInput): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const scopeOf = (file: string): TriggerScope => {
    const owner = input.owners.ownerOf(file);
    return owner ? { kind: 'package', package: owner } : { kind: 'everything' };
  };
  const add = (trigger: string, file: string, detail: string) => hits.push({ reason: { trigger, file, detail }, scope: scopeOf(file) });

  const setupByPath = new Map(input.setupFiles.map((setup) => [setup.path, setup]));
  const userGlobs = input.userTriggers.map((glob) => ({ glob, isMatch: picomatch(glob, { dot: true }) }));
  for (const change of input.changes) {
    const name = baseName(change.path);
    if (TEST_RUNNER_CONFIG.test(name)) add('test-runner config', change.path, 'a test-runner config changed, so every test it covers may run differently');
    if (VITEST_WORKSPACE.test(name)) add('test-runner config', change.path, 'the vitest workspace file lists the projects that run');
    if (TYPESCRIPT_CONFIG.test(name)) add('TypeScript config', change.path, 'compiler options and path mappings of the files it covers changed');
    if (ENV_FILE.test(name)) add('.env file', change.path, 'tests may read the environment variables it sets');

    const setup = setupByPath.get(change.path);
    if (setup) add('setup file', change.path, `${setup.option} in ${setup.config} loads it before the tests`);
    const glob = userGlobs.find((entry) => entry.isMatch(change.path));
    if (glob) add('user trigger', change.path, `matches the impact trigger "${glob.glob}"`);
  }

  for (const dependency of input.dependencyChanges) {
    const runnerFields = dependency.fields.filter((field) => field === 'jest');
    const otherFields = dependency.fields.filter((field) => field !== 'jest');
    if (runnerFields.length > 0) add('test-runner config', dependency.manifest, 'the "jest" field of package.json changed');
    if (otherFields.length > 0) add('package.json dependencies', dependency.manifest, `changed ${otherFields.map((field) => `"${field}"`).join(', ')}`);
  }

  for (const lockfile of input.lockfiles) {
    for (const hit of lockfileHits(lockfile, input.owners)) hits.push(hit);
  }
  return hits;
}

/** What `findReachedTriggers` reads: the setup files, the runner configs and the search from the changed files. */
export interface ReachedTriggerInput {
  setupFiles: readonly SetupFile[];
  /** Every file of the graph; the runner configs among them are found by name, as for changed files. */
  files: readonly string[];
  /** The chain of edges from `path` to a changed file, or undefined when the search did not reach it or `path` changed itself. */
  chainTo: (path: string) => readonly GraphEdge[] | undefined;
  owners: PackageOwners;
}

/**
 * Returns a trigger for each setup file and test-runner config that imports a
 * changed file, directly or through other files. The runner loads that code
 * before every test it covers, as it loads the setup file or config itself,
 * so such a change widens the run exactly as a change to them does.
 */
export function findReachedTriggers(input: ReachedTriggerInput): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const add = (trigger: string, file: string, loads: string, chain: readonly GraphEdge[]) => {
    const owner = input.owners.ownerOf(file);
    const reason = { trigger, file, detail: `${loads}, and it imports the changed ${describeChainEnd(chain)}` };
    hits.push({ reason, scope: owner ? { kind: 'package', package: owner } : { kind: 'everything' } });
  };
  for (const setup of input.setupFiles) {
    const chain = input.chainTo(setup.path);
    if (chain) add('setup file', setup.path, `${setup.option} in ${setup.config} loads it before the tests`, chain);
  }
  for (const file of input.files) {
    // Every runner config name contains one of these, and `includes` cuts no string out of the path.
    if (!file.includes('.config') && !file.includes('vitest.workspace.')) continue;
    if (!isRunnerConfig(baseName(file))) continue;
    const chain = input.chainTo(file);
    if (chain) add('test-runner config', file, 'the test runner reads this config', chain);
  }
  return hits;
}

/** Names the changed file at the end of a chain, and how many files lie between. */
function describeChainEnd(chain: readonly GraphEdge[]): string {
  const changed = chain[chain.length - 1]!.to;
  const between = chain.length - 1;
  if (between === 0) return changed;
  return `${changed} through ${between === 1 ? '1 other file' : `${between} other files`}`;
}

function isRunnerConfig(name: string): boolean {
  return TEST_RUNNER_CONFIG.test(name) || VITEST_WORKSPACE.test(name);
}

/**
 * Reads one lockfile change. Only packages whose resolved dependencies
 * changed are widened. A lockfile that could not be parsed, that did not
 * say which packages changed, or that names the root or a folder that is
 * not a workspace package widens to everything, because any test may then
 * load a changed dependency.
 */
function lockfileHits(lockfile: LockfileChange, owners: PackageOwners): TriggerHit[] {
  const everything = (detail: string): TriggerHit => ({
    reason: { trigger: 'lockfile', file: lockfile.file, detail },
    scope: { kind: 'everything' },
  });
  if (lockfile.parseError !== undefined) return [everything(`could not be parsed, so any package may have changed dependencies: ${lockfile.parseError.replace(/\.$/, '')}`)];
  if (lockfile.affectedPackages === null) return [everything('changed, and which packages it affects is unknown')];

  return lockfile.affectedPackages.map((name) => {
    const workspace = isRootPackage(name) ? undefined : owners.find(name);
    if (workspace === undefined && isRootPackage(name)) return everything(rootDetail(lockfile));
    if (workspace === undefined) {
      return everything(`resolved dependencies of "${name}" changed, and no workspace package has that name or folder`);
    }
    return {
      reason: { trigger: 'lockfile', file: lockfile.file, detail: `resolved dependencies of ${workspace.name} changed` },
      scope: { kind: 'package', package: workspace },
    };
  });
}

/** Describes a change to the root package's dependencies, which serve every package's tests. */
function rootDetail(lockfile: LockfileChange): string {
  const names = lockfile.rootDependencies ?? [];
  const shown = names.slice(0, 5).map(quoteName).join(', ');
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  const listed = names.length > 0 ? ` (${shown}${more})` : '';
  return `resolved dependencies of the root package changed${listed}; its tools, such as the test runner, and its hoisted packages can affect any test`;
}

function isRootPackage(name: string): boolean {
  return name === '' || name === '.' || name === './';
}
