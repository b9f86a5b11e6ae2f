import { describe, expect, it } from 'vitest';

import type { Block, RunReport } from '../../src/report/document.js';
import {
  CHECK_RUN_OUTPUT_MAX_CHARACTERS,
  CHECK_RUN_TEXT_LIMIT,
  COMMENT_BODY_MAX_CHARACTERS,
  COMMENT_LIMIT,
  JOB_SUMMARY_LIMIT,
  JOB_SUMMARY_MAX_BYTES,
  fitMarkdown,
  fitsLimit,
  utf8Length,
} from '../../src/report/limits.js';
import type { Limit } from '../../src/report/limits.js';
import { renderMarkdown, stickyMarker } from '../../src/report/markdown.js';
import { bigTable, detailsBalanced, fencesBalanced, renderGfm, stage } from './fixtures.js';

const FULL_REPORT = 'the job summary has the full report';

function hugeReport(scale: number): RunReport {
  const details: Block = {
    kind: 'details',
    summary: 'Per-file coverage',
    blocks: [bigTable(20 * scale, 'lib'), { kind: 'code', text: '```\n'.repeat(50 * scale) }],
  };
  return {
    name: 'coverage-gate',
    stages: [
      stage({
        status: 'failed',
        blocks: [bigTable(40 * scale), { kind: 'paragraph', text: 'After the table.' }, details],
      }),
      stage({
        id: 'impact',
        title: 'Impact',
        blocks: [
          { kind: 'code', text: 'ünïcödé 😀 '.repeat(30 * scale) },
          { kind: 'list', items: Array.from({ length: 10 * scale }, (_, index) => `item ${index} ✓`) },
          bigTable(5 * scale, 'tests'),
        ],
      }),
    ],
  };
}

