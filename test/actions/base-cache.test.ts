import { describe, expect, it } from 'vitest';
import { baseCacheKey, restoreBaseSummary } from '../../src/actions/base-cache.js';
import { recordingLogger } from '../../src/run/logger.js';
import { temporaryFolder } from '../support/temporary-folder.js';

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
    const workspace = temporaryFolder('base-cache-');
    const base = await restoreBaseSummary(workspace, 'TestMaster', 'a'.repeat(40), recordingLogger());
    expect(base).toEqual({ kind: 'none', reason: 'No base found: the Actions cache is not available to this run.' });
  });
});
