import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { BaseSummary } from '../../src/coverage/base-summary.js';
import { evaluateCoverageGate, type CoverageGateInput } from '../../src/coverage/gate/evaluate.js';
import type { FileCoverage } from '../../src/coverage/model.js';
import { buildCoverageStageReport, type CoverageReportInput } from '../../src/coverage/stage-report.js';
import type { Block, Inline } from '../../src/report/document.js';
import { emptyTotals } from '../../src/coverage/totals.js';
import { fileWithCounts, fileWithLines } from './gate/files.js';

const BASE: BaseSummary = {
  version: 1,
  commit: 'b'.repeat(40),
  createdAt: '2024-05-01T00:00:00.000Z',
  toolVersion: '0.1.0',
  totals: { ...emptyTotals(), lines: { covered: 18_100, total: 20_000 } },
  files: [],
};

const FILES: FileCoverage[] = [
  fileWithCounts('src/core/big.ts', 17_994, 19_990, { branches: [{ line: 1, covered: 1, total: 2, taken: [1, 0] }] }),
  fileWithLines('src/ui/view.ts', { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1, 6: 0, 7: 1, 8: 1, 9: 1, 10: 1 }),
];

function report(overrides: Partial<CoverageGateInput> = {}, extra: Partial<CoverageReportInput> = {}) {
  const config = defaultConfig().coverage;
  config.thresholds = { lines: 90, branches: 50 };
  config.paths = [
    { glob: 'src/ui/**', thresholds: { lines: 80 } },
    { glob: 'lib/**', thresholds: { lines: 80 } },
  ];
  config.patch.threshold = 80;
  const gate = evaluateCoverageGate({
    files: FILES,
    formats: ['lcov'],
    config,
    changedLines: new Map([
      ['src/ui/view.ts', [1, 2, 3, 4, 6]],
      ['src/new.ts', [5, 6]],
    ]),
    base: { summary: BASE },
    ...overrides,
  });
  return buildCoverageStageReport({ gate, files: FILES, warnings: ['coverage/lcov.info: 2 paths matched no repository file'], ...extra });
}

function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.map((span) => span.text).join('');
}

function tableAfter(blocks: Block[], heading: string): Extract<Block, { kind: 'table' }> {
  const index = blocks.findIndex((block) => block.kind === 'heading' && inlineText(block.text) === heading);
  const table = blocks.slice(index + 1).find((block) => block.kind === 'table');
  if (index < 0 || !table || table.kind !== 'table') throw new Error(`no table after ${heading}`);
  return table;
}

function rowText(row: Inline[]): string[] {
  return row.map(inlineText);
}

function allText(blocks: Block[]): string {
  return JSON.stringify(blocks);
}

