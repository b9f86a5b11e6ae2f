/**
 * The test runners the benchmark drives: listing test files, running a set of
 * them with per-file results, and the runner's own selection of the tests a
 * change affects (`vitest list --changed`, `jest --findRelatedTests`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import type { RepositoryConfig } from './repositories.js';

/** `missing` is a file that was asked for but has no result, as after a crash of the run. */
export type FileResult = 'passed' | 'failed' | 'missing';

export interface Runner {
  /** Every test file of the configured projects, repository-relative. */
  listTestFiles(): string[];
  /** The runner's own selection for the change from `parent` to the checked-out commit. */
  listRelatedTests(parent: string, changedFiles: readonly string[]): string[];
  /** Runs `files` and returns each one's result; a file with several projects fails when any of them fails. */
  runTestFiles(files: readonly string[]): Map<string, FileResult>;
}

const RUN_TIMEOUT_MS = 30 * 60 * 1000;

function runCommand(repository: RepositoryConfig, args: string[]): { status: number | null; output: string } {
  const [command, ...prefix] = repository.runnerCommand;
  const child = spawnSync(command!, [...prefix, ...args], {
    cwd: repository.directory,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: RUN_TIMEOUT_MS,
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
  });
  if (child.error !== undefined) throw new Error(`${repository.runnerCommand.join(' ')} ${args.join(' ')} failed to run: ${child.error.message}`);
  return { status: child.status, output: `${child.stdout}\n${child.stderr}` };
}

/** Runs the runner with a JSON output file in a temporary folder and returns the parsed file. */
function runWithJsonOutput(repository: RepositoryConfig, args: (outputFile: string) => string[]): unknown {
  const folder = mkdtempSync(join(tmpdir(), 'impact-safety-'));
  const outputFile = join(folder, 'out.json');
  try {
    const { status, output } = runCommand(repository, args(outputFile));
    if (!existsSync(outputFile)) {
      throw new Error(`The runner wrote no JSON output (exit ${status}); last lines:\n${output.trim().split('\n').slice(-15).join('\n')}`);
    }
    return JSON.parse(readFileSync(outputFile, 'utf8')) as unknown;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Makes the runner's absolute paths repository-relative and drops the files the entry excludes. */
function toRelative(repository: RepositoryConfig, paths: Iterable<string>): string[] {
  const files = [...new Set([...paths].map((path) => relative(repository.directory, path)))].sort();
  const exclude = repository.excludeTestFile;
  if (exclude === undefined) return files;
  return files.filter((file) => !exclude(file, readFileSync(join(repository.directory, file), 'utf8')));
}

/** Collects per-file results from a Jest-style JSON report, which both runners write. */
function readJestStyleResults(repository: RepositoryConfig, report: unknown, files: readonly string[]): Map<string, FileResult> {
  const results = new Map<string, FileResult>();
  const testResults = (report as { testResults?: { name: string; status: string }[] }).testResults ?? [];
  for (const entry of testResults) {
    const path = relative(repository.directory, entry.name);
    const result: FileResult = entry.status === 'passed' ? 'passed' : 'failed';
    if (results.get(path) !== 'failed') results.set(path, result);
  }
  for (const file of files) if (!results.has(file)) results.set(file, 'missing');
  return results;
}

function vitestRunner(repository: RepositoryConfig): Runner {
  const listFiles = (extra: string[]): string[] => {
    const entries = runWithJsonOutput(repository, (outputFile) => ['list', '--filesOnly', `--json=${outputFile}`, ...extra]) as { file: string }[];
    return toRelative(repository, entries.map((entry) => entry.file));
  };
  return {
    listTestFiles: () => listFiles([]),
    listRelatedTests: (parent) => listFiles(['--changed', parent]),
    runTestFiles: (files) => {
      // Vitest matches file filters as substrings, so a filter may pick up more files; their results are kept too.
      const report = runWithJsonOutput(repository, (outputFile) => [
        'run',
        '--coverage.enabled=false',
        '--reporter=json',
        `--outputFile=${outputFile}`,
        ...files,
      ]);
      return readJestStyleResults(repository, report, files);
    },
  };
}

function jestRunner(repository: RepositoryConfig): Runner {
  const listFiles = (extra: string[]): string[] => {
    const { status, output } = runCommand(repository, ['--listTests', '--json', ...extra]);
    const line = output.split('\n').find((text) => text.startsWith('['));
    if (line === undefined) throw new Error(`jest --listTests printed no JSON array (exit ${status}):\n${output.slice(-2000)}`);
    return toRelative(repository, JSON.parse(line) as string[]);
  };
  return {
    listTestFiles: () => listFiles([]),
    listRelatedTests: (_parent, changedFiles) => {
      const existing = changedFiles.filter((path) => existsSync(join(repository.directory, path)));
      return existing.length === 0 ? [] : listFiles(['--findRelatedTests', ...existing]);
    },
    runTestFiles: (files) => {
      const report = runWithJsonOutput(repository, (outputFile) => [
        '--json',
        `--outputFile=${outputFile}`,
        '--coverage=false',
        // Jest runs the files in its own process when it has one worker (two cores) or a few fast files. A fault
        // thrown from a timer after a file's tests have ended then kills that process, and the whole run ends
        // without a report. With a memory limit set, jest 30's shouldRunInBand (@jest/core) never picks that, so
        // such a crash fails only the file whose worker died, as jest reports it. The limit is high enough never to
        // restart one.
        '--workerIdleMemoryLimit=16GB',
        '--runTestsByPath',
        ...files,
      ]);
      return readJestStyleResults(repository, report, files);
    },
  };
}

export function createRunner(repository: RepositoryConfig): Runner {
  return repository.runner === 'vitest' ? vitestRunner(repository) : jestRunner(repository);
}
