/**
 * A changed file whose path is Markdown with a link, a team mention and an
 * HTML tag comes out inert everywhere the bundled action renders Markdown:
 * the comment stored by the stand-in, the check-run output and the job summary.
 */
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { renderGfm, withoutCode } from '../report/fixtures.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { createPullRequest, lcovReport, type PullRequestScenario } from './support/scenario.js';

/**
 * Git keeps every one of these characters. The link's `https://` would need an
 * empty path segment, which no file system stores, so the link is `https:/`,
 * which browsers still resolve to https://evil.example.
 */
const HOSTILE_PATH = 'src/[x](https:/evil.example)/**@octo-org/team**<img src=x onerror=alert(1)>.ts';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

function expectInert(surface: string, markdown: string): void {
  const html = renderGfm(markdown);
  expect(html, `${surface} must name the file`).toContain('team**&lt;img src=x onerror=alert(1)&gt;.ts');
  expect(html, `${surface} has a link`).not.toMatch(/<a [^>]*evil\.example/);
  expect(html, `${surface} has an image`).not.toContain('<img');
  expect(withoutCode(html), `${surface} mentions the team`).not.toContain('@octo-org/team');
}

it('hostile path is inert in every report', async () => {
  scenario = createPullRequest(
    { 'src/index.ts': 'export const index = 1;\n' },
    { [HOSTILE_PATH]: 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n' },
  );
  scenario.repo.write(
    'coverage/lcov.info',
    lcovReport([
      { path: HOSTILE_PATH, hits: { 1: 1, 2: 0, 3: 0 } },
      { path: 'src/index.ts', hits: { 1: 1 } },
    ]),
  );
  standIn = await startStandInFor(scenario);

  const result = await runOnPullRequest(scenario, standIn);

  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.outputs['coverage-patch']).toBe('33.33');
  const comment = standIn.state.commentsOn(scenario.number)[0];
  expect(comment).toBeDefined();
  expectInert('the comment', comment!.body);
  const checkRun = standIn.state.checkRuns[0];
  expect(checkRun).toBeDefined();
  // The check run splits the report between summary and text, so the file may be named in either.
  expectInert('the check-run output', `${checkRun!.output.summary ?? ''}\n\n${checkRun!.output.text ?? ''}`);
  expectInert('the job summary', result.summary);
  // Annotations carry the real path, because GitHub places them by it.
  expect(checkRun!.annotations.map((annotation) => annotation.path)).toEqual([HOSTILE_PATH]);
});