function expectWellFormed(markdown: string, limit: Limit): void {
  expect(markdown.length).toBeLessThanOrEqual(limit.max);
  expect(utf8Length(markdown)).toBeLessThanOrEqual(limit.max);
  expect(fencesBalanced(markdown)).toBe(true);
  expect(detailsBalanced(markdown, /^<details>$/m, /^<\/details>$/m)).toBe(true);
  const html = renderGfm(markdown);
  expect(detailsBalanced(html, /<details>/, /<\/details>/)).toBe(true);
  expect(markdown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  expect(markdown).not.toContain('\uFFFD');
}

describe('limit constants', () => {
  it.each([
    [COMMENT_BODY_MAX_CHARACTERS, 65_536],
    [CHECK_RUN_OUTPUT_MAX_CHARACTERS, 65_535],
    [JOB_SUMMARY_MAX_BYTES, 1_048_576],
  ])('is %i', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('fitsLimit', () => {
  const limit: Limit = { subject: 'the test', max: 4, unit: 'characters' };
  it.each([
    ['abcd', true],
    ['abcde', false],
    ['ééé', false],
    ['éé', true],
    ['😀', true],
    ['😀😀', false],
  ])('measures %j', (text, fits) => {
    expect(fitsLimit(text, limit)).toBe(fits);
  });
});

describe('fitMarkdown', () => {
  it('leaves the reserve free', () => {
    const report = hugeReport(100);
    // One character more than the room that the fit without a reserve leaves.
    const reserve = CHECK_RUN_TEXT_LIMIT.max - fitMarkdown(report, CHECK_RUN_TEXT_LIMIT).markdown.length + 1;
    const fitted = fitMarkdown(report, CHECK_RUN_TEXT_LIMIT, { reserve });
    expect(fitted.markdown.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT.max - reserve);
    expect(fitted.markdown).toContain('limited to 65,535 characters');
  });

  it('returns the full rendering when it fits', () => {
    const report = hugeReport(1);
    const fitted = fitMarkdown(report, COMMENT_LIMIT, { stickyMarker: true, fullReport: FULL_REPORT });
    expect(fitted.markdown).toBe(renderMarkdown(report, { stickyMarker: true }));
    expect(fitted).toMatchObject({ omittedRows: 0, omittedSections: 0, omittedStages: 0 });
  });

  it.each([
    ['comment', COMMENT_LIMIT, 100],
    ['check-run text', CHECK_RUN_TEXT_LIMIT, 100],
    ['job summary', JOB_SUMMARY_LIMIT, 1_500],
  ])('fits a far larger report into the %s', (_, limit, scale) => {
    const report = hugeReport(scale);
    expect(utf8Length(renderMarkdown(report))).toBeGreaterThan(limit.max * 3);

    const fitted = fitMarkdown(report, limit, { stickyMarker: true, fullReport: FULL_REPORT });
    expectWellFormed(fitted.markdown, limit);
    expect(fitted.markdown.startsWith(`${stickyMarker(report.name)}\n`)).toBe(true);
    expect(fitted.omittedRows + fitted.omittedSections + fitted.omittedStages).toBeGreaterThan(0);

    const note = /<i>(.*) left out because (.*); the job summary has the full report\.<\/i>\n$/.exec(fitted.markdown);
    expect(note).not.toBeNull();
    expect(note?.[2]).toBe(`${limit.subject} is limited to ${limit.max.toLocaleString('en-US')} ${limit.unit}`);
    if (fitted.omittedRows > 0) expect(note?.[1]).toContain(`${fitted.omittedRows.toLocaleString('en-US')} more rows`);
  });

  it('caps table rows before it drops blocks', () => {
    const report: RunReport = {
      name: 'r',
      stages: [stage({ blocks: [bigTable(5_000), { kind: 'paragraph', text: 'kept' }] })],
    };
    const fitted = fitMarkdown(report, COMMENT_LIMIT, { fullReport: FULL_REPORT });
    expect(fitted.omittedSections).toBe(0);
    expect(fitted.omittedRows).toBeGreaterThan(3_000);
    expect(fitted.markdown).toContain('\n\nkept\n\n');
    expect(fitted.markdown).toContain(`${fitted.omittedRows.toLocaleString('en-US')} more rows are not shown.`);
    // The cap is the largest that fits: one more row would not.
    expect(fitted.markdown.length).toBeGreaterThan(COMMENT_LIMIT.max - 200);
  });

  it('drops a huge trailing block but keeps the smaller ones before it', () => {
    const report: RunReport = {
      name: 'r',
      stages: [
        stage({ blocks: [{ kind: 'paragraph', text: 'first' }, { kind: 'paragraph', text: 'second' }] }),
        stage({ id: 'impact', title: 'Impact', blocks: [{ kind: 'code', text: 'x'.repeat(200_000) }] }),
      ],
    };
    const fitted = fitMarkdown(report, COMMENT_LIMIT);
    expect(fitted).toMatchObject({ omittedRows: 0, omittedSections: 1, omittedStages: 0 });
    expect(fitted.markdown).toContain('first\n\nsecond');
    expect(fitted.markdown).toContain('### ✅ Impact');
    expect(fitted.markdown).toContain('<i>1 section was left out because the comment is limited to 65,536 characters.</i>');
  });

  it('drops later blocks of a stage before the first block of any stage', () => {
    const filler = (text: string): Block => ({ kind: 'paragraph', text: text.repeat(300) });
    const report: RunReport = {
      name: 'r',
      stages: [
        stage({ blocks: [filler('a'), filler('b'), filler('c')] }),
        stage({ id: 'impact', title: 'Impact', blocks: [filler('d'), filler('e')] }),
      ],
    };
    const limit: Limit = { subject: 'the test', max: 1_300, unit: 'characters' };
    const fitted = fitMarkdown(report, limit);
    expect(fitted.markdown).toContain('a'.repeat(300));
    expect(fitted.markdown).toContain('d'.repeat(300));
    expect(fitted.markdown).not.toContain('e'.repeat(300));
    expect(fitted.omittedSections).toBe(2);
  });

  it('drops whole stages when only headings are left', () => {
    const report: RunReport = {
      name: 'r',
      stages: Array.from({ length: 50 }, (_, index) => stage({ id: `s${index}`, title: `Stage ${index}` })),
    };
    const limit: Limit = { subject: 'the test', max: 1_000, unit: 'characters' };
    const fitted = fitMarkdown(report, limit);
    expect(fitted.omittedStages).toBeGreaterThan(0);
    expect(fitted.markdown.length).toBeLessThanOrEqual(1_000);
    expect(fitted.markdown).toContain('### ✅ Stage 0:');
    expect(fitted.markdown).not.toContain('### ✅ Stage 49:');
    expect(fitted.markdown).toContain(`${fitted.omittedStages} stages were left out`);
  });

  it('keeps multi-byte text within a byte limit', () => {
    const report: RunReport = {
      name: 'r',
      stages: [stage({ blocks: Array.from({ length: 40 }, () => ({ kind: 'paragraph', text: '😀'.repeat(100) })) })],
    };
    const limit: Limit = { subject: 'the test', max: 5_000, unit: 'bytes' };
    const fitted = fitMarkdown(report, limit);
    expectWellFormed(fitted.markdown, limit);
    expect(utf8Length(fitted.markdown)).toBeGreaterThan(fitted.markdown.length);
  });

  it('renders a link to the full report', () => {
    const report = hugeReport(100);
    const fullReport = [
      { text: 'the job summary', href: 'https://github.com/o/r/actions/runs/1' },
      { text: ' has the full report' },
    ];
    const fitted = fitMarkdown(report, COMMENT_LIMIT, { fullReport });
    expect(fitted.markdown).toContain('; [the job summary](https://github.com/o/r/actions/runs/1) has the full report.</i>');
  });

  it('throws when not even the marker and note fit', () => {
    const report: RunReport = { name: 'n'.repeat(500), stages: [stage()] };
    const limit: Limit = { subject: 'the test', max: 200, unit: 'characters' };
    expect(() => fitMarkdown(report, limit, { stickyMarker: true })).toThrow(RangeError);
  });
});
