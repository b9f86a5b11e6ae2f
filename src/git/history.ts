/**
 * Git adapter for the recent history of files: how many commits touched each
 * path in a time window, and how many distinct people wrote them. Risk
 * analysis reads churn and author counts from it.
 */

import { sha256Hex } from '../run/crypto-on-demand.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { assertSafeRef, resolveCommitInClone } from './git.js';
import { bytePatternPathspec, decodeGitPath, hasEscapedBytes, splitNulFields } from './git-path.js';
import { runGitChecked } from './run-git.js';

export interface HistoryOptions {
  /** Start of the window, in any form `git log --since` accepts: `90 days`, `2024-01-31`. */
  since: string;
  /** Commit whose ancestors are read, usually the head SHA of the change. */
  until: string;
  /**
   * Whether the clone is shallow, when the caller read it together with
   * `until` as a verified full SHA, and no fetch ran since. It saves the git
   * process that checks both.
   */
  shallow?: boolean;
}

/** History of one requested path. */
export interface PathHistory {
  path: string;
  /** Commits in the window that changed the path. */
  commits: number;
  /** SHA-256 digests (hex) of the distinct author e-mail addresses, sorted. */
  authors: string[];
}

export interface FileHistory {
  /** One entry per distinct requested path, in request order, including paths no commit touched. */
  files: PathHistory[];
  /** Distinct commits that changed at least one of the paths. */
  commits: number;
  /** Distinct authors of those commits as SHA-256 digests (hex), sorted. */
  authors: string[];
  /** The `since` option, echoed for messages. */
  since: string;
  /**
   * True when the repository is a shallow clone. Commits behind its boundary
   * are missing, and the boundary commits themselves are left out, so the
   * counts can be lower than those of the full history.
   */
  shallow: boolean;
}

/**
 * Maximum total length of the path arguments of one `git log` call. Windows
 * limits a whole command line to 32,767 characters (CreateProcess, as Raymond
 * Chen's "What is the command line length limit?" explains), the lowest limit
 * of the supported runners. The rest of the budget covers git's own path, the
 * options and the quoting that Node adds there.
 */
export const PATH_ARGUMENTS_MAX_CHARACTERS = 16_000;

// `:(top,literal)` makes each pathspec repository-relative wherever `cwd` is,
// and stops git from reading `*`, `?` or `[` in a path as a wildcard.
const PATHSPEC_MAGIC = ':(top,literal)';

/**
 * Options of `git log` that pin what user configuration could change.
 * `--no-renames` and `--no-follow` stop git from tracing a renamed file back
 * to its old name (`diff.renames`, `log.follow`). `--root` lists the files of
 * a root commit (`log.showRoot`). `--no-relative` keeps paths relative to the
 * top folder (`diff.relative`). `--no-show-signature` keeps signature checks
 * out of the output (`log.showSignature`).
 */
const LOG_ARGUMENTS: readonly string[] = [
  '-z',
  '--name-only',
  '--no-renames',
  '--no-follow',
  '--root',
  '--no-relative',
  '--no-show-signature',
  // Every non-merge commit that changed a path, also those on side branches
  // whose result the default history simplification would hide.
  '--full-history',
  '--no-merges',
  // A leading NUL makes every commit header start after an empty field, which
  // no path can produce, so a file name can never pass for a header.
  '--format=%x00%H %aE',
];

/**
 * Reads, for each path, the commits that changed it from `since` up to the
 * commit `until`, and their distinct authors. It runs one `git log` per chunk
 * of paths, which is one call unless the paths exceed
 * `PATH_ARGUMENTS_MAX_CHARACTERS`.
 *
 * Renames are not followed, so a moved file's history starts at the move.
 * `since` filters by committer date. Author addresses go through `.mailmap`
 * (`%aE`), are lowercased and are stored only as SHA-256 digests.
 * NOTE: an unsalted digest hides an address from readers of the output, but
 * anyone who guesses an address can confirm it by hashing it.
 *
 * A shallow clone returns the commits it has and sets `shallow`. It leaves
 * out the commits at the shallow boundary, because git has no parent to
 * compare them with and lists every file of their tree as changed.
 * Throws a `UserError` when `until` names no commit or `since` is empty.
 */
export async function fileHistory(cwd: string, paths: readonly string[], options: HistoryOptions): Promise<FileHistory> {
  validateOptions(options);
  const { sha: until, shallow } = options.shallow === undefined ? await resolveCommitInClone(cwd, options.until) : { sha: options.until, shallow: options.shallow };
  const requested = distinctPaths(paths);
  const boundary = shallow ? await shallowBoundary(cwd) : new Set<string>();

  const tally = new HistoryTally(requested);
  for (const chunk of chunkPaths(requested, PATH_ARGUMENTS_MAX_CHARACTERS)) {
    const output = await runGitChecked(cwd, [
      'log',
      ...LOG_ARGUMENTS,
      `--since=${options.since}`,
      '--end-of-options',
      until,
      '--',
      ...chunk.map(pathspecOf),
    ]);
    for (const commit of parseLog(output)) {
      if (!boundary.has(commit.sha)) tally.add(commit);
    }
  }
  return { ...tally.result(), since: options.since, shallow };
}

