/** Runs `node bin/testmaster.js` in a child process, as a user runs the installed command. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, spawnNode } from './run-bundle.js';

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** The code cache of the tests' CLI runs, shared by them, so that they leave the user's cache folder alone. */
export const TEST_CODE_CACHE = join(tmpdir(), 'testmaster-test-code-cache');

/**
 * Runs the CLI in `cwd` with an environment free of CI variables, so it
 * behaves as on a developer machine. `env` adds variables or replaces them.
 */
export function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return spawnNode(join(PROJECT_ROOT, 'bin/testmaster.js'), cwd, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    TESTMASTER_CODE_CACHE: TEST_CODE_CACHE,
    ...env,
  }, args);
}
