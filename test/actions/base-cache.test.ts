import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_CACHE_FOLDER, baseCacheKey, restoreBaseSummary, saveBaseSummary } from '../../src/actions/base-cache.js';
import { buildBaseSummary } from '../../src/coverage/base-summary.js';
import { recordingLogger } from '../../src/run/logger.js';
import { fileWithCounts } from '../coverage/gate/files.js';
import { startCacheStandIn, type CacheStandIn } from '../support/actions-cache-stand-in/index.js';
import { temporaryFolder } from '../support/temporary-folder.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('baseCacheKey', () => {
  it('keys by report name and commit', () => {
    expect(baseCacheKey('TestMaster', 'a'.repeat(40))).toBe(`testmaster-coverage-base-testmaster-${'a'.repeat(40)}`);
  });

  it('keeps only safe characters of the name', () => {
    expect(baseCacheKey('My Report/β', 'abc')).toBe('testmaster-coverage-base-my-report--abc');
  });
});

describe('restoreBaseSummary', () => {
  it('says why without the cache service', async () => {
    // Outside a workflow run neither ACTIONS_CACHE_URL nor ACTIONS_RESULTS_URL is set.
    vi.stubEnv('ACTIONS_RESULTS_URL', '');
    vi.stubEnv('ACTIONS_CACHE_URL', '');
    const workspace = temporaryFolder('base-cache-');
    const base = await restoreBaseSummary(workspace, 'TestMaster', 'a'.repeat(40), recordingLogger());
    expect(base).toEqual({ kind: 'none', reason: 'No base found: the Actions cache is not available to this run.' });
  });
});

/** @actions/cache in this process, pointed at the cache service stand-in as a runner points it. */
describe('with the cache service', () => {
  let cacheService: CacheStandIn;
  let workspace: string;

  beforeEach(async () => {
    cacheService = await startCacheStandIn();
    workspace = temporaryFolder('base-cache-workspace-');
    for (const [name, value] of Object.entries(cacheService.environment())) vi.stubEnv(name, value);
    // Another server name makes @actions/cache take the runner for GitHub Enterprise Server and use cache service v1.
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
    vi.stubEnv('GITHUB_WORKSPACE', workspace);
    vi.stubEnv('RUNNER_TEMP', temporaryFolder('base-cache-runner-temp-'));
  });

  afterEach(async () => {
    await cacheService.close();
    expect(cacheService.rejections()).toEqual([]);
  });

  const summary = buildBaseSummary([fileWithCounts('src/a.ts', 3, 4)], {
    commit: COMMIT,
    createdAt: new Date('2024-05-01T12:00:00Z'),
    toolVersion: '0.1.0',
  });
  const key = baseCacheKey('TestMaster', COMMIT);

  it('restores what a save stored', async () => {
    const log = recordingLogger();
    await saveBaseSummary(workspace, 'TestMaster', summary, log);
    rmSync(join(workspace, BASE_CACHE_FOLDER), { recursive: true });
    const base = await restoreBaseSummary(workspace, 'TestMaster', COMMIT, log);

    expect(log.lines).toEqual([`Saved the base summary as ${key}.`]);
    expect(base).toEqual({ kind: 'summary', summary });
    expect(cacheService.operations()).toEqual([`CreateCacheEntry ${key}`, 'PutBlob', `FinalizeCacheEntryUpload ${key}`, `GetCacheEntryDownloadURL ${key}`, 'GetBlob']);
  });

  it('misses under another workspace path', async () => {
    // @actions/cache hashes the absolute paths into the entry's version, so the push and pull request runs must share a workspace path, as hosted runners do.
    await saveBaseSummary(workspace, 'TestMaster', summary, recordingLogger());
    const base = await restoreBaseSummary(temporaryFolder('base-cache-other-'), 'TestMaster', COMMIT, recordingLogger());

    expect(base.kind).toBe('none');
    expect(cacheService.operations().at(-1)).toBe(`GetCacheEntryDownloadURL ${key}`);
  });

  it('warns when the key is taken', async () => {
    await saveBaseSummary(workspace, 'TestMaster', summary, recordingLogger());
    const log = recordingLogger();
    await saveBaseSummary(workspace, 'TestMaster', summary, log);

    expect(log.lines).toEqual([
      `warning: Saving the base summary ${key} failed: see the Actions cache message above. A summary saved by another run on this commit serves as well.`,
    ]);
    expect(cacheService.operations().slice(3)).toEqual([`CreateCacheEntry ${key}`]);
    expect(cacheService.requests.at(-1)?.status).toBe(409);
  });

  it('names both causes on a miss', async () => {
    const base = await restoreBaseSummary(workspace, 'TestMaster', COMMIT, recordingLogger());

    expect(base).toEqual({
      kind: 'none',
      reason:
        'No base found: the Actions cache returned no coverage summary for merge base 0123456789ab. ' +
        'Either none was saved (run this action on pushes to the default branch to save one), or restoring it failed (see the cache warning in the log).',
    });
    expect(cacheService.operations()).toEqual([`GetCacheEntryDownloadURL ${key}`]);
  });
});
