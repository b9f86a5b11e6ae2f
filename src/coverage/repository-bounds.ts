import { isAbsolute, relative } from 'node:path';

/** True when `path` is `folder` or lies below it; both must be absolute, with links already resolved. */
export function isInsideFolder(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return !inside.startsWith('..') && !isAbsolute(inside);
}
