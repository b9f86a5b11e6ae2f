/**
 * The impact stage's scan cache through the Actions cache, end to end. The
 * bundled impact-analysis action saves its scans after one pull request run.
 * The next run, on a new commit in a fresh checkout, restores them by key
 * prefix and scans only the new file. A third run on the same commit reuses
 * the resolved graph that the same cache entry carries.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startCacheStandIn, type CacheStandIn } from '../support/actions-cache-stand-in/index.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { CHANGED_MATH, commitFiles, createMonorepo } from '../impact/support/monorepo.js';
import { closeAndAssertClean, INSTALLATION_TOKEN, startStandInFor } from './support/action-step.js';
import { cacheEnvironment } from './support/cache-service.js';
import { runStep, type StepResult } from './support/run-bundle.js';
import { PULL_NUMBER, pullRequestEvent, REPOSITORY, type PullRequestScenario } from './support/scenario.js';

/** The key prefix of src/actions/scan-cache.ts; run-bundle sets GITHUB_RUN_ID to 4242. */
const KEY_PREFIX = 'testmaster-impact-scan-';
const RUN_ID = '4242';

let github: StandIn | undefined;
let cacheService: CacheStandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(github);
  await cacheService?.close();
  expect(cacheService?.rejections() ?? []).toEqual([]);
  scenario?.repo.remove();
  github = undefined;
  cacheService = undefined;
  scenario = undefined;
});

function runImpact(target: PullRequestScenario, service: CacheStandIn): Promise<StepResult> {
  return runStep({
    action: 'impact-analysis',
    inputs: { 'github-token': INSTALLATION_TOKEN, comment: 'false', 'check-run': 'false' },
    eventName: 'pull_request',
    payload: pullRequestEvent(target),
    workspace: target.dir,
    apiUrl: github!.url,
    repository: REPOSITORY,
    sha: target.headSha,
    ref: `refs/pull/${target.number}/merge`,
    env: cacheEnvironment(service),
  });
}

/** Returns the counts of the log line "Impact: scanned N files, reused M cached scans." */
function scanCounts(step: StepResult): { scanned: number; reused: number } {
  const match = /^Impact: scanned (\d+) files?, reused (\d+) cached scans?\.$/m.exec(step.stdout);
  if (!match) throw new Error(`The step logged no scan counts:\n${step.stdout}`);
  return { scanned: Number(match[1]), reused: Number(match[2]) };
}

it('impact scan cache saves and restores', async () => {
  const { repo, dir, mainSha } = createMonorepo('testmaster-e2e-scan-cache-');
  const firstHead = commitFiles(repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Change the sum');
  scenario = { repo, dir, baseSha: mainSha, headSha: firstHead, number: PULL_NUMBER };
  github = await startStandInFor(scenario);
  cacheService = await startCacheStandIn();
  const firstKey = `${KEY_PREFIX}${firstHead}-${RUN_ID}`;

  const first = await runImpact(scenario, cacheService);

  expect(first.exitCode, first.stdout).toBe(0);
  expect(scanCounts(first).reused).toBe(0);
  expect(cacheService.operations()).toEqual([
    `GetCacheEntryDownloadURL ${firstKey}`,
    `CreateCacheEntry ${firstKey}`,
    'PutBlob',
    `FinalizeCacheEntryUpload ${firstKey}`,
  ]);

  // The next job starts from a fresh checkout, so only the Actions cache can bring the scans back.
  rmSync(join(dir, '.testmaster'), { recursive: true, force: true });
  const label = 'export const LABEL_VERSION = 2;\n';
  const secondHead = commitFiles(repo, { 'packages/web/src/label-version.ts': label }, 'Add a label version');
  scenario = { ...scenario, headSha: secondHead };
  const secondKey = `${KEY_PREFIX}${secondHead}-${RUN_ID}`;

  const second = await runImpact(scenario, cacheService);

  expect(second.exitCode, second.stdout).toBe(0);
  expect(second.stdout).toContain(`Cache hit for restore-key: ${firstKey}`);
  const counts = scanCounts(second);
  expect(counts.reused).toBeGreaterThan(0);
  expect(counts.scanned).toBe(1);
  expect(cacheService.operations().slice(4)).toEqual([
    `GetCacheEntryDownloadURL ${secondKey}`,
    'GetBlob',
    `CreateCacheEntry ${secondKey}`,
    'PutBlob',
    `FinalizeCacheEntryUpload ${secondKey}`,
  ]);
  expect(cacheService.requests.find((request) => request.operation === 'GetCacheEntryDownloadURL')?.status).toBe(200);

  // A rerun of the same commit in a fresh checkout needs neither a scan nor a resolution.
  rmSync(join(dir, '.testmaster'), { recursive: true, force: true });
  const third = await runImpact(scenario, cacheService);

  expect(third.exitCode, third.stdout).toBe(0);
  // The run key is the same as the second run's, so the restore matches it exactly, and nothing new is saved.
  expect(third.stdout).toContain(`Cache hit for: ${secondKey}`);
  expect(third.stdout).toMatch(/^Impact: reused the resolved graph of \d+ files\.$/m);
  expect(third.stdout).not.toMatch(/^Impact: scanned /m);
  expect(cacheService.operations().slice(9)).toEqual([`GetCacheEntryDownloadURL ${secondKey}`, 'GetBlob']);
}, 120_000);
