import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { GitCommandError, type GitResult } from './run-git.js';

/**
 * Runs git like `runGit`, with an argument array and no shell, and writes
 * `input` to its standard input. Batch commands (`cat-file --batch`,
 * `hash-object --stdin-paths`) read their requests this way, so one process
 * serves any number of files. Standard output is read while the input is
 * written, so a large batch cannot fill both pipes and stall.
 */
export function runGitWithInput(cwd: string, args: readonly string[], input: Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      cwd,
      env: gitEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A git process that exits before it reads all input closes the pipe. Its
    // exit code and stderr report that failure, so EPIPE is not an error here.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(new UserError(`git was not found on PATH or the folder ${cwd} does not exist. Install git and run TestMaster inside a checkout`, { cause: error }));
      } else {
        reject(error);
      }
    });
    child.on('close', (code, signal) => {
      resolve({
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode: code ?? (signal ? 128 : 1),
      });
    });

    child.stdin.end(input);
  });
}

/** Runs `runGitWithInput` and returns standard output, or throws `GitCommandError` on a non-zero exit. */
export async function runGitWithInputChecked(cwd: string, args: readonly string[], input: Buffer): Promise<Buffer> {
  const result = await runGitWithInput(cwd, args, input);
  if (result.exitCode !== 0) throw new GitCommandError(args, result.exitCode, result.stderr);
  return result.stdout;
}

/**
 * Builds the environment that `runGit` sets: no credential prompt, which would
 * hang a CI job, and the C locale, so stderr reads the same on every runner.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}
