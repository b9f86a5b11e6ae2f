/**
 * Each factor's curve at zero, at a small and at a large value, with its
 * unit, weight, contribution and detail.
 */

import { describe, expect, it } from 'vitest';
import type { RiskFactor } from '../../../src/impact/model.js';
import { authorsFactor } from '../../../src/impact/risk/authors.js';
import { centralityFactor } from '../../../src/impact/risk/centrality.js';
import { churnFactor } from '../../../src/impact/risk/churn.js';
import { saturatingScore } from '../../../src/impact/risk/curve.js';
import { deletedExportsFactor, type PublicModules } from '../../../src/impact/risk/deleted-exports.js';
import { compareExports } from '../../../src/impact/risk/export-comparison.js';
import { BINARY_FILE_LINES, diffSizeFactor } from '../../../src/impact/risk/diff-size.js';
import { areaOf, diffSpreadFactor } from '../../../src/impact/risk/diff-spread.js';
import { weighFactor } from '../../../src/impact/risk/factor.js';
import { directImporterCounts, fanInFactor } from '../../../src/impact/risk/fan-in.js';
import { describeWindow } from '../../../src/impact/risk/history-text.js';
import { findSensitivePaths, sensitivePathsFactor } from '../../../src/impact/risk/sensitive-paths.js';
import { uncoveredLinesFactor } from '../../../src/impact/risk/uncovered-lines.js';
import { authorIds, changedFile, edge, history, importersIn } from './fixtures.js';

const WEIGHT = 10;

interface CurveCase {
  name: string;
  factor: () => RiskFactor;
  value: number;
  score: number;
  unit: string;
}

/** Builds edges from `count` importers `src/user-0.ts`, ... to `target`. */
function importerEdges(target: string, count: number) {
  return Array.from({ length: count }, (_, index) => edge(`src/user-${index}.ts`, target));
}

const NO_PUBLIC: PublicModules = { entryPoints: new Set(), importedFromOutside: new Set() };
const PUBLIC_INDEX: PublicModules = { entryPoints: new Set(['packages/a/src/index.ts']), importedFromOutside: new Set() };

function removedExports(count: number) {
  const base = Array.from({ length: count }, (_, index) => `export const name${index} = ${index};`).join('\n');
  const versions = { path: 'packages/a/src/index.ts', baseText: `${base}\nexport const kept = 1;`, headText: 'export const kept = 1;' };
  return [{ ...versions, removed: compareExports(versions) }];
}

