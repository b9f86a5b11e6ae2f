/**
 * Parses real reports copied from public projects (kept outside the repository,
 * in ../shared/fixtures/real) and compares our totals with the counters that the
 * producing tool wrote into each file. The counters are read here with small
 * regular expressions, independently of our parsers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import libCoverage from 'istanbul-lib-coverage';
import { describe, expect, test } from 'vitest';

import { loadReport } from '../../src/coverage/load-report.js';
import type { Counter, MetricName, ParsedReport, Totals } from '../../src/coverage/model.js';
import { sumTotals } from '../../src/coverage/totals.js';
import { ReportError } from '../../src/errors.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = join(REPO_ROOT, '..', 'shared', 'fixtures', 'real');
const present = existsSync(REAL);

if (!present) {
  console.warn(`Skipping shared fixture tests: ${REAL} does not exist.`);
}

const none: Totals = { lines: null, branches: null, functions: null, statements: null, classes: null };

function read(file: string): string {
  return readFileSync(join(REAL, file), 'utf8');
}

async function load(file: string): Promise<ParsedReport> {
  return loadReport(join(REAL, file), 'auto');
}

/** Reads a numeric attribute of the first match of an element; throws when it is missing. */
function attribute(element: string, name: string): number {
  const match = element.match(new RegExp(`\\s${name}="(\\d+)"`));
  if (!match) throw new Error(`attribute ${name} missing in ${element.slice(0, 200)}`);
  return Number(match[1]);
}

function counter(covered: number, total: number): Counter {
  return { covered, total };
}

/** A counter of zero items, which our model stores as `null` (a metric the report has none of). */
function orNull(value: Counter): Counter | null {
  return value.total === 0 ? null : value;
}

function pick(totals: Totals, metrics: readonly MetricName[]): Partial<Totals> {
  return Object.fromEntries(metrics.map((metric) => [metric, totals[metric]]));
}

describe.skipIf(!present)('lcov from public projects', () => {
  /** Sums one summary tag (LF, LH, BRF, ...) over every record. */
  function sumTag(text: string, tag: string): number {
    let sum = 0;
    for (const match of text.matchAll(new RegExp(`^${tag}:(\\d+)`, 'gm'))) sum += Number(match[1]);
    return sum;
  }

  function summaryTotals(text: string): Totals {
    const has = (tag: string) => new RegExp(`^${tag}:`, 'm').test(text);
    return {
      ...none,
      lines: counter(sumTag(text, 'LH'), sumTag(text, 'LF')),
      branches: has('BRF') ? counter(sumTag(text, 'BRH'), sumTag(text, 'BRF')) : null,
      functions: has('FNF') ? counter(sumTag(text, 'FNH'), sumTag(text, 'FNF')) : null,
    };
  }

  test.each(['lcov/cpp-fnl-fna.lcov', 'lcov/node-test.lcov'])('%s matches LF/LH, BRF/BRH, FNF/FNH', async (file) => {
    const report = await load(file);

    expect(report.format).toBe('lcov');
    expect(sumTotals(report.files)).toEqual(summaryTotals(read(file)));
  });

  // The record's LF:6 LH:6 and BRF:0 do not describe its own records: it has
  // ten DA lines of which five ran, and one BRDA entry that was not taken.
  // The detail records are the data, so the totals come from them.
  test('python-lcov.info recomputed from records', async () => {
    const text = read('lcov/python-lcov.info');
    const da = [...text.matchAll(/^DA:\d+,(\d+)/gm)].map((match) => Number(match[1]));
    const brda = [...text.matchAll(/^BRDA:\d+,\d+,\d+,(\d+|-)/gm)].map((match) => match[1]);
    const report = await load('lcov/python-lcov.info');

    const totals = sumTotals(report.files);

    expect(totals.lines).toEqual(counter(da.filter((hits) => hits > 0).length, da.length));
    expect(totals.lines).toEqual(counter(5, 10));
    expect(summaryTotals(text).lines).toEqual(counter(6, 6));
    expect(totals.branches).toEqual(counter(brda.filter((taken) => taken !== '-' && taken !== '0').length, brda.length));
    expect(totals.functions).toEqual(counter(2, 2));
  });
});

