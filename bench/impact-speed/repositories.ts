/**
 * The repositories the benchmark runs on, with their change and the config
 * files that jest and dependency-cruiser need: the synthetic monorepo and
 * local clones of real repositories.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { generateSyntheticRepo } from './synthetic-repo.js';

export interface BenchRepository {
  name: string;
  root: string;
  /** The commit whose change against its parent is analysed; it is checked out. */
  commit: string;
  /** Repository-relative paths that the commit added or modified, for `jest --findRelatedTests`. */
  changedFiles: string[];
  jestConfig: string;
  depcruiseConfig: string;
  /** Root tsconfig for madge and dependency-cruiser, or null when the repository has none. */
  tsconfig: string | null;
}

const SCRIPT_PATHSPECS = ['*.ts', '*.tsx', '*.mts', '*.cts', '*.js', '*.jsx', '*.mjs', '*.cjs'];
const SCRIPT_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

/**
 * A jest config for `--listTests --findRelatedTests`: jest's default test
 * match, TypeScript extensions, no watchman, and a cache folder of its own.
 * `moduleNameMapper` is given only for the synthetic repository, whose aliases the generator writes.
 */
function writeJestConfig(path: string, root: string, cacheDirectory: string, moduleNameMapper: Record<string, string>): void {
  const config = {
    rootDir: root,
    cacheDirectory,
    moduleFileExtensions: [...SCRIPT_EXTENSIONS, 'json', 'node'],
    testPathIgnorePatterns: ['/node_modules/'],
    watchman: false,
    moduleNameMapper,
  };
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
}

/** Writes a minimal dependency-cruiser config: TypeScript through the root tsconfig, node_modules neither followed nor listed. */
function writeDepcruiseConfig(path: string, tsconfig: string | null): void {
  const options = {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.git)/' },
    tsPreCompilationDeps: true,
    ...(tsconfig ? { tsConfig: { fileName: tsconfig } } : {}),
    enhancedResolveOptions: { extensions: [...SCRIPT_EXTENSIONS.map((extension) => `.${extension}`), '.json'] },
  };
  writeFileSync(path, `module.exports = ${JSON.stringify({ options }, null, 2)};\n`);
}

/**
 * Writes the index again once a whole second has passed since it was last
 * written, as the first `git status` in a developer's clone would. Git
 * cannot trust the timestamps of files written in the same second as the
 * index, so until then every listing of the working tree reads each such
 * file again. That took 33 ms of git CPU time per listing on
 * vitest-dev/vitest after the checkout, and 4 ms after the refresh. Neither TestMaster nor jest writes
 * the index, so without this step the rows would depend on how recently
 * the clone was checked out.
 */
function settleIndex(root: string): void {
  const written = statSync(resolve(root, git(root, ['rev-parse', '--git-path', 'index']))).mtimeMs;
  const wait = Math.ceil(written / 1000) * 1000 + 20 - Date.now();
  if (wait > 0) execFileSync('sleep', [(wait / 1000).toFixed(3)]);
  git(root, ['update-index', '-q', '--refresh']);
}

function describe(name: string, root: string, workFolder: string, moduleNameMapper: Record<string, string>): BenchRepository {
  settleIndex(root);
  const commit = git(root, ['rev-parse', 'HEAD']);
  const changedFiles = git(root, ['diff', '--name-only', '--no-renames', '--diff-filter=AM', `${commit}~1`, commit]).split('\n').filter(Boolean);
  const configs = join(workFolder, 'configs');
  mkdirSync(configs, { recursive: true });
  const tsconfig = existsSync(join(root, 'tsconfig.json')) ? join(root, 'tsconfig.json') : null;
  const jestConfig = join(configs, `${name}.jest.config.json`);
  const depcruiseConfig = join(configs, `${name}.depcruise.cjs`);
  writeJestConfig(jestConfig, root, join(workFolder, 'jest-cache', name), moduleNameMapper);
  writeDepcruiseConfig(depcruiseConfig, tsconfig);
  return { name, root, commit, changedFiles, jestConfig, depcruiseConfig, tsconfig };
}

/** Generates (or reuses) the synthetic repository under `workFolder/repos/synthetic`. */
export function syntheticRepository(workFolder: string, seed: number, force: boolean): BenchRepository {
  const root = join(workFolder, 'repos', 'synthetic');
  generateSyntheticRepo(root, seed, force);
  // The same mapping as the tsconfig paths `@syn/pNN` and `@syn/pNN/*`, so that jest resolves the same graph.
  const mapper = { '^@syn/(p\\d+)$': '<rootDir>/packages/$1/src/index.ts', '^@syn/(p\\d+)/(.*)$': '<rootDir>/packages/$1/src/$2' };
  return describe('synthetic', root, workFolder, mapper);
}

/**
 * Leaves out of the checkout the files of `commit` whose blobs the clone
 * does not contain, with a sparse-checkout pattern per file. Snapshots from
 * the fetch tool leave out their largest files (binary assets such as
 * `media/logo.sketch`), and a plain checkout fails on them. Returns the
 * paths left out.
 */
function excludeMissingBlobs(root: string, commit: string): string[] {
  const entries = git(root, ['ls-tree', '-r', commit])
    .split('\n')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null);
  const check = execFileSync('git', ['cat-file', '--batch-check'], {
    cwd: root,
    input: entries.map((match) => match[1]).join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const missing = new Set(check.split('\n').filter((line) => line.endsWith(' missing')).map((line) => line.split(' ')[0]));
  const paths = entries.filter((match) => missing.has(match[1]!)).map((match) => match[2]!);
  if (paths.length > 0) git(root, ['sparse-checkout', 'set', '--no-cone', '/*', ...paths.map((path) => `!/${path}`)]);
  return paths;
}

/**
 * Clones `source` (a URL or a local git directory) under `workFolder/repos`
 * unless a clone is there, and checks out the newest commit of its HEAD that
 * changes a TypeScript or JavaScript file, so that the change selects tests.
 */
export function realRepository(source: string, workFolder: string): BenchRepository {
  const name = basename(source.replace(/\/(repo|\.git)\/?$/, '')).replace(/\.git$/, '').replace(/^[^+]*\+/, '');
  const root = join(workFolder, 'repos', name);
  if (!existsSync(join(root, '.git'))) {
    mkdirSync(join(workFolder, 'repos'), { recursive: true });
    execFileSync('git', ['clone', '-q', '--no-checkout', source, root], { stdio: 'inherit' });
  }
  const newest = git(root, ['log', '-n', '1', '--format=%H', 'origin/HEAD', '--', ...SCRIPT_PATHSPECS]);
  if (!newest) throw new Error(`${source}: no commit of origin/HEAD changes a script file, so there is no change to analyse. Pass another repository.`);
  const leftOut = excludeMissingBlobs(root, newest);
  if (leftOut.length > 0) console.error(`${name}: ${leftOut.length} files are missing from the clone and left out of the checkout: ${leftOut.join(' ')}`);
  git(root, ['checkout', '-q', '--detach', newest]);
  return describe(name, root, workFolder, {});
}
