/**
 * A `RepositoryView` over a checkout on disk. It reads tracked files only,
 * on first request, and never follows a path or symlink out of the root.
 * Paths are those of `decodeGitPath`, so a name that is not UTF-8 is read
 * by its exact bytes.
 */
import { constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { decodeGitPath, encodeGitPath, hasEscapedBytes } from '../../git/git-path.js';
import { joinInRepository } from './repo-path.js';
import type { RepositoryView } from './repository-view.js';

/**
 * @param root folder of the checkout
 * @param files repository-relative POSIX paths from `git ls-files`, sorted
 */
export function readDiskView(root: string, files: readonly string[]): RepositoryView {
  const realRoot = realpathSync(resolve(root));
  const tracked = new Set(files);

  /** Real repository path of `path`, or undefined when it is missing, malformed or resolves outside the root. */
  const realRepositoryPath = (path: string): string | undefined => {
    if (joinInRepository('', path) !== path) return undefined;
    let real: string;
    try {
      real = realLocation(realRoot, path);
    } catch {
      return undefined;
    }
    const inside = relative(realRoot, real);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
    return inside.split(sep).join('/');
  };

  return {
    files,
    readText(path: string): string | undefined {
      if (!tracked.has(path)) return undefined;
      if (joinInRepository('', path) !== path) return undefined;
      const direct = readUnlessSymlink(location(realRoot, path));
      if (direct !== SYMLINK) return direct;
      const real = realRepositoryPath(path);
      if (real === undefined) return undefined;
      try {
        return readFileSync(location(realRoot, real), 'utf8');
      } catch {
        // A tracked file that is deleted, a folder, or unreadable in the work tree counts as absent.
        return undefined;
      }
    },
    realPath(path: string): string | undefined {
      const real = realRepositoryPath(path);
      return real === undefined || real === path ? undefined : real;
    },
    hasFolderOnDisk(path: string): boolean {
      if (joinInRepository('', path) !== path) return false;
      return statSync(location(realRoot, path), { throwIfNoEntry: false })?.isDirectory() === true;
    },
  };
}

/** Marks a file that `readUnlessSymlink` left unread because it is a symlink. */
const SYMLINK = Symbol('symlink');

/**
 * Reads a file without resolving its real path first when it is not a
 * symlink, which is the common case. It returns `SYMLINK` for a symlink, so
 * that the caller resolves the link and checks that it stays in the repository. A missing or
 * unreadable file reads as undefined.
 *
 * NOTE: folders on the way are followed. A checkout never has a symlink in
 * place of a tracked file's folder, because git refuses to check out a path
 * beyond a symlink, so only a hand-made change to the work tree could send
 * a read elsewhere.
 */
function readUnlessSymlink(target: string | Buffer): string | undefined | typeof SYMLINK {
  try {
    // One call opens, reads and closes the file.
    return readFileSync(target, NO_FOLLOW_UTF8);
  } catch (error) {
    // A folder opens but cannot be read; a tracked path that is a folder in the work tree counts as absent.
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? SYMLINK : undefined;
  }
}

/**
 * Read options that fail with ELOOP on a symlink instead of following it.
 * Node's "File system flags" docs allow a number from `fs.constants` as the
 * flag, which @types/node types as a string only.
 */
const NO_FOLLOW_UTF8 = { encoding: 'utf8', flag: (constants.O_RDONLY | constants.O_NOFOLLOW) as unknown as string } as const;

/**
 * Returns the file system location of a repository path: a string, or for
 * a name that is not UTF-8 its exact bytes from `encodeGitPath`, because no
 * string would encode back to them.
 */
function location(realRoot: string, path: string): string | Buffer {
  // Most paths are valid UTF-8, and checking for escapes costs less than encoding the path.
  if (!hasEscapedBytes(path)) return locationOfName(realRoot, path);
  return Buffer.concat([Buffer.from(`${realRoot}${sep}`, 'utf8'), encodeGitPath(path)]);
}

/**
 * Joins a repository path, which git keeps free of `.`, `..` and empty
 * segments, onto the real root. Plain concatenation gives what `resolve`
 * would, at a fraction of its cost, where the separator is `/`.
 */
function locationOfName(realRoot: string, path: string): string {
  if (sep !== '/') return resolve(realRoot, path);
  if (path === '') return realRoot;
  return realRoot.endsWith('/') ? `${realRoot}${path}` : `${realRoot}/${path}`;
}

/**
 * Resolves the symlinks of a repository path. Node's JavaScript
 * `realpathSync` turns a Buffer into a string, so a name that is not UTF-8
 * goes through the native call, which keeps the bytes.
 */
function realLocation(realRoot: string, path: string): string {
  const target = location(realRoot, path);
  // The native call is one system call, while the JavaScript one runs lstat on every folder of the path.
  if (typeof target === 'string') return realpathSync.native(target);
  return decodeGitPath(realpathSync.native(target, { encoding: 'buffer' }));
}
