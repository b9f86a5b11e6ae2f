/**
 * The changed lines of every file between the merge base and the head, which
 * the scope filter reads. A commit head is diffed as commits; a working-tree
 * head adds uncommitted changes and untracked files, whose every line is new.
 */
import type { FileChange } from '../../git/diff-parse.js';
import { diffLines } from '../../git/git.js';
import { listUntrackedFiles } from '../../impact/change/untracked-files.js';
import { readWorkingTreeTexts } from './file-texts.js';

export interface LineChangeRequest {
  root: string;
  /** The merge base, or `before` of a push. */
  baseSha: string;
  /** The head commit, or null to compare with the working tree. */
  headSha: string | null;
}

export async function readLineChanges(request: LineChangeRequest): Promise<FileChange[]> {
  const { root, baseSha, headSha } = request;
  const changes = await diffLines(root, baseSha, headSha);
  if (headSha !== null) return changes;

  const listed = new Set(changes.map((change) => change.path));
  for (const file of await listUntrackedFiles(root)) {
    if (listed.has(file.path)) continue;
    changes.push(untrackedChange(root, file.path, file.binary));
  }
  return changes;
}

/** Describes an untracked file as an added file whose every line is new. */
function untrackedChange(root: string, path: string, binary: boolean): FileChange {
  const change: FileChange = { path, status: 'added', oldMode: '000000', newMode: '100644', binary, addedLines: [], deletedRanges: [] };
  if (binary) return change;
  const text = readWorkingTreeTexts(root, [path]).texts.get(path);
  if (text === undefined) return change;
  const lineCount = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  change.addedLines = Array.from({ length: lineCount }, (_, index) => index + 1);
  return change;
}
