import { lstat, readlink } from 'node:fs/promises';
import { encodeGitPath, quoteGitPath } from './git-path.js';
import { runGitWithInputChecked } from './run-git.js';

/**
 * Computes the blob SHA that `git add` would store for each working tree file
 * in `paths` (repository-relative, under the repository root `root`).
 *
 * Regular files go through one `git hash-object --stdin-paths` process, which
 * applies the clean filters and line-ending rules of each path. That command
 * opens symlinks and hashes their targets, so each symlink is hashed from its
 * link text with `git hash-object --stdin` instead, one process per symlink.
 * Paths that are missing, folders or other special files have no entry.
 */
export async function hashWorkingTreeFiles(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const regularFiles: string[] = [];
  const symlinks: string[] = [];
  for (const path of paths) {
    const kind = await fileKind(root, path);
    if (kind === 'file') regularFiles.push(path);
    else if (kind === 'symlink') symlinks.push(path);
  }

  const hashes = new Map<string, string>();
  await hashRegularFiles(root, regularFiles, hashes);
  for (const path of symlinks) {
    const target = await readlink(fullPath(root, path), { encoding: 'buffer' });
    const output = await runGitWithInputChecked(root, ['hash-object', '-t', 'blob', '--no-filters', '--stdin'], target);
    hashes.set(path, output.toString('latin1').trim());
  }
  return hashes;
}

async function hashRegularFiles(root: string, paths: readonly string[], hashes: Map<string, string>): Promise<void> {
  if (paths.length === 0) return;
  // Quoting every path lets one line carry a path with a newline or a leading quote.
  const input = Buffer.from(paths.map((path) => `${quoteGitPath(path)}\n`).join(''), 'latin1');
  const output = await runGitWithInputChecked(root, ['hash-object', '--stdin-paths'], input);
  const lines = output.toString('latin1').split('\n').filter((line) => line !== '');
  if (lines.length !== paths.length) {
    throw new Error(`git hash-object --stdin-paths returned ${lines.length} hashes for ${paths.length} paths`);
  }
  paths.forEach((path, index) => hashes.set(path, lines[index]!));
}

async function fileKind(root: string, path: string): Promise<'file' | 'symlink' | 'other'> {
  try {
    const stats = await lstat(fullPath(root, path));
    if (stats.isSymbolicLink()) return 'symlink';
    return stats.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'other';
    throw error;
  }
}

/** Absolute path as bytes, so a path that is not UTF-8 reaches the filesystem unchanged. */
function fullPath(root: string, path: string): Buffer {
  return Buffer.concat([Buffer.from(`${root}/`, 'utf8'), encodeGitPath(path)]);
}
