/**
 * Measures how safe impact analysis is on real history. For the last N
 * commits of each repository that change TypeScript source, it finds the test
 * files that a fault in the changed functions makes fail. Then it checks
 * whether TestMaster's selection and the runner's own selection contain them.
 *
 *   npx tsx bench/impact-safety/run.ts [--repos hono,vue-core,apollo-client] [--commits 30] [--skip 0]
 *       [--commit SHA[,SHA...]] [--method auto|inject|inject-each|diff] [--cli FILE] [--install] [--out FILE]
 *       [--directory DIR]   (another working copy of the one repository of --repos)
 *   npx tsx bench/impact-safety/run.ts --tables-from FILE[,FILE...]
 *
 * Without --cli, src/cli/main.ts is bundled with esbuild into
 * bench/out/impact-safety/cli.mjs, so the numbers are for the current source.
 * Results go to bench/out/impact-safety/RESULTS.json (or `--out FILE`) after
 * every commit, and the tables to standard output at the end. `--tables-from`
 * prints the tables of saved files, such as those of runs that were stopped
 * early or that measured the repositories in separate processes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { assertClean, git, pickCommits, type CommitInfo } from './git.js';
import { measureCommit, type CommitMeasurement, type MeasureOptions } from './measure-commit.js';
import { findRepository, REPOSITORIES, type RepositoryConfig } from './repositories.js';
import { formatCommitTable, formatMisses, formatTotals } from './report.js';
import { createRunner } from './runners.js';

const WORKTREE = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(WORKTREE, 'bench/out/impact-safety');

function bundleCli(): string {
  const outfile = join(OUT, 'cli.mjs');
  const esbuild = join(WORKTREE, 'node_modules/.bin/esbuild');
  const options = ['--bundle', '--platform=node', '--format=esm', '--target=node20', '--packages=external', '--log-level=warning'];
  execFileSync(esbuild, [join(WORKTREE, 'src/cli/main.ts'), ...options, `--outfile=${outfile}`], { cwd: WORKTREE, stdio: 'inherit' });
  return outfile;
}

/** Clones the repository when its folder is missing and installs its dependencies when node_modules is missing. */
function prepare(repository: RepositoryConfig, forceInstall: boolean, log: (message: string) => void): void {
  if (!existsSync(repository.directory)) {
    log(`Cloning ${repository.clone} into ${repository.directory}`);
    execFileSync('git', ['clone', '--quiet', repository.clone, repository.directory], { stdio: 'inherit' });
  }
  assertClean(repository.directory);
  if (forceInstall || !existsSync(join(repository.directory, 'node_modules'))) {
    log(`Installing: ${repository.install.join(' ')}`);
    const [command, ...args] = repository.install;
    execFileSync(command!, args, { cwd: repository.directory, stdio: 'inherit' });
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      repos: { type: 'string', default: REPOSITORIES.map((entry) => entry.name).join(',') },
      commits: { type: 'string', default: '30' },
      skip: { type: 'string', default: '0' },
      commit: { type: 'string' },
      method: { type: 'string', default: 'auto' },
      cli: { type: 'string' },
      install: { type: 'boolean', default: false },
      out: { type: 'string' },
      'tables-from': { type: 'string' },
      directory: { type: 'string' },
    },
  });
  if (values['tables-from'] !== undefined) {
    const saved = values['tables-from'].split(',').map((file) => JSON.parse(readFileSync(file, 'utf8')) as SavedResults);
    printTables(mergeResults(saved));
    return;
  }
  const commitCount = Number(values.commits);
  if (!Number.isInteger(commitCount) || commitCount < 1) throw new Error(`--commits must be a positive integer, got ${values.commits}`);
  const skipCount = Number(values.skip);
  if (!Number.isInteger(skipCount) || skipCount < 0) throw new Error(`--skip must be a non-negative integer, got ${values.skip}`);
  const method = values.method as MeasureOptions['method'];
  if (!['auto', 'inject', 'inject-each', 'diff'].includes(method)) throw new Error(`--method must be auto, inject, inject-each or diff, got ${values.method}`);
  const repositories = values.repos.split(',').map(findRepository);
  // A second working copy lets two runs of one repository (different --skip ranges) go side by side.
  if (values.directory !== undefined) {
    if (repositories.length !== 1) throw new Error(`--directory takes one repository in --repos, got ${values.repos}`);
    repositories[0] = { ...repositories[0]!, directory: values.directory };
  }

  mkdirSync(OUT, { recursive: true });
  const log = (message: string): void => console.error(message);
  const cli = values.cli ?? bundleCli();
  const worktreeCommit = git(WORKTREE, ['rev-parse', '--short=12', 'HEAD']).trim();
  const results: SavedResults['results'] = {};
  const outFile = values.out ?? join(OUT, 'RESULTS.json');
  const save = (): void => writeFileSync(outFile, `${JSON.stringify({ worktreeCommit, cli, method, results }, null, 2)}\n`);

  for (const repository of repositories) {
    prepare(repository, values.install, log);
    const tip = git(repository.directory, ['rev-parse', repository.ref]).trim();
    const runner = createRunner(repository);
    // --skip leaves out the newest commits, so a later run can extend an earlier one without measuring its commits again.
    const isSource = (path: string): boolean => repository.source.test(path) && !path.endsWith('.d.ts');
    const commits =
      values.commit === undefined
        ? pickCommits(repository.directory, tip, skipCount + commitCount, isSource).slice(skipCount)
        : namedCommits(repository.directory, values.commit.split(','));
    if (commits.length === 0) {
      log(`${repository.name}: none of the commits of --commit is in ${repository.directory}, so it is skipped.`);
      continue;
    }
    const entry = { tip, measurements: [] as CommitMeasurement[], errors: [] as string[] };
    results[repository.name] = entry;
    log(`${repository.name}: ${commits.length} commits, ${commits.at(-1)!.sha.slice(0, 10)}..${tip.slice(0, 10)}`);
    try {
      for (const [index, commit] of commits.entries()) {
        log(`[${index + 1}/${commits.length}] ${commit.sha.slice(0, 10)} ${commit.subject}`);
        try {
          const measurement = measureCommit(repository, runner, commit, { cli, method, log });
          entry.measurements.push(measurement);
          log(
            `  ${measurement.method}: ${measurement.failing.length} failing, TestMaster ${measurement.testMasterSelected.length}` +
              `${measurement.testMaster.runAll ? ' (run-all)' : ''}, runner ${measurement.runnerSelected.length} of ${measurement.testFiles}, ${measurement.seconds.toFixed(0)} s`,
          );
        } catch (error) {
          // One broken commit (a runner crash, a timeout) should not cost the measurements of the others.
          const message = `${commit.sha.slice(0, 10)}: ${(error as Error).message}`;
          entry.errors.push(message);
          log(`  failed: ${message}`);
        }
        save();
      }
    } finally {
      // Leaves the clone at its tip, with no injected faults.
      git(repository.directory, ['checkout', '--quiet', '--force', '--detach', tip]);
    }
  }

  printTables({ worktreeCommit, cli, method, results });
}

