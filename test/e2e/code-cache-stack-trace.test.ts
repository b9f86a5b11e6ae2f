/**
 * The stack trace of an internal error (exit code 4) with and without the
 * code cache. A copy of the bundle gets a chunk whose coverage headline
 * throws, with the length of the chunk kept. Without the cache, webpack
 * loads the chunk with `import()` and the frames name `file://` URLs. With
 * the cache, they name plain paths, and on Node.js 20.20.2 a warm run named
 * `251.index.js (complete)`, the name that the exit handler compiles the
 * complete cache under. The cache must not change what a command prints.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createMonorepo, type Monorepo } from '../impact/support/monorepo.js';
import { PROJECT_ROOT, spawnNode } from './support/run-bundle.js';

let monorepo: Monorepo | undefined;
let scratch: string | undefined;

afterEach(() => {
  monorepo?.repo.remove();
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  monorepo = undefined;
  scratch = undefined;
});

const HEADLINE = 'return `Coverage passed: ${summary}`;';
const THROWING = 'throw new TypeError(summary);'.padEnd(HEADLINE.length, ' ');

/** Copies bin/ and dist/cli/ to `folder` and makes the coverage headline throw. */
function copyWithThrowingHeadline(folder: string): string {
  cpSync(join(PROJECT_ROOT, 'bin'), join(folder, 'bin'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'dist/cli'), join(folder, 'dist/cli'), { recursive: true });
  const chunks = readdirSync(join(folder, 'dist/cli')).filter((name) => name.endsWith('.js'));
  const edited = chunks.filter((name) => {
    const path = join(folder, 'dist/cli', name);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(HEADLINE)) return false;
    writeFileSync(path, text.replace(HEADLINE, THROWING));
    return true;
  });
  expect(edited).toHaveLength(1);
  return join(folder, 'bin/testmaster.js');
}

it('internal error stack trace: same with and without cache', async () => {
  monorepo = createMonorepo('testmaster-e2e-code-cache-stack-');
  mkdirSync(join(monorepo.dir, 'coverage'));
  writeFileSync(join(monorepo.dir, 'coverage/lcov.info'), 'TN:\nSF:packages/core/src/math.ts\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
  scratch = mkdtempSync(join(tmpdir(), 'testmaster-code-cache-stack-'));
  const cli = copyWithThrowingHeadline(scratch);
  const run = (cache: string) =>
    spawnNode(cli, monorepo!.dir, { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TESTMASTER_CODE_CACHE: cache }, [
      'coverage',
      '--base',
      monorepo!.mainSha,
    ]);

  const off = await run('off');
  const cold = await run(join(scratch, 'cache'));
  const warm = await run(join(scratch, 'cache'));

  expect(off.exitCode, off.stderr).toBe(4);
  expect(cold.exitCode).toBe(4);
  expect(warm.exitCode).toBe(4);
  expect(cold.stderr).toBe(off.stderr);
  expect(warm.stderr).toBe(off.stderr);
});
