import { describe, expect, it } from 'vitest';

import {
  ZERO_WIDTH_SPACE as ZWSP,
  breakAutolinks,
  escapeHtmlText,
  escapeMarkdownText,
  escapeTableCell,
  fencedCodeBlock,
  markdownCodeSpan,
  safeHttpsUrl,
  tableCodeSpan,
} from '../../src/report/escape.js';
import { HOSTILE_INPUTS, renderGfm, withoutCode } from './fixtures.js';

/** The text GitHub would see after rendering, outside code, with tags removed. */
function visibleText(markdown: string): string {
  return withoutCode(renderGfm(markdown)).replace(/<[^>]*>/g, '');
}

describe('escapeMarkdownText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['[x](https://evil)', `\\[x\\]\\(https\\:${ZWSP}//evil\\)`],
    ['**bold** _em_', '\\*\\*bold\\*\\* \\_em\\_'],
    ['<img src=x>', '&lt;img src\\=x&gt;'],
    ['a & b', 'a &amp; b'],
    ['&#64;user', `&amp;\\#${ZWSP}64;user`],
    ['    indented', '    indented'],
    ['@org/team', `@${ZWSP}org/team`],
    ['#123 and GH-4 and gh-5', `\\#${ZWSP}123 and GH\\-${ZWSP}4 and gh\\-${ZWSP}5`],
    ['www.evil.example', `www${ZWSP}\\.evil\\.example`],
    ['a | b', 'a \\| b'],
    ['one\r\ntwo\rthree\nfour', 'one two three four'],
    ['tab\there', 'tab here'],
    ['esc\u001B[31m', 'esc\uFFFD\\[31m'],
    ['$x$', '\\$x\\$'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });

  it.each(HOSTILE_INPUTS.map((input) => [input]))('renders %j as its own text', (input) => {
    const html = renderGfm(`${escapeMarkdownText(input).trimStart()}\n`);
    expect(html).not.toMatch(/<(?!\/?p>)/);
    expect(html.startsWith('<p>')).toBe(true);
  });

  it.each(HOSTILE_INPUTS.map((input) => [input]))('leaves no mention, reference or link in %j', (input) => {
    const text = visibleText(`${escapeMarkdownText(input)}\n`);
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/#\d/);
    expect(text).not.toMatch(/\bgh-\d/i);
    expect(text).not.toMatch(/:\/\//);
    expect(text).not.toMatch(/www\./i);
  });
});

describe('breakAutolinks', () => {
  it.each([
    ['user@example.com', `user@${ZWSP}example.com`],
    ['https://a', `https:${ZWSP}//a`],
    ['#x', '#x'],
    ['#1', `#${ZWSP}1`],
    ['xgh-1', 'xgh-1'],
  ])('breaks %j', (input, expected) => {
    expect(breakAutolinks(input)).toBe(expected);
  });
});

describe('escapeHtmlText', () => {
  it.each([
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['**kept**', '**kept**'],
    ['@team\nnext', `@${ZWSP}team next`],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtmlText(input)).toBe(expected);
  });
});

describe('markdownCodeSpan', () => {
  it.each([
    ['a', '`a`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    ['end`', '`` end` ``'],
    ['a ``` b', '````a ``` b````'],
    [' padded ', '`  padded  `'],
    ['   ', '`   `'],
    ['', ''],
    ['one\ntwo', '`one two`'],
    ['<!-- x -->', `\`<${ZWSP}!-- x -->\``],
  ])('wraps %j', (input, expected) => {
    expect(markdownCodeSpan(input)).toBe(expected);
  });

  it.each([['a`b'], ['`start'], ['end`'], [' padded '], ['``'], ['a ``` b'], ['<img src=x>'], ['@team']])(
    'renders %j back as the same code',
    (input) => {
      const html = renderGfm(`${markdownCodeSpan(input)}\n`);
      const code = /<code>(.*)<\/code>/.exec(html)?.[1];
      const decoded = code?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(decoded).toBe(input);
    },
  );
});

describe('tableCodeSpan and escapeTableCell', () => {
  it.each([
    ['a|b', 'a|b'],
    ['`x` | y', '`x` | y'],
    ['back\\|slash', 'back\\|slash'],
    ['a || b', 'a || b'],
  ])('keeps %j in one cell', (input, expected) => {
    const markdown = `| h | k |\n| --- | --- |\n| ${tableCodeSpan(input)} | ${escapeTableCell(input)} |\n`;
    const html = renderGfm(markdown);
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toHaveLength(2);
    expect(cells[0]?.replace(/<\/?code>/g, '')).toBe(expected);
    expect(cells[1]).toBe(expected);
  });
});

describe('fencedCodeBlock', () => {
  it.each([
    ['plain', '```\nplain\n```'],
    ['has ``` inside', '````\nhas ``` inside\n````'],
    ['a\r\nb\n', '```\na\nb\n```'],
    ['', '```\n```'],
    ['<!-- testmaster:report=x -->', `\`\`\`\n<${ZWSP}!-- testmaster:report=x -->\n\`\`\``],
  ])('fences %j', (input, expected) => {
    expect(fencedCodeBlock(input)).toBe(expected);
  });

  it('keeps hostile lines inside the block', () => {
    const html = renderGfm(`${fencedCodeBlock(HOSTILE_INPUTS.join('\n'))}\n\nafter\n`);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('<p>after</p>')).toBe(true);
    expect(html).not.toMatch(/<details|<img|<script/);
  });
});

describe('safeHttpsUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['https://example.com/(x)?a=1&b=2', 'https://example.com/%28x%29?a=1&amp;b=2'],
    ['https://example.com/a|b`c', 'https://example.com/a%7Cb%60c'],
    ['https://example.com/<x> "y"', 'https://example.com/%3Cx%3E%20%22y%22'],
    ['http://example.com/', undefined],
    ['javascript:alert(1)', undefined],
    ['/relative', undefined],
    ['not a url', undefined],
  ])('accepts or rejects %j', (input, expected) => {
    expect(safeHttpsUrl(input)).toBe(expected);
  });
});
