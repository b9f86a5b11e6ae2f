/**
 * Read access to one repository. The resolver reads the repository only
 * through this interface, so tests and callers can back it with the disk, a
 * git tree or an in-memory map.
 */
export interface RepositoryView {
  /** Repository-relative POSIX paths of every tracked file (from `git ls-files`), sorted. */
  readonly files: readonly string[];
  /** Text of a repository file, or undefined when it is absent. */
  readText(path: string): string | undefined;
  /** Real repository path of a symlink (pnpm/yarn workspace links under node_modules), or undefined. */
  realPath?(path: string): string | undefined;
  /** Whether a folder, or a link to one, exists at the repository path; views without untracked files leave it out. */
  hasFolderOnDisk?(path: string): boolean;
}
