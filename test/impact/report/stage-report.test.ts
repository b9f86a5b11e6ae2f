/** The blocks, headline and JSON of the impact section. */

import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/report/document.js';
import { impactStageReport } from '../../../src/impact/report/stage-report.js';
import { chainTest, edge, graphOf, impactResult, risk } from './fixtures.js';

function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.map((span) => span.text).join('');
}

function headings(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'heading' ? [inlineText(block.text)] : []));
}

/** Returns the blocks between a heading and the next heading. */
function section(blocks: Block[], heading: string): Block[] {
  const start = blocks.findIndex((block) => block.kind === 'heading' && inlineText(block.text) === heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const end = blocks.findIndex((block, index) => index > start && block.kind === 'heading');
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

function table(blocks: Block[]): Extract<Block, { kind: 'table' }> {
  const found = blocks.find((block) => block.kind === 'table');
  if (found?.kind !== 'table') throw new Error('no table');
  return found;
}

describe('impactStageReport', () => {
  const stage = impactStageReport(impactResult());

  it('identifies the stage', () => {
    expect(stage.id).toBe('impact');
    expect(stage.title).toBe('Impact');
    expect(stage.status).toBe('passed');
    expect(stage.annotations).toEqual([]);
  });

  it('states level, tests and run-all in the headline', () => {
    expect(stage.headline).toBe('Risk medium (score 31.4); 3 affected tests; no run-all');
  });

  it('orders the sections', () => {
    expect(headings(stage.blocks)).toEqual(['Risk: medium', 'Strategy', 'Selected suites', 'Affected tests (3)', 'Module graph', 'Notes', 'Warnings']);
  });

  it('tabulates the risk factors with a total', () => {
    const risks = table(section(stage.blocks, 'Risk: medium'));

    expect(risks.header).toEqual(['Factor', 'Value', 'Score', 'Weight', 'Contribution', 'Detail']);
    expect(risks.rows).toHaveLength(10);
    expect(risks.rows[0]?.map(inlineText)).toEqual(['Diff size', '3 units', '0.10', '10', '1.0', 'Detail of diffSize.']);
    expect(risks.rows[9]?.map(inlineText)).toEqual(['Total', '', '', '90', '31.4', 'Level medium']);
  });

  it('writes a percentage unit without a space', () => {
    const factors = risk().factors.map((factor) => (factor.id === 'centrality' ? { ...factor, value: 12.5, unit: '% of modules' } : factor));
    const risks = table(section(impactStageReport(impactResult({ risk: risk({ factors }) })).blocks, 'Risk: medium'));

    expect(inlineText(risks.rows[3]![1]!)).toBe('12.5% of modules');
  });

  it('gives the strategy and its tiers', () => {
    const blocks = section(stage.blocks, 'Strategy').map((block) => (block.kind === 'paragraph' ? inlineText(block.text) : ''));

    expect(blocks).toEqual(['The risk is medium (score 31.4), so only continuous suites run now.', 'Tiers that run now: continuous']);
  });

  it('marks which suites run now', () => {
    const suites = table(section(stage.blocks, 'Selected suites'));

    expect(suites.rows.map((row) => row.map(inlineText))).toEqual([
      ['unit', 'continuous', 'yes', 'ubuntu-latest', 'src/** changed'],
      ['nightly-e2e', 'daily', 'no, on schedule', 'self-hosted, gpu', 'test/e2e.test.ts is affected'],
    ]);
  });

  it('lists tests that must run first, with the reason', () => {
    const tests = table(section(stage.blocks, 'Affected tests (3)'));

    expect(tests.rows.map((row) => row.map(inlineText))).toEqual([
      ['test/e2e.test.ts', 'run', 'imports src/core.ts through 1 other file'],
      ['test/service.test.ts', 'run', 'imports src/core.ts through 1 other file'],
      ['test/types.test.ts', 'type check', 'imports src/core.ts directly'],
    ]);
  });

  it('explains every kind of evidence', () => {
    const result = impactResult({
      affectedTests: [
        { path: 'a.test.ts', need: 'run', evidence: { kind: 'changed', detail: 'the test itself changed' } },
        { path: 'b.test.ts', need: 'run', evidence: { kind: 'trigger', trigger: 'fixtures', file: 'test/fixtures/x.json', detail: '' } },
        { path: 'c.test.ts', need: 'run', evidence: { kind: 'suite', suite: 'unit', detail: 'matches test/**' } },
        { path: 'd.test.ts', need: 'run', evidence: { kind: 'chain', edges: [] } },
      ],
    });
    const tests = table(section(impactStageReport(result).blocks, 'Affected tests (4)'));

    expect(tests.rows.map((row) => inlineText(row[2]!))).toEqual([
      'the test itself changed',
      'trigger fixtures: test/fixtures/x.json',
      'suite unit: matches test/**',
      'imports a changed module',
    ]);
  });

  it('caps the affected tests and counts the rest', () => {
    const tests = Array.from({ length: 12 }, (_, index) => chainTest(`test/t${String(index).padStart(2, '0')}.test.ts`, [edge(`test/t${index}.test.ts`, 'src/core.ts')]));
    const blocks = section(impactStageReport(impactResult({ affectedTests: tests }), { affectedTests: 5 }).blocks, 'Affected tests (12)');

    expect(table(blocks).rows).toHaveLength(5);
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'paragraph', text: 'and 7 more tests' });
  });

  it('says when no test is affected', () => {
    const blocks = section(impactStageReport(impactResult({ affectedTests: [] })).blocks, 'Affected tests (0)');

    expect(blocks).toEqual([{ kind: 'paragraph', text: 'No test is affected by the change.' }]);
  });

  it('puts run-all triggers first', () => {
    const result = impactResult({
      runAllReasons: [
        { trigger: 'lockfile', file: 'package-lock.json', detail: 'dependencies changed' },
        { trigger: 'test-runner config', file: 'vitest.config.ts', detail: '' },
      ],
    });
    const report = impactStageReport(result);
    const list = section(report.blocks, 'Run-all triggers').find((block) => block.kind === 'list');

    expect(report.headline).toBe('Risk medium (score 31.4); 3 affected tests; run-all (lockfile and 1 more)');
    expect(headings(report.blocks)[0]).toBe('Run-all triggers');
    expect(list?.kind).toBe('list');
    if (list?.kind !== 'list') return;
    expect(list.items.map(inlineText)).toEqual(['lockfile: package-lock.json (dependencies changed)', 'test-runner config: vitest.config.ts']);
  });

  it('leaves out empty sections', () => {
    const report = impactStageReport(impactResult({ suites: [], notes: [], warnings: [], graph: graphOf([]) }));

    expect(headings(report.blocks)).toEqual(['Risk: medium', 'Strategy', 'Affected tests (3)']);
  });

  it('carries the chart in a collapsed mermaid block', () => {
    const [details] = section(stage.blocks, 'Module graph');

    expect(details?.kind).toBe('details');
    if (details?.kind !== 'details') return;
    expect(details.blocks[0]).toEqual({ kind: 'mermaid', source: expect.stringMatching(/^flowchart LR\n/) });
  });
});

