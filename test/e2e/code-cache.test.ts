/**
 * The CLI's code cache, end to end on the bundle. The first run writes a
 * cache for each chunk it loads, and later runs use them without writing
 * again. A damaged cache is replaced, and the output never depends on the
 * cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Flips the last 64 bytes of V8's data, keeping the magic number, the length and the copy of the chunk. */
function damageV8Data(file: string): void {
  const bytes = readFileSync(file);
  const dataStart = 8 + bytes.readUInt32LE(4);
  for (let index = Math.max(dataStart, bytes.length - 64); index < bytes.length; index++) bytes[index] = bytes[index]! ^ 0x5a;
  writeFileSync(file, bytes);
}

// Other bytes of the same length in V8's data, as after a disk error. Node.js 20.20.2 accepted such data
// and stopped with "Fatal error ... unreachable code" (exit 133), Node.js 24.21.0 with a segmentation
// fault (exit 139), on every run until the cache was deleted.
it('damaged V8 data: no crash', async () => {
  monorepo = createMonorepo('testmaster-e2e-code-cache-damaged-');
  commitFiles(monorepo.repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Change math');
  cacheRoot = mkdtempSync(join(tmpdir(), 'testmaster-code-cache-damaged-'));
  const args = ['impact', '--base', monorepo.mainSha, '--json', '-', '--no-cache'];
  const run = () => runCli(monorepo!.dir, args, { TESTMASTER_CODE_CACHE: cacheRoot });

  const first = await run();
  expect(first.exitCode, first.stderr).toBe(0);
  const caches = filesUnder(cacheRoot);
  expect(caches.length).toBeGreaterThan(0);
  for (const file of caches) damageV8Data(file);

  const second = await run();
  expect(second.exitCode, second.stderr.slice(0, 400)).toBe(0);
  expect(second.stdout).toBe(first.stdout);
});

// A user who means "on" may write TESTMASTER_CODE_CACHE=true or =1. The cache then went to a folder of
// that name in the working directory, inside the repository, and the next impact run listed its files as changed.
it.each(['true', '1'])('code cache setting %s: repository untouched', async (setting) => {
  monorepo = createMonorepo('testmaster-e2e-code-cache-setting-');
  commitFiles(monorepo.repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Change math');
  cacheRoot = mkdtempSync(join(tmpdir(), 'testmaster-code-cache-home-'));
  const args = ['impact', '--base', monorepo.mainSha, '--json', '-', '--no-cache'];
  const run = () => runCli(monorepo!.dir, args, { TESTMASTER_CODE_CACHE: setting, XDG_CACHE_HOME: cacheRoot });

  const first = await run();
  const second = await run();

  expect(first.exitCode, first.stderr).toBe(0);
  expect(existsSync(join(monorepo.dir, setting))).toBe(false);
  expect(second.stdout).toBe(first.stdout);
});
