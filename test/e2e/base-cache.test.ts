/**
 * The base summary through the Actions cache, end to end: the bundled
 * coverage-gate action saves a summary on a push to the default branch, and a
 * later pull request restores the one of its merge base. Both runs talk to
 * the cache service stand-in as @actions/cache does on a runner (cache
 * service v2), and to the GitHub API stand-in for the check run and comment.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { TestRepo } from '../git/fixture.js';
import { startCacheStandIn, type CacheStandIn } from '../support/actions-cache-stand-in/index.js';
import { startStandIn, type StandIn } from '../support/github-stand-in/index.js';
import { TOKENS } from '../github/fixture.js';
import { closeAndAssertClean, INSTALLATION_TOKEN } from './support/action-step.js';
import { cacheEnvironment } from './support/cache-service.js';
import { runStep, type StepResult } from './support/run-bundle.js';
import { lcovReport, OWNER, PR_BRANCH, PULL_NUMBER, pullRequestEvent, REPO, REPOSITORY, type PullRequestScenario } from './support/scenario.js';

const REPORT = 'coverage/lcov.info';

/** Ten executable lines; the reports below cover some of them. */
const PRICING = Array.from({ length: 10 }, (_, index) => `export const rate${index + 1} = ${index + 1};`).join('\n') + '\n';

/** A pull request whose base commit (`baseSha`) is a later commit on main than its merge base. */
interface BaseCacheScenario extends PullRequestScenario {
  /** The commit a push run saves a summary for, and the merge base of the PR. */
  mainSha: string;
}

let repo: TestRepo | undefined;
let github: StandIn | undefined;
let cacheService: CacheStandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(github);
  await cacheService?.close();
  expect(cacheService?.rejections() ?? []).toEqual([]);
  repo?.remove();
  repo = undefined;
  github = undefined;
  cacheService = undefined;
});

/** Line hits of src/pricing.js where the first `covered` of its ten lines ran. */
function pricingReport(covered: number): string {
  const hits: Record<number, number> = {};
  for (let line = 1; line <= 10; line += 1) hits[line] = line <= covered ? 1 : 0;
  return lcovReport([{ path: 'src/pricing.js', hits }]);
}

/**
 * Commits the sources on main, a later commit on main, and a PR branch from
 * the first commit with one changed line. Leaves the first commit checked
 * out, as the push run for it saw the repository.
 */
function createScenario(): BaseCacheScenario {
  const target = TestRepo.create('testmaster-e2e-base-cache-');
  repo = target;
  target.write('.gitignore', 'coverage/\n.testmaster/\n');
  target.write('src/pricing.js', PRICING);
  const mainSha = target.commit('Add the pricing module');
  target.write('README.md', 'Pricing rates.\n');
  const laterMainSha = target.commit('Describe the module');
  target.git('checkout', '--quiet', '-b', PR_BRANCH, mainSha);
  target.write('src/pricing.js', PRICING.replace('rate3 = 3', 'rate3 = 30'));
  const headSha = target.commit('Raise the third rate');
  target.git('checkout', '--quiet', '--detach', mainSha);
  return { repo: target, dir: target.dir, mainSha, baseSha: laterMainSha, headSha, number: PULL_NUMBER };
}

/** Checks out the PR head in a clean working tree, as the pull request job's fresh checkout has it. */
function checkOutHead(scenario: BaseCacheScenario): void {
  rmSync(join(scenario.repo.dir, '.testmaster'), { recursive: true, force: true });
  scenario.repo.git('checkout', '--quiet', PR_BRANCH);
}

async function startServices(scenario: BaseCacheScenario): Promise<void> {
  github = await startStandIn({
    owner: OWNER,
    repo: REPO,
    tokens: TOKENS,
    pulls: [{ number: PULL_NUMBER, headSha: scenario.headSha, baseSha: scenario.baseSha, baseRef: 'main' }],
  });
  cacheService = await startCacheStandIn();
}

interface GateEvent {
  eventName: string;
  payload: object;
  sha: string;
  ref: string;
}

