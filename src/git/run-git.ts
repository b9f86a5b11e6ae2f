import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/** A git command that exited with a status the caller did not expect. */
export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed with exit code ${exitCode}: ${oneLine(stderr)}`);
    this.name = 'GitCommandError';
  }
}

/**
 * Runs git with an argument array and no shell, so refs and paths from a pull
 * request reach git as single arguments. Output is collected as bytes because
 * paths and patches need not be valid UTF-8 until the caller decodes them.
 */
export function runGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  return spawnGit(cwd, args, null);
}

/**
 * Runs git like `runGit` with extra environment variables, such as
 * `GIT_INDEX_FILE` for a command that must not touch the repository's index.
 */
export function runGitWithEnvironment(cwd: string, args: readonly string[], environment: Readonly<Record<string, string>>): Promise<GitResult> {
  return spawnGit(cwd, args, null, environment);
}

/**
 * Runs git like `runGit` and writes `input` to its standard input. Batch
 * commands (`cat-file --batch`, `hash-object --stdin-paths`) read their
 * requests this way, so one process serves any number of files.
 */
export function runGitWithInput(cwd: string, args: readonly string[], input: Buffer): Promise<GitResult> {
  return spawnGit(cwd, args, input);
}

/**
 * Runs `runGitWithInput` and returns standard output. A batch command reads
 * objects or files that an earlier command listed, so a non-zero exit means
 * a damaged repository or a stopped git. That is reported as a `UserError`
 * that quotes git and names the check to run, caused by a `GitCommandError`.
 */
export async function runGitWithInputChecked(cwd: string, args: readonly string[], input: Buffer): Promise<Buffer> {
  const result = await runGitWithInput(cwd, args, input);
  if (result.exitCode !== 0) {
    const failure = new GitCommandError(args, result.exitCode, result.stderr);
    throw new UserError(`git ${subcommandOf(args)} failed in ${cwd} with exit code ${result.exitCode} (${oneLine(result.stderr)}). Check the repository with git fsck and run TestMaster again`, { cause: failure });
  }
  return result.stdout;
}

/**
 * Spawns git and collects its output. Short local commands run with
 * `spawnSync`, because the engine awaits each git call before the next, so
 * nothing waits on the event loop meanwhile. A synchronous spawn costs the
 * parent less than half the CPU time of an asynchronous one, whose pipes are
 * streams (7 spawns measured with `process.cpuUsage`: 4.3 against 9.6 ms).
 * Commands that can run for long stay asynchronous, so that a signal handler
 * (the validate stage removes its checkout on SIGINT and SIGTERM) runs at
 * once instead of after git ends.
 */
function spawnGit(cwd: string, args: readonly string[], input: Buffer | null, environment: Readonly<Record<string, string>> = {}): Promise<GitResult> {
  const options = { cwd, env: { ...gitEnvironment(), ...environment } };
  return LONG_COMMANDS.has(subcommandOf(args)) ? spawnGitAsync(options, args, input) : spawnGitSync(options, args, input);
}

/** Commands that wait on the network (`fetch`) or write a whole tree of files (the export of a commit). */
const LONG_COMMANDS = new Set(['fetch', 'read-tree', 'checkout-index']);

/** Returns the git command of an argument list: the first word after the global options and their values. */
function subcommandOf(args: readonly string[]): string {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '-c' || arg === '-C') index++;
    else if (!arg.startsWith('-')) return arg;
  }
  return '';
}

interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

async function spawnGitSync(options: SpawnOptions, args: readonly string[], input: Buffer | null): Promise<GitResult> {
  // No output limit: the asynchronous path has none either, and a listing of
  // a large repository's index runs to megabytes.
  const result = spawnSync('git', [...args], { ...options, input: input ?? undefined, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], maxBuffer: Infinity });
  await letSignalHandlersRun();
  const error = result.error as NodeJS.ErrnoException | undefined;
  // A git process that exits before it reads all input closes the pipe. Its
  // exit code and stderr report that failure, so EPIPE is not an error here.
  if (error && error.code !== 'EPIPE') throw spawnFailure(error, options.cwd);
  return {
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: stderrText(result.stderr ?? Buffer.alloc(0), result.signal),
    exitCode: result.status ?? (result.signal ? 128 : 1),
  };
}

/**
 * Lets the event loop read a signal that reached this process while a
 * synchronous git ran, so that its handler runs before the caller reads a
 * result that the same signal may have cut short. The loop reads signals in
 * its poll phase, and the second `setImmediate` runs only after one.
 */
async function letSignalHandlersRun(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Standard output is read while the input is written, so a large batch cannot fill both pipes and stall. */
function spawnGitAsync(options: SpawnOptions, args: readonly string[], input: Buffer | null): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { ...options, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));

    child.on('error', (error: NodeJS.ErrnoException) => reject(spawnFailure(error, options.cwd)));
    child.on('close', (code, signal) => {
      resolve({
        stdout: Buffer.concat(stdout),
        stderr: stderrText(Buffer.concat(stderr), signal),
        exitCode: code ?? (signal ? 128 : 1),
      });
    });

    if (input) {
      child.stdin!.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') reject(error);
      });
      child.stdin!.end(input);
    }
  });
}

/** Returns git's error output, or the signal that ended git when it wrote none, so that a message never quotes an empty reason. */
function stderrText(stderr: Buffer, signal: NodeJS.Signals | null): string {
  const text = stderr.toString('utf8');
  return text.trim() === '' && signal ? `git was ended by ${signal}` : text;
}

/**
 * Turns a failed spawn into a message about the working folder or the git
 * binary. spawn reports a missing folder and a missing git with the same
 * ENOENT, so this function distinguishes them by looking at the folder.
 */
function spawnFailure(error: NodeJS.ErrnoException, cwd: string): Error {
  if (error.code === 'ENOTDIR') return new UserError(`${cwd} is not a folder. Run TestMaster in a checkout, or name one with -C`, { cause: error });
  if (error.code === 'ENAMETOOLONG') return new UserError(`The folder path ${cwd} is too long for the operating system. Name a shorter path with -C`, { cause: error });
  if (error.code !== 'ENOENT') return error;
  const message = isFolder(cwd)
    ? 'git was not found on PATH. Install git and run TestMaster inside a checkout'
    : `The folder ${cwd} does not exist. Run TestMaster in a checkout, or name one with -C`;
  return new UserError(message, { cause: error });
}

/** Runs git and returns its standard output, or throws `GitCommandError` on a non-zero exit. */
export async function runGitChecked(cwd: string, args: readonly string[]): Promise<Buffer> {
  const result = await runGit(cwd, args);
  if (result.exitCode !== 0) throw new GitCommandError(args, result.exitCode, result.stderr);
  return result.stdout;
}

/** Git's error output on one line, for quoting inside a sentence. */
export function oneLine(stderr: string): string {
  return stderr.trim().replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
}

/**
 * Keeps git from prompting for credentials (a prompt would hang a CI job) and
 * fixes the message language, so stderr reads the same on every runner.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
