/**
 * Turns the path a runner config gives for a setup file into a tracked
 * repository file. Vitest resolves `setupFiles` and `globalSetup` against
 * its root, and jest resolves them against `rootDir`, so a relative value
 * is read from that folder, and an absolute one that the static evaluator
 * placed under the virtual repository root is mapped back.
 */
import { toRepositoryPath } from '../resolve/aliases/static-value.js';
import type { FileIndex } from '../resolve/file-index.js';
import { findFileWithExtensions, findFolderIndex } from '../resolve/module-file.js';
import { joinInRepository } from '../resolve/repo-path.js';

/**
 * Returns the tracked file that `value` names from `folder`, trying the
 * path as written, then with script extensions, then as a folder with an
 * index file. Returns undefined for a package name such as
 * `@testing-library/jest-dom` or a path outside the repository.
 *
 * NOTE: a setup file given as the name of a workspace package is not
 * followed into that package, so a change to it does not count as a setup change.
 */
export function resolveSetupPath(value: string, folder: string, index: FileIndex): string | undefined {
  const virtual = toRepositoryPath(value);
  const path = virtual ?? (value.startsWith('/') ? undefined : joinInRepository(folder, value));
  if (path === undefined) return undefined;
  if (index.has(path)) return path;
  return findFileWithExtensions(index, path, 'typescript') ?? findFolderIndex(index, path, 'typescript');
}

/**
 * Resolves a folder option such as vitest's `root` or jest's `rootDir`
 * from `folder`, the config's folder. Returns undefined when it leaves the
 * repository.
 */
export function resolveFolderOption(value: string, folder: string): string | undefined {
  const virtual = toRepositoryPath(value);
  if (virtual !== undefined) return virtual;
  return value.startsWith('/') ? undefined : joinInRepository(folder, value);
}
