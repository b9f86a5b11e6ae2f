/**
 * The tools the benchmark times on each input, and how each run is judged:
 * floors (the least work any parser must do on the bytes), peers (other
 * coverage tools) and ours (the library path and the CLI).
 */
import { dirname, join, resolve } from 'node:path';

import type { Counter, Totals } from '../src/coverage/model.js';
import type { InputFormat } from './inputs.js';
import type { Measurement } from './measure.js';

/** `bound` is a minimal reader written for the benchmark: how fast and small a complete reader can be here. */
export type ToolRole = 'read' | 'floor' | 'bound' | 'peer' | 'ours';

/** One benchmark input: a generated report, or a deliberately truncated copy. */
export interface RunInput {
  format: InputFormat;
  path: string;
  bytes: number;
  /** Totals the generator wrote; null for a truncated copy, which every tool must reject. */
  expected: Totals | null;
  label: string;
}

export interface Verdict {
  /** True when the tool did what a correct tool must do with this input. */
  ok: boolean;
  /** Seconds of the work alone when the tool reports them, else the wall time. */
  seconds: number;
  status: string;
}

export interface Tool {
  name: string;
  role: ToolRole;
  formats: readonly (InputFormat | 'truncated')[];
  command(input: RunInput): { command: string; args: string[] };
  judge(run: Measurement, input: RunInput): Verdict;
}

const ROOT = resolve(import.meta.dirname, '..');
const TASK_BUNDLE = join(ROOT, 'bench', 'out', 'task.mjs');
const CLI_SOURCE_BUNDLE = join(ROOT, 'bench', 'out', 'cli', 'main.js');
const GATE_PERCENT = 80;

/** Returns the first line that names an error in a crashed process's stderr. */
function crashReason(run: Measurement): string {
  const line = run.stderr.split('\n').find((text) => /Error|error:|heap out of memory/i.test(text));
  const reason = (line ?? run.stderr.trim().split('\n').pop() ?? '').trim().slice(0, 90);
  return run.signal ? `killed by ${run.signal}` : `exit ${run.exitCode}: ${reason}`;
}

function sameCounter(actual: Counter | null | undefined, expected: Counter | null): boolean {
  if (!actual || !expected) return !actual && !expected;
  return actual.covered === expected.covered && actual.total === expected.total;
}

/** Compares the metrics the tool computed; a tool that computes a subset is checked on that subset. */
function compareTotals(actual: Partial<Totals>, expected: Totals): string | null {
  for (const metric of Object.keys(actual) as (keyof Totals)[]) {
    if (sameCounter(actual[metric], expected[metric])) continue;
    const got = actual[metric];
    const want = expected[metric];
    return `wrong ${metric}: ${got ? `${got.covered}/${got.total}` : 'none'}, expected ${want ? `${want.covered}/${want.total}` : 'none'}`;
  }
  return null;
}

function gateShouldPass(expected: Totals): boolean {
  const lines = expected.lines!;
  return lines.covered * 100 >= GATE_PERCENT * lines.total;
}

/** Judges a run of bench/task.ts, which prints its own timing and totals. */
function judgeTask(run: Measurement, input: RunInput): Verdict {
  if (run.exitCode !== 0) {
    const rejected = input.expected === null && /truncated/i.test(run.stderr);
    return { ok: rejected, seconds: run.wallSeconds, status: rejected ? 'rejected, as it must be' : `failed (${crashReason(run)})` };
  }
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as { seconds: number; totals?: Partial<Totals>; note?: string };
  if (input.expected === null) return { ok: false, seconds: result.seconds, status: 'accepted a truncated report' };
  const mismatch = result.totals ? compareTotals(result.totals, input.expected) : null;
  if (mismatch) return { ok: false, seconds: result.seconds, status: mismatch };
  return { ok: true, seconds: result.seconds, status: result.totals ? 'totals correct' : 'ok' };
}

function taskTool(name: string, role: ToolRole, formats: Tool['formats']): Tool {
  return {
    name,
    role,
    formats,
    command: (input) => ({ command: process.execPath, args: [TASK_BUNDLE, name, input.path] }),
    judge: judgeTask,
  };
}

/**
 * `nyc check-coverage --lines 80` over a `.nyc_output` folder that contains
 * the report. `--exclude-after-remap=false` keeps files outside the working
 * folder: with nyc 18's default, every absolute path of the generated report
 * is dropped and the check passes on an empty map.
 */
