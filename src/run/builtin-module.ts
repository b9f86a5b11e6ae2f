/**
 * Loads a module built into Node.js at the time of the call, synchronously,
 * for modules that cost start-up time and that most runs never use.
 *
 * The CLI loads some of its chunks as scripts (src/cli/code-cache/), where
 * `import.meta` does not exist. A built-in module resolves the same from any
 * base path, so the path of the Node.js binary serves as the base instead.
 */
import { createRequire } from 'node:module';

/** Returns the built-in module `specifier`, such as `node:crypto`. */
export function requireBuiltin<T>(specifier: `node:${string}`): T {
  return createRequire(process.execPath)(specifier) as T;
}
