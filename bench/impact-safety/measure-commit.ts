/**
 * Measures one commit: the test files that a fault in the changed code makes
 * fail, and whether TestMaster's and the runner's selections contain them.
 */
import { explainWithTestMaster, selectWithTestMaster, type TestMasterSelection } from './testmaster.js';
import { changedFiles, changedLines, checkout, type CommitInfo, git } from './git.js';
import { findChangedFunctions, injectFaults, type ChangedFunction } from './inject.js';
import { emitsSameCode } from './runtime-code.js';
import type { RepositoryConfig } from './repositories.js';
import type { FileResult, Runner } from './runners.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * - `inject`: every changed function throws at once, one run of all test files.
 * - `inject-each`: one changed function throws per run of all test files.
 * - `diff`: all test files run at the parent and at the commit, no faults.
 */
export type Method = 'inject' | 'inject-each' | 'diff';

export interface CommitMeasurement {
  commit: CommitInfo;
  method: Method;
  changedSourceFiles: string[];
  /** Changed source files that emit the same JavaScript as at the parent, so they got no fault. Absent in results saved before the rule. */
  unchangedRuntimeFiles?: string[];
  functions: { path: string; name: string; line: number }[];
  testFiles: number;
  /** Test files whose result the change or the faults flip from passed to failed (or, for `diff`, either way). */
  failing: string[];
  /** Test files that failed under the faults but also failed without them, so they tell nothing about the change. */
  failingWithoutFault: string[];
  testMaster: TestMasterSelection;
  /** TestMaster's `run` selection limited to the runner's test files, or all of them on run-all. */
  testMasterSelected: string[];
  runnerSelected: string[];
  missedByTestMaster: { file: string; explanation: string }[];
  missedByRunner: string[];
  seconds: number;
}

export interface MeasureOptions {
  cli: string;
  method: 'inject' | 'inject-each' | 'diff' | 'auto';
  log: (message: string) => void;
}

function isTestPath(path: string, testFiles: ReadonlySet<string>): boolean {
  return testFiles.has(path) || /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(path) || /(?:^|\/)__tests__\//.test(path);
}

function failedFiles(results: Map<string, FileResult>): string[] {
  return [...results].filter(([, result]) => result !== 'passed').map(([file]) => file);
}

/** Restores the files that injection changed, from the checked-out commit. */
function restore(directory: string, paths: readonly string[]): void {
  if (paths.length > 0) git(directory, ['checkout', '--quiet', '--', ...paths]);
}

/**
 * Runs all test files with `functions` throwing and returns the files that
 * fail twice with the faults and pass without them. The second run with the
 * faults leaves out files that failed by chance (timing, ports).
 */
function failingUnderFaults(
  repository: RepositoryConfig,
  runner: Runner,
  testFiles: readonly string[],
  functions: readonly ChangedFunction[],
): { failing: string[]; failingWithoutFault: string[] } {
  const paths = [...new Set(functions.map((changed) => changed.path))];
  let confirmed: string[];
  injectFaults(repository.directory, functions);
  try {
    const first = failedFiles(runner.runTestFiles(testFiles));
    confirmed = first.length === 0 ? [] : failedFiles(runner.runTestFiles(first));
  } finally {
    restore(repository.directory, paths);
  }
  if (confirmed.length === 0) return { failing: [], failingWithoutFault: [] };
  const baseline = runner.runTestFiles(confirmed);
  return {
    failing: confirmed.filter((file) => baseline.get(file) === 'passed'),
    failingWithoutFault: confirmed.filter((file) => baseline.get(file) !== 'passed'),
  };
}

/** Runs all test files at the parent and at the commit and returns the files present at both whose result differs. */
function failingByDiff(repository: RepositoryConfig, runner: Runner, commit: CommitInfo, testFiles: readonly string[]): string[] {
  checkout(repository.directory, commit.parent);
  let atParent: Map<string, FileResult>;
  try {
    const parentFiles = new Set(runner.listTestFiles());
    atParent = runner.runTestFiles(testFiles.filter((file) => parentFiles.has(file)));
  } finally {
    checkout(repository.directory, commit.sha);
  }
  const atCommit = runner.runTestFiles(testFiles);
  return testFiles.filter((file) => atParent.has(file) && atParent.get(file) !== 'missing' && atParent.get(file) !== atCommit.get(file));
}