const CASES: CurveCase[] = [
  { name: 'diffSize at 0', factor: () => diffSizeFactor([], WEIGHT), value: 0, score: 0, unit: 'lines' },
  { name: 'diffSize small', factor: () => diffSizeFactor([changedFile('a.ts', 20, 10)], WEIGHT), value: 30, score: 0.095, unit: 'lines' },
  { name: 'diffSize large', factor: () => diffSizeFactor([changedFile('a.ts', 800, 400)], WEIGHT), value: 1200, score: 0.982, unit: 'lines' },
  { name: 'diffSpread at 0', factor: () => diffSpreadFactor([], [], WEIGHT), value: 0, score: 0, unit: 'areas' },
  { name: 'diffSpread one area', factor: () => diffSpreadFactor(['src/a.ts', 'src/b.ts'], [], WEIGHT), value: 1, score: 0, unit: 'area' },
  { name: 'diffSpread small', factor: () => diffSpreadFactor(['src/a.ts', 'docs/a.md'], [], WEIGHT), value: 2, score: 0.393, unit: 'areas' },
  {
    name: 'diffSpread large',
    factor: () => diffSpreadFactor(['a/x', 'b/x', 'c/x', 'd/x', 'e/x', 'f/x', 'g/x'], [], WEIGHT),
    value: 7,
    score: 0.95,
    unit: 'areas',
  },
  { name: 'fanIn at 0', factor: () => fanInFactor(['src/a.ts'], importersIn([]), WEIGHT), value: 0, score: 0, unit: 'importers' },
  { name: 'fanIn small', factor: () => fanInFactor(['src/a.ts'], importersIn(importerEdges('src/a.ts', 3)), WEIGHT), value: 3, score: 0.259, unit: 'importers' },
  { name: 'fanIn large', factor: () => fanInFactor(['src/a.ts'], importersIn(importerEdges('src/a.ts', 40)), WEIGHT), value: 40, score: 0.982, unit: 'importers' },
  { name: 'centrality at 0', factor: () => centralityFactor({ share: 0, module: null }, WEIGHT), value: 0, score: 0, unit: '% of modules' },
  { name: 'centrality small', factor: () => centralityFactor({ share: 0.02, module: 'src/a.ts' }, WEIGHT), value: 2, score: 0.181, unit: '% of modules' },
  { name: 'centrality large', factor: () => centralityFactor({ share: 0.5, module: 'src/a.ts' }, WEIGHT), value: 50, score: 0.993, unit: '% of modules' },
  { name: 'churn at 0', factor: () => churnFactor(history([{ path: 'a.ts', commits: 0, authors: [] }]), WEIGHT), value: 0, score: 0, unit: 'commits' },
  { name: 'churn small', factor: () => churnFactor(history([{ path: 'a.ts', commits: 3, authors: ['a0'] }]), WEIGHT), value: 3, score: 0.181, unit: 'commits' },
  { name: 'churn large', factor: () => churnFactor(history([{ path: 'a.ts', commits: 60, authors: ['a0'] }]), WEIGHT), value: 60, score: 0.982, unit: 'commits' },
  { name: 'authors at 0', factor: () => authorsFactor(history([{ path: 'a.ts', commits: 0, authors: [] }]), WEIGHT), value: 0, score: 0, unit: 'authors' },
  { name: 'authors one', factor: () => authorsFactor(history([{ path: 'a.ts', commits: 2, authors: authorIds(1) }]), WEIGHT), value: 1, score: 0, unit: 'author' },
  { name: 'authors small', factor: () => authorsFactor(history([{ path: 'a.ts', commits: 2, authors: authorIds(2) }]), WEIGHT), value: 2, score: 0.283, unit: 'authors' },
  { name: 'authors large', factor: () => authorsFactor(history([{ path: 'a.ts', commits: 20, authors: authorIds(12) }]), WEIGHT), value: 12, score: 0.974, unit: 'authors' },
  { name: 'uncoveredLines at 0', factor: () => uncoveredLinesFactor({ covered: 40, total: 40 }, WEIGHT), value: 0, score: 0, unit: 'lines' },
  { name: 'uncoveredLines small', factor: () => uncoveredLinesFactor({ covered: 35, total: 40 }, WEIGHT), value: 5, score: 0.154, unit: 'lines' },
  { name: 'uncoveredLines large', factor: () => uncoveredLinesFactor({ covered: 0, total: 150 }, WEIGHT), value: 150, score: 0.993, unit: 'lines' },
  { name: 'sensitivePaths at 0', factor: () => sensitivePathsFactor(['src/a.ts'], ['src/auth/**'], WEIGHT), value: 0, score: 0, unit: 'files' },
  { name: 'sensitivePaths small', factor: () => sensitivePathsFactor(['src/auth/login.ts'], ['src/auth/**'], WEIGHT), value: 1, score: 0.632, unit: 'file' },
  {
    name: 'sensitivePaths large',
    factor: () => sensitivePathsFactor(['m/1.sql', 'm/2.sql', 'm/3.sql', 'm/4.sql'], ['m/*.sql'], WEIGHT),
    value: 4,
    score: 0.982,
    unit: 'files',
  },
  { name: 'deletedExports at 0', factor: () => deletedExportsFactor(removedExports(0), PUBLIC_INDEX, WEIGHT), value: 0, score: 0, unit: 'exports' },
  { name: 'deletedExports small', factor: () => deletedExportsFactor(removedExports(1), PUBLIC_INDEX, WEIGHT), value: 1, score: 0.393, unit: 'export' },
  { name: 'deletedExports large', factor: () => deletedExportsFactor(removedExports(8), PUBLIC_INDEX, WEIGHT), value: 8, score: 0.982, unit: 'exports' },
];

