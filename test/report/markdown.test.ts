import { describe, expect, it } from 'vitest';

import type { Block, RunReport } from '../../src/report/document.js';
import {
  renderBlockMarkdown,
  renderMarkdown,
  renderStageMarkdown,
  renderTitleLine,
  stickyMarker,
} from '../../src/report/markdown.js';
import { renderGfm, stage } from './fixtures.js';

describe('stickyMarker', () => {
  it.each([
    ['coverage', '<!-- testmaster:report=coverage -->'],
    ['my-report', '<!-- testmaster:report=my%2Dreport -->'],
    ['a --> b', '<!-- testmaster:report=a%20%2D%2D%3E%20b -->'],
    ['line\nbreak', '<!-- testmaster:report=line%0Abreak -->'],
    ['über', '<!-- testmaster:report=%C3%BCber -->'],
  ])('encodes %j', (name, expected) => {
    expect(stickyMarker(name)).toBe(expected);
  });

  it.each([['--'], ['-->'], ['--!>'], ['>'], ['a\n-->\n<img src=x>']])('cannot be closed early by %j', (name) => {
    const marker = stickyMarker(name);
    const inside = marker.slice('<!--'.length, -'-->'.length);
    expect(inside).not.toContain('--');
    expect(inside).not.toContain('>');
    expect(inside).not.toContain('\n');
    expect(renderGfm(`${marker}\n`).trim()).toBe(marker);
  });

  it('differs for different names', () => {
    expect(stickyMarker('a-b')).not.toBe(stickyMarker('a_b'));
    expect(stickyMarker('A')).not.toBe(stickyMarker('a'));
  });
});

describe('renderBlockMarkdown', () => {
  const cases: [string, Block, string][] = [
    ['heading', { kind: 'heading', level: 4, text: 'Files' }, '#### Files'],
    ['paragraph', { kind: 'paragraph', text: 'Coverage fell by 2.5%.' }, 'Coverage fell by 2\\.5%\\.'],
    [
      'styled spans',
      {
        kind: 'paragraph',
        text: [
          { text: 'See ' },
          { text: 'src/a.ts', style: 'code' },
          { text: ' and ' },
          { text: 'docs', href: 'https://example.com/docs' },
          { text: ' or ', style: 'bold' },
          { text: 'not', style: 'italic' },
        ],
      },
      'See `src/a.ts` and [docs](https://example.com/docs)<b> or </b><i>not</i>',
    ],
    ['link rejected unless https', { kind: 'paragraph', text: [{ text: 'x', href: 'http://a' }] }, 'x'],
    ['list', { kind: 'list', items: ['one', [{ text: 'two', style: 'code' }]] }, '- one\n- `two`'],
    [
      'table with alignment',
      {
        kind: 'table',
        header: ['File', 'Lines', 'Note'],
        align: ['left', 'right', 'center'],
        rows: [['a.ts', '50%', 'ok'], ['b.ts']],
      },
      '| File | Lines | Note |\n| :--- | ---: | :---: |\n| a\\.ts | 50% | ok |\n| b\\.ts |  |  |',
    ],
    ['table without columns', { kind: 'table', header: [], rows: [['x']] }, ''],
    [
      'details',
      { kind: 'details', summary: 'More <files>', blocks: [{ kind: 'paragraph', text: 'inside' }] },
      '<details>\n<summary>More &lt;files&gt;</summary>\n\ninside\n\n</details>',
    ],
    ['empty details', { kind: 'details', summary: 's', blocks: [] }, '<details>\n<summary>s</summary>\n\n</details>'],
    ['code', { kind: 'code', text: 'a ``` b' }, '````\na ``` b\n````'],
  ];

  it.each(cases)('renders %s', (_, block, expected) => {
    expect(renderBlockMarkdown(block)).toBe(expected);
  });

  it.each([
    [0, 3],
    [2, 1],
    [3, 0],
    [10, 0],
  ])('caps a table at %i rows', (cap, hidden) => {
    const block: Block = { kind: 'table', header: ['n'], rows: [['1'], ['2'], ['3']] };
    const markdown = renderBlockMarkdown(block, { maxTableRows: cap });
    const rows = markdown.split('\n').filter((line) => /^\| \d/.test(line));
    expect(rows).toHaveLength(3 - hidden);
    if (hidden === 0) expect(markdown).not.toContain('not shown');
    else expect(markdown).toContain(`${hidden} more ${hidden === 1 ? 'row is' : 'rows are'} not shown.`);
  });

  it('renders table cells as GFM table cells', () => {
    const block: Block = {
      kind: 'table',
      header: ['a|b', 'c'],
      rows: [[[{ text: 'x|y', style: 'code' }], 'p | q']],
    };
    const html = renderGfm(`${renderBlockMarkdown(block)}\n`);
    expect(html.match(/<th>/g)).toHaveLength(2);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('<td><code>x|y</code></td>');
  });
});

describe('renderMarkdown', () => {
  const report: RunReport = {
    name: 'TestMaster',
    stages: [
      stage({ blocks: [{ kind: 'paragraph', text: 'All files pass.' }] }),
      stage({ id: 'impact', title: 'Impact', status: 'failed', headline: '3 tests failed', blocks: [] }),
    ],
  };

  it('starts with the title line and the overall status', () => {
    expect(renderMarkdown(report).split('\n')[0]).toBe('## ❌ TestMaster: failed');
  });

  it('renders each stage heading with its emoji and headline', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### ✅ Coverage: 81\\.5% of lines covered \\(minimum 80%\\)\n\nAll files pass\\.');
    expect(markdown).toContain('### ❌ Impact: 3 tests failed');
  });

  it.each([
    [{ stickyMarker: true }, '<!-- testmaster:report=TestMaster -->\n\n## ❌'],
    [{ title: false }, '### ✅ Coverage'],
    [{}, '## ❌'],
  ])('applies options %j', (options, start) => {
    expect(renderMarkdown(report, options).startsWith(start)).toBe(true);
  });

  it('ends with exactly one newline', () => {
    expect(renderMarkdown(report).endsWith('\n')).toBe(true);
    expect(renderMarkdown(report).endsWith('\n\n')).toBe(false);
  });

  it.each([
    ['passed', '✅'],
    ['skipped', '⏭️'],
    ['error', '⚠️'],
  ] as const)('shows %s with its emoji', (status, emoji) => {
    expect(renderTitleLine({ name: 'r', stages: [stage({ status })] })).toBe(`## ${emoji} r: ${status}`);
  });

  it('renders one stage alone', () => {
    expect(renderStageMarkdown(stage({ headline: '' }))).toBe('### ✅ Coverage');
  });
});
