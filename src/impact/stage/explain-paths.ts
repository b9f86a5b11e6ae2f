/**
 * Matching of the paths that `--explain` names to repository paths. Node
 * decodes a command-line argument that is not valid UTF-8 with one U+FFFD
 * per invalid sequence, while `decodeGitPath` keeps each invalid byte as a
 * lone surrogate, so such a path never equals the argument that names it.
 */

/**
 * Returns the repository path that `requested` names: itself when it is one
 * of `paths`, else the only path that it matches when each U+FFFD stands for
 * one or more bytes that are not UTF-8. Without exactly one match it returns
 * `requested`, which the explanation then reports as not tracked.
 */
export function matchExplainPath(requested: string, paths: readonly string[]): string {
  if (!requested.includes(REPLACEMENT_CHARACTER) || paths.includes(requested)) return requested;
  const pattern = new RegExp(`^${requested.split(REPLACEMENT_CHARACTER).map(escapeRegExp).join(INVALID_BYTES)}$`);
  const matches = new Set(paths.filter((path) => pattern.test(path)));
  return matches.size === 1 ? [...matches][0]! : requested;
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/** One U+FFFD, or a run of the lone surrogates U+DC80 to U+DCFF that stand for bytes 0x80 to 0xFF. */
const INVALID_BYTES = '(?:\\uFFFD|[\\uDC80-\\uDCFF]+)';

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