describe('impactStageReport json', () => {
  const json = impactStageReport(impactResult()).json as Record<string, unknown>;

  it('holds the documented fields', () => {
    expect(Object.keys(json).sort()).toEqual(
      ['affectedModules', 'affectedPackages', 'affectedTests', 'changedFiles', 'notes', 'risk', 'runAll', 'suites', 'warnings'].sort(),
    );
  });

  it('holds the risk', () => {
    expect(json['risk']).toMatchObject({ level: 'medium', score: 31.4, strategy: { tiers: ['continuous'] } });
    expect((json['risk'] as { factors: unknown[] }).factors).toHaveLength(9);
  });

  it('holds run-all with its reasons', () => {
    expect(json['runAll']).toEqual({ enabled: false, reasons: [] });
  });

  it('marks which suites run now', () => {
    expect((json['suites'] as { name: string; runsNow: boolean }[]).map((suite) => [suite.name, suite.runsNow])).toEqual([
      ['unit', true],
      ['nightly-e2e', false],
    ]);
  });

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('impactStageReport with an unknown change', () => {
  const reason = 'No merge base of "main" and "feature" was found because the clone is shallow. Set fetch-depth: 0 on actions/checkout';
  const stage = impactStageReport(
    impactResult({ runAllReasons: [{ trigger: 'change unknown', file: '', detail: reason }], risk: risk({ level: 'low', score: 0 }) }),
  );

  it('states the unknown risk in the headline', () => {
    expect(stage.headline).toBe('Risk unknown: no merge base of "main" and "feature" was found because the clone is shallow; running all tests');
  });

  it('heads the risk section as unknown', () => {
    expect(headings(stage.blocks)).toContain('Risk: unknown');
    expect(headings(stage.blocks)).not.toContain('Risk: low');
  });

  it('gives the reason instead of factors', () => {
    const blocks = section(stage.blocks, 'Risk: unknown');

    expect(blocks.some((block) => block.kind === 'table')).toBe(false);
    expect(blocks.map((block) => (block.kind === 'paragraph' ? inlineText(block.text) : '')).join('\n')).toContain(reason);
  });

  it('reports the level as unknown', () => {
    expect(stage.outputs['risk-level']).toBe('unknown');
    expect((stage.json as { risk: { level: string } }).risk.level).toBe('unknown');
  });
});
