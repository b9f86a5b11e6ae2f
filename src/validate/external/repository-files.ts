/**
 * File-system access for the report readers: the text of repository files
 * and whether a path is a file. Paths are repository-relative; the readers
 * only pass paths that resolved inside the root.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Files larger than this are treated as unknown, because a linter finding never needs the text of a huge generated file. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export interface RepositoryFiles {
  readText(path: string): string | undefined;
  isFile(path: string): boolean;
}

export function repositoryFiles(root: string): RepositoryFiles {
  // A path inside the root can still lead outside through a committed symbolic link, so files are compared by their real paths.
  const statOf = (path: string) => (insideRoot(root, path) ? statSync(join(root, path), { throwIfNoEntry: false }) : undefined);
  return {
    readText(path) {
      const stats = statOf(path);
      if (!stats?.isFile() || stats.size > MAX_TEXT_BYTES) return undefined;
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    isFile(path) {
      return statOf(path)?.isFile() ?? false;
    },
  };
}

/** Whether `path` is under `root` once symbolic links resolve; false for a path that does not exist. */
function insideRoot(root: string, path: string): boolean {
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(join(root, path));
    return real.startsWith(realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`);
  } catch {
    return false;
  }
}