describe.skipIf(!present)('Cobertura from public projects', () => {
  function headerTotals(text: string): Totals {
    const header = text.match(/<coverage\b[^>]*>/)![0];
    return {
      ...none,
      lines: orNull(counter(attribute(header, 'lines-covered'), attribute(header, 'lines-valid'))),
      branches: orNull(counter(attribute(header, 'branches-covered'), attribute(header, 'branches-valid'))),
    };
  }

  // coverlet writes many classes per file, but in this report no two classes
  // of one file list the same line, so the per-file recompute equals its header.
  test.each([
    'cobertura/coveragepy-conditions.xml',
    'cobertura/coverlet.xml',
    'cobertura/gcovr.xml',
    'cobertura/dotnet-bom.xml',
  ])('%s matches header counters', async (file) => {
    const report = await load(file);
    const expected = headerTotals(read(file));

    expect(report.format).toBe('cobertura');
    expect(pick(sumTotals(report.files), ['lines', 'branches'])).toEqual(pick(expected, ['lines', 'branches']));
  });

  // The scoverage report has closing tags with no opening tag at line 781, so
  // it is not well-formed XML. Either outcome is acceptable if it names the
  // line: a ReportError, or a parse that warns and keeps the header's totals.
  test('scoverage report malformed at line 781', async () => {
    const file = 'cobertura/cobertura-basic.xml';
    const outcome = await load(file).then(
      (report) => ({ report, error: null }),
      (error: unknown) => ({ report: null, error }),
    );

    if (outcome.error) {
      expect(outcome.error).toBeInstanceOf(ReportError);
      expect((outcome.error as ReportError).position?.line).toBe(781);
      return;
    }
    expect(outcome.report!.warnings.join('\n')).toContain('781');
    expect(pick(sumTotals(outcome.report!.files), ['lines', 'branches'])).toEqual(
      pick(headerTotals(read(file)), ['lines', 'branches']),
    );
  });
});

describe.skipIf(!present)('Clover from PHPUnit', () => {
  const file = 'clover/phpunit-phpcsutils.xml';

  /** Splits the report into its <file> elements. */
  function fileElements(text: string): string[] {
    return [...text.matchAll(/<file\b[\s\S]*?<\/file>/g)].map((match) => match[0]);
  }

  function entries(element: string, type: string): number[] {
    return [...element.matchAll(new RegExp(`<line num="\\d+" type="${type}"[^>]*\\scount="(\\d+)"`, 'g'))].map(
      (match) => Number(match[1]),
    );
  }

  // The copy is an excerpt. Its project <metrics> count 37 files and 2420
  // statements, but two <file> elements remain. The first is whole: its entries
  // add up to its <metrics> (79 statements, 3 methods). The second keeps one
  // method entry and none of the 244 statements its <metrics> count. The totals
  // follow the entries. PHPUnit writes one stmt entry per executable line, so
  // lines equal statements, and it measured no branches (conditionals="0").
  test('totals follow the line entries', async () => {
    const text = read(file);
    const [first, second] = fileElements(text);
    const statements = entries(text, 'stmt');
    const methods = entries(text, 'method');
    const statementCounter = counter(statements.filter((hits) => hits > 0).length, statements.length);
    const report = await load(file);

    expect(report.format).toBe('clover');
    expect(sumTotals(report.files)).toEqual({
      ...none,
      lines: statementCounter,
      statements: statementCounter,
      functions: counter(methods.filter((hits) => hits > 0).length, methods.length),
    });

    const firstMetrics = first!.match(/<metrics loc=[^>]*>/)![0];
    expect(entries(first!, 'stmt')).toHaveLength(attribute(firstMetrics, 'statements'));
    expect(entries(first!, 'method')).toHaveLength(attribute(firstMetrics, 'methods'));
    expect(entries(second!, 'stmt')).toHaveLength(0);
    expect(attribute(second!.match(/<metrics loc=[^>]*>/)![0], 'statements')).toBe(244);
    expect(attribute(text.match(/<metrics files=[^>]*>/)![0], 'statements')).toBe(2420);
  });
});

