/**
 * Normalization of the paths that coverage tools write into one POSIX form:
 * `/`-separated, without `.` segments, repeated slashes, drive letters or URI
 * syntax. Absolute paths keep one leading `/` and relative ones have none.
 */

const DRIVE_LETTER = /^[A-Za-z]:(?=\/|$)/;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/**
 * Normalizes a report path, a configured prefix or a root. A backslash is a
 * Windows separator unless `backslash` is `'name'`, which keeps it as a
 * character of a POSIX file name.
 */
export function normalizePath(raw: string, backslash: 'separator' | 'name' = 'separator'): string {
  let path = isFileUri(raw) ? fileUriToPath(raw) : raw;
  if (backslash === 'separator') path = path.replace(/\\/g, '/');

  let absolute = path.startsWith('/');
  const drive = DRIVE_LETTER.exec(path);
  if (drive) {
    // The drive letter carries no information once paths are compared by suffix.
    path = path.slice(drive[0].length);
    absolute = true;
  }

  const segments = resolveDotSegments(path.split('/'), absolute);
  const joined = segments.join('/');
  return absolute ? `/${joined}` : joined;
}

/** Checks whether a normalized path is absolute. */
export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Checks whether a normalized relative path points above the folder it is relative to. */
export function escapesRoot(path: string): boolean {
  return path === '..' || path.startsWith('../');
}

/** Joins normalized paths; a later absolute part replaces what came before. */
export function joinPaths(...parts: string[]): string {
  let joined = '';
  for (const part of parts) {
    if (part === '') continue;
    joined = isAbsolute(part) || joined === '' ? part : `${joined}/${part}`;
  }
  return normalizePath(joined);
}

/**
 * Returns the part of `path` below `root`, or `undefined` when `path` is not inside
 * it. Both are normalized, and `root` `''` contains every relative path.
 */
export function relativeTo(path: string, root: string): string | undefined {
  if (root === '') return isAbsolute(path) ? undefined : path;
  if (root === '/') return isAbsolute(path) ? path.slice(1) : undefined;
  if (path === root) return '';
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}

/** Folders from `folder` up to the repository root, deepest first, ending with `''`. */
export function ancestorFolders(folder: string): string[] {
  const folders: string[] = [];
  let current = normalizePath(folder);
  while (current !== '' && !escapesRoot(current) && !isAbsolute(current)) {
    folders.push(current);
    const slash = current.lastIndexOf('/');
    current = slash < 0 ? '' : current.slice(0, slash);
  }
  folders.push('');
  return folders;
}

/** Returns the folder part of a normalized path, or `''` for a bare name. */
export function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '';
  return slash === 0 ? '/' : path.slice(0, slash);
}

/** Checks whether a path contains `%XX` escapes, which are worth decoding as a second try. */
export function hasPercentEscape(path: string): boolean {
  return PERCENT_ESCAPE.test(path);
}

/** Decodes `%XX` escapes, or returns `undefined` when they do not form valid UTF-8. */
export function decodePercentEscapes(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function isFileUri(raw: string): boolean {
  return /^file:/i.test(raw);
}

/**
 * Converts `file:///home/x`, `file://localhost/x`, `file:///C:/x` and
 * `file://server/share/x` to plain paths, decoding percent escapes. A UNC host
 * becomes the first folder of an absolute path.
 */
function fileUriToPath(uri: string): string {
  let rest = uri.slice('file:'.length);
  if (rest.startsWith('//')) {
    rest = rest.slice(2);
    const slash = rest.indexOf('/');
    const host = slash < 0 ? rest : rest.slice(0, slash);
    const remainder = slash < 0 ? '' : rest.slice(slash);
    rest = host === '' || host.toLowerCase() === 'localhost' ? remainder : `/${host}${remainder}`;
  }
  const decoded = decodePercentEscapes(rest) ?? rest;
  // `file:///C:/x` leaves `/C:/x`, where the slash before the drive letter is URI syntax.
  return /^\/[A-Za-z]:(\/|$)/.test(decoded) ? decoded.slice(1) : decoded;
}

function resolveDotSegments(parts: string[], absolute: boolean): string[] {
  const segments: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part !== '..') {
      segments.push(part);
    } else if (segments.length > 0 && segments[segments.length - 1] !== '..') {
      segments.pop();
    } else if (!absolute) {
      segments.push('..');
    }
    // `..` at the top of an absolute path stays at the root, as in POSIX.
  }
  return segments;
}
