import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCacheKey, type ScanCache } from '../../../src/impact/graph/index.js';
import { fileScanCacheStore } from '../../../src/impact/stage/scan-cache-store.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const CACHE: ScanCache = new Map([[scanCacheKey('a'.repeat(40), 'script'), { references: [], errors: [] }]]);

function folder(): string {
  return temporaryFolder('scan-cache-store-');
}

describe('fileScanCacheStore', () => {
  it('creates a missing cache file', async () => {
    const path = join(folder(), 'nested', 'scan.json');

    const note = await fileScanCacheStore(path).save(CACHE);

    expect(note).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toMatch(/^\{"format":/);
  });

  it('replaces an earlier cache file', async () => {
    const path = join(folder(), 'scan.json');
    await fileScanCacheStore(path).save(new Map());

    const note = await fileScanCacheStore(path).save(CACHE);

    expect(note).toBeUndefined();
    expect((await fileScanCacheStore(path).load()).cache.size).toBe(1);
  });

  it('leaves a file that is not a cache', async () => {
    const path = join(folder(), 'HEAD');
    writeFileSync(path, 'ref: refs/heads/main\n');

    const note = await fileScanCacheStore(path).save(CACHE);

    expect(note).toContain(`The scan cache is off: ${path} exists and is not a scan cache`);
    expect(note).toContain('Move that file away, or set impact.cache.path to a file of its own.');
    expect(readFileSync(path, 'utf8')).toBe('ref: refs/heads/main\n');
  });
});
