/**
 * The hostile-input report rendered through every renderer: no HTML, mention,
 * reference, autolink or control character from the inputs may survive, and
 * the sticky marker appears once, where the renderer put it.
 */

import { describe, expect, it } from 'vitest';

import { checkRunOutput } from '../../src/report/check-output.js';
import { renderCommentBody } from '../../src/report/comment-body.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { fitMarkdown } from '../../src/report/limits.js';
import { renderMarkdown, stickyMarker } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { annotationCommands } from '../../src/report/workflow-commands.js';
import {
  HOSTILE_INPUTS,
  HOSTILE_NAME,
  detailsBalanced,
  fencesBalanced,
  hostileReport,
  renderGfm,
  withoutCode,
} from './fixtures.js';

const report = hostileReport();
const marker = stickyMarker(HOSTILE_NAME);

const MARKDOWN_RENDERINGS: [string, string][] = [
  ['renderMarkdown', renderMarkdown(report)],
  ['renderMarkdown with marker', renderMarkdown(report, { stickyMarker: true })],
  ['renderCommentBody', renderCommentBody(report, { fullReport: HOSTILE_INPUTS[0] })],
  ['renderJobSummary', renderJobSummary(report, { fullReport: HOSTILE_INPUTS[0] })],
  ['check-run summary', checkRunOutput(report).summary],
  ['check-run text', checkRunOutput(report).text ?? ''],
  [
    'a shortened comment',
    fitMarkdown(report, { subject: 'the test', max: 3_000, unit: 'characters' }, {
      stickyMarker: true,
      fullReport: [{ text: HOSTILE_INPUTS[1] ?? '', href: 'https://example.com/</details>' }],
    }).markdown,
  ],
];

describe.each(MARKDOWN_RENDERINGS)('%s of hostile input', (_, markdown) => {
  const html = renderGfm(markdown);
  const visible = withoutCode(html).replace(/<[^>]*>/g, '');

  it('renders no HTML element from the input', () => {
    expect(html).not.toMatch(/<img|<script/i);
    const tags = html.match(/<\/?([a-z0-9]+)/gi) ?? [];
    const allowed = /^<\/?(p|h2|h3|h4|b|i|a|code|pre|ul|li|table|thead|tbody|tr|th|td|details|summary)$/i;
    expect(tags.filter((tag) => !allowed.test(tag))).toEqual([]);
  });

  it('keeps details elements balanced', () => {
    expect(detailsBalanced(html, /<details>/, /<\/details>/)).toBe(true);
    expect(detailsBalanced(markdown, /^<details>$/m, /^<\/details>$/m)).toBe(true);
    expect(fencesBalanced(markdown)).toBe(true);
  });

  it('leaves no live mention, reference or autolink', () => {
    expect(visible).not.toMatch(/@[A-Za-z0-9]/);
    expect(visible).not.toMatch(/#\d/);
    expect(visible).not.toMatch(/\bgh-\d/i);
    expect(visible).not.toMatch(/(https?|ftp):\/\//);
    expect(visible).not.toMatch(/www\./i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.filter((href) => !href?.startsWith('https://example.com/'))).toEqual([]);
  });

  it('contains the sticky marker only where the renderer put it', () => {
    const occurrences = markdown.split(marker).length - 1;
    const expected = markdown.startsWith(`${marker}\n`) ? 1 : 0;
    expect(occurrences).toBe(expected);
    expect((html.match(/<!--/g) ?? []).length).toBe(expected);
  });

  it('contains no control character', () => {
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('comment body of hostile input', () => {
  it('starts with the marker', () => {
    expect(renderCommentBody(report).startsWith(`${marker}\n\n`)).toBe(true);
  });
});

describe('terminal rendering of hostile input', () => {
  it('contains no escape sequence, CR or bidi control', () => {
    const text = renderTerminal(report);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('workflow commands of hostile input', () => {
  it('emits one command per line', () => {
    const lines = annotationCommands(report.stages.flatMap((stage) => stage.annotations));
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) /);
      expect(line).not.toMatch(/[\r\n\u001B\u009B]/);
    }
  });
});
