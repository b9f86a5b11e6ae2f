import { describe, expect, it } from 'vitest';

import type { Annotation, AnnotationLevel } from '../../src/report/document.js';
import {
  ANNOTATIONS_SHOWN_PER_LEVEL,
  annotationCommands,
  escapeCommandData,
  escapeCommandProperty,
  formatAnnotationCommand,
} from '../../src/report/workflow-commands.js';
import { hostileAnnotations } from './fixtures.js';

function annotation(level: AnnotationLevel, path: string, line = 1): Annotation {
  return { path, startLine: line, endLine: line, level, title: `${level} title`, message: `${level} at ${path}` };
}

function many(level: AnnotationLevel, count: number): Annotation[] {
  return Array.from({ length: count }, (_, index) => annotation(level, `src/${level}-${String(index).padStart(3, '0')}.ts`));
}

describe('escapeCommandData and escapeCommandProperty', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%0A', '%250A', '%250A'],
    ['::error::x', '::error::x', '%3A%3Aerror%3A%3Ax'],
  ])('escapes %j', (input, data, property) => {
    expect(escapeCommandData(input)).toBe(data);
    expect(escapeCommandProperty(input)).toBe(property);
  });
});

describe('formatAnnotationCommand', () => {
  it.each([
    [
      { path: 'src/a.ts', startLine: 3, endLine: 5, level: 'failure', title: 'Uncovered', message: 'Lines 3-5' },
      '::error file=src/a.ts,line=3,endLine=5,title=Uncovered::Lines 3-5',
    ],
    [
      { path: 'a,b:c.ts', startLine: 1, endLine: 1, level: 'warning', title: 'T: x, y', message: 'm\nn' },
      '::warning file=a%2Cb%3Ac.ts,line=1,endLine=1,title=T%3A x%2C y::m%0An',
    ],
    [
      { path: 'a.ts', startLine: 0, endLine: 0, level: 'notice', title: '', message: 'file level' },
      '::notice file=a.ts::file level',
    ],
    [
      { path: 'a.ts', startLine: 4, endLine: 2, level: 'notice', title: '', message: 'x' },
      '::notice file=a.ts,line=4::x',
    ],
  ] as const)('formats %j', (input, expected) => {
    expect(formatAnnotationCommand(input)).toBe(expected);
  });

  it.each(hostileAnnotations().map((item) => [item]))('keeps hostile %j on one line', (item) => {
    const line = formatAnnotationCommand(item);
    expect(line).not.toMatch(/[\r\n\u001B\u009B]/);
    const [head] = line.split('::', 3).slice(1);
    expect(head).toMatch(/^(error|warning|notice) file=[^:,]*(,[a-zA-Z]+=[^:,]*)*$/);
  });
});

describe('annotationCommands', () => {
  it('emits everything within the caps without a notice', () => {
    const lines = annotationCommands([...many('notice', 10), ...many('warning', 10), ...many('failure', 10)]);
    expect(lines).toHaveLength(30);
    expect(lines[0]).toMatch(/^::error /);
    expect(lines[29]).toMatch(/^::notice /);
  });

  it.each([
    [25, 3, 0, 10, 3, 0, '15 more annotations (15 errors) were left out'],
    [0, 12, 12, 0, 10, 9, '5 more annotations (2 warnings, 3 notices) were left out'],
    [11, 0, 0, 10, 0, 0, '1 more annotation (1 error) was left out'],
    [0, 0, 11, 0, 0, 9, '2 more annotations (2 notices) were left out'],
  ])(
    'caps %i errors, %i warnings and %i notices',
    (errors, warnings, notices, shownErrors, shownWarnings, shownNotices, summary) => {
      const input = [...many('notice', notices), ...many('warning', warnings), ...many('failure', errors)];
      const lines = annotationCommands(input, { fullReport: 'the job summary lists them all' });
      const count = (prefix: string): number => lines.filter((line) => line.startsWith(prefix)).length;
      expect(count('::error ')).toBe(shownErrors);
      expect(count('::warning ')).toBe(shownWarnings);
      expect(count('::notice file=')).toBe(shownNotices);
      expect(count('::notice ')).toBeLessThanOrEqual(ANNOTATIONS_SHOWN_PER_LEVEL);

      const last = lines[lines.length - 1] ?? '';
      expect(last.startsWith('::notice title=Annotations left out::')).toBe(true);
      expect(last).toContain(summary);
      expect(last).toContain(
        `because GitHub shows at most ${ANNOTATIONS_SHOWN_PER_LEVEL} of each level per step; the job summary lists them all.`,
      );
    },
  );

  it('emits the most severe first, then by path and line', () => {
    const lines = annotationCommands([
      annotation('notice', 'a.ts'),
      annotation('failure', 'b.ts', 9),
      annotation('warning', 'a.ts'),
      annotation('failure', 'b.ts', 2),
      annotation('failure', 'a.ts', 5),
    ]);
    expect(lines.map((line) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(line)?.slice(1).join(' '))).toEqual([
      'error a.ts 5',
      'error b.ts 2',
      'error b.ts 9',
      'warning a.ts 1',
      'notice a.ts 1',
    ]);
  });
});
