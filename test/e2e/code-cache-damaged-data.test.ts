/**
 * A cache file whose copy of the chunk is intact but whose V8 data has
 * other bytes of the same length, as after a disk error. Node.js 20.20.2
 * accepted such data and stopped with "Fatal error ... unreachable code"
 * (exit 133), and Node.js 24.21.0 with a segmentation fault (exit 139), on
 * every run until the cache was deleted. The run must compile the chunk
 * again instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Lists every file under `folder`. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Flips the last 64 bytes of V8's data, keeping the magic number, the length and the copy of the chunk. */
function damageV8Data(file: string): void {
  const bytes = readFileSync(file);
  const dataStart = 8 + bytes.readUInt32LE(4);
  for (let index = Math.max(dataStart, bytes.length - 64); index < bytes.length; index++) bytes[index] = bytes[index]! ^ 0x5a;
  writeFileSync(file, bytes);
}

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
