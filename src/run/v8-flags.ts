/**
 * The V8 flags that TestMaster changes while it runs, kept in one place.
 *
 * Why: V8 stores a hash of every flag in the code cache it writes, and
 * accepts the cache only under the same flags. The CLI's code cache
 * (src/cli/code-cache/) compiles some chunks while the impact stage has
 * raised the interrupt budget and writes their caches when the process
 * exits, after the budget is back at its default. It reads here which flags
 * were in force when a chunk was compiled and sets them again around the
 * write. The phases that change flags (optimizer-tiering.ts,
 * young-generation.ts) go through `setV8Flag` so that this record stays
 * complete.
 *
 * `node:v8` loads on the first change, because loading it costs about 2 ms
 * of CPU time, and the actions' coverage and validate stages change no
 * flag. The CLI loads it with its first chunk, to turn on the code cache's
 * checksums.
 */
import { requireBuiltin } from './builtin-module.js';

type V8 = typeof import('node:v8');

/** Flag values as V8 takes them after `--name=`, by flag name. */
export type V8FlagValues = ReadonlyMap<string, number>;

let v8: V8 | undefined;

/** Default value of every flag that was ever set, by name. */
const defaults = new Map<string, number>();

/** Flags whose value differs from their default now. */
const changed = new Map<string, number>();

function setFlags(flags: string): void {
  v8 ??= requireBuiltin<V8>('node:v8');
  v8.setFlagsFromString(flags);
}

/** Sets the V8 flag `--name=value`. `defaultValue` is V8's own value, which `withV8Flags` restores. */
export function setV8Flag(name: string, value: number, defaultValue: number): void {
  setFlags(`--${name}=${value}`);
  defaults.set(name, defaultValue);
  if (value === defaultValue) changed.delete(name);
  else changed.set(name, value);
}

/** Returns a copy of the flags that differ from their defaults now, which later changes leave alone. */
export function changedV8Flags(): V8FlagValues {
  return new Map(changed);
}

/** Returns a short text for a set of changed flags, the same for the same set, empty when none is changed: `interrupt-budget=1081344`. */
export function v8FlagsKey(flags: V8FlagValues): string {
  return [...flags]
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join(',');
}

/**
 * Runs `work` with exactly `flags` changed and every other flag ever set
 * through this module at its default, then sets the flags back as they were.
 */
export function withV8Flags<T>(flags: V8FlagValues, work: () => T): T {
  const before = changedV8Flags();
  applyFlags(flags);
  try {
    return work();
  } finally {
    applyFlags(before);
  }
}

function applyFlags(flags: V8FlagValues): void {
  for (const [name, defaultValue] of defaults) {
    const value = flags.get(name) ?? defaultValue;
    if ((changed.get(name) ?? defaultValue) === value) continue;
    setV8Flag(name, value, defaultValue);
  }
}

/**
 * Makes V8 write a checksum into each code cache it creates from now on,
 * and reject a cache whose checksum does not match when it reads one.
 * Release builds of V8 skip the check by default, and then damaged data
 * crashed Node.js 20 (a fatal error) and Node.js 24 (a segmentation fault)
 * on every run. The flag is part of the hash in each cache, so it must be
 * set before the first cache is read or made, and stay set.
 */
export function checkCodeCacheChecksums(): void {
  setFlags('--verify-snapshot-checksum');
}

/**
 * Runs `work` with V8 compiling every function of a script at once rather
 * than on its first call, and compiling anew a script that it compiled
 * before rather than taking it from its in-memory cache. Both flags are
 * back at their defaults when `work` returns, and so they are not part of
 * the hash that code caches made later carry.
 */
export function withFreshEagerCompilation<T>(work: () => T): T {
  setFlags('--no-lazy');
  setFlags('--no-compilation-cache');
  try {
    return work();
  } finally {
    setFlags('--compilation-cache');
    setFlags('--lazy');
  }
}
