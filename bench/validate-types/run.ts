/**
 * Times the types validator against the repository's own `tsc --noEmit -p`
 * on the same tsconfig, each run in a process of its own under GNU
 * `time -v`, with the variants interleaved so that load changes on the
 * machine hit them alike. Prints a table per repository with medians and
 * the ratio to `tsc`. Run it through run.sh, which bundles check.mjs.
 *
 *   npx tsx bench/validate-types/run.ts [--runs N] [--work DIR] [--mirrors DIR] [--targets a,b] [--variants a,b]
 *
 * Targets: this repository, and vuejs/core and TanStack/query extracted
 * from bare mirrors (`git archive HEAD`) into the work folder. Their
 * dependencies are not installed, so their checks report missing modules.
 * A bench tsconfig that extends theirs sets `"types": []`, because a
 * missing `types` entry makes tsc stop before the semantic check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, median, type Measurement } from '../measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    work: { type: 'string', default: '/tmp/validate-types-bench' },
    mirrors: { type: 'string', default: '/work/.mirror' },
    targets: { type: 'string' },
    variants: { type: 'string' },
  },
});

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const CHECK_SCRIPT = fileURLToPath(new URL('../out/validate-types/check.mjs', import.meta.url));
const TYPESCRIPT_FOLDER = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
const runs = Number(values.runs);

interface Target {
  name: string;
  root: string;
  tsconfig: string;
  /** Whether the root is a throwaway checkout, where the benchmark may delete build info files. */
  scratch: boolean;
}

interface Variant {
  name: string;
  /** Runs before the timed runs and is not timed, such as filling the incremental cache. */
  prepare?: (target: Target) => void;
  /** Runs before each timed run and is not timed. */
  reset?: (target: Target) => void;
  command: (target: Target) => { command: string; args: string[] };
  /** Number of diagnostics in the output. */
  count: (run: Measurement) => number | null;
}

function tscCount(run: Measurement): number {
  return run.stdout.split('\n').filter((line) => / (error|warning) TS\d+:/.test(line)).length;
}

function checkCount(run: Measurement): number | null {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return (JSON.parse(line) as { findings: number }).findings;
  } catch {
    return null;
  }
}

const cacheRoot = mkdtempSync(join(tmpdir(), 'validate-types-cache-'));
const cacheOf = (target: Target, variant: string): string => join(cacheRoot, `${target.name.replaceAll('/', '_')}-${variant}`);
const tscEntry = (target: Target): string => join(target.root, 'node_modules', 'typescript', 'bin', 'tsc');

const VARIANTS: Variant[] = [
  {
    // A composite or incremental tsconfig makes `tsc --noEmit` write build
    // info next to its outputs and read it on the next run. A fresh CI
    // checkout has none, so it is deleted before each run.
    name: 'tsc --noEmit',
    reset: removeBuildInfo,
    command: (target) => ({ command: process.execPath, args: [tscEntry(target), '--noEmit', '-p', target.tsconfig] }),
    count: tscCount,
  },
  {
    name: 'testmaster api',
    command: (target) => ({ command: process.execPath, args: [CHECK_SCRIPT, target.root, target.tsconfig, 'api'] }),
    count: checkCount,
  },
  {
    name: 'testmaster cli',
    command: (target) => ({ command: process.execPath, args: [CHECK_SCRIPT, target.root, target.tsconfig, 'cli'] }),
    count: checkCount,
  },
  {
    name: 'tsc incremental warm',
    prepare: (target) => runUntimed(process.execPath, [tscEntry(target), ...tscIncrementalArgs(target)], target.root),
    command: (target) => ({ command: process.execPath, args: [tscEntry(target), ...tscIncrementalArgs(target)] }),
    count: tscCount,
  },
  {
    name: 'testmaster api incremental warm',
    prepare: (target) => runUntimed(process.execPath, [CHECK_SCRIPT, target.root, target.tsconfig, 'api', cacheOf(target, 'api')], target.root),
    command: (target) => ({ command: process.execPath, args: [CHECK_SCRIPT, target.root, target.tsconfig, 'api', cacheOf(target, 'api')] }),
    count: checkCount,
  },
];

function tscIncrementalArgs(target: Target): string[] {
  return ['--noEmit', '-p', target.tsconfig, '--incremental', '--tsBuildInfoFile', join(cacheOf(target, 'tsc'), 'tsc.tsbuildinfo')];
}

/** Deletes the `*.tsbuildinfo` files that earlier tsc runs wrote into a throwaway checkout. */
function removeBuildInfo(target: Target): void {
  if (!target.scratch) return;
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.tsbuildinfo')) rmSync(path);
    }
  };
  visit(target.root);
}

