/** A workspace package whose dependency closure the lockfile comparison checks. */
export interface LockfileWorkspace {
  name: string;
  /** Repository-relative folder of the package; `''` is the repository root. */
  folder: string;
  /**
   * Dependency ranges from the package's package.json at the head commit, as
   * `readDependencyRanges` returns them. Only yarn v1 lockfiles need them,
   * because they do not record workspaces. Without them, any change of a yarn
   * v1 lockfile affects the package.
   */
  dependencies?: Readonly<Record<string, string>>;
}
