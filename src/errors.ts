/**
 * Error classes that separate the user's mistakes from bugs, and the exit
 * codes that the CLI and the actions document.
 */

export const EXIT = {
  /** Every gate passed. */
  passed: 0,
  /** At least one gate failed. */
  gateFailed: 1,
  /** Invalid input: a report, the config, a flag, a missing commit. */
  invalidInput: 2,
  /** The GitHub API rejected a request that was not retried; the report was still written. */
  githubApi: 3,
  /** A bug in TestMaster. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in what the user gave us. The message names the value and the fix. */
export class UserError extends Error {
  readonly exitCode: ExitCode = EXIT.invalidInput;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
  }
}

/** Position inside a report file: a 1-based line and column, or a byte offset for binary-safe scanners. */
export interface ReportPosition {
  line?: number;
  column?: number;
  offset?: number;
}

export function formatPosition(position: ReportPosition): string {
  if (position.line !== undefined) {
    return position.column !== undefined
      ? `line ${position.line}, column ${position.column}`
      : `line ${position.line}`;
  }
  if (position.offset !== undefined) return `byte ${position.offset}`;
  return 'an unknown position';
}

/** A coverage report that cannot be read, is truncated, empty or malformed. */
export class ReportError extends UserError {
  constructor(
    readonly file: string,
    readonly position: ReportPosition | undefined,
    readonly problem: string,
    readonly fix?: string,
  ) {
    const where = position ? ` at ${formatPosition(position)}` : '';
    super(`${file}${where}: ${problem}${fix ? `. ${fix}` : ''}`);
    this.name = 'ReportError';
  }
}

/** A configuration file or option that does not match the schema. */
export class ConfigError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
