/**
 * The git operations of the safety benchmark: picking commits, listing what
 * they change and moving the working copy between them.
 */
import { execFileSync } from 'node:child_process';

export function git(directory: string, args: string[]): string {
  return execFileSync('git', ['-C', directory, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export interface ChangedFile {
  /** Path at the commit, or the deleted path for a deletion. */
  path: string;
  status: 'added' | 'modified' | 'deleted';
}

/** Lists the files a commit changes against its parent. A rename is a deletion plus an addition, as impact analysis treats it. */
export function changedFiles(directory: string, parent: string, commit: string): ChangedFile[] {
  const output = git(directory, ['diff', '--no-renames', '--name-status', '-z', parent, commit]);
  const fields = output.split('\0').filter((field) => field !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const letter = fields[i]!.charAt(0);
    let status: ChangedFile['status'] = 'modified';
    if (letter === 'A') status = 'added';
    if (letter === 'D') status = 'deleted';
    files.push({ path: fields[i + 1]!, status });
  }
  return files;
}

/**
 * Returns the lines of `path` at `commit` that the diff against `parent`
 * adds or changes, 1-based. A hunk that only deletes lines contributes the
 * lines on both sides of the deletion, so the function that lost the lines
 * counts as changed.
 */
export function changedLines(directory: string, parent: string, commit: string, path: string): number[] {
  const output = git(directory, ['diff', '--no-renames', '--unified=0', parent, commit, '--', path]);
  const lines = new Set<number>();
  for (const match of output.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count === 0) {
      lines.add(Math.max(start, 1));
      lines.add(start + 1);
    }
    for (let line = start; line < start + count; line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

export interface CommitInfo {
  sha: string;
  parent: string;
  subject: string;
}

/**
 * Picks the newest `count` non-merge commits reachable from `tip` whose
 * changes include a file that `isSource` accepts, newest first.
 */
export function pickCommits(directory: string, tip: string, count: number, isSource: (path: string) => boolean): CommitInfo[] {
  // Root commits have no parent to compare with, so --min-parents=1 leaves them out along with merges.
  const log = git(directory, ['log', '--no-merges', '--min-parents=1', '--format=%H%x00%P%x00%s', '-n', String(count * 20), tip]);
  const picked: CommitInfo[] = [];
  for (const line of log.split('\n')) {
    if (line === '' || picked.length === count) continue;
    const [sha, parent, subject] = line.split('\0') as [string, string, string];
    const files = changedFiles(directory, parent, sha);
    if (files.some((file) => file.status !== 'deleted' && isSource(file.path))) picked.push({ sha, parent, subject });
  }
  if (picked.length < count) throw new Error(`Found only ${picked.length} of ${count} commits that change source files in the last ${count * 20} commits of ${tip}`);
  return picked;
}

/** Checks out `commit` detached, dropping tracked changes and untracked files that are not ignored (node_modules stays). */
export function checkout(directory: string, commit: string): void {
  git(directory, ['checkout', '--quiet', '--force', '--detach', commit]);
  git(directory, ['clean', '--quiet', '-fd']);
}

/** Fails when the working copy has changes, so that a checkout cannot throw away someone's work. */
export function assertClean(directory: string): void {
  const status = git(directory, ['status', '--porcelain', '--untracked-files=no']);
  if (status.trim() !== '') throw new Error(`${directory} has uncommitted changes; the benchmark checks out other commits there, so commit, stash or use another clone:\n${status}`);
}