function pathspecOf(path: string): string {
  return hasEscapedBytes(path) ? bytePatternPathspec(path) : `${PATHSPEC_MAGIC}${path}`;
}

function validateOptions(options: HistoryOptions): void {
  assertSafeRef(options.until, 'end commit of the history window');
  if (options.since.trim() === '' || /[\u0000-\u001f\u007f]/.test(options.since)) {
    throw new UserError(
      `The start of the history window ${JSON.stringify(options.since)} is empty or contains a control character. ` +
        'Pass a date or a period that git log --since accepts, such as "90 days"',
    );
  }
}

/** Reads the SHAs of the shallow boundary commits from the `shallow` file of the repository. */
async function shallowBoundary(cwd: string): Promise<Set<string>> {
  const location = (await runGitChecked(cwd, ['rev-parse', '--git-path', 'shallow'])).toString('utf8').trim();
  let text: string;
  try {
    text = await readFile(resolve(cwd, location), 'utf8');
  } catch (error) {
    // A repository that became complete between the two calls has no shallow file.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
  return new Set(text.split('\n').filter((line) => line !== ''));
}

function distinctPaths(paths: readonly string[]): string[] {
  for (const path of paths) {
    // An empty literal pathspec would match the whole repository.
    if (path === '') throw new Error('fileHistory received an empty path; pass repository-relative file paths');
  }
  return [...new Set(paths)];
}

/**
 * Splits paths into groups whose pathspec arguments, magic prefix and one
 * separator each included, stay within `maxCharacters`. A single path longer
 * than that gets a group of its own.
 */
export function chunkPaths(paths: readonly string[], maxCharacters: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const path of paths) {
    const cost = PATHSPEC_MAGIC.length + path.length + 1;
    if (current.length > 0 && size + cost > maxCharacters) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(path);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** One commit of the log: its SHA, its author address and the requested paths it changed. */
export interface LogCommit {
  sha: string;
  email: string;
  paths: string[];
}

/**
 * Parses the output of `git log` with `LOG_ARGUMENTS`. Each commit is an
 * empty field, a `SHA EMAIL` field, then its paths as NUL-terminated fields.
 * Git separates the header from the first path with a line feed, which is
 * removed once, because a file name may itself start with one.
 */
export function parseLog(output: Buffer): LogCommit[] {
  const commits: LogCommit[] = [];
  let current: LogCommit | undefined;
  let expectHeader = false;
  let firstPath = false;

  for (const field of splitNulFields(output)) {
    if (field.length === 0) {
      expectHeader = true;
      continue;
    }
    if (expectHeader) {
      current = parseHeader(field.toString('utf8'));
      commits.push(current);
      expectHeader = false;
      firstPath = true;
      continue;
    }
    const bytes = firstPath && field[0] === LINE_FEED ? field.subarray(1) : field;
    firstPath = false;
    if (current !== undefined && bytes.length > 0) current.paths.push(decodeGitPath(bytes));
  }
  return commits;
}

const LINE_FEED = 0x0a;

function parseHeader(field: string): LogCommit {
  const space = field.indexOf(' ');
  const sha = space < 0 ? field : field.slice(0, space);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw new Error(`Unexpected git log output: ${JSON.stringify(field.slice(0, 80))} is not a commit header`);
  }
  return { sha, email: space < 0 ? '' : field.slice(space + 1), paths: [] };
}

/** Hashes an address with SHA-256 (hex) after trimming and lowercasing it, so case variants count once. */
export function hashEmail(email: string): string {
  return sha256Hex(email.trim().toLowerCase());
}

/** Per-path and total counts over the commits of every chunk. A commit seen in two chunks counts once in the totals. */
class HistoryTally {
  readonly #files = new Map<string, { commits: number; authors: Set<string> }>();
  readonly #commits = new Set<string>();
  readonly #authors = new Set<string>();

  constructor(paths: readonly string[]) {
    for (const path of paths) this.#files.set(path, { commits: 0, authors: new Set() });
  }

  add(commit: LogCommit): void {
    const author = hashEmail(commit.email);
    let touched = false;
    for (const path of new Set(commit.paths)) {
      const file = this.#files.get(path);
      if (file === undefined) continue;
      file.commits += 1;
      file.authors.add(author);
      touched = true;
    }
    if (!touched) return;
    this.#commits.add(commit.sha);
    this.#authors.add(author);
  }

  result(): Pick<FileHistory, 'files' | 'commits' | 'authors'> {
    const files = [...this.#files].map(([path, file]) => ({ path, commits: file.commits, authors: [...file.authors].sort() }));
    return { files, commits: this.#commits.size, authors: [...this.#authors].sort() };
  }
}
