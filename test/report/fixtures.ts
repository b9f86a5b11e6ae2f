/**
 * Hostile inputs and report builders shared by the renderer tests, and a
 * GFM renderer (micromark with the GFM extensions, raw HTML passed through
 * unchanged) that shows what the Markdown output turns into.
 */

import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

import type { Annotation, Block, RunReport, Span, StageReport } from '../../src/report/document.js';

/** Untrusted strings that try to break out of every context a renderer uses. */
export const HOSTILE_INPUTS: readonly string[] = [
  'src/[x](https://evil)/**@team**<img src=x>.ts',
  '</details>',
  '<details><summary>opened</summary>',
  '<!-- testmaster:report=x -->',
  'a | b || c',
  'line one\r\nline two\rline three\nline four',
  '@org/team and @user, see #123, GH-456 and owner/repo#7',
  'https://evil.example/path www.evil.example user@evil.example',
  '```\nfenced\n```',
  '`tick` ``double`` `',
  '> quote',
  '# heading',
  '- list item',
  '1. ordered',
  '    indented code',
  '&#64;user &lt;img src=x&gt; &amp;',
  '$x^2$ math',
  '~~strike~~ _em_ *em*',
  '<script>alert(1)</script>',
  'name\u001B[31mred\u001B[0m\u009B2J',
  'bidi \u202Egnp.exe\u202C and \u2066isolate\u2069',
  'ends with backslash pipe \\|',
  '<!--',
  '-->',
  '| --- |',
  '[link][ref]\n\n[ref]: https://evil',
  '<img src=x onerror=alert(1)>',
];

export const HOSTILE_NAME = 'x';

function hostileSpans(text: string): Span[] {
  return [
    { text },
    { text, style: 'code' },
    { text, style: 'bold' },
    { text, style: 'italic' },
    { text, href: 'https://example.com/ok' },
    { text, href: `https://example.com/${text}` },
    { text, href: 'javascript:alert(1)' },
  ];
}

function hostileBlocks(): Block[] {
  return [
    { kind: 'heading', level: 3, text: HOSTILE_INPUTS.join(' ') },
    ...HOSTILE_INPUTS.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: HOSTILE_INPUTS.flatMap(hostileSpans) },
    { kind: 'list', items: [...HOSTILE_INPUTS, ...HOSTILE_INPUTS.map((text) => hostileSpans(text))] },
    {
      kind: 'table',
      header: [...HOSTILE_INPUTS.slice(0, 3)],
      align: ['left', 'right', 'center'],
      rows: HOSTILE_INPUTS.map((text) => [text, [{ text, style: 'code' }], hostileSpans(text)]),
    },
    {
      kind: 'details',
      summary: HOSTILE_INPUTS.flatMap(hostileSpans),
      blocks: [
        { kind: 'paragraph', text: HOSTILE_INPUTS.join(' ') },
        { kind: 'code', text: HOSTILE_INPUTS.join('\n') },
        { kind: 'details', summary: '</details>', blocks: [{ kind: 'code', text: '</details>\n```' }] },
      ],
    },
    { kind: 'code', text: HOSTILE_INPUTS.join('\n') },
  ];
}


const LEVELS = ['failure', 'warning', 'notice'] as const;
export function hostileAnnotations(): Annotation[] {
  return HOSTILE_INPUTS.map((text, index) => ({
    path: text,
    startLine: index + 1,
    endLine: index + 2,
    level: LEVELS[index % 3]!,
    title: text,
    message: text,
  }));
}

/** A report whose name, title, headline, blocks and annotations are all hostile; its name equals the marker in HOSTILE_INPUTS. */
export function hostileReport(): RunReport {
  return {
    name: HOSTILE_NAME,
    stages: [
      {
        id: 'coverage',
        title: HOSTILE_INPUTS.join(' '),
        status: 'failed',
        headline: HOSTILE_INPUTS.join(' '),
        blocks: hostileBlocks(),
        annotations: hostileAnnotations(),
        outputs: { lines: HOSTILE_INPUTS.join('\n') },
        json: { inputs: HOSTILE_INPUTS },
      },
    ],
  };
}

export function stage(overrides: Partial<StageReport> = {}): StageReport {
  return {
    id: 'coverage',
    title: 'Coverage',
    status: 'passed',
    headline: '81.5% of lines covered (minimum 80%)',
    blocks: [],
    annotations: [],
    outputs: {},
    json: null,
    ...overrides,
  };
}

/** A table block with `rows` rows of three cells, about 60 characters each. */
export function bigTable(rows: number, prefix = 'src/module'): Block {
  return {
    kind: 'table',
    header: ['File', 'Lines', 'Branches'],
    align: ['left', 'right', 'right'],
    rows: Array.from({ length: rows }, (_, index) => [
      [{ text: `${prefix}/file-${index}.ts`, style: 'code' }],
      `${(index % 100).toFixed(1)}%`,
      `${((index * 7) % 100).toFixed(1)}%`,
    ]),
  };
}

/** Renders Markdown the way a GFM renderer does, keeping raw HTML, so any HTML that escaped shows up. */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Removes the content of `<code>` and `<pre>` elements, where GitHub resolves no mentions or references. */
export function withoutCode(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
}

/** Tells whether every `<details>` opens before and closes after its content, in the given text. */
export function detailsBalanced(text: string, open: RegExp, close: RegExp): boolean {
  const tokens = [...text.matchAll(new RegExp(`${open.source}|${close.source}`, 'g'))];
  let depth = 0;
  for (const token of tokens) {
    depth += open.test(token[0]) ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Tells whether every fenced code block in the Markdown source is closed. */
export function fencesBalanced(markdown: string): boolean {
  let open: number | undefined;
  for (const line of markdown.split('\n')) {
    const run = /^`{3,}/.exec(line)?.[0].length;
    if (run === undefined) continue;
    if (open === undefined) open = run;
    else if (run >= open && /^`+\s*$/.test(line)) open = undefined;
  }
  return open === undefined;
}
