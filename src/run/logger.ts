import { sanitizeLines } from '../report/control-characters.js';

/**
 * The log that stages write progress to. The CLI logs to stderr and the
 * actions log through @actions/core; tests record the lines.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** Creates a logger that writes to a stream, for the CLI; debug lines appear only when `verbose` is set. */
export function streamLogger(stream: NodeJS.WritableStream, verbose = false): Logger {
  // Messages carry paths from pull requests, so control characters never reach the terminal.
  return {
    info: (message) => stream.write(`${sanitizeLines(message)}\n`),
    warning: (message) => stream.write(`warning: ${sanitizeLines(message)}\n`),
    debug: (message) => {
      if (verbose) stream.write(`debug: ${sanitizeLines(message)}\n`);
    },
  };
}

/** Creates a logger that keeps every line, for tests. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: (message) => lines.push(`debug: ${message}`),
  };
}
