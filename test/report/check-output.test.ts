import { describe, expect, it } from 'vitest';

import type { Annotation, RunReport } from '../../src/report/document.js';
import { rankAnnotations } from '../../src/report/annotation-order.js';
import {
  ANNOTATION_MESSAGE_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARACTERS,
  CHECK_RUN_TITLE_MAX_CHARACTERS,
  checkRunOutput,
  checkRunTitle,
  clipText,
  MAX_CHECK_RUN_ANNOTATIONS,
} from '../../src/report/check-output.js';
import { CHECK_RUN_OUTPUT_MAX_CHARACTERS, utf8Length } from '../../src/report/limits.js';
import { bigTable, stage } from './fixtures.js';

function annotation(overrides: Partial<Annotation>): Annotation {
  return { path: 'a.ts', startLine: 1, endLine: 1, level: 'notice', title: 't', message: 'm', ...overrides };
}

describe('clipText', () => {
  it.each([
    ['short', 10, 'characters', 'short'],
    ['exactly ten', 11, 'characters', 'exactly ten'],
    ['a long sentence', 8, 'characters', 'a long…'],
    ['😀😀😀😀', 5, 'characters', '😀😀…'],
    ['ééééé', 6, 'bytes', 'é…'],
  ] as const)('clips %j to %i %s', (text, max, unit, expected) => {
    const clipped = clipText(text, max, unit);
    expect(clipped).toBe(expected);
    expect(unit === 'bytes' ? utf8Length(clipped) : clipped.length).toBeLessThanOrEqual(max);
  });
});