export function measureCommit(repository: RepositoryConfig, runner: Runner, commit: CommitInfo, options: MeasureOptions): CommitMeasurement {
  const start = performance.now();
  checkout(repository.directory, commit.sha);
  const testFiles = runner.listTestFiles();
  const testFileSet = new Set(testFiles);
  const changed = changedFiles(repository.directory, commit.parent, commit.sha);
  const changedSourceFiles = changed
    .filter((file) => file.status !== 'deleted' && repository.source.test(file.path) && !file.path.endsWith('.d.ts') && !isTestPath(file.path, testFileSet))
    .map((file) => file.path);

  // A file whose emitted JavaScript did not change gets no fault (see runtime-code.ts).
  const unchangedRuntime = changedSourceFiles.filter(
    (path) => changed.find((file) => file.path === path)?.status === 'modified' && emitsSameCode(repository.directory, commit.parent, commit.sha, path),
  );
  if (unchangedRuntime.length > 0) options.log(`  no faults in ${unchangedRuntime.join(', ')}: the emitted JavaScript did not change`);
  const functions = changedSourceFiles.filter((path) => !unchangedRuntime.includes(path)).flatMap((path) => {
    const text = readFileSync(join(repository.directory, path), 'utf8');
    return findChangedFunctions(path, text, changedLines(repository.directory, commit.parent, commit.sha, path));
  });
  options.log(`  ${changedSourceFiles.length} changed source files, ${functions.length} changed functions: ${functions.map((f) => `${f.path}:${f.line} ${f.name}`).join(', ')}`);

  let method: Method;
  if (options.method !== 'auto') method = options.method;
  else if (functions.length > 0) method = 'inject';
  else method = 'diff';
  let failing: string[] = [];
  let failingWithoutFault: string[] = [];
  if (method === 'diff') {
    failing = failingByDiff(repository, runner, commit, testFiles);
  } else if (method === 'inject') {
    if (functions.length > 0) ({ failing, failingWithoutFault } = failingUnderFaults(repository, runner, testFiles, functions));
  } else {
    const union = new Set<string>();
    const withoutFault = new Set<string>();
    for (const changedFunction of functions) {
      const result = failingUnderFaults(repository, runner, testFiles, [changedFunction]);
      result.failing.forEach((file) => union.add(file));
      result.failingWithoutFault.forEach((file) => withoutFault.add(file));
    }
    failing = [...union].sort();
    failingWithoutFault = [...withoutFault].sort();
  }

  const testMaster = selectWithTestMaster(options.cli, repository.directory, commit.parent, commit.sha);
  const testMasterSelected = testMaster.runAll ? testFiles : testMaster.run.filter((file) => testFileSet.has(file));
  const runnerSelected = runner.listRelatedTests(
    commit.parent,
    changed.map((file) => file.path),
  );
  const testMasterSet = new Set(testMasterSelected);
  const runnerSet = new Set(runnerSelected);
  const missedByTestMaster = failing
    .filter((file) => !testMasterSet.has(file))
    .map((file) => ({ file, explanation: explainWithTestMaster(options.cli, repository.directory, commit.parent, commit.sha, file) }));

  return {
    commit,
    method,
    changedSourceFiles,
    unchangedRuntimeFiles: unchangedRuntime,
    functions: functions.map(({ path, name, line }) => ({ path, name, line })),
    testFiles: testFiles.length,
    failing: failing.sort(),
    failingWithoutFault,
    testMaster,
    testMasterSelected,
    runnerSelected,
    missedByTestMaster,
    missedByRunner: failing.filter((file) => !runnerSet.has(file)),
    seconds: (performance.now() - start) / 1000,
  };
}
