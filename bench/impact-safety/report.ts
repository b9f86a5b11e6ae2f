/**
 * Markdown tables of the safety benchmark: one row per commit, the misses,
 * and totals per repository.
 */
import type { CommitMeasurement } from './measure-commit.js';

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

function contained(failing: readonly string[], selected: readonly string[]): number {
  const set = new Set(selected);
  return failing.filter((file) => set.has(file)).length;
}

function list(files: readonly string[], max = 4): string {
  if (files.length === 0) return '-';
  const shown = files.slice(0, max).map((file) => `\`${file}\``);
  return files.length > max ? `${shown.join(', ')} and ${files.length - max} more` : shown.join(', ');
}

export function formatCommitTable(measurements: readonly CommitMeasurement[]): string {
  const header =
    '| commit | method | functions | fault-failing test files | TestMaster selected | TestMaster safety | runner selected | runner safety | test files |\n' +
    '|---|---|---|---|---|---|---|---|---|';
  const rows = measurements.map((m) => {
    const testMaster = m.testMaster.runAll ? `all ${m.testFiles} (run-all)` : String(m.testMasterSelected.length);
    const cells = [
      `${m.commit.sha.slice(0, 8)} ${m.commit.subject.replaceAll('|', '\\|').slice(0, 60)}`,
      m.method,
      String(m.functions.length),
      `${m.failing.length}: ${list(m.failing, 3)}`,
      testMaster,
      `${contained(m.failing, m.testMasterSelected)}/${m.failing.length}`,
      String(m.runnerSelected.length),
      `${contained(m.failing, m.runnerSelected)}/${m.failing.length}`,
      String(m.testFiles),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, ...rows].join('\n');
}

export function formatMisses(measurements: readonly CommitMeasurement[]): string {
  const lines: string[] = [];
  for (const m of measurements) {
    for (const miss of m.missedByTestMaster) lines.push(`- ${m.commit.sha.slice(0, 8)}: TestMaster missed \`${miss.file}\`: ${miss.explanation}`);
    if (m.missedByRunner.length > 0) lines.push(`- ${m.commit.sha.slice(0, 8)}: the runner missed ${list(m.missedByRunner, 10)}`);
  }
  return lines.length === 0 ? 'No selection missed a fault-failing test file.' : lines.join('\n');
}

interface Totals {
  commits: number;
  failing: number;
  testMasterContained: number;
  runnerContained: number;
  testFiles: number;
  testMasterSelected: number;
  runnerSelected: number;
  testMasterSafeCommits: number;
  runnerSafeCommits: number;
}

function sum(measurements: readonly CommitMeasurement[]): Totals {
  const totals: Totals = { commits: 0, failing: 0, testMasterContained: 0, runnerContained: 0, testFiles: 0, testMasterSelected: 0, runnerSelected: 0, testMasterSafeCommits: 0, runnerSafeCommits: 0 };
  for (const m of measurements) {
    const testMasterContained = contained(m.failing, m.testMasterSelected);
    const runnerContained = contained(m.failing, m.runnerSelected);
    totals.commits++;
    totals.failing += m.failing.length;
    totals.testMasterContained += testMasterContained;
    totals.runnerContained += runnerContained;
    totals.testFiles += m.testFiles;
    totals.testMasterSelected += m.testMasterSelected.length;
    totals.runnerSelected += m.runnerSelected.length;
    if (testMasterContained === m.failing.length) totals.testMasterSafeCommits++;
    if (runnerContained === m.failing.length) totals.runnerSafeCommits++;
  }
  return totals;
}

/**
 * Safety pools the fault-failing files of all commits; the selection ratio
 * pools selected files over test files, so every commit weighs by its test count.
 */
export function formatTotals(results: Record<string, { measurements: CommitMeasurement[] }>): string {
  const header =
    '| repository | commits | fault-failing test files | TestMaster safety | runner safety | commits with every failing file selected (TestMaster / runner) | TestMaster selection ratio | runner selection ratio |\n' +
    '|---|---|---|---|---|---|---|---|';
  const rows: string[] = [];
  const all: CommitMeasurement[] = [];
  for (const [name, entry] of Object.entries(results)) {
    all.push(...entry.measurements);
    rows.push(totalsRow(name, sum(entry.measurements)));
  }
  if (Object.keys(results).length > 1) rows.push(totalsRow('all', sum(all)));
  return [header, ...rows].join('\n');
}

function totalsRow(name: string, t: Totals): string {
  const cells = [
    name,
    String(t.commits),
    String(t.failing),
    `${percent(t.testMasterContained, t.failing)} (${t.testMasterContained}/${t.failing})`,
    `${percent(t.runnerContained, t.failing)} (${t.runnerContained}/${t.failing})`,
    `${t.testMasterSafeCommits} / ${t.runnerSafeCommits}`,
    percent(t.testMasterSelected, t.testFiles),
    percent(t.runnerSelected, t.testFiles),
  ];
  return `| ${cells.join(' | ')} |`;
}