const nycCheckCoverage: Tool = {
  name: 'nyc check-coverage',
  role: 'peer',
  formats: ['istanbul-json', 'truncated'],
  command(input) {
    const folder = resolve(input.path, '..');
    const nyc = join(ROOT, 'node_modules', 'nyc', 'bin', 'nyc.js');
    const args = [nyc, 'check-coverage', `--lines=${GATE_PERCENT}`, `--cwd=${folder}`, `--temp-dir=${join(folder, '.nyc_output')}`, '--exclude-after-remap=false'];
    return { command: process.execPath, args };
  },
  judge(run, input) {
    const seconds = run.wallSeconds;
    if (run.signal) return { ok: false, seconds, status: crashReason(run) };
    if (input.expected === null || input.bytes > 0x1fffffe8) {
      // The report cannot be read (cut off, or longer than V8's maximum string), so a correct check fails.
      if (run.exitCode === 0) return { ok: false, seconds, status: 'exit 0 on an unreadable report (wrong)' };
      return { ok: true, seconds, status: `exit ${run.exitCode}, rejected` };
    }
    const passed = run.exitCode === 0;
    const shouldPass = gateShouldPass(input.expected);
    if (passed !== shouldPass) return { ok: false, seconds, status: `exit ${run.exitCode}, but the gate should ${shouldPass ? 'pass' : 'fail'}` };
    const percent = /Coverage for lines \(([\d.]+)%\)/.exec(run.stderr + run.stdout)?.[1];
    const expectedPercent = (100 * input.expected.lines!.covered) / input.expected.lines!.total;
    // istanbul-lib-coverage rounds percentages down to two decimals, so allow one hundredth.
    if (percent !== undefined && Math.abs(Number(percent) - expectedPercent) > 0.01) {
      return { ok: false, seconds, status: `lines ${percent}%, expected ${expectedPercent.toFixed(2)}%` };
    }
    return { ok: true, seconds, status: `exit ${run.exitCode}, gate ${passed ? 'passed' : 'failed'} as expected` };
  },
};

/** The CLI end to end: the result must show the expected totals and exit 1 exactly when the gate fails. */
function cliTool(name: string, entry: string): Tool {
  return {
    name,
    role: 'ours',
    formats: ['istanbul-json', 'lcov', 'cobertura', 'jacoco', 'truncated'],
    command: (input) => ({
      command: process.execPath,
      // -C runs in the input's folder, so this repository's own .github/testmaster.yml adds no thresholds.
      // The CLI reads a relative report path from that folder, so the path is absolute.
      args: [entry, 'coverage', resolve(input.path), '--no-path-mapping', '-C', dirname(input.path), `--threshold`, `lines=${GATE_PERCENT}`, '--json', '-'],
    }),
    judge(run, input) {
      const seconds = run.wallSeconds;
      if (input.expected === null) {
        const rejected = run.exitCode !== 0 && /truncated/i.test(run.stderr + run.stdout);
        return { ok: rejected, seconds, status: rejected ? 'rejected, as it must be' : `exit ${run.exitCode} on a truncated report` };
      }
      if (run.exitCode !== 0 && run.exitCode !== 1) return { ok: false, seconds, status: crashReason(run) };
      const result = JSON.parse(run.stdout) as { totals: Totals; gate: { passed: boolean } };
      const totals = Object.fromEntries(
        Object.entries(result.totals).map(([metric, counter]) => [metric, counter && { covered: counter.covered, total: counter.total }]),
      ) as Totals;
      const mismatch = compareTotals(totals, input.expected);
      if (mismatch) return { ok: false, seconds, status: mismatch };
      const shouldPass = gateShouldPass(input.expected);
      if (result.gate.passed !== shouldPass || (run.exitCode === 0) !== shouldPass) {
        return { ok: false, seconds, status: `exit ${run.exitCode}, but the gate should ${shouldPass ? 'pass' : 'fail'}` };
      }
      return { ok: true, seconds, status: `totals correct, exit ${run.exitCode}` };
    },
  };
}

export const TOOLS: Tool[] = [
  taskTool('stream-read', 'read', ['istanbul-json', 'lcov', 'cobertura', 'jacoco']),
  taskTool('json-parse', 'floor', ['istanbul-json']),
  taskTool('line-split', 'floor', ['lcov']),
  taskTool('lcov-least-work', 'bound', ['lcov']),
  taskTool('saxes-bare', 'floor', ['cobertura', 'jacoco']),
  taskTool('saxes-bare-nopos', 'floor', ['cobertura', 'jacoco']),
  taskTool('istanbul-lib-coverage', 'peer', ['istanbul-json']),
  nycCheckCoverage,
  taskTool('lcov-parse', 'peer', ['lcov']),
  taskTool('fast-xml-parser', 'peer', ['cobertura', 'jacoco']),
  taskTool('testmaster', 'ours', ['istanbul-json', 'lcov', 'cobertura', 'jacoco', 'truncated']),
  cliTool('cli (bin/testmaster.js)', join(ROOT, 'bin', 'testmaster.js')),
  cliTool('cli (current source)', CLI_SOURCE_BUNDLE),
];
