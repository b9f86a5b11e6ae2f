/**
 * TESTMASTER_CODE_CACHE with a value that is not an absolute folder, such as
 * `true` or `1` from a user who means "on". The cache then went to a folder
 * of that name in the working directory, inside the repository, and the
 * next `impact` run listed the cache files as changed files. The cache must
 * not change what a command prints, nor leave files in the repository.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CHANGED_MATH, commitFiles, createMonorepo, type Monorepo } from '../impact/support/monorepo.js';
import { runCli } from './support/run-cli.js';

let monorepo: Monorepo | undefined;
let cacheHome: string | undefined;

afterEach(() => {
  monorepo?.repo.remove();
  if (cacheHome !== undefined) rmSync(cacheHome, { recursive: true, force: true });
  monorepo = undefined;
  cacheHome = undefined;
});

it.each(['true', '1'])('code cache setting %s: repository untouched', async (setting) => {
  monorepo = createMonorepo('testmaster-e2e-code-cache-setting-');
  commitFiles(monorepo.repo, { 'packages/core/src/math.ts': CHANGED_MATH }, 'Change math');
  cacheHome = mkdtempSync(join(tmpdir(), 'testmaster-code-cache-home-'));
  const args = ['impact', '--base', monorepo.mainSha, '--json', '-', '--no-cache'];
  const run = () => runCli(monorepo!.dir, args, { TESTMASTER_CODE_CACHE: setting, XDG_CACHE_HOME: cacheHome });

  const first = await run();
  const second = await run();

  expect(first.exitCode, first.stderr).toBe(0);
  expect(existsSync(join(monorepo.dir, setting))).toBe(false);
  expect(second.stdout).toBe(first.stdout);
});
