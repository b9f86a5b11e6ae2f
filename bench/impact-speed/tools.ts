/**
 * The timed commands: TestMaster's CLI cold and warm and its library path,
 * jest cold and warm, madge, dependency-cruiser and the read-and-extract
 * floor. Each command is one process; `warmUp` is run once, untimed, before
 * the timed runs, and `count` reads what the tool resolved from its stdout.
 *
 * The CLI rows keep V8's code cache of the CLI's own bundle in a folder of
 * the benchmark (src/cli/code-cache/). It contains compiled TestMaster code
 * and nothing of the repository, and an installed tool has it after its
 * first run on any repository. So 'testmaster cold' has it too: its warm-up
 * run writes it, and `--no-cache` keeps the repository's scan and graph
 * caches out. 'testmaster first run' is a cold run without it, as the first
 * run after an installation or an upgrade is.
 */
import { join } from 'node:path';

import type { BenchRepository } from './repositories.js';

export interface Counts {
  /** Files the tool read or listed in its graph. */
  files?: number;
  /** Edges between repository files that the tool resolved (for the floor, specifiers found). */
  edges?: number;
  /** Test files selected for the change. */
  tests?: number;
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  /** Variables added to the environment. */
  env?: NodeJS.ProcessEnv;
}

export interface Tool {
  name: string;
  role: 'ours' | 'peer' | 'floor';
  command(repo: BenchRepository): Command;
  /** A run before the timed ones, which fills the tool's cache. */
  warmUp?(repo: BenchRepository): Command;
  count(stdout: string, repo: BenchRepository): Counts;
}

export interface ToolPaths {
  /** Bundle of `src/cli/main.ts`. */
  cli: string;
  /** Folder of the bundles of `library.ts` and `floor.ts`. */
  bundles: string;
  /** Folder where jest, madge and dependency-cruiser are installed. */
  peers: string;
  /** Folder of the CLI's code cache. */
  codeCache: string;
}

const MADGE_EXTENSIONS = 'ts,tsx,mts,cts,js,jsx,mjs,cjs';

function lastJsonLine<T>(stdout: string): T {
  const line = stdout.trim().split('\n').pop();
  if (!line) throw new Error('The tool printed nothing on stdout.');
  return JSON.parse(line) as T;
}

function testmasterCount(stdout: string): Counts {
  const result = JSON.parse(stdout) as { affectedTests: unknown[] };
  return { tests: result.affectedTests.length };
}

function jestCount(stdout: string): Counts {
  return { tests: stdout.split('\n').filter((line) => line.startsWith('/')).length };
}

function madgeCount(stdout: string): Counts {
  const graph = JSON.parse(stdout) as Record<string, string[]>;
  const files = Object.keys(graph);
  return { files: files.length, edges: files.reduce((sum, file) => sum + graph[file]!.length, 0) };
}

interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string; couldNotResolve: boolean; coreModule: boolean }[] }[];
}

function depcruiseCount(stdout: string): Counts {
  const result = JSON.parse(stdout) as CruiseResult;
  const local = result.modules.filter((module) => !module.source.includes('node_modules/'));
  let edges = 0;
  for (const module of local) {
    for (const dependency of module.dependencies) {
      if (!dependency.couldNotResolve && !dependency.coreModule && !dependency.resolved.includes('node_modules/')) edges++;
    }
  }
  return { files: local.length, edges };
}

export function createTools(paths: ToolPaths): Tool[] {
  const bin = (relative: string): string => join(paths.peers, 'node_modules', relative);
  const testmasterArgs = (repo: BenchRepository): string[] => [paths.cli, 'impact', '--base', 'HEAD~1', '--json', '-', '-C', repo.root];
  const testmaster = (repo: BenchRepository, extra: string[], codeCache = paths.codeCache): Command => ({
    command: process.execPath,
    args: [...testmasterArgs(repo), ...extra],
    cwd: repo.root,
    env: { TESTMASTER_CODE_CACHE: codeCache },
  });
  const jestArgs = (repo: BenchRepository): string[] => [
    bin('jest/bin/jest.js'),
    '--config',
    repo.jestConfig,
    '--listTests',
    '--findRelatedTests',
    ...repo.changedFiles.map((path) => join(repo.root, path)),
  ];
  return [
    {
      name: 'floor: walk read regex',
      role: 'floor',
      command: (repo) => ({ command: process.execPath, args: [join(paths.bundles, 'floor.mjs'), repo.root], cwd: repo.root }),
      count: (stdout) => {
        const result = lastJsonLine<{ files: number; specifiers: number }>(stdout);
        return { files: result.files, edges: result.specifiers };
      },
    },
    {
      name: 'testmaster first run',
      role: 'ours',
      command: (repo) => testmaster(repo, ['--no-cache'], 'off'),
      count: testmasterCount,
    },
    {
      name: 'testmaster cold',
      role: 'ours',
      warmUp: (repo) => testmaster(repo, ['--no-cache']),
      command: (repo) => testmaster(repo, ['--no-cache']),
      count: testmasterCount,
    },
    {
      name: 'testmaster warm',
      role: 'ours',
      warmUp: (repo) => testmaster(repo, []),
      command: (repo) => testmaster(repo, []),
      count: testmasterCount,
    },
    {
      // After 'testmaster warm', whose runs leave the scan cache in place.
      name: 'floor: warm git and cache',
      role: 'floor',
      command: (repo) => ({
        command: process.execPath,
        args: [join(paths.bundles, 'warm-floor.mjs'), join(repo.root, 'node_modules', '.cache', 'testmaster', 'impact-scan.json')],
        cwd: repo.root,
      }),
      count: (stdout) => ({ files: lastJsonLine<{ files: number }>(stdout).files }),
    },
    {
      name: 'testmaster library',
      role: 'ours',
      command: (repo) => ({ command: process.execPath, args: [join(paths.bundles, 'library.mjs'), repo.root], cwd: repo.root }),
      count: (stdout) => {
        const result = lastJsonLine<{ files: number; edges: number; affectedTests: number }>(stdout);
        return { files: result.files, edges: result.edges, tests: result.affectedTests };
      },
    },
    {
      name: 'jest cold',
      role: 'peer',
      command: (repo) => ({ command: process.execPath, args: [...jestArgs(repo), '--no-cache'], cwd: repo.root }),
      count: jestCount,
    },
    {
      name: 'jest warm',
      role: 'peer',
      warmUp: (repo) => ({ command: process.execPath, args: jestArgs(repo), cwd: repo.root }),
      command: (repo) => ({ command: process.execPath, args: jestArgs(repo), cwd: repo.root }),
      count: jestCount,
    },
    {
      name: 'madge',
      role: 'peer',
      command: (repo) => ({
        command: process.execPath,
        args: [bin('madge/bin/cli.js'), '--json', '--no-spinner', '--extensions', MADGE_EXTENSIONS, ...(repo.tsconfig ? ['--ts-config', repo.tsconfig] : []), '.'],
        cwd: repo.root,
      }),
      count: madgeCount,
    },
    {
      name: 'dependency-cruiser',
      role: 'peer',
      command: (repo) => ({
        command: process.execPath,
        args: [bin('dependency-cruiser/bin/dependency-cruise.mjs'), '--config', repo.depcruiseConfig, '--output-type', 'json', '.'],
        cwd: repo.root,
      }),
      count: depcruiseCount,
    },
  ];
}