/** Runs the coverage-gate bundle on the scenario's working tree with the cache variables of a hosted runner. */
function runGate(scenario: BaseCacheScenario, event: GateEvent, inputs: Record<string, string>): Promise<StepResult> {
  return runStep({
    action: 'coverage-gate',
    inputs: { 'github-token': INSTALLATION_TOKEN, reports: REPORT, ...inputs },
    ...event,
    workspace: scenario.dir,
    apiUrl: github!.url,
    repository: REPOSITORY,
    env: cacheEnvironment(cacheService!),
  });
}

function runOnPush(scenario: BaseCacheScenario): Promise<StepResult> {
  const payload = {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after: scenario.mainSha,
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  };
  return runGate(scenario, { eventName: 'push', payload, sha: scenario.mainSha, ref: 'refs/heads/main' }, {});
}

function runOnPullRequest(scenario: BaseCacheScenario, inputs: Record<string, string> = {}): Promise<StepResult> {
  const event = { eventName: 'pull_request', payload: pullRequestEvent(scenario), sha: scenario.headSha, ref: `refs/pull/${PULL_NUMBER}/merge` };
  return runGate(scenario, event, inputs);
}

interface CoverageResult {
  coverage: {
    base: { found: boolean; reason?: string; commit?: string; deltas?: Record<string, number> };
    gate: { passed: boolean; checks: { kind: string; metric: string; passed: boolean }[] };
  };
}

function coverageResult(step: StepResult): CoverageResult['coverage'] {
  return (JSON.parse(step.outputs.result!) as CoverageResult).coverage;
}

function baseKey(sha: string): string {
  return `testmaster-coverage-base-testmaster-coverage-${sha}`;
}

/** Runs the push on the first commit with 8 of 10 lines covered, then checks out the PR head with 6 of 10. */
async function pushThenPullRequest(scenario: BaseCacheScenario): Promise<StepResult> {
  scenario.repo.write(REPORT, pricingReport(8));
  const push = await runOnPush(scenario);
  checkOutHead(scenario);
  scenario.repo.write(REPORT, pricingReport(6));
  return push;
}

it.each([
  ['fails a max-drop gate', { 'max-drop': 'lines=1' }, 1, 'failed'],
  ['passes without max-drop', {}, 0, 'passed'],
])('base from the push %s', async (_case, inputs, exitCode, status) => {
  const scenario = createScenario();
  await startServices(scenario);
  const key = baseKey(scenario.mainSha);

  const push = await pushThenPullRequest(scenario);

  expect(push.exitCode, push.stdout).toBe(0);
  expect(push.stdout).toContain(`Saved the base summary as ${key}.`);
  expect(push.stdout).not.toMatch(/^::(warning|error)::/m);
  expect(cacheService!.operations()).toEqual([`CreateCacheEntry ${key}`, 'PutBlob', `FinalizeCacheEntryUpload ${key}`]);
  expect(cacheService!.entries.all().map((entry) => [entry.key, entry.status])).toEqual([[key, 'finalized']]);

  const pull = await runOnPullRequest(scenario, inputs);

  expect(pull.exitCode, pull.stdout).toBe(exitCode);
  expect(pull.outputs.status).toBe(status);
  // The merge base, not the PR's base commit, keys the restore.
  expect(cacheService!.operations().slice(3)).toEqual([`GetCacheEntryDownloadURL ${key}`, 'GetBlob']);
  const coverage = coverageResult(pull);
  expect(coverage.base).toEqual({ found: true, commit: scenario.mainSha, createdAt: expect.any(String), deltas: { lines: -20 } });
  expect(pull.summary).toContain('| Lines | 6 / 10 | 60\\.00% |  | ▼ \\-20\\.00 pp |');
  expect(pull.summary).toContain(`Changes are measured against base commit ${scenario.mainSha.slice(0, 7)}`);
  const comment = github!.state.commentsOn(PULL_NUMBER)[0]!.body;
  expect(comment).toContain('▼ \\-20\\.00 pp');
  if (exitCode === 1) {
    expect(coverage.gate.checks).toEqual([expect.objectContaining({ kind: 'delta', metric: 'lines', passed: false })]);
    expect(pull.summary).toContain(`Lines\\: 60\\.00% against 80\\.00% on base commit ${scenario.mainSha.slice(0, 7)}, a change of \\-20\\.00 percentage points`);
  } else {
    expect(coverage.gate.checks).toEqual([]);
  }
}, 60_000);

