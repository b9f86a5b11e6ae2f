/**
 * Runs one command under GNU `time -v` and reads its peak resident set size,
 * wall time and exit status. `time` reports the peak even for a process that
 * crashes, which a process cannot do for itself.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';

export interface Measurement {
  /** Wall-clock seconds of the whole process, start-up included. */
  wallSeconds: number;
  /** User plus system CPU seconds of the process and its children, which a loaded machine changes less than wall time. */
  cpuSeconds: number;
  /** Peak resident set size in bytes. */
  maxRssBytes: number;
  /** Exit code, or null when a signal ended the process. */
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  /** The command's own stderr, without the lines `time -v` appends. */
  stderr: string;
}

const TIME_BINARY = '/usr/bin/time';

/**
 * Variables left out of a timed process's environment. With
 * NODE_EXTRA_CA_CERTS set, Node.js parses every certificate in that file when
 * it starts: an empty script took 67 ms of CPU time against 26 ms without it
 * (Node.js 20.20.2, Debian's CA bundle), in every process of every tool
 * alike. That cost belongs to the machine's setup rather than to any tool, so
 * a constant it adds would pull every ratio towards 1.
 */
const UNTIMED_VARIABLES = ['NODE_EXTRA_CA_CERTS'];

/** Returns the environment of a timed process: this process's environment without `UNTIMED_VARIABLES`. */
export function timedEnvironment(): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  for (const name of UNTIMED_VARIABLES) delete environment[name];
  return environment;
}

/** Returns a line for a benchmark's header that names the variables left out, or '' when none was set. */
export function untimedVariablesNote(): string {
  const set = UNTIMED_VARIABLES.filter((name) => process.env[name] !== undefined);
  return set.length === 0 ? '' : `Timed runs go without ${set.join(', ')} (see bench/measure.ts).`;
}

/** Parses "h:mm:ss" or "m:ss.ss" from `time -v`. */
function parseElapsed(text: string): number {
  return text.split(':').reduce((seconds, part) => seconds * 60 + Number(part), 0);
}

function readTimeReport(stderr: string): { wallSeconds: number; cpuSeconds: number; maxRssBytes: number; ownStderr: string } {
  const marker = stderr.lastIndexOf('\tCommand being timed:');
  if (marker < 0) throw new Error(`${TIME_BINARY} -v printed no report; its stderr was:\n${stderr}`);
  const report = stderr.slice(marker);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(report);
  if (!rss || !elapsed) throw new Error(`Cannot read the peak memory or wall time from the ${TIME_BINARY} -v report:\n${report}`);
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  const cpuSeconds = Number(user?.[1] ?? Number.NaN) + Number(system?.[1] ?? Number.NaN);
  return { wallSeconds: parseElapsed(elapsed[1]!), cpuSeconds, maxRssBytes: Number(rss[1]) * 1024, ownStderr: stderr.slice(0, marker) };
}

/**
 * Runs `command` with `args`, and `env` added to its environment. Its stdout
 * goes to a temporary file rather than a pipe, because the CLI's JSON output
 * for a large report is larger than a pipe buffer and must not be cut.
 */
export function measure(command: string, args: string[], stdoutPath: string, cwd?: string, env: NodeJS.ProcessEnv = {}): Measurement {
  const stdoutFd = openSync(stdoutPath, 'w');
  try {
    const result = spawnSync(TIME_BINARY, ['-v', command, ...args], {
      cwd,
      env: { ...timedEnvironment(), ...env },
      stdio: ['ignore', stdoutFd, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    if (result.error) throw result.error;
    const report = readTimeReport(result.stderr);
    // time -v exits with the command's status, and prints "Command terminated by signal N" for a signal.
    const signal = /Command terminated by signal (\d+)/.exec(result.stderr);
    return {
      wallSeconds: report.wallSeconds,
      cpuSeconds: report.cpuSeconds,
      maxRssBytes: report.maxRssBytes,
      exitCode: signal ? null : result.status,
      signal: signal ? `signal ${signal[1]}` : null,
      stdout: readFileSync(stdoutPath, 'utf8'),
      stderr: report.ownStderr,
    };
  } finally {
    closeSync(stdoutFd);
    rmSync(stdoutPath, { force: true });
  }
}

/** Median of the values; the mean of the middle two for an even count. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
