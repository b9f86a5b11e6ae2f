/**
 * The change set indexed by head path, as the scope filter reads it.
 */
import type { ChangeSet, FileChange } from '../../git/diff-parse.js';

/** Statuses whose file exists in the head tree with content the pull request wrote or moved. */
const CHANGED_CONTENT_STATUSES = new Set<FileChange['status']>(['added', 'modified', 'renamed', 'copied']);

export interface ChangedFiles {
  /** Changes by their path in the head tree; deleted files are left out because nothing at head can sit in them. */
  byHeadPath: ReadonlyMap<string, FileChange>;
  /** Head path of each renamed file by its path at the merge base. */
  renamedFrom: ReadonlyMap<string, string>;
}

/** Indexes the changes by head path. Accepts a whole change set or its list of files. */
export function indexChanges(changes: ChangeSet | readonly FileChange[]): ChangedFiles {
  const files = 'files' in changes ? changes.files : changes;
  const byHeadPath = new Map<string, FileChange>();
  const renamedFrom = new Map<string, string>();

  for (const change of files) {
    if (change.status === 'deleted') continue;
    byHeadPath.set(change.path, change);
    if (change.status === 'renamed' && change.oldPath !== undefined) renamedFrom.set(change.oldPath, change.path);
  }
  return { byHeadPath, renamedFrom };
}

/** Checks whether the change wrote or moved the file's content, the test of the `file` filter mode. */
export function hasChangedContent(change: FileChange | undefined): boolean {
  return change !== undefined && CHANGED_CONTENT_STATUSES.has(change.status);
}
