/**
 * working-directory in a monorepo: the step for packages/api resolves its
 * path inputs from that folder, looks for default reports there and gates
 * only the changes under it, while the config stays at the repository root.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { createPullRequest, lcovReport, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

const CODE = 'const a = 1;\nconst b = 2;\nmodule.exports = a + b;\n';

/** Creates a PR that adds packages/api/src/x.js and changes packages/web/src/x.js, with a report in each package. */
function monorepoPullRequest(): PullRequestScenario {
  const created = createPullRequest(
    { 'packages/api/package.json': '{"name":"api"}\n', 'packages/web/src/x.js': CODE, '.github/testmaster.yml': 'coverage:\n  thresholds: { lines: 10 }\n' },
    { 'packages/api/src/x.js': CODE, 'packages/web/src/x.js': `${CODE}module.exports.extra = 4;\n` },
  );
  // Each package's tests write a package-relative report into the package.
  created.repo.write('packages/api/coverage/lcov.info', lcovReport([{ path: 'src/x.js', hits: { 1: 1, 2: 0, 3: 0 } }]));
  created.repo.write('packages/web/coverage/lcov.info', lcovReport([{ path: 'src/x.js', hits: { 1: 1, 2: 1, 3: 1, 4: 1 } }]));
  return created;
}

it.each<{ name: string; inputs: Record<string, string> }>([
  { name: 'a named report', inputs: { reports: 'coverage/lcov.info' } },
  { name: 'the default reports', inputs: {} },
])('coverage step in a package reads $name', async ({ inputs }) => {
  scenario = monorepoPullRequest();
  standIn = await startStandInFor(scenario);

  const { exitCode, outputs, stdout } = await runOnPullRequest(scenario, standIn, {
    inputs: { ...inputs, 'working-directory': 'packages/api', 'result-file': 'out/result.json', comment: 'false' },
  });
  const result = JSON.parse(outputs.result ?? 'null') as { coverage: { notes: string[] } };
  const annotated = standIn.state.checkRuns.flatMap((run) => run.annotations.map((annotation) => annotation.path));

  expect(exitCode).toBe(0);
  expect(stdout).toContain('Read packages/api/coverage/lcov.info');
  expect(stdout).not.toContain('packages/web/coverage/lcov.info');
  // 1 of packages/api's 3 lines; packages/web's covered changed line is not counted either.
  expect(outputs['coverage-lines']).toBe('33.33');
  expect(outputs['coverage-patch']).toBe('33.33');
  expect(result.coverage.notes).toContain('Patch coverage counts the changed files under packages/api, the working directory, only.');
  expect(new Set(annotated)).toEqual(new Set(['packages/api/src/x.js']));
  expect(existsSync(join(scenario.dir, 'packages/api/out/result.json'))).toBe(true);
  expect(existsSync(join(scenario.dir, 'out/result.json'))).toBe(false);
});

it('validate step writes SARIF in its folder', async () => {
  scenario = monorepoPullRequest();
  standIn = await startStandInFor(scenario);

  const { exitCode } = await runOnPullRequest(scenario, standIn, {
    action: 'static-validate',
    inputs: { 'working-directory': 'packages/api', 'sarif-file': 'out.sarif', comment: 'false', 'check-run': 'false' },
  });

  expect(exitCode).toBe(0);
  expect(existsSync(join(scenario.dir, 'packages/api/out.sarif'))).toBe(true);
  expect(existsSync(join(scenario.dir, 'out.sarif'))).toBe(false);
});