describe.each(CASES)('$name', ({ factor, value, score, unit }) => {
  const result = factor();

  it('measures the value', () => {
    expect(result.value).toBe(value);
    expect(result.unit).toBe(unit);
  });

  it('scores on the curve', () => {
    expect(result.score).toBe(score);
  });

  it('weighs the score', () => {
    expect(result.weight).toBe(WEIGHT);
    expect(result.contribution).toBeCloseTo(score * WEIGHT, 6);
  });

  it('writes one sentence of detail', () => {
    expect(result.detail).toMatch(/^[A-Z0-9"].*\.$/);
    expect(result.detail).not.toContain('\n');
  });
});

describe('saturatingScore', () => {
  it.each([
    [0, 10, 0],
    [-5, 10, 0],
    [10, 10, 0.632],
    [30, 10, 0.95],
    [Number.POSITIVE_INFINITY, 10, 0],
    [1e9, 10, 1],
  ])('scores %d at scale %d as %d', (value, scale, expected) => {
    expect(saturatingScore(value, scale)).toBe(expected);
  });

  it('rejects a scale of 0', () => {
    expect(() => saturatingScore(1, 0)).toThrow(RangeError);
  });
});

describe('weighFactor', () => {
  it('rejects a negative weight', () => {
    expect(() => weighFactor({ id: 'churn', value: 1, unit: 'commits', score: 0.5, detail: 'x.' }, -1)).toThrow(/at least 0/);
  });

  it('labels the factor', () => {
    expect(weighFactor({ id: 'fanIn', value: 1, unit: 'importer', score: 0.1, detail: 'x.' }, 0).label).toBe('Fan-in');
  });
});

describe('diffSizeFactor', () => {
  it('counts a binary file as a fixed amount', () => {
    const factor = diffSizeFactor([changedFile('logo.png', 0, 0, { binary: true }), changedFile('a.ts', 5, 5)], WEIGHT);

    expect(factor.value).toBe(BINARY_FILE_LINES + 10);
    expect(factor.detail).toBe(`${BINARY_FILE_LINES + 10} lines changed in 2 files; the largest change is "logo.png" (binary, counted as 50 lines).`);
  });

  it('counts the lines of a deleted file', () => {
    expect(diffSizeFactor([changedFile('gone.ts', 0, 120, { status: 'deleted' })], WEIGHT).value).toBe(120);
  });
});

describe('diffSpreadFactor', () => {
  const packages = ['packages/a', 'packages/a/plugins/x', 'packages/b'];

  it.each([
    ['packages/a/src/index.ts', 'packages/a'],
    ['packages/a/plugins/x/index.ts', 'packages/a/plugins/x'],
    ['packages/abc/index.ts', 'packages'],
    ['docs/guide.md', 'docs'],
    ['README.md', ''],
  ])('puts %s in area %j', (path, area) => {
    expect(areaOf(path, packages)).toBe(area);
  });

  it('ignores the root package folder', () => {
    expect(areaOf('src/a.ts', [''])).toBe('src');
  });

  it('names the area with the most files', () => {
    const factor = diffSpreadFactor(['packages/b/a.ts', 'packages/b/b.ts', 'README.md'], packages, WEIGHT);

    expect(factor.detail).toBe('The change touches 2 areas; most changed files are in "packages/b" (2 files).');
  });

  it('names the top folder without quotes', () => {
    expect(diffSpreadFactor(['README.md'], [], WEIGHT).detail).toBe('The change touches 1 area; most changed files are in the top folder (1 file).');
  });
});

describe('fanInFactor', () => {
  it('counts distinct importers, not edges or self-references', () => {
    const edges = [edge('b.ts', 'a.ts'), edge('b.ts', 'a.ts', { line: 2 }), edge('a.ts', 'a.ts'), edge('c.ts', 'a.ts', { typeOnly: true })];

    expect(directImporterCounts(['a.ts'], importersIn(edges))).toEqual(new Map([['a.ts', 2]]));
  });

  it('names the most imported changed module', () => {
    const edges = [...importerEdges('src/low.ts', 2), ...importerEdges('src/high.ts', 5)];

    expect(fanInFactor(['src/low.ts', 'src/high.ts'], importersIn(edges), WEIGHT).detail).toBe('"src/high.ts" has the most direct importers: 5 files.');
  });

  it('ignores importers of unchanged modules', () => {
    expect(fanInFactor(['src/a.ts'], importersIn(importerEdges('src/other.ts', 9)), WEIGHT).value).toBe(0);
  });
});

describe('centralityFactor', () => {
  it.each([-0.1, 1.5, Number.NaN])('rejects the share %d', (share) => {
    expect(() => centralityFactor({ share, module: 'a.ts' }, WEIGHT)).toThrow(RangeError);
  });

  it('names the most reached module', () => {
    expect(centralityFactor({ share: 0.125, module: 'src/core.ts' }, WEIGHT).detail).toBe(
      '12.5% of the repository\'s modules reach a changed module; the most reached one is "src/core.ts".',
    );
  });
});

describe('churnFactor and authorsFactor', () => {
  it('contribute 0 without history', () => {
    for (const factor of [churnFactor(null, WEIGHT), authorsFactor(null, WEIGHT)]) {
      expect(factor.contribution).toBe(0);
      expect(factor.detail).toMatch(/not (measured|counted)/);
    }
  });

  it('name the busiest file', () => {
    const input = history([
      { path: 'quiet.ts', commits: 1, authors: ['a0'] },
      { path: 'busy.ts', commits: 7, authors: ['a0', 'a1', 'a2'] },
    ]);

    expect(churnFactor(input, WEIGHT).detail).toBe('8 commits in the last 90 days changed the changed files; "busy.ts" changed most often (7 commits).');
    expect(authorsFactor(input, WEIGHT).detail).toBe('3 authors changed the changed files in the last 90 days; "busy.ts" has the most (3 authors).');
  });

  it('say when the clone is shallow', () => {
    const input = history([{ path: 'a.ts', commits: 2, authors: ['a0'] }], { shallow: true });

    expect(churnFactor(input, WEIGHT).detail).toContain('The clone is shallow');
    expect(authorsFactor(input, WEIGHT).detail).toContain('The clone is shallow');
  });

  it.each([
    ['90 days', 'in the last 90 days'],
    ['1 week ago', 'in the last week'],
    ['6 Months', 'in the last 6 months'],
    ['2024-01-31', 'since "2024-01-31"'],
  ])('describes the window %j', (since, expected) => {
    expect(describeWindow(since)).toBe(expected);
  });
});

describe('uncoveredLinesFactor', () => {
  it('contributes 0 when not measured', () => {
    const factor = uncoveredLinesFactor(null, WEIGHT);

    expect(factor.contribution).toBe(0);
    expect(factor.detail).toBe('Coverage of the changed lines was not measured in this run.');
  });

  it('says when no changed line is instrumented', () => {
    expect(uncoveredLinesFactor({ covered: 0, total: 0 }, WEIGHT).detail).toBe('No changed line is instrumented by the coverage reports.');
  });

  it('counts the uncovered lines', () => {
    expect(uncoveredLinesFactor({ covered: 39, total: 40 }, WEIGHT).detail).toBe('1 changed line of 40 is not covered by any test.');
  });

  it.each([
    { covered: 5, total: 4 },
    { covered: -1, total: 4 },
    { covered: 1.5, total: 4 },
  ])('rejects $covered of $total', (coverage) => {
    expect(() => uncoveredLinesFactor(coverage, WEIGHT)).toThrow(RangeError);
  });
});

describe('sensitivePathsFactor', () => {
  it('matches dot folders', () => {
    expect(findSensitivePaths(['.github/workflows/ci.yml'], ['.github/**'])).toEqual([{ path: '.github/workflows/ci.yml', glob: '.github/**' }]);
    expect(findSensitivePaths(['config/.env'], ['config/**'])).toHaveLength(1);
  });

  it('reports the first matching glob once per file', () => {
    expect(findSensitivePaths(['src/auth/a.ts'], ['src/**', 'src/auth/**'])).toEqual([{ path: 'src/auth/a.ts', glob: 'src/**' }]);
  });

  it('names the matches', () => {
    const factor = sensitivePathsFactor(['src/auth/a.ts', 'db/1.sql', 'src/b.ts'], ['src/auth/**', 'db/*.sql'], WEIGHT);

    expect(factor.detail).toBe('2 changed files match a sensitive path glob: "src/auth/a.ts" matches "src/auth/**"; the others are "db/1.sql".');
  });

  it('says when no glob is configured', () => {
    expect(sensitivePathsFactor(['src/a.ts'], [], WEIGHT).detail).toBe('No sensitive path globs are configured.');
  });
});

describe('deletedExportsFactor', () => {
  it('names the removed exports', () => {
    expect(deletedExportsFactor(removedExports(4), PUBLIC_INDEX, WEIGHT).detail).toBe(
      '4 exports of public modules were deleted; "packages/a/src/index.ts" no longer exports "name0", "name1", "name2" and 1 more.',
    );
  });

  it('ignores modules that are not public', () => {
    expect(deletedExportsFactor(removedExports(3), NO_PUBLIC, WEIGHT).value).toBe(0);
  });
});