/**
 * Looks up the commits of `--commit` that `directory` contains, each to be measured against its first parent.
 * A name that the repository lacks is skipped, because one `--commit` list serves every repository of the run.
 */
function namedCommits(directory: string, names: readonly string[]): CommitInfo[] {
  const commits: CommitInfo[] = [];
  for (const name of names) {
    const found = spawnSync('git', ['-C', directory, 'rev-parse', '--verify', '--quiet', `${name}^{commit}`], { encoding: 'utf8' });
    if (found.status !== 0) continue;
    const sha = found.stdout.trim();
    const [parent, subject] = git(directory, ['log', '-1', '--format=%P%x00%s', sha]).trim().split('\0') as [string, string];
    commits.push({ sha, parent: parent.split(' ')[0]!, subject });
  }
  return commits;
}

interface SavedResults {
  worktreeCommit: string;
  cli: string;
  method: string;
  results: Record<string, { tip: string; measurements: CommitMeasurement[]; errors: string[] }>;
}

/**
 * Merges saved files from separate runs into one, so the totals pool every
 * repository. Two runs of one repository (such as a run extended with
 * --skip) add up their commits.
 */
function mergeResults(saved: readonly SavedResults[]): SavedResults {
  const results: SavedResults['results'] = {};
  for (const file of saved) {
    for (const [name, entry] of Object.entries(file.results)) {
      const merged = results[name];
      if (merged === undefined) {
        results[name] = { tip: entry.tip, measurements: [...entry.measurements], errors: [...entry.errors] };
      } else {
        merged.measurements.push(...entry.measurements);
        merged.errors.push(...entry.errors);
      }
    }
  }
  return { ...saved[0]!, results };
}

function printTables({ worktreeCommit, cli, method, results }: SavedResults): void {
  console.log(`TestMaster source: worktree commit ${worktreeCommit} (with uncommitted changes, if any), CLI ${cli}, --method ${method}\n`);
  for (const [name, entry] of Object.entries(results)) {
    console.log(`## ${name} (${entry.measurements.length} commits up to ${entry.tip.slice(0, 12)})\n`);
    console.log(formatCommitTable(entry.measurements));
    console.log('');
    console.log(formatMisses(entry.measurements));
    if (entry.errors.length > 0) console.log(`\nCommits that failed to measure:\n${entry.errors.map((error) => `- ${error}`).join('\n')}`);
    console.log('');
  }
  console.log(formatTotals(results));
}

main();
