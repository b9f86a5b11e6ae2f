/**
 * Loads the chunks of the CLI bundle as scripts with a V8 code cache, so
 * that a later run skips compiling the code that an earlier one ran.
 *
 * Why: a warm impact run spent a fifth of its CPU time compiling its own
 * code, and took 23 % less CPU time on vuejs/core with this cache. Node.js
 * 20 has no compile cache for ES modules, and the one of Node.js 22 and
 * later (`module.enableCompileCache`) saves each module right after its
 * first compile, before any function in it has run, so it covers only the
 * top level. Here each chunk's cache is written when the process exits,
 * from a compile of every function in the chunk (`completeCache`). See
 * bench/impact-speed/README.md for the measurements.
 *
 * How: ncc builds the CLI with webpack, whose runtime loads each chunk with
 * `import()` through the handler `__webpack_require__.f.j`. This module
 * replaces that handler with one that reads the chunk, turns its three
 * `export const` lines into a function body and compiles it with
 * `vm.Script` and the cached data. Only the chunks on the bundle's
 * script-chunks.json go this way: scripts/script-chunks.mjs lists, at build
 * time, those without other module syntax (`import.meta`, `import()`), which
 * a script cannot run. Every other chunk goes to webpack's own handler. So
 * does every chunk when the list is missing or the bundle's runtime looks
 * other than expected. The cache can thus cost a run a failed check at
 * most, and never changes what the run does. Outside the bundle, as under
 * vitest, there is no webpack runtime and nothing changes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { changedV8Flags, checkCodeCacheChecksums, v8FlagsKey, withFreshEagerCompilation, withV8Flags, type V8FlagValues } from '../../run/v8-flags.js';
import { codeCacheFolder, readCodeCache, startCacheWrite } from './cache-files.js';

type ChunkId = string | number;
type ChunkHandler = (chunkId: ChunkId, promises: Promise<unknown>[]) => void;

/** The parts of webpack's runtime that the loader uses. */
interface WebpackRuntime {
  (moduleId: string): unknown;
  m: Record<string, unknown>;
  u: (chunkId: ChunkId) => string;
  f: Record<string, ChunkHandler | undefined>;
}

// Webpack replaces this name with its runtime's require function inside the bundle.
declare const __webpack_require__: WebpackRuntime | undefined;

/** The three lines that start every chunk that webpack writes as an ES module; scripts/script-chunks.mjs checks the same. */
const CHUNK_HEADER = /^export const id = [^;\n]+;\nexport const ids = (\[[^\]\n]*\]);\nexport const modules = /;

/** The list of chunks that may load as scripts, written by scripts/script-chunks.mjs. */
const SCRIPT_CHUNKS_FILE = 'script-chunks.json';

/** A compiled chunk whose cache file is missing, stale or was rejected, to be written at exit. */
interface PendingCache {
  source: string;
  /** The chunk's file URL, the name that webpack's import() gives it in stack traces. */
  url: string;
  file: string;
  chunk: Buffer;
  flags: V8FlagValues;
}

interface LoadedChunk {
  ids: ChunkId[];
  modules: Record<string, unknown>;
}

/**
 * Installs the loader when this code runs inside the CLI bundle and the
 * cache is on. The list of chunks is read, and the checksums turned on,
 * when the first chunk loads, so that `--help`, `--version` and usage errors
 * pay for neither.
 */
export function installChunkCache(env: NodeJS.ProcessEnv): void {
  const runtime = webpackRuntime();
  const original = runtime?.f['j'];
  if (runtime === undefined || original === undefined) return;
  const bundleFolder = dirname(fileURLToPath(import.meta.url));
  const cacheFolder = codeCacheFolder(env, bundleFolder);
  if (cacheFolder === undefined) return;
  let scriptChunks: ReadonlySet<string> | undefined;
  const pending: PendingCache[] = [];
  const installed = new Set<ChunkId>();
  process.once('exit', () => writePendingCaches(pending));
  runtime.f['j'] = (chunkId, promises) => {
    if (installed.has(chunkId)) return;
    scriptChunks ??= openScriptChunks(bundleFolder);
    const fileName = runtime.u(chunkId);
    const chunk = scriptChunks.has(fileName) ? compileChunk(join(bundleFolder, fileName), join(cacheFolder, fileName), pending) : undefined;
    if (chunk === undefined) {
      original(chunkId, promises);
      return;
    }
    for (const moduleId of Object.keys(chunk.modules)) runtime.m[moduleId] = chunk.modules[moduleId];
    for (const id of chunk.ids) installed.add(id);
  };
}

