/**
 * The files of the CLI's code cache: where they live, how a file is checked
 * before V8 reads it, and how it is written.
 *
 * A cache file contains a copy of the chunk's bytes before V8's data, and
 * is used only when that copy equals the chunk on disk. V8 itself compares
 * only the length of the source: on Node.js 20.20.2, a script of the same
 * length with other code ran the old code from a cache it accepted. A byte
 * comparison costs less than hashing the chunk and needs no crypto module.
 * Damaged V8 data is V8's to reject, by the checksum that
 * `checkCodeCacheChecksums` (run/v8-flags.ts) turns on.
 *
 * V8 runs whatever code a cache file contains, so a file is read only when
 * it is a regular file of the current user that no one else may write.
 * Every failure to read or write a cache file is ignored: the chunk then
 * compiles as it would without a cache.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { startAtomicWrite, type AtomicWrite } from '../../run/atomic-write.js';

/** Environment variable naming the cache folder, or turning the cache off with `0`, `false` or `off`. */
export const CODE_CACHE_VARIABLE = 'TESTMASTER_CODE_CACHE';

const OFF_VALUES = new Set(['0', 'false', 'off']);

/** "TMC1": TestMaster code cache, layout 1. */
const MAGIC = 0x31434d54;

/** Magic number and chunk length, both 32-bit little-endian. */
const HEADER_BYTES = 8;

/** Largest V8 data read, over 20 times the largest cache of the CLI's chunks (0.65 MB), so that a file that never ends is not read. */
const MAX_DATA_BYTES = 16 * 1024 * 1024;

/** Write permission for the group or others. */
const WRITABLE_BY_OTHERS = 0o022;

/**
 * Returns the folder for the caches of the bundle in `bundleFolder`, or
 * undefined when the cache is off. The default lies in the user's cache
 * folder (`$XDG_CACHE_HOME` or `~/.cache`), not in the shared temporary
 * folder. Each Node.js version and each installed bundle gets a folder of
 * its own, so that two of them never overwrite each other's files on every
 * run.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv, bundleFolder: string): string | undefined {
  const setting = env[CODE_CACHE_VARIABLE]?.trim() ?? '';
  if (OFF_VALUES.has(setting.toLowerCase())) return undefined;
  // Node.js's switch for its own compile cache turns this one off too, whatever its value, as in Node.js.
  if ((env['NODE_DISABLE_COMPILE_CACHE'] ?? '') !== '') return undefined;
  // A relative folder would put the cache inside the repository that the command reads, as `true` or `1` would.
  if (setting !== '' && !isAbsolute(setting)) return undefined;
  const base = setting !== '' ? setting : defaultFolder(env);
  return base === undefined ? undefined : join(base, `${process.version}-${process.arch}`, pathTag(bundleFolder));
}

/** Returns `testmaster/code-cache` under `$XDG_CACHE_HOME` or `~/.cache`, or undefined for a user without a home folder. */
function defaultFolder(env: NodeJS.ProcessEnv): string | undefined {
  // The XDG specification requires ignoring a relative XDG_CACHE_HOME.
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'testmaster', 'code-cache');
  try {
    const home = homedir();
    // Writing the cache creates missing folders, and a home folder must not be one of them.
    return home !== '' && statSync(home).isDirectory() ? join(home, '.cache', 'testmaster', 'code-cache') : undefined;
  } catch {
    // os.homedir() throws when the user has no entry in the password database, as in some containers.
    return undefined;
  }
}

/** Returns the FNV-1a hash of the folder path in hex: short, stable and free of path separators. */
function pathTag(folder: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < folder.length; index++) {
    hash ^= folder.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Returns whether `stats` describe a file that only the current user may
 * write. Windows has no user ids in `fs.Stats`, and there the check passes.
 */
function privateToUser(stats: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (stats.uid === uid && (stats.mode & WRITABLE_BY_OTHERS) === 0);
}

/** Returns V8's data from `file` when the file was made from exactly `chunk`, else undefined. */
export function readCodeCache(file: string, chunk: Buffer): Buffer | undefined {
  let descriptor: number;
  try {
    // O_NONBLOCK keeps a FIFO in the cache's place from blocking the run; regular files ignore it.
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(descriptor);
    const size = stats.size;
    if (!stats.isFile() || !privateToUser(stats)) return undefined;
    if (size <= HEADER_BYTES + chunk.length || size > HEADER_BYTES + chunk.length + MAX_DATA_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(size);
    if (readSync(descriptor, bytes, 0, size, 0) !== size) return undefined;
    if (bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== chunk.length) return undefined;
    const copy = bytes.subarray(HEADER_BYTES, HEADER_BYTES + chunk.length);
    return copy.equals(chunk) ? bytes.subarray(HEADER_BYTES + chunk.length) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** A new cache file that is being written under a temporary name. */
export interface CacheWrite {
  /** Writes `data` for `chunk` and gives the file its final name; false when that failed. */
  finish(chunk: Buffer, data: Buffer): boolean;
  /** Removes the temporary file without writing. */
  abandon(): void;
}

/**
 * Opens a temporary file beside `file`, or returns undefined when the folder
 * cannot take one. Callers open the file before they compile the data, so
 * that a folder that cannot be written costs a failed open on each run
 * rather than a compile.
 */
export function startCacheWrite(file: string): CacheWrite | undefined {
  let write: AtomicWrite;
  try {
    write = startAtomicWrite(file, { file: 0o600, folder: 0o700 });
  } catch {
    return undefined;
  }
  const finish = (chunk: Buffer, data: Buffer): boolean => {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(chunk.length, 4);
    try {
      write.finish([header, chunk, data]);
      return true;
    } catch {
      return false;
    }
  };
  const abandon = (): void => {
    try {
      write.abandon();
    } catch {
      // A temporary file left behind costs only disk space.
    }
  };
  return { finish, abandon };
}
