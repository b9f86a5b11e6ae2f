/**
 * Delays V8's optimizing compiler on Node.js 20 while the impact stage runs.
 *
 * Why: Node.js 20 ships V8 11.3, whose only optimizing tier is TurboFan, and
 * TurboFan compiles on background threads whose time counts in the process's
 * CPU time. The impact stage lasts a second or less, and many of its
 * functions (the lexer, the equivalence check, the cache readers) get hot
 * enough to be compiled, then run only a few milliseconds more. A larger
 * interrupt budget lets a function tier up only after that much more work,
 * so those phases stay in baseline code and the long ones still get
 * optimized. Cold impact runs took 20 % to 30 % less CPU time with 8 times
 * the default budget. With 16 times they took as much or slightly less
 * again, and 32 times was slower on two of four repositories (see
 * bench/impact-speed/README.md).
 *
 * A phase that runs once and briefly, such as the equivalence check with
 * sucrase, delays further inside the stage (`SHORT_PHASE_BUDGET_FACTOR`).
 *
 * The coverage stage is left at the default: reading a 100 MB lcov report
 * took about 8 % more CPU time with the larger budget, because its few hot
 * loops are optimized later. Older Node.js versions are not supported, and
 * Node.js 22 and later run V8 12 or newer, whose Maglev tier compiles
 * cheaply, and which no longer has this flag, so nothing changes there.
 */
import { setV8Flag } from './v8-flags.js';

/** V8 11.3's default `--interrupt-budget`, in bytes of bytecode executed. */
const DEFAULT_INTERRUPT_BUDGET = 67_584;

/** Budget factor for the impact stage as a whole. */
export const STAGE_BUDGET_FACTOR = 16;

/**
 * Budget factor for a phase that runs once per process for tens of
 * milliseconds, long enough for TurboFan to compile its code and too short
 * to gain from it.
 */
export const SHORT_PHASE_BUDGET_FACTOR = 64;

/** Factor in force now, which a nested phase restores when it settles. The factor 1 is V8's default. */
let activeFactor = 1;

/**
 * Returns the interrupt budget for `factor` times the default, for a version
 * string like `process.versions.node`, or undefined outside Node.js 20,
 * where the budget stays as it is.
 */
export function interruptBudget(nodeVersion: string, factor: number): number | undefined {
  const major = /^(\d+)\./.exec(nodeVersion)?.[1];
  if (major === undefined || Number(major) !== 20) return undefined;
  return DEFAULT_INTERRUPT_BUDGET * factor;
}

/**
 * Runs `work` with the budget at `factor` times the default, and restores
 * the factor that was in force before when it settles. Phases nest: the
 * equivalence check runs inside the impact stage.
 */
export async function withDelayedOptimization<T>(work: () => Promise<T>, factor = STAGE_BUDGET_FACTOR): Promise<T> {
  const outerFactor = activeFactor;
  setBudget(factor);
  activeFactor = factor;
  try {
    return await work();
  } finally {
    setBudget(outerFactor);
    activeFactor = outerFactor;
  }
}

function setBudget(factor: number): void {
  const budget = interruptBudget(process.versions.node, factor);
  if (budget !== undefined) setV8Flag('interrupt-budget', budget, DEFAULT_INTERRUPT_BUDGET);
}
