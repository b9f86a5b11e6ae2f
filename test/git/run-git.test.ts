import { chmodSync, chownSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { repositoryRoot } from '../../src/git/git.js';
import { runGit, runGitWithInputChecked } from '../../src/git/run-git.js';
import { temporaryFolder } from '../support/temporary-folder.js';
import { TestRepo } from './fixture.js';

const ORIGINAL_PATH = process.env['PATH'];
const ORIGINAL_GLOBAL_CONFIG = process.env['GIT_CONFIG_GLOBAL'];

afterEach(() => {
  process.env['PATH'] = ORIGINAL_PATH;
  if (ORIGINAL_GLOBAL_CONFIG === undefined) delete process.env['GIT_CONFIG_GLOBAL'];
  else process.env['GIT_CONFIG_GLOBAL'] = ORIGINAL_GLOBAL_CONFIG;
});

/** Puts a `git` shell script with `body` first on PATH. */
function fakeGit(body: string): void {
  const folder = temporaryFolder('testmaster-fake-git-');
  const script = join(folder, 'git');
  writeFileSync(script, `#!/bin/sh\n${body}\n`);
  chmodSync(script, 0o755);
  process.env['PATH'] = `${folder}:${ORIGINAL_PATH}`;
}

describe('runGit', () => {
  it('runs a signal handler before returning', async () => {
    // The fake git signals its parent, this process, and exits normally.
    fakeGit('kill -USR2 $PPID\nsleep 0.2\nexit 0');
    const handled: string[] = [];
    process.once('SIGUSR2', (signal) => handled.push(signal));

    const result = await runGit(process.cwd(), ['status']);

    expect(result.exitCode).toBe(0);
    expect(handled).toEqual(['SIGUSR2']);
  });

  it('names the signal that ended git', async () => {
    fakeGit('kill -KILL $$');

    const result = await runGit(process.cwd(), ['status']);

    expect(result.exitCode).toBe(128);
    expect(result.stderr).toBe('git was ended by SIGKILL');
  });

  it('reports a failed batch command as invalid input', async () => {
    fakeGit('cat > /dev/null\necho "fatal: bad object" >&2\nexit 3');

    const failure = runGitWithInputChecked(process.cwd(), ['cat-file', '--batch'], Buffer.from('HEAD\n'));

    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/git cat-file failed in .* with exit code 3 \(fatal: bad object\)\. Check the repository with git fsck/);
  });

  it('rejects a working folder that is a file', async () => {
    const file = join(temporaryFolder('testmaster-not-folder-'), 'file.txt');
    writeFileSync(file, 'text\n');

    const failure = runGit(file, ['status']);

    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(`${file} is not a folder`);
  });
});

describe('repositoryRoot', () => {
  // Only root can give a repository another owner, which is what makes git refuse it.
  it.skipIf(process.getuid?.() !== 0)('explains a repository that git refuses for its owner', async () => {
    const repo = TestRepo.create('testmaster-owner-');
    chownSync(repo.dir, 65534, 65534);
    const emptyConfig = join(temporaryFolder('testmaster-global-config-'), 'gitconfig');
    writeFileSync(emptyConfig, '');
    process.env['GIT_CONFIG_GLOBAL'] = emptyConfig;

    const failure = repositoryRoot(repo.dir);

    await expect(failure).rejects.toThrow(/git refuses to read the repository at .* because another user owns it/);
    await expect(failure).rejects.toThrow(/safe\.directory/);
  });
});
