/**
 * Line counts of tracked files in the working tree, read by `git grep -c`,
 * which reads the files in parallel in git's own process. A file's count is
 * its number of lines, a last line without a line break included.
 */
import { decodeGitPath, hasEscapedBytes } from './git-path.js';
import { runGit } from './run-git.js';

/** Bytes of pathspec arguments per git call, well inside the argument limits of Linux, macOS and Windows. */
const ARGUMENT_BYTES_PER_CALL = 24 * 1024;

/**
 * Returns the line count of each of `paths` that git reads as text. A path is
 * missing from the result when git skipped it: a binary file, an empty file
 * (which has no line to count), a file missing from the working tree, or a
 * path that is not UTF-8, which cannot be passed as an argument unchanged.
 * Returns null when git failed, so that the caller can skip its check.
 */
export async function countTrackedLines(root: string, paths: readonly string[]): Promise<Map<string, number> | null> {
  const counts = new Map<string, number>();
  for (const batch of argumentBatches(paths.filter((path) => !hasEscapedBytes(path)))) {
    // `:(literal)` keeps `*`, `?` and `[` in a path from being read as a glob.
    const result = await runGit(root, ['grep', '-z', '-c', '-I', '--no-color', '-e', '', '--', ...batch.map((path) => `:(literal)${path}`)]);
    // Exit 1 means no line matched, which happens when every file is empty or binary.
    if (result.exitCode !== 0 && result.exitCode !== 1) return null;
    readCounts(result.stdout, counts);
  }
  return counts;
}

/** Reads `path NUL count LF` records into `counts`. */
function readCounts(output: Buffer, counts: Map<string, number>): void {
  let start = 0;
  while (start < output.length) {
    const separator = output.indexOf(0, start);
    const end = output.indexOf(10, separator + 1);
    if (separator < 0 || end < 0) return;
    counts.set(decodeGitPath(output.subarray(start, separator)), Number(output.toString('latin1', separator + 1, end)));
    start = end + 1;
  }
}

function* argumentBatches(paths: readonly string[]): Generator<string[]> {
  let batch: string[] = [];
  let bytes = 0;
  for (const path of paths) {
    const size = Buffer.byteLength(path) + 12;
    if (batch.length > 0 && bytes + size > ARGUMENT_BYTES_PER_CALL) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(path);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}
