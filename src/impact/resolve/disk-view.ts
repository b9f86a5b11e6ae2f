/**
 * A `RepositoryView` over a checkout on disk. It reads tracked files only,
 * on first request, and never follows a path or symlink out of the root.
 * Paths are those of `decodeGitPath`, so a name that is not UTF-8 is read
 * by its exact bytes.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { decodeGitPath, encodeGitPath } from '../../git/git-path.js';
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
  };
}

/**
 * Returns the file system location of a repository path: a string, or for
 * a name that is not UTF-8 its exact bytes from `encodeGitPath`, because no
 * string would encode back to them.
 */
function location(realRoot: string, path: string): string | Buffer {
  const bytes = encodeGitPath(path);
  if (bytes.equals(Buffer.from(path, 'utf8'))) return resolve(realRoot, path);
  return Buffer.concat([Buffer.from(`${realRoot}${sep}`, 'utf8'), bytes]);
}

/**
 * Resolves the symlinks of a repository path. Node's JavaScript
 * `realpathSync` turns a Buffer into a string, so a name that is not UTF-8
 * goes through the native call, which keeps the bytes.
 */
function realLocation(realRoot: string, path: string): string {
  const target = location(realRoot, path);
  // The native call asks the system once; the JavaScript one runs lstat on every folder of the path.
  if (typeof target === 'string') return realpathSync.native(target);
  return decodeGitPath(realpathSync.native(target, { encoding: 'buffer' }));
}
