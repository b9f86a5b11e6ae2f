/**
 * The CLI's code cache, end to end on the bundle. The first run writes a
 * cache for each chunk it loads, and later runs use them without writing
 * again. A damaged cache is replaced, and the output never depends on the
 * cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CHANGED_MATH, commitFiles, createMonorepo, type Monorepo } from '../impact/support/monorepo.js';
import { runCli } from './support/run-cli.js';

let monorepo: Monorepo | undefined;
let cacheRoot: string | undefined;

afterEach(() => {
  monorepo?.repo.remove();
  if (cacheRoot !== undefined) rmSync(cacheRoot, { recursive: true, force: true });
  monorepo = undefined;
  cacheRoot = undefined;
});

/** Lists every file under `folder`, sorted by path. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A time long past, to see whether a run writes a file again. */
const PAST = new Date('2001-02-03T04:05:06Z');

it('code cache written once, used, replaced when damaged', async () => {
  monorepo = createMonorepo('testmaster-e2e-code-cache-');
  commitFiles(monorepo.repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Change math');
  cacheRoot = mkdtempSync(join(tmpdir(), 'testmaster-code-cache-'));
  // --no-cache keeps every run cold, so that each loads the same chunks.
  const args = ['impact', '--base', monorepo.mainSha, '--json', '-', '--no-cache'];
  const run = (cache: string) => runCli(monorepo!.dir, args, { TESTMASTER_CODE_CACHE: cache });

  const first = await run(cacheRoot);
  expect(first.exitCode, first.stderr).toBe(0);
  const caches = filesUnder(cacheRoot);
  expect(caches.length).toBeGreaterThanOrEqual(3);
  for (const file of caches) expect(file).toMatch(/[/\\]\d+\.index\.js\.(default|[a-z-]+=\d+(,[a-z-]+=\d+)*)\.v8$/);
  // On Node.js 20 the impact stage raises V8's interrupt budget, and the chunks it loads carry that in their names.
  if (process.versions.node.startsWith('20.')) expect(caches.some((file) => file.includes('interrupt-budget='))).toBe(true);

  for (const file of caches) utimesSync(file, PAST, PAST);
  const second = await run(cacheRoot);
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  expect(filesUnder(cacheRoot)).toEqual(caches);
  for (const file of caches) expect(statSync(file).mtime, file).toEqual(PAST);

  // V8's data zeroed behind an intact copy of the chunk: V8 rejects it, and the run writes the file again.
  const damaged = caches[0]!;
  const bytes = readFileSync(damaged);
  const chunkLength = bytes.readUInt32LE(4);
  bytes.fill(0, 8 + chunkLength);
  writeFileSync(damaged, bytes);
  utimesSync(damaged, PAST, PAST);
  const third = await run(cacheRoot);
  expect(third.exitCode).toBe(0);
  expect(third.stdout).toBe(first.stdout);
  expect(statSync(damaged).mtime).not.toEqual(PAST);
  expect(readFileSync(damaged).subarray(8 + chunkLength).some((byte) => byte !== 0)).toBe(true);

  const offRoot = join(cacheRoot, 'off');
  const off = await runCli(monorepo.dir, args, { TESTMASTER_CODE_CACHE: 'off', XDG_CACHE_HOME: offRoot });
  expect(off.stdout).toBe(first.stdout);
  expect(() => readdirSync(offRoot)).toThrow();
});
