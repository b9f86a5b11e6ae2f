/**
 * Runs a repository's own linter and reads its findings.
 *
 * The command runs without a shell, in the repository root. A non-zero exit
 * code is normal, because linters exit with 1 when they report problems.
 * Only a command that cannot start, that runs past the timeout, that is
 * killed by a signal, or whose output cannot be read in the configured
 * format is an error.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../../errors.js';
import type { Logger } from '../../run/logger.js';
import type { LinterSettings } from '../settings.js';
import { parseLinterOutput } from './parse-linter-output.js';
import type { ExternalReport } from './report-context.js';
import { repositoryFiles } from './repository-files.js';

/** Ten minutes: long enough for a type-aware ESLint run on a large monorepo, short enough to stop a hung process within a CI job. */
export const DEFAULT_LINTER_TIMEOUT_MS = 10 * 60 * 1000;
/** Largest standard output read; bigger reports should go to a file through the `output` setting. */
export const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** Characters of standard error quoted in an error message. */
const STDERR_EXCERPT = 1000;

export interface RunLinterOptions {
  timeoutMs?: number;
  maxOutputBytes?: number;
}

/** Exit code and output of a finished process. */
interface Exit {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs the linter's command and returns its findings; throws `UserError` naming the command and the fix. */
export async function runLinter(root: string, settings: LinterSettings, log: Logger, options: RunLinterOptions = {}): Promise<ExternalReport> {
  const [program, ...args] = settings.command;
  if (program === undefined || program === '') {
    throw new UserError(`The linter "${settings.name}" has an empty command. Set its command to the program and its arguments, such as ["npx", "eslint", "--format", "json", "."]`);
  }
  const commandLine = showCommand(settings.command);
  const outputPath = settings.output === undefined ? undefined : isAbsolute(settings.output) ? settings.output : join(root, settings.output);
  const before = outputPath === undefined ? undefined : modifiedTime(outputPath);

  log.info(`Running the linter ${settings.name}: ${commandLine}`);
  const started = Date.now();
  const exit = await execute(program, args, root, commandLine, settings.name, options);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (exit.stderr.trim() !== '') log.debug(`${settings.name} standard error: ${exit.stderr.slice(0, STDERR_EXCERPT)}`);

  const output = outputPath === undefined ? exit.stdout : readOutputFile(outputPath, settings, commandLine, exit, before, log);
  const reportPath = settings.output ?? `standard output of ${settings.name}`;
  if (output.toString('utf8').trim() === '') {
    throw new UserError(
      `The linter ${settings.name} (${commandLine}) exited with code ${exit.exitCode} and ${settings.output === undefined ? 'printed nothing' : `left ${settings.output} empty`}${stderrNote(exit)}. ` +
        `Check that the command ${settings.output === undefined ? `prints ${settings.format} to standard output` : `writes ${settings.format} to ${settings.output}`}`,
    );
  }

  const files = repositoryFiles(root);
  let report: ExternalReport;
  try {
    report = parseLinterOutput(output, settings.format, { root, reportPath, toolName: settings.name, readText: files.readText, isFile: files.isFile });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(
      `The output of the linter ${settings.name} (${commandLine}, exit code ${exit.exitCode}) is not valid ${settings.format}: ${error.message}${stderrNote(exit)}. ` +
        `Check that the command writes ${settings.format} output, or change the linter's format setting`,
      { cause: error },
    );
  }
  for (const warning of report.warnings) log.warning(warning);
  log.info(`The linter ${settings.name} exited with code ${exit.exitCode} after ${seconds} s and reported ${report.findings.length} findings`);
  return report;
}

/** Runs the program and resolves with its exit, or rejects with a `UserError` when it cannot start, times out or dies. */
function execute(program: string, args: string[], root: string, commandLine: string, name: string, options: RunLinterOptions): Promise<Exit> {
  const timeout = options.timeoutMs ?? DEFAULT_LINTER_TIMEOUT_MS;
  const maxBuffer = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(program, args, { cwd: root, timeout, killSignal: 'SIGKILL', maxBuffer, encoding: 'buffer', windowsHide: true }, (error, stdout, stderr) => {
      const stderrText = stderr.toString('utf8');
      if (!error) {
        resolve({ exitCode: 0, stdout, stderr: stderrText });
        return;
      }
      const failure = failureOf(error, { program, commandLine, name, root, timeout, maxBuffer, elapsed: Date.now() - started, stderr: stderrText });
      if (failure) reject(failure);
      else resolve({ exitCode: typeof error.code === 'number' ? error.code : 1, stdout, stderr: stderrText });
    });
  });
}

