/**
 * Stores base summaries in the GitHub Actions cache, keyed by commit SHA:
 * pushes to the default branch save one, and pull requests restore the one of
 * their merge base. Cache entries are immutable, so a key is written once.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import { parseBaseSummary, serializeBaseSummary, type BaseSummary } from '../coverage/base-summary.js';
import type { BaseSource } from '../coverage/stage.js';
import type { Logger } from '../run/logger.js';

/** Folder under the workspace where summaries are written before saving and after restoring. */
export const BASE_CACHE_FOLDER = '.testmaster/base';

/** The cache ID that `saveCache` of @actions/cache returns when it did not save. */
const NOT_SAVED = -1;

export function baseCacheKey(reportName: string, commit: string): string {
  const name = reportName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return `testmaster-coverage-base-${name}-${commit}`;
}

export async function restoreBaseSummary(
  workspace: string,
  reportName: string,
  commit: string,
  log: Logger,
): Promise<BaseSource> {
  if (!cache.isFeatureAvailable()) {
    return { kind: 'none', reason: 'No base found: the Actions cache is not available to this run.' };
  }
  const folder = join(workspace, BASE_CACHE_FOLDER);
  const key = baseCacheKey(reportName, commit);
  try {
    // @actions/cache 6.3 returns undefined both on a miss and after a failure it logged as a warning, so the reason names both.
    const hit = await cache.restoreCache([folder], key);
    if (!hit) {
      return {
        kind: 'none',
        reason:
          `No base found: the Actions cache returned no coverage summary for merge base ${commit.slice(0, 12)}. ` +
          'Either none was saved (run this action on pushes to the default branch to save one), or restoring it failed (see the cache warning in the log).',
      };
    }
    return { kind: 'summary', summary: parseBaseSummary(readFileSync(join(folder, 'summary.json'), 'utf8'), key) };
  } catch (error) {
    log.warning(`Restoring the base summary ${key} failed: ${(error as Error).message}`);
    return { kind: 'none', reason: `No base found: restoring ${key} from the Actions cache failed.` };
  }
}

export async function saveBaseSummary(
  workspace: string,
  reportName: string,
  summary: BaseSummary,
  log: Logger,
): Promise<void> {
  if (!cache.isFeatureAvailable()) {
    log.warning('The base summary was not saved: the Actions cache is not available to this run.');
    return;
  }
  const folder = join(workspace, BASE_CACHE_FOLDER);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'summary.json'), serializeBaseSummary(summary));
  const key = baseCacheKey(reportName, summary.commit);
  try {
    const cacheId = await cache.saveCache([folder], key);
    if (cacheId === NOT_SAVED) {
      // @actions/cache 6.3 logs the cause and returns -1 instead of throwing: a key already taken
      // (a second run on the same commit, whose summary is as good as ours), a failed upload, or a
      // cache mode without writes.
      log.warning(`Saving the base summary ${key} failed: see the Actions cache message above. A summary saved by another run on this commit serves as well.`);
      return;
    }
    log.info(`Saved the base summary as ${key}.`);
  } catch (error) {
    log.warning(`Saving the base summary ${key} failed: ${(error as Error).message}`);
  }
}