/**
 * Returns the file names on the bundle's list, or an empty set when the
 * list is missing or not readable. With names on it, it turns on V8's
 * checksums, which must be on before the first cache is read or made.
 */
function openScriptChunks(bundleFolder: string): ReadonlySet<string> {
  let names: Set<string>;
  try {
    const list = JSON.parse(readFileSync(join(bundleFolder, SCRIPT_CHUNKS_FILE), 'utf8')) as { chunks?: unknown };
    names = new Set(Array.isArray(list.chunks) ? list.chunks.filter((name): name is string => typeof name === 'string') : []);
  } catch {
    return new Set();
  }
  if (names.size > 0) checkCodeCacheChecksums();
  return names;
}

function webpackRuntime(): WebpackRuntime | undefined {
  if (typeof __webpack_require__ !== 'function') return undefined;
  const runtime = __webpack_require__;
  const shapeFits =
    typeof runtime.u === 'function' && typeof runtime.m === 'object' && typeof runtime.f === 'object' && typeof runtime.f['j'] === 'function';
  return shapeFits ? runtime : undefined;
}

/** Compiles and runs the chunk in `path`, or returns undefined when webpack's handler should load it. */
function compileChunk(path: string, cacheBase: string, pending: PendingCache[]): LoadedChunk | undefined {
  let chunk: Buffer;
  try {
    chunk = readFileSync(path);
  } catch {
    return undefined;
  }

  const text = chunk.toString('utf8');
  const header = CHUNK_HEADER.exec(text);
  if (header === null) return undefined;
  let ids: ChunkId[];
  try {
    ids = JSON.parse(header[1]!) as ChunkId[];
  } catch {
    return undefined;
  }

  const flags = changedV8Flags();
  // The caches of different flags live side by side, since V8 accepts each only under its own flags.
  const file = `${cacheBase}.${v8FlagsKey(flags) || 'default'}.v8`;
  const cachedData = readCodeCache(file, chunk);

  try {
    const source = functionSource(text, header[0].length);
    const url = pathToFileURL(path).href;
    const script = new Script(source, { filename: url, cachedData });
    const modules = (script.runInThisContext() as () => Record<string, unknown>)();
    if (cachedData === undefined || script.cachedDataRejected === true) pending.push({ source, url, file, chunk, flags });
    return { ids, modules };
  } catch {
    // The chunk changed after the build, and now uses a syntax that only a module may use.
    // NOTE: a dynamic import() added to a listed chunk after the build would compile, and fail only when it runs.
    return undefined;
  }
}

/**
 * Compiles the chunk again with every function in it and returns the cache.
 * A cache of the run's own script would contain only the functions this run
 * called. A later run that takes other paths, such as a warm run after a
 * cold one, would then compile the rest every time, because an accepted
 * cache is not written again. For the chunk with the impact stage, the
 * complete cache was 287 KB against 185 KB and took 1.45 ms against 1.27 ms
 * to load.
 * V8's in-memory cache is bypassed, because it would hand back the script
 * compiled at load. A script of another file name would miss it too, but
 * on Node.js 20 code from its cache then named that file in stack traces.
 */
function completeCache(entry: PendingCache): Buffer {
  const script = withFreshEagerCompilation(() => new Script(entry.source, { filename: entry.url }));
  return script.createCachedData();
}

/**
 * Returns the chunk as a strict function that returns its modules. The
 * header's line breaks stay, so that line numbers in stack traces match the
 * file.
 */
function functionSource(text: string, headerLength: number): string {
  return `(function () { 'use strict';\n\nconst modules = ${text.slice(headerLength)}\nreturn modules;\n})`;
}

/**
 * Writes each pending cache under the V8 flags its chunk was compiled with,
 * so that V8 accepts it next time.
 */
function writePendingCaches(pending: readonly PendingCache[]): void {
  for (const entry of pending) {
    // Opened first, so that a folder that cannot be written costs no compile.
    const write = startCacheWrite(entry.file);
    if (write === undefined) continue;
    try {
      write.finish(entry.chunk, withV8Flags(entry.flags, () => completeCache(entry)));
    } catch {
      // An exit handler that throws would change the exit code, while a missing cache only costs the next run time.
      write.abandon();
    }
  }
}
