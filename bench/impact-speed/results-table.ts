/** Formats the impact benchmark as Markdown tables and judges TestMaster against jest on each repository. */
import type { Counts, Tool } from './tools.js';

export interface ResultRow {
  repo: string;
  tool: string;
  role: Tool['role'];
  runs: number;
  /** Median wall time over the runs, whole process. */
  seconds: number;
  /** Median user plus system CPU time over the runs, whole process with its git children. */
  cpuSeconds: number;
  /** Median peak resident set size over the runs, in bytes. */
  maxRssBytes: number;
  counts: Counts;
  status: string;
}

/** Highest warm TestMaster time as a share of jest's warm time. */
const WARM_SHARE = 0.3;
const MIB = 2 ** 20;

const find = (rows: ResultRow[], repo: string, tool: string): ResultRow | undefined =>
  rows.find((row) => row.repo === repo && row.tool === tool && row.status === 'ok');

function ratio(value: number, reference: ResultRow | undefined, field: 'seconds' | 'cpuSeconds' = 'seconds'): string {
  return reference ? `${(value / reference[field]).toFixed(2)}x` : 'n/a';
}

const count = (value: number | undefined): string => (value === undefined ? '' : value.toLocaleString('en-US'));

export function formatResults(rows: ResultRow[]): string {
  const lines = [
    '| repository | tool | runs | median s | x jest cold | x jest warm | CPU s | CPU x jest cold | CPU x jest warm | peak RSS MiB | files | edges | tests selected | result |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const cells = [
      row.repo,
      row.tool,
      String(row.runs),
      row.seconds.toFixed(2),
      ratio(row.seconds, find(rows, row.repo, 'jest cold')),
      ratio(row.seconds, find(rows, row.repo, 'jest warm')),
      row.cpuSeconds.toFixed(2),
      ratio(row.cpuSeconds, find(rows, row.repo, 'jest cold'), 'cpuSeconds'),
      ratio(row.cpuSeconds, find(rows, row.repo, 'jest warm'), 'cpuSeconds'),
      (row.maxRssBytes / MIB).toFixed(0),
      count(row.counts.files),
      count(row.counts.edges),
      count(row.counts.tests),
      row.status,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

/**
 * One line per repository and target. Cold: TestMaster's cold CLI run in at
 * most jest's cold time, with more resolved edges than jest (the library
 * row's count, since the CLI does not print its edges). Warm: at most 30 % of
 * jest's warm time. Memory: peak RSS at most jest's, cold against cold and
 * warm against warm. The first run without a code cache gets a line of its
 * own when its row was measured.
 */
export function formatTargets(rows: ResultRow[]): string {
  const lines = ['| repository | target | TestMaster | jest | verdict |', '|---|---|---|---|---|'];
  for (const repo of [...new Set(rows.map((row) => row.repo))]) {
    const cold = find(rows, repo, 'testmaster cold');
    const warm = find(rows, repo, 'testmaster warm');
    const library = find(rows, repo, 'testmaster library');
    const jestCold = find(rows, repo, 'jest cold');
    const jestWarm = find(rows, repo, 'jest warm');
    if (!cold || !warm || !jestCold || !jestWarm) {
      lines.push(`| ${repo} | all | missing rows | missing rows | n/a |`);
      continue;
    }
    const ours = library?.counts.edges;
    const theirs = jestCold.counts.edges;
    const moreEdges = ours !== undefined && theirs !== undefined && ours > theirs;
    lines.push(`| ${repo} | cold time <= jest cold | ${cold.seconds.toFixed(2)} s | ${jestCold.seconds.toFixed(2)} s | ${verdict(cold.seconds <= jestCold.seconds)} |`);
    lines.push(`| ${repo} | cold CPU time <= jest cold | ${cold.cpuSeconds.toFixed(2)} s | ${jestCold.cpuSeconds.toFixed(2)} s | ${verdict(cold.cpuSeconds <= jestCold.cpuSeconds)} |`);
    const first = find(rows, repo, 'testmaster first run');
    if (first) {
      lines.push(
        `| ${repo} | first run CPU time <= jest cold | ${first.cpuSeconds.toFixed(2)} s | ${jestCold.cpuSeconds.toFixed(2)} s | ${verdict(first.cpuSeconds <= jestCold.cpuSeconds)} |`,
      );
    }
    lines.push(`| ${repo} | resolves more edges than jest | ${count(ours) || 'n/a'} | ${count(theirs) || 'n/a'} | ${verdict(moreEdges)} |`);
    lines.push(
      `| ${repo} | warm time <= 30 % of jest warm | ${warm.seconds.toFixed(2)} s (${((warm.seconds / jestWarm.seconds) * 100).toFixed(0)} %) | ${jestWarm.seconds.toFixed(2)} s | ${verdict(warm.seconds <= WARM_SHARE * jestWarm.seconds)} |`,
    );
    lines.push(
      `| ${repo} | warm CPU time <= 30 % of jest warm | ${warm.cpuSeconds.toFixed(2)} s (${((warm.cpuSeconds / jestWarm.cpuSeconds) * 100).toFixed(0)} %) | ${jestWarm.cpuSeconds.toFixed(2)} s | ${verdict(warm.cpuSeconds <= WARM_SHARE * jestWarm.cpuSeconds)} |`,
    );
    for (const [label, ours, theirs] of [['cold', cold, jestCold], ['warm', warm, jestWarm]] as const) {
      lines.push(
        `| ${repo} | ${label} peak RSS <= jest ${label} | ${(ours.maxRssBytes / MIB).toFixed(0)} MiB | ${(theirs.maxRssBytes / MIB).toFixed(0)} MiB | ${verdict(ours.maxRssBytes <= theirs.maxRssBytes)} |`,
      );
    }
  }
  return lines.join('\n');
}
