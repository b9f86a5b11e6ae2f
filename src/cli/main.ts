/**
 * Entry point of the `testmaster` command. It routes to a command and turns
 * errors into exit codes: 0 passed, 1 a gate failed, 2 invalid input or
 * usage, 4 a bug in TestMaster.
 */
import '../actions/commonjs-globals.js';
import { installChunkCache } from './code-cache/chunk-loader.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { CHECK_COMMAND } from './commands/check.js';
import { COVERAGE_COMMAND, coverageOverrides } from './commands/coverage.js';
import { IMPACT_COMMAND } from './commands/impact.js';
import { VALIDATE_COMMAND, validateOverrides } from './commands/validate.js';
import { flagValue, formatHelp, parseCommandLine, type CommandSpec } from './options.js';
import { sanitizeLines } from '../report/control-characters.js';
import { TOOL_VERSION } from '../version.js';

const COMMANDS: Record<string, CommandSpec> = {
  check: CHECK_COMMAND,
  coverage: COVERAGE_COMMAND,
  impact: IMPACT_COMMAND,
  validate: VALIDATE_COMMAND,
};

const GENERAL_HELP = `testmaster ${TOOL_VERSION}: gates for pull requests, on your machine and in GitHub Actions.

Usage: testmaster <command> [options]

Commands:
  check      Run every configured stage on the repository in the current folder
  coverage   Read coverage reports and gate totals, changed lines and drops
  impact     List the tests and suites a change affects, with the risk and the reasons
  validate   Report syntax, type, complexity, security and standards findings on changed lines

Run 'testmaster <command> --help' for the options of a command.

Exit codes: 0 every gate passed, 1 a gate failed, 2 invalid input or usage,
4 an internal error (please report it).
`;

export async function main(argv: string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? process.stderr : process.stdout).write(GENERAL_HELP);
    return name === undefined ? EXIT.invalidInput : EXIT.passed;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.passed;
  }
  const spec = COMMANDS[name];
  if (!spec) {
    throw new UserError(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run testmaster --help.`);
  }
  const parsed = parseCommandLine(spec, rest);
  if (flagValue(parsed, 'help')) {
    process.stdout.write(formatHelp(spec));
    return EXIT.passed;
  }
  // The command code loads after the arguments are checked, so that --help and usage errors print at once.
  const { runCommand } = await import('./run-command.js');
  return runCommand({
    command: name === 'coverage' || name === 'impact' || name === 'validate' ? name : 'check',
    parsed,
    overrides: name === 'coverage' ? coverageOverrides(parsed) : name === 'validate' ? validateOverrides(parsed) : [],
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

/**
 * Ignores a closed pipe on standard output (`testmaster ... | head`), so the
 * exit code still reports the gate instead of an unhandled EPIPE.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}

async function run(): Promise<void> {
  installChunkCache(process.env);
  ignoreClosedPipes();
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`testmaster: ${sanitizeLines(error.message)}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`testmaster: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  }
}

await run();
