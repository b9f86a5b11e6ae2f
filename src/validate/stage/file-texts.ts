/**
 * Reads the text of the files to validate, from the working tree or from a
 * commit. Files that cannot be text are skipped with a reason: symbolic links
 * (never followed, so a link cannot make TestMaster read outside the
 * repository), binary files, files above the size limit and invalid UTF-8.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGitPath } from '../../git/git-path.js';
import { readBlobs } from '../../git/tree-view.js';

/**
 * Largest file the per-file validators read. Hand-written source files stay
 * far below it; above it are generated bundles and data files, whose parse
 * would cost more than the findings are worth.
 */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Git's own rule: a file with a NUL byte in its first 8,000 bytes is binary. */
const BINARY_PROBE_BYTES = 8000;

export type SkipReason = 'symlink' | 'binary' | 'too-large' | 'not-utf8' | 'missing';

export interface TextRead {
  texts: Map<string, string>;
  skipped: Map<string, SkipReason>;
}

/** Reads repository paths from the working tree under `root`. */
export function readWorkingTreeTexts(root: string, paths: readonly string[]): TextRead {
  const result: TextRead = { texts: new Map(), skipped: new Map() };
  for (const path of paths) {
    const outcome = readWorkingTreeFile(root, path);
    if (typeof outcome === 'string') result.texts.set(path, outcome);
    else result.skipped.set(path, outcome.skip);
  }
  return result;
}

/**
 * Whether the folder that holds `fullPath` is `root` or lies under it once
 * symbolic links resolve. O_NOFOLLOW guards only the last component, so a
 * committed link to a folder (`ext -> /etc`) would otherwise lead outside.
 */
function folderInsideRoot(root: string, fullPath: Buffer): boolean {
  const realRoot = realpathSync(root, { encoding: 'buffer' });
  const folder = realpathSync(fullPath.subarray(0, fullPath.lastIndexOf(0x2f)), { encoding: 'buffer' });
  return folder.equals(realRoot) || (folder.length > realRoot.length && folder[realRoot.length] === 0x2f && folder.subarray(0, realRoot.length).equals(realRoot));
}

/** Reads repository paths from the tree of `revision`; a path absent there is `missing`. */
export async function readRevisionTexts(root: string, revision: string, paths: readonly string[]): Promise<TextRead> {
  const result: TextRead = { texts: new Map(), skipped: new Map() };
  const blobs = await readBlobs(root, revision, paths);
  for (const path of paths) {
    const blob = blobs.get(path);
    const outcome = blob === undefined ? { skip: 'missing' as const } : decodeText(blob);
    if (typeof outcome === 'string') result.texts.set(path, outcome);
    else result.skipped.set(path, outcome.skip);
  }
  return result;
}

function readWorkingTreeFile(root: string, path: string): string | { skip: SkipReason } {
  const fullPath = Buffer.concat([Buffer.from(`${join(root)}/`, 'utf8'), encodeGitPath(path)]);
  let descriptor: number;
  try {
    if (!folderInsideRoot(root, fullPath)) return { skip: 'symlink' };
    descriptor = openSync(fullPath, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return { skip: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'missing' };
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { skip: 'missing' };
    if (stats.size > MAX_TEXT_BYTES) return { skip: 'too-large' };
    const buffer = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(descriptor, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return decodeText(buffer.subarray(0, offset));
  } finally {
    closeSync(descriptor);
  }
}

/** Decodes UTF-8 and drops a byte order mark, or returns the reason the bytes are skipped. */
export function decodeText(bytes: Buffer): string | { skip: SkipReason } {
  if (bytes.length > MAX_TEXT_BYTES) return { skip: 'too-large' };
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { skip: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { skip: 'not-utf8' };
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