interface FailureContext {
  program: string;
  commandLine: string;
  name: string;
  root: string;
  timeout: number;
  maxBuffer: number;
  elapsed: number;
  stderr: string;
}

/** Builds the error for a process that failed to start or to finish; returns null for an ordinary non-zero exit. */
function failureOf(error: ExecFileException, context: FailureContext): UserError | null {
  const { commandLine, name } = context;
  const code = error.code;
  if (code === 'ENOENT') {
    return new UserError(
      `The linter ${name} could not start: ${commandLine} was not found (or the folder ${context.root} does not exist). Install the program, or give its path in the linter's command; commands run without a shell`,
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new UserError(`The linter ${name} could not start: ${commandLine} is not executable. Make the file executable, or run it through its interpreter`, { cause: error });
  }
  if (code === 'EINVAL' && /\.(cmd|bat)$/i.test(context.program)) {
    return new UserError(
      `The linter ${name} could not start: ${commandLine} is a batch file, which Node runs only through a shell, and commands run without one. Give node and the linter's script instead, such as ["node", "node_modules/eslint/bin/eslint.js", ...]`,
      { cause: error },
    );
  }
  if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new UserError(
      `The linter ${name} (${commandLine}) printed more than ${context.maxBuffer} bytes. Make it write the report to a file, and set the linter's output setting to that file`,
      { cause: error },
    );
  }
  if (error.killed && context.elapsed >= context.timeout) {
    return new UserError(
      `The linter ${name} (${commandLine}) timed out after ${context.timeout / 1000} s and was stopped. Lint fewer files, or raise the timeout`,
      { cause: error },
    );
  }
  if (typeof code !== 'number' && error.signal) {
    return new UserError(`The linter ${name} (${commandLine}) was killed by ${error.signal}${stderrNote({ stderr: context.stderr })}. Run the command locally to see why`, { cause: error });
  }
  if (typeof code !== 'number') {
    return new UserError(`The linter ${name} could not run ${commandLine}: ${error.message}`, { cause: error });
  }
  return null;
}

/** Reads the report file the linter wrote, and warns when the file predates the run. */
function readOutputFile(path: string, settings: LinterSettings, commandLine: string, exit: Exit, before: number | undefined, log: Logger): Buffer {
  const after = modifiedTime(path);
  if (after === undefined) {
    throw new UserError(
      `The linter ${settings.name} (${commandLine}) exited with code ${exit.exitCode} but did not write ${settings.output}${stderrNote(exit)}. Check that the command writes its report to that path, relative to the repository root`,
    );
  }
  if (before !== undefined && after === before) {
    log.warning(`The linter ${settings.name} did not rewrite ${settings.output}, so its findings may be from an earlier run`);
  }
  return readFileSync(path);
}

function modifiedTime(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

/** Formats the command as a reader would type it, quoting arguments that contain spaces or quotes. */
function showCommand(command: readonly string[]): string {
  return command.map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part))).join(' ');
}

function stderrNote(exit: { stderr: string }): string {
  const text = exit.stderr.trim();
  if (text === '') return '';
  const excerpt = text.length > STDERR_EXCERPT ? `${text.slice(0, STDERR_EXCERPT)}…` : text;
  return ` (standard error: ${excerpt.replace(/\s*\n\s*/g, ' ')})`;
}
