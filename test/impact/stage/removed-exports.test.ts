/** Removed exports of the changed public modules, from the memo of earlier runs or compared now. */

import { describe, expect, it } from 'vitest';
import { removedExportsKey } from '../../../src/impact/graph/graph-cache-key.js';
import type { RemovedExports } from '../../../src/impact/risk/deleted-exports.js';
import { withRemovedExports } from '../../../src/impact/stage/removed-exports.js';

const PUBLIC = { entryPoints: new Set(['src/index.ts']), importedFromOutside: new Set<string>() };
const INDEX = { path: 'src/index.ts', baseText: 'export const a = 1, b = 2;', headText: 'export const a = 1;' };
const BASE_BLOB = '1'.repeat(40);
const HEAD_BLOB = '2'.repeat(40);
const BLOBS = { base: new Map([[INDEX.path, BASE_BLOB]]), head: new Map([[INDEX.path, HEAD_BLOB]]) };

describe('withRemovedExports', () => {
  it('compares a module missing from the memo and stores the result', async () => {
    const memo = new Map<string, RemovedExports>();

    const [versions] = await withRemovedExports([INDEX], PUBLIC, memo, BLOBS);

    expect(versions?.removed).toEqual({ names: ['b'], wildcards: [] });
    expect([...memo]).toEqual([[removedExportsKey(INDEX.path, BASE_BLOB, HEAD_BLOB), { names: ['b'], wildcards: [] }]]);
  });

  it('takes a stored result without comparing', async () => {
    const stored = { names: ['from-memo'], wildcards: [] };
    const memo = new Map([[removedExportsKey(INDEX.path, BASE_BLOB, HEAD_BLOB), stored]]);

    const [versions] = await withRemovedExports([INDEX], PUBLIC, memo, BLOBS);

    expect(versions?.removed).toBe(stored);
  });

  it('compares without storing when a blob SHA is unknown', async () => {
    const memo = new Map<string, RemovedExports>();

    const [versions] = await withRemovedExports([INDEX], PUBLIC, memo, { base: BLOBS.base, head: new Map() });

    expect(versions?.removed).toEqual({ names: ['b'], wildcards: [] });
    expect(memo.size).toBe(0);
  });

  it.each([
    ['a private module', { ...INDEX, path: 'src/private.ts' }],
    ['an added module', { ...INDEX, baseText: null }],
  ])('leaves %s as it is', async (_name, versions) => {
    const memo = new Map<string, RemovedExports>();

    expect(await withRemovedExports([versions], PUBLIC, memo, BLOBS)).toEqual([versions]);
    expect(memo.size).toBe(0);
  });
});
