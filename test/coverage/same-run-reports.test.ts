/**
 * Default discovery reads one report of each Istanbul run. The fixture under
 * test/fixtures/default-discovery is one vitest run that wrote clover.xml,
 * coverage-final.json and lcov.info into one coverage/ folder (see
 * regenerate.sh there), and its coverage-summary.json contains vitest's totals.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORTS } from '../../src/config/defaults.js';
import { collectCoverage } from '../../src/coverage/collect.js';
import { chooseOneReportPerRun } from '../../src/coverage/same-run-reports.js';
import { sumTotals } from '../../src/coverage/totals.js';
import { temporaryFolder } from '../support/temporary-folder.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/default-discovery/', import.meta.url));
const SAMPLE_FILES = ['src/pricing.js', 'src/shapes.js', 'src/unused.js'];

describe('chooseOneReportPerRun', () => {
  it.each([
    {
      name: 'vitest defaults',
      paths: ['coverage/clover.xml', 'coverage/coverage-final.json'],
      kept: ['coverage/coverage-final.json'],
    },
    {
      name: 'Jest defaults',
      paths: ['coverage/clover.xml', 'coverage/coverage-final.json', 'coverage/lcov.info'],
      kept: ['coverage/coverage-final.json'],
    },
    {
      name: 'lcov before XML',
      paths: ['coverage/clover.xml', 'coverage/cobertura-coverage.xml', 'coverage/lcov.info'],
      kept: ['coverage/lcov.info'],
    },
    { name: 'Cobertura before clover', paths: ['coverage/clover.xml', 'coverage/cobertura-coverage.xml'], kept: ['coverage/cobertura-coverage.xml'] },
    {
      name: 'separate folders',
      paths: ['coverage/lcov.info', 'packages/a/coverage/lcov.info', 'packages/b/coverage/clover.xml'],
      kept: ['coverage/lcov.info', 'packages/a/coverage/lcov.info', 'packages/b/coverage/clover.xml'],
    },
    {
      name: 'other tools beside Istanbul',
      paths: ['coverage.out', 'coverage.xml', 'coverage/clover.xml', 'coverage/lcov.info'],
      kept: ['coverage.out', 'coverage.xml', 'coverage/lcov.info'],
    },
    { name: 'single report', paths: ['coverage/clover.xml'], kept: ['coverage/clover.xml'] },
  ])('keeps $name', ({ paths, kept }) => {
    expect(chooseOneReportPerRun(paths).kept).toEqual(kept);
  });

  it('lists the reports left out', () => {
    const choice = chooseOneReportPerRun(['coverage/clover.xml', 'coverage/coverage-final.json', 'coverage/lcov.info', 'x/lcov.info']);

    expect(choice.skipped).toEqual([{ kept: 'coverage/coverage-final.json', skipped: ['coverage/lcov.info', 'coverage/clover.xml'] }]);
  });
});

describe('default discovery of one vitest run', () => {
  async function collect(patternsAreDefaults: boolean, patterns: string[]) {
    const logged: string[] = [];
    const collected = await collectCoverage({
      root: FIXTURE,
      patterns,
      patternsAreDefaults,
      format: 'auto',
      trackedFiles: SAMPLE_FILES,
      pathMapping: { stripPrefixes: [], rewrite: [], roots: [] },
      log: { info: (line) => logged.push(line), warning: () => undefined, debug: () => undefined },
    });
    return { collected, logged };
  }

  it('reads coverage-final.json alone', async () => {
    const { collected, logged } = await collect(true, [...DEFAULT_REPORTS]);

    expect(collected.reports).toEqual(['coverage/coverage-final.json']);
    expect(logged).toContain(
      'Skipped coverage/lcov.info, coverage/clover.xml: coverage/coverage-final.json in the same folder covers the same files in a richer format, so it is the same test run, ' +
        'and merging two formats of one run can count statements twice. To read several of them, name them in coverage.reports, the reports input or as REPORT arguments.',
    );
  });

  it("matches vitest's own totals", async () => {
    const { collected } = await collect(true, [...DEFAULT_REPORTS]);
    const summary = JSON.parse(readFileSync(`${FIXTURE}coverage/coverage-summary.json`, 'utf8')) as {
      total: Record<'lines' | 'branches' | 'functions' | 'statements', { covered: number; total: number }>;
    };
    const totals = sumTotals(collected.files);

    for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
      expect(totals[metric], metric).toEqual({ covered: summary.total[metric].covered, total: summary.total[metric].total });
    }
  });

  it('merges named reports as given', async () => {
    const { collected } = await collect(false, ['coverage/clover.xml', 'coverage/coverage-final.json']);

    expect(collected.reports).toEqual(['coverage/clover.xml', 'coverage/coverage-final.json']);
    // clover's statements are Istanbul's 33 lines, and a per-line merge adds them to the 36 statements where their columns differ.
    expect(sumTotals(collected.files).statements).toEqual({ covered: 43, total: 66 });
  });
});

describe('default discovery of two runs in one folder', () => {
  it('merges a report of other files', async () => {
    // vitest's coverage-final.json and a Python tool's lcov.info of another file share coverage/.
    const root = temporaryFolder('testmaster-two-runs-');
    mkdirSync(join(root, 'coverage'));
    copyFileSync(`${FIXTURE}coverage/coverage-final.json`, join(root, 'coverage/coverage-final.json'));
    writeFileSync(join(root, 'coverage/lcov.info'), 'SF:tools/calc.py\nDA:1,1\nDA:2,0\nend_of_record\n');

    const collected = await collectCoverage({
      root,
      patterns: [...DEFAULT_REPORTS],
      patternsAreDefaults: true,
      format: 'auto',
      trackedFiles: [...SAMPLE_FILES, 'tools/calc.py'],
      pathMapping: { stripPrefixes: [], rewrite: [], roots: [] },
      log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    });

    expect(collected.reports.sort()).toEqual(['coverage/coverage-final.json', 'coverage/lcov.info']);
    expect(collected.files.map((file) => file.path)).toContain('tools/calc.py');
  });
});
