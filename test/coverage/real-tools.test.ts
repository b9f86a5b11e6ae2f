/**
 * Reads the reports that real coverage tools wrote under test/fixtures/tools
 * (see the README there) and checks that our totals equal the numbers each tool
 * printed in its own summary, stored in the expected.json beside the report.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import libCoverage from 'istanbul-lib-coverage';
import { describe, expect, test } from 'vitest';

import { loadReport } from '../../src/coverage/load-report.js';
import { METRICS, type Counter, type MetricName, type ReportFormat, type Totals } from '../../src/coverage/model.js';
import { sumTotals } from '../../src/coverage/totals.js';
import { UserError } from '../../src/errors.js';

const TOOLS = fileURLToPath(new URL('../fixtures/tools/', import.meta.url));

/** The counters of a tool's printed summary, under the nearest metric name (written by write-expected.mjs). */
interface Expected {
  tool: string;
  summary: string;
  lines: Counter | null;
  branches: Counter | null;
  functions: Counter | null;
  statements: Counter | null;
  classes: Counter | null;
  percent?: string;
}

interface ReportCase {
  /** Report path under test/fixtures/tools. */
  report: string;
  format: ReportFormat;
  /** Metrics to compare; all five unless the tool has no counter for some that we derive. */
  metrics?: readonly MetricName[];
  /** Our totals that the report must produce, derived from the tool's expected.json. */
  totals: (expected: Expected) => Totals;
}

function pick(totals: Totals, metrics: readonly MetricName[]): Partial<Totals> {
  return Object.fromEntries(metrics.map((metric) => [metric, totals[metric]]));
}

function readExpected(report: string): Expected {
  return JSON.parse(readFileSync(join(TOOLS, dirname(report), 'expected.json'), 'utf8')) as Expected;
}

const none: Totals = { lines: null, branches: null, functions: null, statements: null, classes: null };

// Istanbul-based tools (vitest with either provider, c8, nyc) print Statements,
// Branches, Functions and Lines in text-summary; each report format carries a
// subset of them.
const istanbul = {
  /** coverage-final.json and coverage-summary.json carry all four metrics. */
  json: (e: Expected): Totals => ({ ...none, lines: e.lines, branches: e.branches, functions: e.functions, statements: e.statements }),
  /** lcov has DA (Istanbul lines), BRDA and FN records, and no statements. */
  lcov: (e: Expected): Totals => ({ ...none, lines: e.lines, branches: e.branches, functions: e.functions }),
  /**
   * Cobertura has one `<line>` per Istanbul line and a `<method>` per function.
   * Branches sit on `<line>` elements, so the writer drops those on a line
   * without a statement (see `branchesOffStatementLines`).
   */
  cobertura: (e: Expected, dropped: Counter): Totals => ({
    ...none,
    lines: e.lines,
    branches: minus(e.branches!, dropped),
    functions: e.functions,
  }),
  /**
   * istanbul-reports' clover writes one `stmt` or `cond` entry per Istanbul
   * line, so its statements are Istanbul's lines. It writes only the `methods`
   * counters for functions, and drops branches the way Cobertura does.
   */
  clover: (e: Expected, dropped: Counter): Totals => ({
    ...none,
    lines: e.lines,
    branches: minus(e.branches!, dropped),
    functions: e.functions,
    statements: e.lines,
  }),
};

function minus(counter: Counter, dropped: Counter): Counter {
  return { covered: counter.covered - dropped.covered, total: counter.total - dropped.total };
}

interface IstanbulFileJson {
  statementMap: Record<string, { start: { line: number } }>;
  branchMap: Record<string, { line?: number; loc: { start: { line: number } } }>;
  b: Record<string, number[]>;
}

/**
 * Counts the branches that istanbul-reports 3.x leaves out of Cobertura and
 * Clover: both writers list branches under the line entries, which exist only
 * for lines where a statement starts, so a branch on any other line (a default
 * parameter on a `function` line, for one) is in the summary but in no entry.
 */
function branchesOffStatementLines(folder: string): Counter {
  const json = JSON.parse(readFileSync(join(TOOLS, folder, 'coverage-final.json'), 'utf8')) as Record<
    string,
    IstanbulFileJson
  >;
  const dropped = { covered: 0, total: 0 };
  for (const file of Object.values(json)) {
    const statementLines = new Set(Object.values(file.statementMap).map((statement) => statement.start.line));
    for (const [id, branch] of Object.entries(file.branchMap)) {
      if (statementLines.has(branch.line ?? branch.loc.start.line)) continue;
      const hits = file.b[id]!;
      dropped.total += hits.length;
      dropped.covered += hits.filter((count) => count > 0).length;
    }
  }
  return dropped;
}

function istanbulCases(folder: string): ReportCase[] {
  const dropped = branchesOffStatementLines(folder);
  return [
    { report: `${folder}/coverage-final.json`, format: 'istanbul-json', totals: istanbul.json },
    { report: `${folder}/coverage-summary.json`, format: 'istanbul-summary', totals: istanbul.json },
    { report: `${folder}/lcov.info`, format: 'lcov', totals: istanbul.lcov },
    {
      report: `${folder}/cobertura-coverage.xml`,
      format: 'cobertura',
      totals: (e) => istanbul.cobertura(e, dropped),
    },
    { report: `${folder}/clover.xml`, format: 'clover', totals: (e) => istanbul.clover(e, dropped) },
  ];
}

const ISTANBUL_FOLDERS = ['js/vitest-v8', 'js/vitest-istanbul', 'js/c8', 'js/nyc'];

