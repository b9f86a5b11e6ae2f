/**
 * Reads single lines of files for diagnostics that carry only a start
 * position, caching each file's lines for the rest of the run.
 */
import { readFileSync } from 'node:fs';

/** Creates a reader that returns line `line` (1-based) of an absolute file, or null when it cannot be read. */
export function createLineReader(): (file: string, line: number) => string | null {
  const cache = new Map<string, string[] | null>();
  return (file, line) => {
    if (!cache.has(file)) cache.set(file, readLines(file));
    return cache.get(file)?.[line - 1] ?? null;
  };
}

function readLines(file: string): string[] | null {
  try {
    return readFileSync(file, 'utf8').split(/\r\n|[\n\r\u2028\u2029]/);
  } catch {
    return null;
  }
}
