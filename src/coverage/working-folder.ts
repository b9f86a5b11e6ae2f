/**
 * The part of a repository that an action step runs in when its
 * working-directory is a subfolder, such as one package of a monorepo. The
 * step's own reports sit there, and the changes of the other packages are
 * theirs to gate, so default report locations and patch coverage start at
 * that folder.
 */

/** Returns the default report patterns below `folder`, a repository-relative POSIX folder; `''` is the root. */
export function defaultReportsIn(folder: string, patterns: readonly string[]): string[] {
  return folder === '' ? [...patterns] : patterns.map((pattern) => `${folder}/${pattern}`);
}

/** Returns the changed lines of the files below `folder`; `''` keeps every file. */
export function changedLinesIn(
  folder: string,
  changedLines: ReadonlyMap<string, readonly number[]>,
): ReadonlyMap<string, readonly number[]> {
  if (folder === '') return changedLines;
  const prefix = `${folder}/`;
  return new Map([...changedLines].filter(([path]) => path.startsWith(prefix)));
}

/** Returns the report note that names the folder patch coverage was limited to, or null for the root. */
export function patchFolderNote(folder: string): string | null {
  return folder === '' ? null : `Patch coverage counts the changed files under ${folder}, the working directory, only.`;
}
