/**
 * The impact section built from hostile names and rendered by every
 * renderer: no HTML element, mention or extra line from a name survives.
 */

import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../../src/report/document.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderTerminal } from '../../../src/report/terminal.js';
import { impactStageReport } from '../../../src/impact/report/stage-report.js';
import { detailsBalanced, fencesBalanced, renderGfm, withoutCode } from '../../report/fixtures.js';
import { chainTest, edge, graphOf, HOSTILE_PATH, impactResult, risk } from './fixtures.js';

const TEST_PATH = `${HOSTILE_PATH}.test.ts`;

function hostileReport(): RunReport {
  const chain = [edge(TEST_PATH, HOSTILE_PATH)];
  const stage = impactStageReport(
    impactResult({
      changedFiles: [{ path: HOSTILE_PATH, status: 'modified', binary: false, addedLines: 1, deletedLines: 0 }],
      affectedTests: [chainTest(TEST_PATH, chain), { path: HOSTILE_PATH, need: 'run', evidence: { kind: 'changed', detail: HOSTILE_PATH } }],
      affectedPackages: [HOSTILE_PATH],
      runAllReasons: [{ trigger: HOSTILE_PATH, file: HOSTILE_PATH, detail: HOSTILE_PATH }],
      suites: [{ name: HOSTILE_PATH, tier: 'continuous', runsOn: [HOSTILE_PATH], reasons: [HOSTILE_PATH] }],
      risk: risk({ factors: risk().factors.map((factor) => ({ ...factor, detail: HOSTILE_PATH })) }),
      notes: [HOSTILE_PATH],
      warnings: [HOSTILE_PATH],
      graph: graphOf(chain),
    }),
  );
  return { name: 'impact', stages: [stage] };
}

describe('impact section of hostile names', () => {
  const report = hostileReport();
  const markdown = renderMarkdown(report);
  const html = renderGfm(markdown);

  it('renders no HTML element from a name', () => {
    expect(html).not.toMatch(/<script|<img/i);
    const tags = html.match(/<\/?([a-z0-9]+)/gi) ?? [];
    const allowed = /^<\/?(p|h2|h3|h4|b|i|a|code|pre|ul|li|table|thead|tbody|tr|th|td|details|summary)$/i;
    expect(tags.filter((tag) => !allowed.test(tag))).toEqual([]);
  });

  it('keeps fences and details balanced', () => {
    expect(fencesBalanced(markdown)).toBe(true);
    expect(detailsBalanced(markdown, /^<details>$/m, /^<\/details>$/m)).toBe(true);
  });

  it('resolves no mention outside code', () => {
    const visible = withoutCode(html).replace(/<[^>]*>/g, '');
    expect(visible).not.toMatch(/@org/);
  });

  it('keeps the chart source inert inside its mermaid block', () => {
    const code = /<pre><code class="language-mermaid">(flowchart LR[\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';

    expect(code).toMatch(/^flowchart LR\n/);
    expect(code).not.toMatch(/[`@]|&lt;script/);
  });

  it('prints each name on one terminal line', () => {
    const text = renderTerminal(report);

    expect(text).not.toMatch(/\nn9\[/);
    expect(text).not.toContain('\r');
  });
});