it.each([
  ['passing threshold', 'lines=50', 0, 'passed'],
  ['failing threshold', 'lines=70', 1, 'failed'],
])('no saved base gates the rest with %s', async (_case, thresholds, exitCode, status) => {
  const scenario = createScenario();
  await startServices(scenario);
  checkOutHead(scenario);
  scenario.repo.write(REPORT, pricingReport(6));

  const pull = await runOnPullRequest(scenario, { thresholds, 'max-drop': 'lines=1' });

  expect(pull.exitCode, pull.stdout).toBe(exitCode);
  expect(pull.outputs.status).toBe(status);
  expect(pull.outputs['coverage-lines']).toBe('60.00');
  const reason =
    `No base found: the Actions cache returned no coverage summary for merge base ${scenario.mainSha.slice(0, 12)}. ` +
    'Either none was saved (run this action on pushes to the default branch to save one), or restoring it failed (see the cache warning in the log).';
  const coverage = coverageResult(pull);
  expect(coverage.base).toEqual({ found: false, reason });
  expect(coverage.gate.checks.map((check) => [check.kind, check.metric, check.passed])).toEqual([['global', 'lines', exitCode === 0]]);
  expect(pull.summary).toContain('No base found\\: the Actions cache returned no coverage summary');
  expect(pull.summary).toContain('The change from base was not checked; the other checks still ran\\.');
  // A miss is no failure, so @actions/cache logs no warning.
  expect(pull.stdout).not.toMatch(/^::warning::/m);
  expect(cacheService!.operations()).toEqual([`GetCacheEntryDownloadURL ${baseKey(scenario.mainSha)}`]);
}, 60_000);

it('second push on a commit warns', async () => {
  const scenario = createScenario();
  await startServices(scenario);
  const key = baseKey(scenario.mainSha);
  scenario.repo.write(REPORT, pricingReport(8));
  await runOnPush(scenario);

  const again = await runOnPush(scenario);

  expect(again.exitCode, again.stdout).toBe(0);
  expect(again.outputs.status).toBe('passed');
  expect(again.summary).toContain('TestMaster coverage: passed');
  expect(again.stdout).toContain(`Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`);
  expect(again.stdout).toMatch(new RegExp(`^::warning::Saving the base summary ${key} failed: see the Actions cache message above\\.`, 'm'));
  expect(again.stdout).not.toContain('Saved the base summary');
  expect(cacheService!.operations().slice(3)).toEqual([`CreateCacheEntry ${key}`]);
  expect(cacheService!.requests.at(-1)!.status).toBe(409);
  expect(cacheService!.entries.all()).toHaveLength(1);
}, 60_000);

// @actions/cache 6.3 tries a Twirp call 5 times, waiting 3 s, then 1.5 times longer each time: about 30 s in all.
it.each([
  ['degrades to no base', 5, false],
  ['is retried', 2, true],
])('cache service 500 %s', async (_case, failures, found) => {
  const scenario = createScenario();
  await startServices(scenario);
  const key = baseKey(scenario.mainSha);
  await pushThenPullRequest(scenario);
  cacheService!.inject({ operations: ['GetCacheEntryDownloadURL'], status: 500, times: failures });

  const pull = await runOnPullRequest(scenario, { 'max-drop': 'lines=1' });

  const restores = Array.from({ length: failures }, () => `GetCacheEntryDownloadURL ${key}`);
  expect(pull.outputs['coverage-lines']).toBe('60.00');
  expect(pull.summary).toContain('TestMaster coverage: ');
  expect(coverageResult(pull).base.found).toBe(found);
  if (found) {
    expect(pull.exitCode, pull.stdout).toBe(1);
    expect(cacheService!.operations().slice(3)).toEqual([...restores, `GetCacheEntryDownloadURL ${key}`, 'GetBlob']);
  } else {
    // Without a base, the max-drop check is left out and the gate passes on what remains.
    expect(pull.exitCode, pull.stdout).toBe(0);
    expect(pull.stdout).toMatch(/^::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: \(500\)/m);
    expect(pull.summary).toContain('No base found\\: the Actions cache returned no coverage summary');
    expect(cacheService!.operations().slice(3)).toEqual(restores);
  }
}, 120_000);
