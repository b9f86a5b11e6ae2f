/** Runs `node bin/testmaster.js` in a child process, as a user runs the installed command. */
import { join } from 'node:path';
import { PROJECT_ROOT, spawnNode } from './run-bundle.js';

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` with an environment free of CI variables, so it behaves as on a developer machine. */
export function runCli(cwd: string, args: string[]): Promise<CliResult> {
  return spawnNode(join(PROJECT_ROOT, 'bin/testmaster.js'), cwd, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
  }, args);
}
