/**
 * Delays V8's optimizing compiler on Node.js 20 while the impact stage runs.
 *
 * Why: Node.js 20 ships V8 11.3, whose only optimizing tier is TurboFan, and
 * TurboFan compiles on background threads whose time counts in the process's
 * CPU time. The impact stage lasts a second or less, and many of its
 * functions (the lexer, the equivalence check, the cache readers) get hot
 * enough to be compiled, then run only a few milliseconds more. An interrupt
 * budget 8 times V8's default lets a function tier up only after 8 times the
 * work, so those phases stay in baseline code and the long ones still get
 * optimized. Cold impact runs took 20 % to 30 % less CPU time this way; see
 * bench/impact-speed/README.md.
 *
 * The coverage stage is left at the default: reading a 100 MB lcov report
 * took about 8 % more CPU time with the larger budget, because its few hot
 * loops are optimized later. Older Node.js versions are not supported, and Node.js 22 and later run V8 12 or newer, whose
 * Maglev tier compiles cheaply, and which no longer has this flag, so nothing
 * changes there.
 */
import { setFlagsFromString } from 'node:v8';

/** V8 11.3's default `--interrupt-budget`, in bytes of bytecode executed. */
const DEFAULT_INTERRUPT_BUDGET = 67_584;
const BUDGET_FACTOR = 8;

/** Returns the V8 flags that delay optimization and those that restore the default, for a version string like `process.versions.node`. */
export function tieringFlags(nodeVersion: string): { delay: string[]; restore: string[] } {
  const major = /^(\d+)\./.exec(nodeVersion)?.[1];
  if (major === undefined || Number(major) !== 20) return { delay: [], restore: [] };
  return {
    delay: [`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET * BUDGET_FACTOR}`],
    restore: [`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`],
  };
}

/** Runs `work` with optimization delayed, and restores V8's default when it settles. */
export async function withDelayedOptimization<T>(work: () => Promise<T>): Promise<T> {
  const flags = tieringFlags(process.versions.node);
  for (const flag of flags.delay) setFlagsFromString(flag);
  try {
    return await work();
  } finally {
    for (const flag of flags.restore) setFlagsFromString(flag);
  }
}
