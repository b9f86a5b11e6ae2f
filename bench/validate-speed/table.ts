/**
 * Prints the validate speed benchmark as Markdown: the median of each row,
 * then the ratios of TestMaster's times to the peers' times.
 *
 *   npx tsx bench/validate-speed/table.ts RESULTS_TSV OUTPUT_DIR
 *
 * RESULTS_TSV contains one line per timed run: row, run, wall s, user s,
 * system s, peak RSS in KiB, exit code. OUTPUT_DIR contains the JSON output of
 * the last run of each row in `json/` and the logs in `logs/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Run {
  row: string;
  run: number;
  wallSeconds: number;
  cpuSeconds: number;
  rssKib: number;
  exitCode: number;
}

interface RowSummary {
  row: string;
  runs: number;
  wallSeconds: number;
  cpuSeconds: number;
  rssMib: number;
  exitCodes: string;
  files: string;
  findings: string;
}

const ROWS: Record<string, string> = {
  'ours-full': 'testmaster validate --filter nofilter (types + per-file validators)',
  'ours-full-no-types': 'testmaster validate --filter nofilter, without types',
  tsc: 'tsc --noEmit -p tsconfig.validate-speed.json',
  'eslint-full': 'eslint . (complexity + sonarjs/cognitive-complexity)',
  'ours-changed': 'testmaster validate --base main (added filter, types + per-file validators)',
  'ours-changed-no-types': 'testmaster validate --base main, without types',
  'eslint-changed': 'eslint CHANGED_FILES',
};

/** Ratios printed: TestMaster's row against one peer row or the sum of two. */
const RATIOS: Array<{ label: string; ours: string; peers: string[] }> = [
  { label: 'full: ours / (tsc + eslint)', ours: 'ours-full', peers: ['tsc', 'eslint-full'] },
  { label: 'full: ours / tsc', ours: 'ours-full', peers: ['tsc'] },
  { label: 'full: ours / eslint', ours: 'ours-full', peers: ['eslint-full'] },
  { label: 'full: ours without types / eslint', ours: 'ours-full-no-types', peers: ['eslint-full'] },
  { label: 'changed: ours / (tsc + eslint)', ours: 'ours-changed', peers: ['tsc', 'eslint-changed'] },
  { label: 'changed: ours / tsc', ours: 'ours-changed', peers: ['tsc'] },
  { label: 'changed: ours / eslint', ours: 'ours-changed', peers: ['eslint-changed'] },
  { label: 'changed: ours without types / eslint', ours: 'ours-changed-no-types', peers: ['eslint-changed'] },
];

const [resultsFile, outputDir] = process.argv.slice(2);
if (!resultsFile || !outputDir) {
  process.stderr.write('usage: table.ts RESULTS_TSV OUTPUT_DIR\n');
  process.exit(2);
}

const runs = readRuns(resultsFile);
const summaries = new Map(Object.keys(ROWS).map((row) => [row, summarize(row, runs.filter((run) => run.row === row), outputDir)]));
process.stdout.write(`${formatRows([...summaries.values()])}\n\n${formatRatios(summaries)}\n`);

function readRuns(file: string): Run[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [row, run, wall, user, system, rss, exitCode] = line.split('\t');
      return {
        row: row!,
        run: Number(run),
        wallSeconds: Number(wall),
        cpuSeconds: Number(user) + Number(system),
        rssKib: Number(rss),
        exitCode: Number(exitCode),
      };
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summarize(row: string, rowRuns: Run[], directory: string): RowSummary {
  const counts = countOutput(row, directory, Math.max(0, ...rowRuns.map((run) => run.run)));
  return {
    row,
    runs: rowRuns.length,
    wallSeconds: median(rowRuns.map((run) => run.wallSeconds)),
    cpuSeconds: median(rowRuns.map((run) => run.cpuSeconds)),
    rssMib: median(rowRuns.map((run) => run.rssKib)) / 1024,
    exitCodes: [...new Set(rowRuns.map((run) => run.exitCode))].join(', '),
    ...counts,
  };
}

/** Files read and findings reported by the last run of a row, from its JSON output or log. */
function countOutput(row: string, directory: string, lastRun: number): { files: string; findings: string } {
  const jsonFile = join(directory, 'json', `${row}.json`);
  if (row.startsWith('ours') && existsSync(jsonFile)) {
    const result = JSON.parse(readFileSync(jsonFile, 'utf8')) as { filesChecked: number; counts: { total: number } };
    return { files: String(result.filesChecked), findings: String(result.counts.total) };
  }
  if (row.startsWith('eslint') && existsSync(jsonFile)) {
    const results = JSON.parse(readFileSync(jsonFile, 'utf8')) as Array<{ errorCount: number; warningCount: number }>;
    const findings = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
    return { files: String(results.length), findings: String(findings) };
  }
  const log = join(directory, 'logs', `${row}-${lastRun}.log`);
  if (row === 'tsc' && existsSync(log)) {
    const diagnostics = readFileSync(log, 'utf8').match(/error TS\d+:/g)?.length ?? 0;
    return { files: '', findings: String(diagnostics) };
  }
  return { files: '', findings: '' };
}

function formatRows(rows: RowSummary[]): string {
  const lines = [
    '| row | command | runs | median wall s | median CPU s | median peak RSS MiB | files | findings | exit codes |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const cells = [
      row.row,
      ROWS[row.row]!,
      String(row.runs),
      row.wallSeconds.toFixed(2),
      row.cpuSeconds.toFixed(2),
      row.rssMib.toFixed(0),
      row.files,
      row.findings,
      row.exitCodes,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function formatRatios(rows: Map<string, RowSummary>): string {
  const lines = ['| comparison | wall ratio | CPU ratio |', '| --- | ---: | ---: |'];
  for (const ratio of RATIOS) {
    const ours = rows.get(ratio.ours);
    const peers = ratio.peers.map((peer) => rows.get(peer));
    if (!ours || ours.runs === 0 || peers.some((peer) => !peer || peer.runs === 0)) continue;
    const peerWall = peers.reduce((sum, peer) => sum + peer!.wallSeconds, 0);
    const peerCpu = peers.reduce((sum, peer) => sum + peer!.cpuSeconds, 0);
    lines.push(`| ${ratio.label} | ${(ours.wallSeconds / peerWall).toFixed(2)} | ${(ours.cpuSeconds / peerCpu).toFixed(2)} |`);
  }
  return lines.join('\n');
}
