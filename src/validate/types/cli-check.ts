/**
 * Checks one project by running the compiler's command-line program
 * without a shell: `tsc` of any TypeScript version, or `tsgo` of the native
 * TypeScript 7 compiler, which has no JavaScript API.
 */
import { execFile } from 'node:child_process';
import { parseCliOutput } from './cli-output.js';
import type { TypeDiagnostic } from './type-check-model.js';

export interface CliProjectCheck {
  /** Absolute path of the repository root; the compiler runs there. */
  root: string;
  /** Absolute path of the tsconfig file. */
  tsconfig: string;
  /** Absolute path of the package's command-line script (`bin/tsc`, `bin/tsgo.js`), run with this Node.js. */
  entry: string;
  /**
   * Absolute path of the build info file, outside the repository, or null
   * when the project writes no build info: with `incremental` or
   * `composite` in the tsconfig, `--noEmit` would otherwise write it into
   * the repository.
   */
  buildInfoFile: string | null;
}

export type CliCheckOutcome = { ok: true; diagnostics: TypeDiagnostic[] } | { ok: false; reason: string };

/** Output larger than this is cut off by Node.js and the run fails. 256 MiB fits millions of diagnostics. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Builds the arguments after the entry script: `tsc --noEmit -p` with machine-readable output and build info outside the repository. */
export function cliArguments(check: Pick<CliProjectCheck, 'tsconfig' | 'buildInfoFile'>): string[] {
  const args = ['-p', check.tsconfig, '--noEmit', '--pretty', 'false'];
  if (check.buildInfoFile !== null) args.push('--incremental', '--tsBuildInfoFile', check.buildInfoFile);
  return args;
}

/**
 * Runs the compiler on one project. Exit codes 1 and 2 mean that
 * diagnostics were reported; any other non-zero exit without a parsed
 * diagnostic is a failure of the compiler itself.
 */
export function checkProjectWithCli(check: CliProjectCheck): Promise<CliCheckOutcome> {
  return new Promise((resolve) => {
    const args = [check.entry, ...cliArguments(check)];
    execFile(process.execPath, args, { cwd: check.root, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout, stderr) => {
      const parsed = parseCliOutput(stdout, check.root);
      let exitCode: number | null = 0;
      if (error !== null) exitCode = typeof error.code === 'number' ? error.code : null;
      const reportedDiagnostics = exitCode === 0 || ((exitCode === 1 || exitCode === 2) && parsed.diagnostics.length > 0);
      if (reportedDiagnostics) {
        resolve({ ok: true, diagnostics: parsed.diagnostics });
        return;
      }
      const detail = [stderr.trim(), ...parsed.otherLines].filter((line) => line !== '').join('\n').slice(0, 2000);
      const status = error?.message.split('\n')[0] ?? 'no diagnostics';
      resolve({ ok: false, reason: `${check.entry} failed on ${check.tsconfig} (${status})${detail === '' ? '' : `: ${detail}`}` });
    });
  });
}
