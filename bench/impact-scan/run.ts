/**
 * Benchmarks the import scanner of impact analysis against other ways to find
 * module references, on every scanned file under a folder.
 *
 *   npx tsx bench/impact-scan/run.ts DIR [--rounds N] [--candidates a,b] [--compare]
 *
 * measure-candidate.ts is bundled with esbuild into bench/out/impact-scan/,
 * and each candidate runs in a process of its own with plain Node, so that
 * neither a TypeScript loader nor cross-module getters that a bundle does not
 * have are timed. The table gives the first pass, which includes JIT warm-up
 * as a CLI run does, and the best later pass. `--compare` also checks the
 * token scanner's references against a syntax-tree walk and lists the files
 * where they differ.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { CANDIDATES } from './candidates.js';
import { compareScanners } from './compare.js';
import { readSourceFiles } from './files.js';
import type { CandidateMeasurement } from './measure-candidate.js';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const MEASURE_SOURCE = fileURLToPath(new URL('./measure-candidate.ts', import.meta.url));
const MEASURE_BUNDLE = fileURLToPath(new URL('../out/impact-scan/measure-candidate.mjs', import.meta.url));
const MIB = 1024 * 1024;

function bundleMeasureScript(): void {
  const esbuild = fileURLToPath(new URL('../../node_modules/.bin/esbuild', import.meta.url));
  const options = ['--bundle', '--platform=node', '--format=esm', '--target=node20', '--packages=external', '--log-level=warning'];
  execFileSync(esbuild, [MEASURE_SOURCE, ...options, `--outfile=${MEASURE_BUNDLE}`], { cwd: REPOSITORY, stdio: 'inherit' });
}

function measureCandidate(name: string, root: string, rounds: number): CandidateMeasurement | string {
  const child = spawnSync(process.execPath, ['--expose-gc', MEASURE_BUNDLE, name, root, String(rounds)], {
    encoding: 'utf8',
    maxBuffer: 16 * MIB,
  });
  if (child.status !== 0) return `failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as CandidateMeasurement;
}

function formatRow(m: CandidateMeasurement, reference: CandidateMeasurement | undefined): string {
  const first = m.roundSeconds[0]!;
  const best = Math.min(...m.roundSeconds.slice(1).concat(first));
  const referenceBest = reference === undefined ? undefined : Math.min(...reference.roundSeconds.slice(1).concat(reference.roundSeconds[0]!));
  const ratio = referenceBest === undefined ? 'n/a' : `${(best / referenceBest).toFixed(2)}x`;
  const firstRatio = reference === undefined ? 'n/a' : `${(first / reference.roundSeconds[0]!).toFixed(2)}x`;
  const cells = [
    m.candidate,
    String(m.files),
    `${m.failedWithJsx} / ${m.failedOther}`,
    String(m.references),
    first.toFixed(3),
    best.toFixed(3),
    m.roundCpuSeconds[0]!.toFixed(3),
    Math.min(...m.roundCpuSeconds).toFixed(3),
    Math.round(m.files / best).toLocaleString('en-US'),
    (Math.max(0, m.peakHeapBytes - m.baselineHeapBytes) / MIB).toFixed(0),
    (m.maxRssBytes / MIB).toFixed(0),
    firstRatio,
    ratio,
  ];
  return `| ${cells.join(' | ')} |`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '5' },
      candidates: { type: 'string', default: CANDIDATES.map((c) => c.name).join(',') },
      compare: { type: 'boolean', default: false },
    },
  });
  const root = positionals[0];
  if (root === undefined) throw new Error('Missing the folder to scan; usage: npx tsx bench/impact-scan/run.ts DIR [--rounds N] [--candidates a,b] [--compare]');
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, got ${values.rounds}`);

  bundleMeasureScript();
  const names = values.candidates.split(',');
  const measurements: CandidateMeasurement[] = [];
  const failures: string[] = [];
  for (const name of names) {
    const result = measureCandidate(name, root, rounds);
    if (typeof result === 'string') failures.push(`${name}: ${result}`);
    else measurements.push(result);
    process.stderr.write(`measured ${name}\n`);
  }

  const ours = measurements.find((m) => m.candidate === 'testmaster');
  console.log(`${root}: ${measurements[0]?.files ?? 0} files, ${rounds} passes per candidate\n`);
  console.log(
    '| candidate | files | failed (JSX / other) | references | first pass s | best pass s | first pass CPU s | best pass CPU s | files/s (best) | peak heap above baseline MiB | max RSS MiB | first pass x testmaster | best pass x testmaster |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const m of measurements) console.log(formatRow(m, ours));
  console.log('');
  for (const candidate of CANDIDATES.filter((c) => names.includes(c.name))) console.log(`- ${candidate.name}: ${candidate.description}`);
  for (const m of measurements) if (m.firstFailure !== undefined) console.log(`- ${m.candidate} first failure: ${m.firstFailure}`);
  for (const failure of failures) console.log(`- ${failure}`);

  if (values.compare) printComparison(root);
}

function printComparison(root: string): void {
  const comparison = compareScanners(readSourceFiles(root));
  console.log(`\nToken scan against tree walk: ${comparison.files} files, ${comparison.differingFiles} differ;`);
  console.log(`${comparison.tokenReferences} references from the token scan, ${comparison.treeReferences} from the tree walk;`);
  console.log(`${comparison.filesWithErrors} files with syntax errors reported.`);
  for (const line of comparison.differences) console.log(`  ${line}`);
  for (const line of comparison.errors) console.log(`  error: ${line}`);
}

main();