function runUntimed(command: string, args: string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'ignore' });
  } catch {
    // Type errors make tsc exit with 1 or 2; the build info is written all the same.
  }
}

/** Extracts a bare mirror's HEAD into the work folder once, and links this repository's TypeScript into it. */
function extractMirror(mirrorName: string, exclude: string[]): string {
  const root = join(values.work, mirrorName);
  if (!existsSync(root)) {
    const gitDir = join(values.mirrors, mirrorName, 'repo');
    const top = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '--name-only', 'HEAD'], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name !== '' && !exclude.includes(name));
    mkdirSync(root, { recursive: true });
    const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', 'HEAD', '--', ...top], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
  }
  linkTypeScript(root);
  return root;
}

function linkTypeScript(root: string): void {
  const link = join(root, 'node_modules', 'typescript');
  if (existsSync(link)) return;
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(TYPESCRIPT_FOLDER, link, 'dir');
}

/** Writes a tsconfig next to `base` that extends it with `"types": []`. */
function benchTsconfig(root: string, base: string): string {
  const path = join(dirname(base), 'tsconfig.validate-bench.json');
  const text = JSON.stringify({ extends: `./${base.split('/').pop()}`, compilerOptions: { types: [] } }, null, 2);
  writeFileSync(join(root, path), `${text}\n`);
  return path;
}

function targets(): Target[] {
  const all: Record<string, () => Target> = {
    testmaster: () => ({ name: 'testmaster', root: REPOSITORY, tsconfig: 'tsconfig.json', scratch: false }),
    'vuejs/core': () => {
      const root = extractMirror('vuejs+core', []);
      return { name: 'vuejs/core', root, tsconfig: benchTsconfig(root, 'tsconfig.json'), scratch: true };
    },
    'TanStack/query': () => {
      // The mirror lacks the binary files under media/, so git archive cannot read them.
      const root = extractMirror('TanStack+query', ['media']);
      return { name: 'TanStack/query', root, tsconfig: benchTsconfig(root, 'packages/query-core/tsconfig.json'), scratch: true };
    },
  };
  const names = values.targets?.split(',') ?? Object.keys(all);
  return names.map((name) => {
    const make = all[name];
    if (!make) throw new Error(`unknown target ${name}; use one of ${Object.keys(all).join(', ')}`);
    return make();
  });
}

interface Row {
  variant: string;
  wall: number[];
  cpu: number[];
  counts: (number | null)[];
}

function benchTarget(target: Target, variants: Variant[]): Row[] {
  for (const variant of variants) variant.prepare?.(target);
  const rows = variants.map((variant) => ({ variant: variant.name, wall: [] as number[], cpu: [] as number[], counts: [] as (number | null)[] }));
  for (let run = 0; run < runs; run++) {
    variants.forEach((variant, index) => {
      variant.reset?.(target);
      const { command, args } = variant.command(target);
      const result = measure(command, args, join(cacheRoot, 'stdout.txt'), target.root);
      const row = rows[index]!;
      row.wall.push(result.wallSeconds);
      row.cpu.push(result.cpuSeconds);
      row.counts.push(variant.count(result));
      console.error(`${target.name} | ${variant.name} | run ${run + 1}: ${result.wallSeconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU, exit ${result.exitCode}`);
    });
  }
  return rows;
}

function formatRows(target: Target, rows: Row[]): string {
  const baseline = rows[0]!;
  const lines = [
    `### ${target.name} (${target.tsconfig})`,
    '',
    '| variant | median wall s | wall ratio to tsc | median CPU s | CPU ratio to tsc | diagnostics |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const wall = median(row.wall);
    const cpu = median(row.cpu);
    lines.push(
      `| ${row.variant} | ${wall.toFixed(2)} | ${(wall / median(baseline.wall)).toFixed(3)} | ${cpu.toFixed(2)} | ${(cpu / median(baseline.cpu)).toFixed(3)} | ${[...new Set(row.counts)].join(', ')} |`,
    );
  }
  return lines.join('\n');
}

const chosenVariants = values.variants ? VARIANTS.filter((variant) => values.variants!.split(',').includes(variant.name)) : VARIANTS;
const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
console.log(`nproc ${cpus().length}, node ${process.version}, load average ${one} ${five} ${fifteen}, ${runs} runs per variant\n`);
try {
  for (const target of targets()) {
    console.log(formatRows(target, benchTarget(target, chosenVariants)));
    console.log('');
  }
} finally {
  rmSync(cacheRoot, { recursive: true, force: true });
}
