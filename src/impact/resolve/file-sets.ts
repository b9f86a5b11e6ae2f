/**
 * Files that a glob import (`import.meta.glob('./pages/*.tsx')`) or a
 * dynamic import with a static prefix and suffix (`./locales/${lang}.json`)
 * may load. Both walk only the folder below the static part of the pattern.
 */
import picomatch from 'picomatch';
import type { FileIndex } from './file-index.js';
import { folderOf } from './repo-path.js';

/**
 * Tracked files that match `glob`, a repository-relative pattern, sorted.
 * Wildcards skip names that start with a dot unless the pattern spells the dot.
 */
export function filesMatchingGlob(index: FileIndex, glob: string): string[] {
  const { base } = picomatch.scan(glob);
  const isMatch = picomatch(glob);
  const matches: string[] = [];
  for (const file of index.filesUnder(base)) {
    if (isMatch(file)) matches.push(file);
  }
  return matches.sort();
}

/**
 * Tracked files whose path starts with `prefix` and ends with `suffix`,
 * sorted. The prefix is a repository path that may end inside a file name
 * (`src/locales/messages-`) or with `/`.
 */
export function filesWithPrefix(index: FileIndex, prefix: string, suffix: string): string[] {
  const folder = prefix.endsWith('/') ? prefix.slice(0, -1) : folderOf(prefix);
  const matches: string[] = [];
  for (const file of index.filesUnder(folder)) {
    if (file.startsWith(prefix) && file.endsWith(suffix) && file.length >= prefix.length + suffix.length) {
      matches.push(file);
    }
  }
  return matches.sort();
}
