/**
 * Scanner results stored by file content, so that a graph build scans only
 * the files whose content it has not seen before.
 */
import { classifyPath } from '../scan/file-kinds.js';
import type { ModuleReference } from '../scan/index.js';

/** The scanner's result for one file content. */
export interface CachedScan {
  references: ModuleReference[];
  /**
   * The scanner's errors with the file path cut off the front: `:12: message`
   * for `src/a.ts:12: message`, so one entry serves every path with this
   * content. `withPath` puts the path back.
   */
  errors: string[];
}

/**
 * Cached scans by `scanCacheKey`: the git blob SHA of the content plus the
 * way the scanner reads the file. The SHA alone is not enough, because the
 * scanner reads the same text differently by extension: every reference in a
 * `.d.ts` file is type-only, and `<` opens JSX in `.tsx` and `.js` files only.
 */
export type ScanCache = Map<string, CachedScan>;

/**
 * Returns how the scanner reads `path`: as `script`, `jsx-script`,
 * `declaration` or `component`, or undefined for files it does not scan.
 */
export function scanFlavorOf(path: string): string | undefined {
  const kind = classifyPath(path);
  if (kind.kind === 'other') return undefined;
  if (kind.kind === 'component') return 'component';
  if (kind.language.declarationFile) return 'declaration';
  return kind.language.jsx ? 'jsx-script' : 'script';
}

/** Key of a file's scan in a `ScanCache`. */
export function scanCacheKey(blobSha: string, flavor: string): string {
  return `${blobSha}:${flavor}`;
}

/** Removes the `path` prefix that the scanner puts on each error, for storing. An error without it keeps its text after `: `. */
export function withoutPath(path: string, errors: readonly string[]): string[] {
  return errors.map((error) => (error.startsWith(`${path}:`) ? error.slice(path.length) : `: ${error}`));
}

/** Puts `path` back on stored errors, as the scanner formats them. */
export function withPath(path: string, errors: readonly string[]): string[] {
  return errors.map((error) => `${path}${error}`);
}
