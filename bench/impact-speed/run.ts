/**
 * Times impact analysis against jest's related-test search, madge and
 * dependency-cruiser on a synthetic 10,000-file monorepo and on clones of
 * real repositories, each run in a process of its own under GNU `time -v`.
 * Prints one line per tool as it goes, then the results and targets tables,
 * and writes bench/out/impact-speed/results.json. Run it through run.sh.
 *
 *   npx tsx bench/impact-speed/run.ts [--runs N] [--repo SOURCE]... [--no-synthetic] [--tools a,b]
 *     [--work DIR] [--peers DIR] [--seed N] [--force]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { measure, median, untimedVariablesNote } from '../measure.js';
import { realRepository, syntheticRepository, type BenchRepository } from './repositories.js';
import { formatResults, formatTargets, type ResultRow } from './results-table.js';
import { createTools, type Counts, type Tool } from './tools.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    repo: { type: 'string', multiple: true, default: [] },
    'no-synthetic': { type: 'boolean', default: false },
    tools: { type: 'string' },
    work: { type: 'string', default: '/tmp/impact-speed' },
    peers: { type: 'string', default: '/tmp/impact-speed-peers' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
  },
});

const OUT = fileURLToPath(new URL('../out/impact-speed/', import.meta.url));
const runs = Number(values.runs);
const toolFilter = values.tools?.split(',');

function machineLine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  return `nproc ${cpus().length}, node ${process.version}, load average ${one} ${five} ${fifteen}`;
}

/** Runs the untimed jest-edges.mjs, which counts the edges jest resolves; null when it fails. */
function jestEdges(repo: BenchRepository): Counts | null {
  try {
    const stdout = execFileSync(process.execPath, [`${OUT}jest-edges.mjs`, values.peers, repo.jestConfig], {
      cwd: repo.root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Counts;
  } catch (error) {
    console.error(`${repo.name}: counting jest's edges failed: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

function failure(exitCode: number | null, signal: string | null, stderr: string): string {
  const tail = stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300);
  return `failed (${signal ?? `exit ${exitCode}`}): ${tail}`;
}

/** Runs a tool `runs` times after its warm-up; a failed run is not repeated. */
function runTool(tool: Tool, repo: BenchRepository, jestCounts: Counts | null): ResultRow {
  const scratch = `${OUT}stdout.tmp`;
  if (tool.warmUp) {
    const { command, args, cwd, env } = tool.warmUp(repo);
    measure(command, args, scratch, cwd, env);
  }
  const seconds: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  let counts: Counts = {};
  let status = 'ok';
  for (let run = 0; run < runs; run++) {
    const { command, args, cwd, env } = tool.command(repo);
    const result = measure(command, args, scratch, cwd, env);
    seconds.push(result.wallSeconds);
    cpu.push(result.cpuSeconds);
    rss.push(result.maxRssBytes);
    if (result.exitCode !== 0) {
      status = failure(result.exitCode, result.signal, result.stderr);
      break;
    }
    try {
      counts = tool.count(result.stdout, repo);
    } catch (error) {
      status = `output not readable: ${(error as Error).message.slice(0, 200)}`;
      break;
    }
  }
  // jest prints only the selected tests, so its edges come from the untimed jest-edges.mjs run.
  if (tool.name.startsWith('jest') && jestCounts) counts = { ...jestCounts, ...counts };
  return { repo: repo.name, tool: tool.name, role: tool.role, runs: seconds.length, seconds: median(seconds), cpuSeconds: median(cpu), maxRssBytes: median(rss), counts, status };
}

mkdirSync(OUT, { recursive: true });
console.error(`Machine: ${machineLine()}`);
if (untimedVariablesNote() !== '') console.error(untimedVariablesNote());
const repositories: BenchRepository[] = [];
if (!values['no-synthetic']) repositories.push(syntheticRepository(values.work, Number(values.seed), values.force));
for (const source of values.repo) repositories.push(realRepository(source, values.work));

const tools = createTools({ cli: `${OUT}cli/index.js`, bundles: OUT, peers: values.peers, codeCache: join(values.work, 'code-cache') }).filter(
  (tool) => !toolFilter || toolFilter.includes(tool.name),
);
const rows: ResultRow[] = [];
for (const repo of repositories) {
  console.error(`${repo.name}: commit ${repo.commit.slice(0, 12)}, changed ${repo.changedFiles.join(' ')}`);
  const jestCounts = tools.some((tool) => tool.name.startsWith('jest')) ? jestEdges(repo) : null;
  for (const tool of tools) {
    const row = runTool(tool, repo, jestCounts);
    rows.push(row);
    const counts = Object.entries(row.counts).map(([key, value]) => `${key} ${value}`).join(', ');
    console.error(`${row.repo.padEnd(12)} ${row.tool.padEnd(26)} ${row.seconds.toFixed(2).padStart(7)} s ${row.cpuSeconds.toFixed(2).padStart(6)} s CPU ${(row.maxRssBytes / 2 ** 20).toFixed(0).padStart(6)} MiB  ${counts}  ${row.status}`);
  }
}
console.error(`Machine after the runs: ${machineLine()}`);

const summary = repositories.map((repo) => ({ name: repo.name, commit: repo.commit, changedFiles: repo.changedFiles }));
writeFileSync(`${OUT}results.json`, `${JSON.stringify({ machine: machineLine(), runs, repositories: summary, rows }, null, 2)}\n`);
console.log(formatResults(rows));
console.log('');
console.log(formatTargets(rows));
