/**
 * Where Node.js's own compile cache goes. bin/testmaster.js calls
 * `module.enableCompileCache()` without a folder, so on Node.js 22.1 and
 * later the compiled code of dist/cli/index.js goes to
 * `os.tmpdir()/node-compile-cache`. Another user who creates that folder
 * first can plant a cache entry there: on Node.js 24.21.0, a root run of the
 * genuine CLI ran top-level code that the user "nobody" had compiled from an
 * edited copy of the same length, with TESTMASTER_CODE_CACHE=off too. The
 * compiled code must stay in the user's own cache folder, and off must
 * mean off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

let scratch: string | undefined;

afterEach(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

it.skipIf(!hasCompileCache).each(['default', 'off'])('compile cache outside the temporary folder: %s', async (setting) => {
  scratch = mkdtempSync(join(tmpdir(), 'testmaster-compile-cache-'));
  const sharedTemp = join(scratch, 'shared-tmp');
  const env: NodeJS.ProcessEnv = { TMPDIR: sharedTemp, TMP: sharedTemp, TEMP: sharedTemp, XDG_CACHE_HOME: join(scratch, 'user-cache') };
  if (setting === 'off') env['TESTMASTER_CODE_CACHE'] = 'off';
  else env['TESTMASTER_CODE_CACHE'] = undefined;

  const result = await runCli(scratch, ['--version'], env);

  expect(result.exitCode, result.stderr).toBe(0);
  expect(existsSync(join(sharedTemp, 'node-compile-cache'))).toBe(false);
});
