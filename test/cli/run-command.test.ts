/**
 * `testmaster impact` and `testmaster check` through `runCommand` from the
 * sources, on repositories built with the git CLI. The bundle tests in
 * impact.test.ts run the same commands as a user installs them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_COMMAND } from '../../src/cli/commands/check.js';
import { IMPACT_COMMAND } from '../../src/cli/commands/impact.js';
import { parseCommandLine } from '../../src/cli/options.js';
import { runCommand } from '../../src/cli/run-command.js';
import { TestRepo } from '../git/fixture.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function createRepo(prefix: string): TestRepo {
  const repo = TestRepo.create(prefix);
  repos.push(repo);
  return repo;
}

/** Creates a writable stream that keeps the text written to it. */
function textSink(): NodeJS.WritableStream & { text: string } {
  const sink = {
    text: '',
    write(chunk: string | Uint8Array): boolean {
      sink.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
  };
  return sink as unknown as NodeJS.WritableStream & { text: string };
}

/** Runs `testmaster <command> -C dir ...args` as main.ts does, and returns the exit code and both streams. */
async function run(command: 'check' | 'impact', dir: string, args: string[]) {
  const spec = command === 'check' ? CHECK_COMMAND : IMPACT_COMMAND;
  const stdout = textSink();
  const stderr = textSink();
  const exitCode = await runCommand({
    command,
    parsed: parseCommandLine(spec, ['-C', dir, ...args]),
    overrides: [],
    env: {},
    stdout,
    stderr,
  });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

describe('testmaster impact without commits', () => {
  it('exits 2 with the fix', async () => {
    const repo = createRepo('testmaster-cli-empty-');
    repo.write('src/a.ts', 'export const a = 1;\n');

    const result = await run('impact', repo.dir, ['--no-cache']);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('HEAD names the branch main, which has no commits yet');
    expect(result.stdout).toContain('Commit the files first');
  });
});