describe.skipIf(!present)('JaCoCo from public projects', () => {
  const TYPES = { LINE: 'lines', BRANCH: 'branches', METHOD: 'functions', CLASS: 'classes' } as const;

  /**
   * Sums the counters of every <sourcefile>; JaCoCo omits a counter whose total
   * is 0. A self-closing <sourcefile/> (an interface in the aggregate report)
   * has no counters.
   */
  function sourcefileTotals(text: string): Totals {
    const totals: Totals = { ...none };
    for (const sourcefile of text.matchAll(/<sourcefile\b[^>]*[^/]>[\s\S]*?<\/sourcefile>/g)) {
      addCounters(totals, sourcefile[0]);
    }
    return totals;
  }

  /** Reads the counters that are direct children of <report>: the ones after its last child element. */
  function reportTotals(text: string): Totals {
    const tail = text.slice(Math.max(text.lastIndexOf('</package>'), text.lastIndexOf('</group>')));
    const totals: Totals = { ...none };
    addCounters(totals, tail);
    return totals;
  }

  function addCounters(totals: Totals, xml: string): void {
    for (const match of xml.matchAll(/<counter\b[^>]*>/g)) {
      const type = match[0].match(/type="(\w+)"/)![1]!;
      if (!(type in TYPES)) continue;
      const metric = TYPES[type as keyof typeof TYPES];
      const sum = (totals[metric] ??= counter(0, 0));
      const covered = attribute(match[0], 'covered');
      sum.covered += covered;
      sum.total += covered + attribute(match[0], 'missed');
    }
  }

  test('multi-module-app.xml matches report counters', async () => {
    const text = read('jacoco/multi-module-app.xml');
    const report = await load('jacoco/multi-module-app.xml');

    expect(report.format).toBe('jacoco');
    expect(sumTotals(report.files)).toEqual(reportTotals(text));
    expect(reportTotals(text)).toEqual(sourcefileTotals(text));
  });

  // An edited copy: its two packages each count 5 of 6 lines, but the
  // report-level counters repeat one package's numbers instead of their sum.
  // The totals follow the sourcefile counters, which describe what the file holds.
  test('multiple-packages.xml follows sourcefile counters', async () => {
    const text = read('jacoco/multiple-packages.xml');
    const report = await load('jacoco/multiple-packages.xml');

    expect(sumTotals(report.files)).toEqual(sourcefileTotals(text));
    expect(sourcefileTotals(text).lines).toEqual(counter(10, 12));
    expect(reportTotals(text).lines).toEqual(counter(5, 6));
  });

  // An excerpt of an aggregate report: the report-level counters describe the
  // whole build (9823 lines) but only part of each group remains in the file.
  test('aggregate-groups.xml follows sourcefile counters', async () => {
    const text = read('jacoco/aggregate-groups.xml');
    const report = await load('jacoco/aggregate-groups.xml');

    expect(sumTotals(report.files)).toEqual(sourcefileTotals(text));
    expect(sourcefileTotals(text).lines).toEqual(counter(10, 28));
    expect(reportTotals(text).lines).toEqual(counter(7593, 9823));
  });
});

describe.skipIf(!present)('Go profile from a public project', () => {
  // go tool cover merges blocks with the same position (set mode: covered if
  // any copy is; count and atomic: counts add up) and counts each block's
  // numStmt statements.
  function goStatements(text: string): Counter {
    const blocks = new Map<string, { statements: number; count: number }>();
    for (const match of text.matchAll(/^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/gm)) {
      const previous = blocks.get(match[1]!);
      blocks.set(match[1]!, { statements: Number(match[2]), count: (previous?.count ?? 0) + Number(match[3]) });
    }
    let covered = 0;
    let total = 0;
    for (const block of blocks.values()) {
      total += block.statements;
      if (block.count > 0) covered += block.statements;
    }
    return counter(covered, total);
  }

  // The lines we derive from block ranges have no counterpart in the profile.
  test('coverage.out statements', async () => {
    const report = await load('go/coverage.out');
    const compared = ['statements', 'branches', 'functions', 'classes'] as const;

    expect(report.format).toBe('go');
    expect(pick(sumTotals(report.files), compared)).toEqual(
      pick({ ...none, statements: goStatements(read('go/coverage.out')) }, compared),
    );
  });
});

describe.skipIf(!present)('Istanbul from vitest', () => {
  test('coverage-final.json matches istanbul-lib-coverage', async () => {
    const file = 'istanbul/vitest-coverage-final.json';
    const summary = libCoverage.createCoverageMap(JSON.parse(read(file))).getCoverageSummary();
    const report = await load(file);

    expect(report.format).toBe('istanbul-json');
    expect(sumTotals(report.files)).toEqual({
      ...none,
      lines: counter(summary.lines.covered, summary.lines.total),
      branches: counter(summary.branches.covered, summary.branches.total),
      functions: counter(summary.functions.covered, summary.functions.total),
      statements: counter(summary.statements.covered, summary.statements.total),
    });
  });

  test('coverage-summary.json matches its total', async () => {
    const file = 'istanbul/vitest-coverage-summary.json';
    const total = (JSON.parse(read(file)) as { total: Record<'lines' | 'branches' | 'functions' | 'statements', Counter> })
      .total;
    const report = await load(file);

    expect(report.format).toBe('istanbul-summary');
    expect(sumTotals(report.files)).toEqual({
      ...none,
      lines: counter(total.lines.covered, total.lines.total),
      branches: counter(total.branches.covered, total.branches.total),
      functions: counter(total.functions.covered, total.functions.total),
      statements: counter(total.statements.covered, total.statements.total),
    });
  });
});