describe('buildCoverageStageReport', () => {
  const stage = report();

  it('fails with a headline', () => {
    expect(stage.id).toBe('coverage');
    expect(stage.status).toBe('failed');
    // 18,000 of 20,000 lines (90.00%) pass; both path rules and patch coverage fail.
    expect(stage.headline).toBe('Coverage failed: 3 of 5 checks failed; lines 90.00%, branches 50.00%, patch 14.28%');
  });

  it('lists failed checks first', () => {
    expect(stage.blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'Failed checks' });
    const list = stage.blocks[1];
    expect(list?.kind).toBe('list');
    if (list?.kind !== 'list') return;
    expect(list.items).toEqual([
      'Lines in src/ui/**: 6 of 10 (60.00%) is below the 80% threshold.',
      'Path glob lib/** matches no file in the coverage reports. Fix the glob or remove the rule.',
      'Patch coverage: 1 of 7 changed lines (14.28%) is below the 80% threshold.',
    ]);
  });

  it('shows the totals table', () => {
    const table = tableAfter(stage.blocks, 'Totals');
    expect(table.header).toEqual(['Metric', 'Covered / total', 'Percent', 'Threshold', 'Change from base', 'Status']);
    expect(table.rows.map(rowText)).toEqual([
      ['Lines', '18,000 / 20,000', '90.00%', '90%', '▼ -0.50 pp', 'passed'],
      ['Branches', '1 / 2', '50.00%', '50%', '', 'passed'],
    ]);
  });

  it('lists failing paths', () => {
    const table = tableAfter(stage.blocks, 'Paths below threshold');
    expect(table.rows.map(rowText)).toEqual([
      ['src/ui/**', 'Lines', '6 / 10', '60.00%', '80%', 'below threshold'],
      ['lib/**', '', '', '', '', 'matches no file in the reports'],
    ]);
  });

  it('lists uncovered changed lines largest first', () => {
    const table = tableAfter(stage.blocks, 'Patch coverage');
    expect(table.rows.map(rowText)).toEqual([
      ['src/ui/view.ts', '2-4, 6', ''],
      ['src/new.ts', '5-6', 'missing from every coverage report'],
    ]);
    expect(allText(stage.blocks)).toContain('1 of 7 changed lines are covered (14.28%); the threshold is 80%: failed.');
  });

  it('caps files and ranges', () => {
    const capped = report({}, { limits: { patchFiles: 1, rangesPerFile: 1 } });
    const table = tableAfter(capped.blocks, 'Patch coverage');
    expect(table.rows.map(rowText)).toEqual([['src/ui/view.ts', '2-4 and 1 more range', '']]);
    expect(allText(capped.blocks)).toContain('Not listed: 1 more file with 2 uncovered changed lines.');
  });

  it('names the base', () => {
    expect(allText(stage.blocks)).toContain('Changes are measured against base commit bbbbbbb');
  });

  it('notes a missing base', () => {
    const missing = report({ base: { missingReason: 'No base found: no summary is cached for merge base 1234567' } });
    expect(allText(missing.blocks)).toContain('No base found: no summary is cached for merge base 1234567.');
    expect(tableAfter(missing.blocks, 'Totals').rows.map((row) => inlineText(row[4]!))).toEqual(['', '']);
  });

  it('lists warnings', () => {
    const index = stage.blocks.findIndex((block) => block.kind === 'heading' && block.text === 'Warnings');
    expect(stage.blocks[index + 1]).toEqual({ kind: 'list', items: ['coverage/lcov.info: 2 paths matched no repository file'] });
  });

  it('annotates each uncovered range', () => {
    expect(stage.annotations).toEqual([
      { path: 'src/new.ts', startLine: 5, endLine: 6, level: 'warning', title: 'Uncovered changed lines', message: 'Lines 5-6 were changed but no test covers them. No coverage report contains this file.' },
      { path: 'src/ui/view.ts', startLine: 2, endLine: 4, level: 'warning', title: 'Uncovered changed lines', message: 'Lines 2-4 were changed but no test covers them.' },
      { path: 'src/ui/view.ts', startLine: 6, endLine: 6, level: 'warning', title: 'Uncovered changed lines', message: 'Line 6 was changed but no test covers it.' },
    ]);
  });

  it('sets outputs', () => {
    expect(stage.outputs).toEqual({ lines: '90.00', branches: '50.00', functions: '', statements: '', classes: '', patch: '14.28', passed: 'false' });
  });

  it('builds the JSON result', () => {
    const json = stage.json as Record<string, any>;
    expect(json['totals']).toEqual({
      lines: { covered: 18_000, total: 20_000, percent: 90 },
      branches: { covered: 1, total: 2, percent: 50 },
      functions: null,
      statements: null,
      classes: null,
    });
    expect(json['gate'].passed).toBe(false);
    expect(json['gate'].checks).toHaveLength(5);
    expect(json['patch']).toMatchObject({ covered: 1, total: 7, percent: 14.28, threshold: 80, passed: false });
    expect(json['patch'].files[0]).toMatchObject({ path: 'src/new.ts', uncovered: '5-6', missingFromReports: true });
    expect(json['base']).toEqual({ found: true, commit: 'b'.repeat(40), createdAt: BASE.createdAt, deltas: { lines: -0.5 } });
    expect(JSON.parse(JSON.stringify(json['files'])).map((file: { path: string }) => file.path)).toEqual(['src/core/big.ts', 'src/ui/view.ts']);
    expect(json['warnings']).toEqual(['coverage/lcov.info: 2 paths matched no repository file']);
    expect(JSON.parse(JSON.stringify(json))).toEqual({ ...json, files: json['files'].toJSON() });
  });

  it('passes when every check passes', () => {
    const config = defaultConfig().coverage;
    const gate = evaluateCoverageGate({ files: FILES, formats: ['lcov'], config, changedLines: null, base: null });
    const clean = buildCoverageStageReport({ gate, files: FILES, warnings: [] });
    expect(clean.status).toBe('passed');
    expect(clean.headline).toBe('Coverage passed: lines 90.00%, branches 50.00%');
    expect(clean.blocks.some((block) => block.kind === 'heading' && block.text === 'Failed checks')).toBe(false);
    expect(tableAfter(clean.blocks, 'Totals').rows.map((row) => inlineText(row[5]!))).toEqual(['not gated', 'not gated']);
    expect(clean.outputs['passed']).toBe('true');
    expect((clean.json as { patch: unknown }).patch).toBeNull();
  });
});
