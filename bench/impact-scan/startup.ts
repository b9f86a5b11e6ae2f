/**
 * Measures what loading the import scanner costs a fresh Node process: the
 * wall time and peak RSS of a process that imports the bundled scanner and
 * scans one short file, next to a process that does nothing.
 *
 *   npx tsx bench/impact-scan/startup.ts [--runs N]
 *
 * `src/impact/scan/index.ts` is bundled with esbuild into
 * bench/out/impact-scan/, with packages left external as in the product's
 * bundles, so whatever the scanner imports from node_modules is loaded too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const SCANNER_SOURCE = fileURLToPath(new URL('../../src/impact/scan/index.ts', import.meta.url));
const SCANNER_BUNDLE = fileURLToPath(new URL('../out/impact-scan/scan-module.mjs', import.meta.url));

const IMPORT_AND_SCAN = `
const { scanModuleReferences } = await import(${JSON.stringify(SCANNER_BUNDLE)});
scanModuleReferences('a.ts', "import a from './a';");
`;

interface Run {
  seconds: number;
  maxRssMiB: number;
}

function bundleScanner(): void {
  const esbuild = fileURLToPath(new URL('../../node_modules/.bin/esbuild', import.meta.url));
  const options = ['--bundle', '--platform=node', '--format=esm', '--target=node20', '--packages=external', '--log-level=warning'];
  execFileSync(esbuild, [SCANNER_SOURCE, ...options, `--outfile=${SCANNER_BUNDLE}`], { cwd: REPOSITORY, stdio: 'inherit' });
}

/** Runs `code` in a new Node process and returns its wall time and the peak RSS it reports. */
function runNode(code: string): Run {
  const program = `${code}\nprocess.stdout.write(String(process.resourceUsage().maxRSS));`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`The measured Node process failed with exit ${child.status}: ${child.stderr.trim()}`);
  return { seconds, maxRssMiB: Number(child.stdout) / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);

  bundleScanner();
  const empty: Run[] = [];
  const scanner: Run[] = [];
  // Alternating the two keeps a change in the machine's load from falling on one of them only.
  for (let i = 0; i < runs; i++) {
    empty.push(runNode(''));
    scanner.push(runNode(IMPORT_AND_SCAN));
  }
  console.log(`${runs} runs each, medians:`);
  console.log('| process | wall s | max RSS MiB |');
  console.log('|---|---|---|');
  for (const [name, measured] of [['node, empty', empty], ['node, import scanner and scan one file', scanner]] as const) {
    const seconds = median(measured.map((run) => run.seconds));
    const rss = median(measured.map((run) => run.maxRssMiB));
    console.log(`| ${name} | ${seconds.toFixed(3)} | ${rss.toFixed(0)} |`);
  }
}

main();
