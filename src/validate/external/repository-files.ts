/**
 * File-system access for the report readers: the text of repository files
 * and whether a path is a file. Paths are repository-relative; the readers
 * only pass paths that resolved inside the root.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files larger than this are treated as unknown, because a linter finding never needs the text of a huge generated file. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export interface RepositoryFiles {
  readText(path: string): string | undefined;
  isFile(path: string): boolean;
}

export function repositoryFiles(root: string): RepositoryFiles {
  const statOf = (path: string) => statSync(join(root, path), { throwIfNoEntry: false });
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