const CASES: ReportCase[] = [
  ...ISTANBUL_FOLDERS.flatMap(istanbulCases),

  // coverage.py's report counts statements (one per line that starts a
  // statement) and branches as arcs. Its Cobertura writes one `<line>` per
  // statement, so lines-valid equals Stmts, and branches-valid is the arc count.
  // Its `<methods/>` elements are empty, so there are no functions.
  {
    report: 'python/coverage-py/coverage.xml',
    format: 'cobertura',
    totals: (e) => ({ ...none, lines: e.statements, branches: e.branches }),
  },
  // coverage.py 6.5's lcov writer emits a DA record for every executed line
  // (analysis.executed), not only for statements. The package's __init__.py has
  // no statements, but its docstring line ran, so the writer adds `DA:1,1`
  // (and prints LF:0 LH:1 for that record). That one line is the only
  // difference from the printed report: one more line, and it is covered.
  {
    report: 'python/coverage-py/coverage.lcov',
    format: 'lcov',
    totals: (e) => ({
      ...none,
      lines: { covered: e.statements!.covered + 1, total: e.statements!.total + 1 },
      branches: e.branches,
    }),
  },

  // go tool cover reports statements only: each block counts its numStmt
  // statements, and duplicate blocks (one copy per test binary under
  // -coverpkg) count once. The concatenated profile repeats the mode line.
  // The lines we derive from block ranges have no counterpart in Go's output.
  ...['set', 'count', 'atomic', 'concatenated'].map(
    (folder): ReportCase => ({
      report: `go/${folder}/coverage.out`,
      format: 'go',
      metrics: ['statements', 'branches', 'functions', 'classes'],
      totals: (e) => ({ ...none, statements: e.statements }),
    }),
  ),

  // JaCoCo's LINE, BRANCH, METHOD and CLASS counters; INSTRUCTION has no
  // counterpart among our metrics.
  {
    report: 'java/jacoco/jacoco.xml',
    format: 'jacoco',
    totals: (e) => ({ ...none, lines: e.lines, branches: e.branches, functions: e.functions, classes: e.classes }),
  },
];

describe('reports written by real tools', () => {
  test.each(CASES.map((c) => [c.report, c] as const))('%s totals', async (report, { format, metrics, totals }) => {
    const parsed = await loadReport(join(TOOLS, report), 'auto');
    const compared = metrics ?? METRICS;

    expect(parsed.format).toBe(format);
    expect(parsed.files.length).toBeGreaterThan(0);
    expect(pick(sumTotals(parsed.files), compared)).toEqual(pick(totals(readExpected(report)), compared));
  });

  // Outputs of the same runs in formats that TestMaster does not read.
  test.each(['python/coverage-py/coverage.json', 'java/jacoco/jacoco.csv'])('%s rejected', async (report) => {
    const error = await loadReport(join(TOOLS, report), 'auto').then(
      () => null,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(basename(report));
  });
});

describe('Istanbul JSON against istanbul-lib-coverage', () => {
  test.each(ISTANBUL_FOLDERS)('%s coverage-final.json', async (folder) => {
    const path = join(TOOLS, folder, 'coverage-final.json');
    const map = libCoverage.createCoverageMap(JSON.parse(readFileSync(path, 'utf8')));
    const summary = map.getCoverageSummary();
    const library = {
      lines: { covered: summary.lines.covered, total: summary.lines.total },
      branches: { covered: summary.branches.covered, total: summary.branches.total },
      functions: { covered: summary.functions.covered, total: summary.functions.total },
      statements: { covered: summary.statements.covered, total: summary.statements.total },
      classes: null,
    };

    const ours = sumTotals((await loadReport(path, 'auto')).files);

    expect(ours).toEqual(library);
    expect(library).toEqual(istanbul.json(readExpected(`${folder}/coverage-final.json`)));
  });

  test.each(ISTANBUL_FOLDERS)('%s coverage-summary.json total', (folder) => {
    const summary = JSON.parse(readFileSync(join(TOOLS, folder, 'coverage-summary.json'), 'utf8')) as {
      total: Record<'lines' | 'branches' | 'functions' | 'statements', Counter>;
    };
    const expected = readExpected(`${folder}/coverage-summary.json`);

    for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
      expect({ metric, covered: summary.total[metric].covered, total: summary.total[metric].total }).toEqual({
        metric,
        ...expected[metric],
      });
    }
  });
});

describe('Istanbul XML writers', () => {
  // nyc and vitest put a default parameter's branch on the `function` line, which
  // has no statement; c8 (v8-to-istanbul) puts branches on statement lines only.
  test.each([
    ['js/vitest-v8', { covered: 0, total: 2 }],
    ['js/vitest-istanbul', { covered: 0, total: 2 }],
    ['js/nyc', { covered: 0, total: 2 }],
    ['js/c8', { covered: 0, total: 0 }],
  ])('%s drops branches off statement lines', (folder, dropped) => {
    expect(branchesOffStatementLines(folder)).toEqual(dropped);
  });
});

describe('Go percentages', () => {
  // go tool cover -func prints the total as %.1f of covered / total statements.
  test.each(['set', 'count', 'atomic', 'concatenated'])('%s total matches go tool cover', async (folder) => {
    const expected = readExpected(`go/${folder}/coverage.out`);
    const parsed = await loadReport(join(TOOLS, 'go', folder, 'coverage.out'), 'auto');
    const statements = sumTotals(parsed.files).statements!;

    expect(`${((100 * statements.covered) / statements.total).toFixed(1)}%`).toBe(expected.percent);
  });
});
