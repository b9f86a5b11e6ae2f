/**
 * The changed lines that patch coverage gates, read with git from the merge
 * base of the base and head refs to the head commit.
 */
import { UserError } from '../errors.js';
import { deepenUntilMergeBase } from '../git/deepen.js';
import { changedLines, isShallow } from '../git/git.js';
import type { Logger } from '../run/logger.js';

export interface DiffRequest {
  base: string;
  head: string;
  /** Fetch more history when the clone is shallow and the merge base lies beyond its boundary. */
  deepen: boolean;
  /** Reason for a base other than the one the user would expect, shown as a warning. */
  note?: string;
  /**
   * Why the diff cannot be read, found before the stage ran (the action
   * fetches the pull request's commits first). The stage reports it as it
   * reports its own base problems, with the totals kept.
   */
  problem?: UserError;
}

export interface ChangedLines {
  /** Added lines per repository path. */
  lines: Map<string, number[]>;
  /** Blank added lines per path, which count nowhere, even in a file missing from every report. */
  blank: Map<string, number[]>;
  /** SHA of the merge base that the diff starts at. */
  mergeBase: string;
  /** Every changed path, with the old path of a rename, whatever its lines. */
  paths: Set<string>;
}

/**
 * The diff, or the invalid input that kept it from being read: a base or
 * head ref that does not exist, or a merge base that the clone lacks. Either
 * way `notes` names each fetch that deepened a shallow clone.
 */
export type DiffOutcome =
  | { found: true; changed: ChangedLines; notes: string[] }
  | { found: false; problem: UserError; notes: string[] };

/**
 * Reads the changed lines. A `UserError` becomes the outcome's problem
 * instead of an exception, so that the caller keeps the totals and threshold
 * checks it has already computed.
 */
export async function readDiff(root: string, diff: DiffRequest, log: Logger): Promise<DiffOutcome> {
  const notes: string[] = [];
  if (diff.problem) return { found: false, problem: diff.problem, notes };
  try {
    return { found: true, changed: await readChangedLines(root, diff, log, notes), notes };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { found: false, problem: error, notes };
  }
}

async function readChangedLines(root: string, diff: DiffRequest, log: Logger, notes: string[]): Promise<ChangedLines> {
  if (diff.deepen && (await isShallow(root))) {
    // The same search and notes as impact analysis, so that both stages of a run treat a shallow clone alike.
    const note = (line: string): void => {
      notes.push(line);
      log.info(line);
    };
    await deepenUntilMergeBase(root, diff.base, diff.head, { log: note });
  }
  const changes = await changedLines(root, diff.base, diff.head);
  log.info(`Changed files since merge base ${changes.mergeBase.slice(0, 12)}: ${changes.files.length}.`);
  const lines = new Map<string, number[]>();
  const blank = new Map<string, number[]>();
  for (const file of changes.files) {
    // Symbolic links (mode 120000) hold a target path, not code.
    if (file.status === 'deleted' || file.binary || file.newMode === '120000') continue;
    if (file.addedLines.length > 0) lines.set(file.path, file.addedLines);
    if (file.blankLines) blank.set(file.path, file.blankLines);
  }
  const paths = new Set(changes.files.flatMap((file) => (file.oldPath === undefined ? [file.path] : [file.path, file.oldPath])));
  return { lines, blank, mergeBase: changes.mergeBase, paths };
}
