/**
 * Keeps V8's young generation at its current size while reports are parsed.
 *
 * V8 doubles the young generation's semi-spaces, up to 16 MiB each on 64-bit
 * Node 20, once as many bytes have survived scavenges as they contain. A
 * parser keeps a few objects per source file (the typed array views of its
 * tables), and these survivors move to the old generation anyway. On the
 * 100 MB lcov input of bench/ they grew the young generation to 2 x 16 MiB,
 * about a fifth of the peak RSS. With a growth factor of 1 the peak fell from
 * 179 to 141 MiB and the CPU time of the parse stayed the same (measured with
 * bench/, see bench/README.md).
 *
 * NOTE: Node documents that changing V8 flags after start-up may do nothing
 * or behave unpredictably. On Node 20.20.2 (V8 11.3) the young generation
 * measurably stayed at 2 MiB. Where a V8 version ignores the change, only the
 * peak memory is higher. A semi-space flag that the user passed to node is
 * left in effect.
 */

import { setV8Flag } from '../run/v8-flags.js';

const GROWTH_FACTOR_FLAG = 'semi-space-growth-factor';

/** V8's default growth factor, restored when the last parse ends. */
const DEFAULT_GROWTH_FACTOR = 2;

/** Parses in progress; the flag is restored only when all of them end. */
let activeParses = 0;

/** Runs `work` with the young generation kept from growing. */
export async function withSteadyYoungGeneration<T>(work: () => Promise<T>): Promise<T> {
  if (userSetSemiSpace()) return work();
  if (activeParses++ === 0) setV8Flag(GROWTH_FACTOR_FLAG, 1, DEFAULT_GROWTH_FACTOR);
  try {
    return await work();
  } finally {
    if (--activeParses === 0) setV8Flag(GROWTH_FACTOR_FLAG, DEFAULT_GROWTH_FACTOR, DEFAULT_GROWTH_FACTOR);
  }
}

function userSetSemiSpace(): boolean {
  const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
  return options.some((option) => option.includes('semi-space') || option.includes('semi_space'));
}
