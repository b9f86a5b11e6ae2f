/**
 * Mermaid labels and sources built from hostile names: every label decodes
 * back to its text, and nothing in it can end the label, add a statement,
 * start a Markdown string, an HTML tag or a mention, or close the fence.
 */

import { describe, expect, it } from 'vitest';
import { impactChart } from '../../../src/impact/report/chart.js';
import {
  flowchartSource,
  isInertMermaidSource,
  LABEL_MAX_CHARACTERS,
  mermaidLabel,
  renderMermaidMarkdown,
} from '../../../src/report/mermaid.js';
import { sanitizeLine } from '../../../src/report/control-characters.js';
import { fencedCodeBlock } from '../../../src/report/escape.js';
import { fencesBalanced, renderGfm } from '../../report/fixtures.js';
import { chainTest, edge, graphOf, HOSTILE_PATH, impactResult } from './fixtures.js';

/** Decodes Mermaid entity codes (`#35;`) and removes the quotes, as Mermaid shows the label. */
function decodeLabel(label: string): string {
  return label.slice(1, -1).replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Returns the text a label shows: one line, and only its end after `…` when it is too long. */
function shownText(text: string): string {
  const characters = Array.from(sanitizeLine(text));
  if (characters.length <= LABEL_MAX_CHARACTERS) return characters.join('');
  return `…${characters.slice(-(LABEL_MAX_CHARACTERS - 1)).join('')}`;
}

const INJECTIONS: [string, string][] = [
  ['double quotes', 'src/"quoted".ts'],
  ['brackets', 'src/[id]/{slug}/(group).ts'],
  ['backticks', 'src/`code`/```fence```.ts'],
  ['a mention', '@org/team and @user.ts'],
  ['a script tag', '<script>alert(1)</script>.ts'],
  ['line breaks', 'first\nsecond\r\nthird\u2028.ts'],
  ['an arrow', 'a --> b -.-> c ==> d.ts'],
  ['an entity code', '#quot; #35; &lt; &#64;.ts'],
  ['a Mermaid comment and directive', '%% comment %%{init: {}}%%.ts'],
  ['a statement end', 'a; click n0 href "javascript:alert(1)".ts'],
  ['control characters', 'bell\u0007 escape\u001B[31m bidi\u202E.ts'],
  ['everything at once', HOSTILE_PATH],
];

describe('mermaidLabel', () => {
  it.each(INJECTIONS)('keeps %s inert', (_, text) => {
    const label = mermaidLabel(text);
    // Outside its entity codes, a label contains no character that Mermaid,
    // Markdown or HTML would read, and no `#` that could start another code.
    const outsideCodes = label.slice(1, -1).replace(/#\d+;/g, '');

    expect(label.startsWith('"')).toBe(true);
    expect(label.endsWith('"')).toBe(true);
    expect(outsideCodes).not.toMatch(/["`<>@#;%&[\](){}|\n\r\u2028]/);
    expect(outsideCodes).not.toContain('-->');
    expect(decodeLabel(label)).toBe(shownText(text));
  });

  it('leaves plain paths readable', () => {
    expect(mermaidLabel('packages/core-lib/src/index_v2.ts')).toBe('"packages/core-lib/src/index_v2.ts"');
    expect(mermaidLabel('docs/résumé/日本.md')).toBe('"docs/résumé/日本.md"');
  });

  it('encodes characters outside the basic plane by code point', () => {
    expect(mermaidLabel('icon-😀.svg')).toBe('"icon-#128512;.svg"');
  });

  it('shortens a long path from the front', () => {
    const long = `${'deep/'.repeat(30)}file.ts`;
    const label = mermaidLabel(long);
    const displayed = Array.from(decodeLabel(label));

    expect(displayed).toHaveLength(LABEL_MAX_CHARACTERS);
    expect(displayed[0]).toBe('…');
    expect(decodeLabel(label).endsWith('/deep/file.ts')).toBe(true);
  });

  it('shortens before encoding, so an entity code is never cut', () => {
    const label = mermaidLabel('<'.repeat(200));

    expect(label).toBe(`"…${'#60;'.repeat(LABEL_MAX_CHARACTERS - 1)}"`);
  });
});

describe('flowchartSource', () => {
  it('rejects ids, classes and colours that are not generated', () => {
    expect(() => flowchartSource({ nodes: [{ id: 'x"]', label: 'a' }], edges: [], classes: [] })).toThrow(RangeError);
    expect(() => flowchartSource({ nodes: [{ id: 'n0', label: 'a', className: 'a b' }], edges: [], classes: [] })).toThrow(RangeError);
    expect(() => flowchartSource({ nodes: [], edges: [], classes: [{ name: 'c', fill: 'red;', stroke: '#fff' }] })).toThrow(RangeError);
  });
});

describe('isInertMermaidSource', () => {
  it('accepts what flowchartSource writes', () => {
    const source = flowchartSource({
      nodes: INJECTIONS.map(([, text], index) => ({ id: `n${index}`, label: text, className: 'changed' })),
      edges: [{ from: 'n0', to: 'n1', dotted: true }],
      classes: [{ name: 'changed', fill: '#fff', stroke: '#000000' }],
    });

    expect(isInertMermaidSource(source)).toBe(true);
  });

  it.each([
    ['a click directive', 'flowchart LR\n  n0["a"]\n  click n0 href "https://evil.example"'],
    ['an init directive', '%%{init: {"securityLevel": "loose"}}%%\nflowchart LR'],
    ['a raw quote in a label', 'flowchart LR\n  n0["a"b"]'],
    ['a Markdown string label', 'flowchart LR\n  n0["`**bold**`"]'],
    ['a raw tag in a label', 'flowchart LR\n  n0["<img src=x>"]'],
    ['a closing fence', 'flowchart LR\n```\n@user'],
    ['another diagram type', 'sequenceDiagram\n  A->>B: hi'],
    ['an edge label', 'flowchart LR\n  n0 -->|text| n1'],
    ['a style with a URL', 'flowchart LR\n  classDef c fill:url(https://evil.example)'],
  ])('rejects %s', (_, source) => {
    expect(isInertMermaidSource(source)).toBe(false);
  });
});

describe('renderMermaidMarkdown', () => {
  it('fences an inert source as mermaid', () => {
    expect(renderMermaidMarkdown({ kind: 'mermaid', source: 'flowchart LR\n  n0["a"]' }, fencedCodeBlock)).toBe('```mermaid\nflowchart LR\n  n0["a"]\n```');
  });

  it('shows any other source as plain code', () => {
    const source = 'flowchart LR\n```\n<img src=x>';
    const markdown = renderMermaidMarkdown({ kind: 'mermaid', source }, fencedCodeBlock);

    expect(markdown).toBe(fencedCodeBlock(source));
    expect(markdown.startsWith('````\n')).toBe(true);
  });
});

describe('chart of a hostile path', () => {
  const result = impactResult({
    changedFiles: [{ path: HOSTILE_PATH, status: 'modified', binary: false, addedLines: 1, deletedLines: 0 }],
    affectedTests: [chainTest(`${HOSTILE_PATH}.test.ts`, [edge(`${HOSTILE_PATH}.test.ts`, HOSTILE_PATH)])],
    graph: graphOf([edge(`${HOSTILE_PATH}.test.ts`, HOSTILE_PATH)]),
  });
  const source = impactChart(result)?.block.source ?? '';

  it('stays within the safe subset', () => {
    expect(isInertMermaidSource(source)).toBe(true);
  });

  it('adds no line or statement', () => {
    expect(source.split('\n')).toHaveLength(1 + 2 + 1 + 2);
    expect(source.split('\n').filter((line) => line.includes('-->'))).toEqual(['  n0 --> n1']);
  });

  it('carries no backtick, tag or mention', () => {
    expect(source).not.toMatch(/[`<@]/);
  });

  it('renders as one mermaid code block on GitHub', () => {
    const markdown = renderMermaidMarkdown({ kind: 'mermaid', source }, fencedCodeBlock);
    const html = renderGfm(markdown);

    expect(fencesBalanced(markdown)).toBe(true);
    expect(html.startsWith('<pre><code class="language-mermaid">')).toBe(true);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<img/i);
  });
});
