/**
 * Untracked files that are not ignored, as added files of a local run. Git has
 * no diff of them, so their line counts and binary flags follow git's rules
 * here (see content-stats.ts).
 */
import { lstat, readFile, readlink } from 'node:fs/promises';
import { decodeGitPath, decodeNulFields, encodeGitPath, splitNulFields } from '../../git/git-path.js';
import { runGitChecked, runGitWithInputChecked } from '../../git/run-git.js';
import type { ChangedFile } from '../model.js';
import { BIG_FILE_BYTES, countLines, looksBinary } from './content-stats.js';

/**
 * Lists the untracked files under `root` that .gitignore, .git/info/exclude
 * and core.excludesFile do not exclude, as `added` changes. A nested git
 * repository, which git lists as a folder, is one added path without lines,
 * like a submodule. A file removed between the listing and the read is left out.
 */
export async function listUntrackedFiles(root: string): Promise<ChangedFile[]> {
  const output = await runGitChecked(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']);
  return describeUntrackedFiles(root, decodeNulFields(output));
}

/** Describes untracked `paths` that git listed, as `listUntrackedFiles` does. */
export async function describeUntrackedFiles(root: string, paths: readonly string[]): Promise<ChangedFile[]> {
  if (paths.length === 0) return [];

  const diffOff = await pathsWithDiffUnset(root, paths);
  const files: ChangedFile[] = [];
  for (const path of paths) {
    const file = await describeUntrackedFile(root, path, diffOff.has(path));
    if (file) files.push(file);
  }
  return files;
}

async function describeUntrackedFile(root: string, listed: string, diffUnset: boolean): Promise<ChangedFile | undefined> {
  if (listed.endsWith('/')) {
    return { path: listed.slice(0, -1), status: 'added', binary: false, addedLines: 0, deletedLines: 0 };
  }
  const location = Buffer.concat([Buffer.from(`${root}/`, 'utf8'), encodeGitPath(listed)]);
  const content = await readContent(location, diffUnset);
  if (content === undefined) return undefined;

  if (content === 'binary' || looksBinary(content)) {
    return { path: listed, status: 'added', binary: true, addedLines: 0, deletedLines: 0 };
  }
  return { path: listed, status: 'added', binary: false, addedLines: countLines(content), deletedLines: 0 };
}

/**
 * Reads what git would diff: a symlink's target, or a file's bytes. Returns
 * `binary` without reading when git would call the file binary anyway, and
 * undefined when the path is gone or is not a file.
 */
async function readContent(location: Buffer, diffUnset: boolean): Promise<Buffer | 'binary' | undefined> {
  try {
    const stats = await lstat(location);
    if (stats.isSymbolicLink()) return await readlink(location, { encoding: 'buffer' });
    if (!stats.isFile()) return undefined;
    if (diffUnset || stats.size > BIG_FILE_BYTES) return 'binary';
    return await readFile(location);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Paths whose `diff` attribute is unset (`-diff`, or the `binary` macro),
 * which git diffs as binary whatever they contain. One `git check-attr`
 * process reads all paths. With `-z`, its input is NUL-separated paths and
 * its output is `<path> NUL <attribute> NUL <value> NUL` per path.
 */
async function pathsWithDiffUnset(root: string, paths: readonly string[]): Promise<Set<string>> {
  const input = Buffer.concat(paths.flatMap((path) => [encodeGitPath(path), Buffer.of(0)]));
  const output = await runGitWithInputChecked(root, ['check-attr', '-z', '--stdin', 'diff'], input);
  const fields = splitNulFields(output);
  const unset = new Set<string>();
  for (let index = 0; index + 2 < fields.length; index += 3) {
    if (fields[index + 2]!.toString('latin1') === 'unset') unset.add(decodeGitPath(fields[index]!));
  }
  return unset;
}