describe('checkRunTitle', () => {
  it.each([
    [[stage({ headline: '81% of lines' })], '81% of lines'],
    [
      [stage({ headline: '81% of lines' }), stage({ id: 'impact', title: 'Impact', headline: '3 tests' })],
      'Coverage: 81% of lines; Impact: 3 tests',
    ],
    [[stage({ headline: 'line\none\u001B[31m' })], 'line one\uFFFD[31m'],
    [[], ''],
  ])('titles %#', (stages, expected) => {
    expect(checkRunTitle({ name: 'r', stages })).toBe(expected);
  });

  it('clips a long title', () => {
    const title = checkRunTitle({ name: 'r', stages: [stage({ headline: 'x'.repeat(1_000) })] });
    expect(title.length).toBe(CHECK_RUN_TITLE_MAX_CHARACTERS);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('checkRunOutput', () => {
  const report: RunReport = {
    name: 'gate',
    stages: [
      stage({
        blocks: [
          { kind: 'paragraph', text: 'first block' },
          { kind: 'paragraph', text: 'second block' },
        ],
        annotations: [annotation({ level: 'warning', path: 'b.ts' }), annotation({ level: 'failure', path: 'z.ts' })],
      }),
      stage({
        id: 'impact',
        title: 'Impact',
        blocks: [{ kind: 'paragraph', text: 'only block' }],
        annotations: [annotation({ level: 'failure', path: 'a.ts', startLine: 7 })],
      }),
    ],
  };

  it('puts the first block of each stage in the summary and the rest in the text', () => {
    const output = checkRunOutput(report);
    expect(output.summary).toContain('## ✅ gate: passed');
    expect(output.summary).toContain('first block');
    expect(output.summary).toContain('only block');
    expect(output.summary).not.toContain('second block');
    expect(output.text).toBe('### ✅ Coverage: 81\\.5% of lines covered \\(minimum 80%\\)\n\nsecond block\n');
  });

  it('leaves out the text when no stage has a second block', () => {
    expect(checkRunOutput({ name: 'r', stages: [stage({ blocks: [{ kind: 'paragraph', text: 'x' }] })] }).text).toBeUndefined();
  });

  it('ranks annotations by severity, path and line', () => {
    const output = checkRunOutput(report);
    expect(output.annotations.map((item) => `${item.level} ${item.path}:${item.startLine}`)).toEqual([
      'failure a.ts:7',
      'failure z.ts:1',
      'warning b.ts:1',
    ]);
  });

  it('clips annotation titles and messages to the Checks API limits', () => {
    const long = annotation({ title: 't'.repeat(1_000), message: 'é'.repeat(100_000) });
    const [clipped] = checkRunOutput({ name: 'r', stages: [stage({ annotations: [long] })] }).annotations;
    expect(clipped?.title.length).toBeLessThanOrEqual(ANNOTATION_TITLE_MAX_CHARACTERS);
    expect(utf8Length(clipped?.message ?? '')).toBeLessThanOrEqual(ANNOTATION_MESSAGE_MAX_BYTES);
  });

  it.each([
    ['one stage block', [{ kind: 'paragraph', text: 'x' }]],
    ['two stage blocks', [{ kind: 'paragraph', text: 'x' }, { kind: 'paragraph', text: 'second block' }]],
  ] as const)('caps annotations at 1,000 with %s', (_name, blocks) => {
    const notices = Array.from({ length: 1_500 }, (_, index) => annotation({ path: `n${index}.ts` }));
    const failures = Array.from({ length: 2 }, (_, index) => annotation({ level: 'failure', path: `f${index}.ts` }));
    const output = checkRunOutput({ name: 'r', stages: [stage({ blocks: [...blocks], annotations: [...notices, ...failures] })] });

    expect(output.annotations).toHaveLength(MAX_CHECK_RUN_ANNOTATIONS);
    expect(output.omittedAnnotations).toBe(502);
    expect(output.annotations.slice(0, 2).map((item) => item.level)).toEqual(['failure', 'failure']);
    expect(output.text).toContain('<i>502 annotations of 1,502 were left out, because a check run gets at most 1,000, the most severe first.</i>');
  });

  it('writes no note when every annotation fits', () => {
    const annotations = Array.from({ length: MAX_CHECK_RUN_ANNOTATIONS }, (_, index) => annotation({ path: `n${index}.ts` }));
    const output = checkRunOutput({ name: 'r', stages: [stage({ blocks: [{ kind: 'paragraph', text: 'x' }], annotations })] });
    expect(output.annotations).toHaveLength(MAX_CHECK_RUN_ANNOTATIONS);
    expect(output.omittedAnnotations).toBe(0);
    expect(output.text).toBeUndefined();
  });

  it('keeps the text and the note within the limit', () => {
    const annotations = Array.from({ length: 1_001 }, (_, index) => annotation({ path: `n${index}.ts` }));
    const huge: RunReport = { name: 'r', stages: [stage({ blocks: [{ kind: 'paragraph', text: 'x' }, bigTable(20_000)], annotations })] };
    const output = checkRunOutput(huge);
    expect(output.text?.length ?? 0).toBeLessThanOrEqual(CHECK_RUN_OUTPUT_MAX_CHARACTERS);
    expect(output.text).toContain('because the check-run text is limited to 65,535 characters');
    expect(output.text).toMatch(/1 annotation of 1,001 was left out, because a check run gets at most 1,000, the most severe first\.<\/i>\n$/);
  });

  it('keeps summary and text within their limits', () => {
    const huge: RunReport = {
      name: 'r',
      stages: [stage({ blocks: [bigTable(20_000), bigTable(20_000, 'lib'), { kind: 'code', text: 'x'.repeat(200_000) }] })],
    };
    const output = checkRunOutput(huge, { fullReport: 'the job summary has the full report' });
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_RUN_OUTPUT_MAX_CHARACTERS);
    expect(output.text?.length ?? 0).toBeLessThanOrEqual(CHECK_RUN_OUTPUT_MAX_CHARACTERS);
    expect(output.summary).toContain('the job summary has the full report.</i>');
    expect(output.text).toContain('the job summary has the full report.</i>');
  });
});

describe('rankAnnotations', () => {
  it('keeps the input unchanged and sorts a copy', () => {
    const input = [annotation({ level: 'notice' }), annotation({ level: 'failure' })];
    const ranked = rankAnnotations(input);
    expect(ranked.map((item) => item.level)).toEqual(['failure', 'notice']);
    expect(input.map((item) => item.level)).toEqual(['notice', 'failure']);
  });

  it.each([
    [annotation({ path: 'b.ts' }), annotation({ path: 'a.ts' }), 'a.ts'],
    [annotation({ path: 'B.ts' }), annotation({ path: 'a.ts' }), 'B.ts'],
    [annotation({ startLine: 9 }), annotation({ startLine: 10 }), 'a.ts'],
  ])('orders %#', (first, second, expectedFirstPath) => {
    expect(rankAnnotations([first, second])[0]?.path).toBe(expectedFirstPath);
  });
});
