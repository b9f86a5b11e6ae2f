/**
 * Line counts and the binary check for files that git has not diffed, such
 * as untracked files, following the rules of git's diff machinery so they
 * read the same as `git diff --numstat` counts.
 */

/**
 * Files above git's default `core.bigFileThreshold` of 512 MiB, which git
 * treats as binary without reading them.
 */
export const BIG_FILE_BYTES = 512 * 1024 * 1024;

/** Bytes that git inspects for a NUL to call content binary (`FIRST_FEW_BYTES` in git's xdiff-interface.c). */
const BINARY_CHECK_BYTES = 8000;

/** Checks content the way git's `buffer_is_binary` does: binary when the first 8000 bytes contain a NUL. */
export function looksBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_CHECK_BYTES).includes(0);
}

/** Number of lines as `git diff --numstat` counts an added file: a last line without a newline counts too. */
export function countLines(content: Buffer): number {
  if (content.length === 0) return 0;
  let lines = 0;
  let position = content.indexOf(0x0a);
  while (position >= 0) {
    lines++;
    position = content.indexOf(0x0a, position + 1);
  }
  return content[content.length - 1] === 0x0a ? lines : lines + 1;
}
