/**
 * The files of the CLI's code cache: where they live, how a file is checked
 * against the chunk it was made from, and how it is written.
 *
 * A cache file contains a copy of the chunk's bytes before V8's data, and
 * is used only when that copy equals the chunk on disk. V8 itself compares
 * only the length of the source: on Node.js 20.20.2, a script of the same
 * length with other code ran the old code from a cache it accepted. A byte
 * comparison costs less than hashing the chunk and needs no crypto module.
 *
 * Every failure to read or write a cache file is ignored: the chunk then
 * compiles as it would without a cache.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Environment variable naming the cache folder, or turning the cache off with `0`, `false` or `off`. */
export const CODE_CACHE_VARIABLE = 'TESTMASTER_CODE_CACHE';

const OFF_VALUES = new Set(['0', 'false', 'off']);

/** "TMC1": TestMaster code cache, layout 1. */
const MAGIC = 0x31434d54;

/** Magic number and chunk length, both 32-bit little-endian. */
const HEADER_BYTES = 8;

/**
 * Returns the folder for the caches of the bundle in `bundleFolder`, or
 * undefined when the cache is off. The default lies in the user's cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache`), not in the shared temporary folder, so
 * that no other user can plant compiled code there. Each Node.js version
 * and each installed bundle gets a folder of its own, so that two of them
 * never overwrite each other's files on every run.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv, bundleFolder: string): string | undefined {
  const setting = env[CODE_CACHE_VARIABLE]?.trim() ?? '';
  if (OFF_VALUES.has(setting.toLowerCase())) return undefined;
  // Node.js's switch for its own compile cache turns this one off too.
  const nodeSwitch = env['NODE_DISABLE_COMPILE_CACHE'] ?? '';
  if (nodeSwitch !== '' && nodeSwitch !== '0') return undefined;
  const base = setting !== '' ? resolve(setting) : defaultFolder(env);
  return base === undefined ? undefined : join(base, `${process.version}-${process.arch}`, pathTag(bundleFolder));
}

/** Returns `testmaster/code-cache` under `$XDG_CACHE_HOME` or `~/.cache`, or undefined for a user without a home folder. */
function defaultFolder(env: NodeJS.ProcessEnv): string | undefined {
  // The XDG specification requires ignoring a relative XDG_CACHE_HOME.
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'testmaster', 'code-cache');
  try {
    const home = homedir();
    return home === '' ? undefined : join(home, '.cache', 'testmaster', 'code-cache');
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

/** Returns V8's data from `file` when the file was made from exactly `chunk`, else undefined. */
export function readCodeCache(file: string, chunk: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER_BYTES + chunk.length) return undefined;
  if (bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== chunk.length) return undefined;
  const copy = bytes.subarray(HEADER_BYTES, HEADER_BYTES + chunk.length);
  return copy.equals(chunk) ? bytes.subarray(HEADER_BYTES + chunk.length) : undefined;
}

/**
 * Writes `data` for `chunk` to `file` through a temporary file and a rename,
 * so that a concurrent run reads either the old file or the whole new one.
 */
export function writeCodeCache(file: string, chunk: Buffer, data: Buffer): void {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(chunk.length, 4);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([header, chunk, data]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    removeQuietly(temporary);
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // A temporary file left behind costs only disk space, and the next write replaces it.
  }
}
