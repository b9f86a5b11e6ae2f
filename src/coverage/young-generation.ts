/**
 * Keeps V8's young generation at its current size while reports are parsed.
 *
 * V8 doubles the young generation's semi-spaces, up to 16 MiB each on 64-bit
 * Node 20, once as many bytes have survived scavenges as they hold. A parser
 * keeps a few objects per source file (the typed array views of its tables),
 * and on the 100 MB lcov input of bench/ those survivors grew the young
 * generation to 2 x 16 MiB, about a fifth of the peak RSS, although they move
 * to the old generation anyway. With a growth factor of 1 the peak fell from
 * 179 to 138 MiB and the CPU time of the parse stayed the same (measured with
 * bench/, see bench/README.md).
 *
 * NOTE: Node documents that changing V8 flags after start-up may do nothing
 * or behave unpredictably. V8 11.3 (Node 20) reads this flag each time it
 * grows the young generation; where a V8 version does not, only the peak
 * memory is higher. A user who sets a semi-space flag keeps it untouched.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default growth factor, restored when the last parse ends. */
const DEFAULT_GROWTH_FACTOR = 2;

/** Parses in progress; the flag is restored only when all of them end. */
let activeParses = 0;

/** Runs `work` with the young generation kept from growing. */
export async function withSteadyYoungGeneration<T>(work: () => Promise<T>): Promise<T> {
  if (userSetSemiSpace()) return work();
  if (activeParses++ === 0) setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return await work();
  } finally {
    if (--activeParses === 0) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  }
}

function userSetSemiSpace(): boolean {
  const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
  return options.some((option) => option.includes('semi-space') || option.includes('semi_space'));
}
