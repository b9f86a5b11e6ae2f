/**
 * Parses the output of `git diff --patch-with-raw -z --unified=0` into a change set.
 *
 * The raw section, NUL-separated because of `-z`, carries every path without
 * quoting, so the patch section's C-quoted headers are never parsed. Git writes
 * the patch sections in the same order as the raw entries, and the parser
 * pairs them by position. Paths are decoded as `decodeGitPath` decodes them, so
 * a name that is not valid UTF-8 still names its file.
 */
import { decodeGitPath } from './git-path.js';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'typeChanged';

/** A run of consecutive lines: `start` is 1-based and `count` is at least 1. */
export interface LineRange {
  start: number;
  count: number;
}

export interface FileChange {
  /** Repository-relative POSIX path in the new tree; for a deleted file, its path in the old tree. */
  path: string;
  /** Path in the old tree, set for renamed and copied files. */
  oldPath?: string;
  status: ChangeStatus;
  /** Rename or copy similarity in percent, as git computed it. */
  similarity?: number;
  /** Octal file modes, for example `100644`; `000000` where the side does not exist. */
  oldMode: string;
  newMode: string;
  binary: boolean;
  /** Added or changed lines of the new file, 1-based and ascending. Empty for binary files. */
  addedLines: number[];
  /** The added lines that are empty or hold only spaces and tabs; absent when there are none. */
  blankLines?: number[];
  /** Deleted or replaced lines of the old file. Empty for binary files. */
  deletedRanges: LineRange[];
}

export interface ChangeSet {
  /** Commit the diff starts from: the merge base of base and head. */
  mergeBase: string;
  /** Commit the base ref resolved to. */
  base: string;
  /** Commit the head ref resolved to. */
  head: string;
  files: FileChange[];
}

/**
 * Options of `git diff` that produce the input of `parseDiff`. Each flag pins
 * a setting that user configuration could otherwise change (`diff.external`,
 * `diff.relative`, `color.diff`, `diff.renames`, textconv drivers).
 */
export const DIFF_ARGUMENTS: readonly string[] = [
  '--patch-with-raw',
  '-z',
  '--unified=0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '-M',
];

interface RawEntry {
  oldMode: string;
  newMode: string;
  statusLetter: string;
  score?: number;
  path: string;
  oldPath?: string;
}

/** Parses `git diff` output made with `DIFF_ARGUMENTS` into one change per file. */
export function parseDiff(output: Buffer | string): FileChange[] {
  const bytes = typeof output === 'string' ? Buffer.from(output, 'utf8') : output;
  const { entries, patchStart } = parseRawSection(bytes);
  // Only the hunk headers and the first character of each line are read from the patch, so invalid UTF-8 in its content does no harm.
  const patches = splitPatchSections(bytes.subarray(patchStart).toString('utf8'));

  const changes: FileChange[] = [];
  let next = 0;
  for (const entry of entries) {
    const count = changesFileType(entry) ? 2 : 1;
    const sections = patches.slice(next, next + count);
    if (sections.length !== count) throw sectionCountError(entries.length, patches.length);
    changes.push(buildFileChange(entry, sections.flat()));
    next += count;
  }
  if (next !== patches.length) throw sectionCountError(entries.length, patches.length);
  return changes;
}

/**
 * Checks whether git writes the pair as two patch sections, a deletion and
 * then a creation. Git splits every pair whose file type changes (regular file,
 * symlink, submodule), although the raw section lists it once.
 */
function changesFileType(entry: RawEntry): boolean {
  const oldType = Number.parseInt(entry.oldMode, 8) & FILE_TYPE_MASK;
  const newType = Number.parseInt(entry.newMode, 8) & FILE_TYPE_MASK;
  return oldType !== 0 && newType !== 0 && oldType !== newType;
}

/** The `S_IFMT` bits of a git file mode. */
const FILE_TYPE_MASK = 0o170000;

function sectionCountError(entries: number, sections: number): Error {
  return new Error(`git diff returned ${entries} raw entries that do not pair with its ${sections} patch sections`);
}

/**
 * Reads `:oldmode newmode oldsha newsha STATUS\0path\0[path\0]` records. The
 * raw section ends where the patch begins, with `diff --git` after an empty
 * NUL-terminated field.
 */
function parseRawSection(bytes: Buffer): { entries: RawEntry[]; patchStart: number } {
  const entries: RawEntry[] = [];
  let position = 0;

  while (position < bytes.length && bytes[position] === COLON) {
    const header = readField(bytes, position);
    const first = readField(bytes, header.next);
    position = first.next;
    const entry: RawEntry = { ...parseRawHeader(header.value.toString('latin1')), path: decodeGitPath(first.value) };

    if (entry.statusLetter === 'R' || entry.statusLetter === 'C') {
      const second = readField(bytes, position);
      position = second.next;
      entry.oldPath = entry.path;
      entry.path = decodeGitPath(second.value);
    }
    entries.push(entry);
  }

  // With both raw and patch output, git separates the two with one more NUL.
  if (bytes[position] === 0) position++;
  return { entries, patchStart: position };
}

const COLON = 0x3a;

/** Reads `:oldmode newmode oldsha newsha STATUS[score]`. */
function parseRawHeader(text: string): Omit<RawEntry, 'path'> {
  const [oldMode, newMode, , , status] = text.slice(1).split(' ');
  if (!oldMode || !newMode || !status) {
    throw new Error(`unexpected raw diff record: ${JSON.stringify(text)}`);
  }
  const header: Omit<RawEntry, 'path'> = { oldMode, newMode, statusLetter: status[0]! };
  if (status.length > 1) header.score = Number(status.slice(1));
  return header;
}

function readField(bytes: Buffer, start: number): { value: Buffer; next: number } {
  const end = bytes.indexOf(0, start);
  if (end < 0) throw new Error('truncated raw diff output: a field has no NUL terminator');
  return { value: bytes.subarray(start, end), next: end + 1 };
}

/** Splits the patch text into the header and hunk-header lines of each `diff --git` section. */
function splitPatchSections(patch: string): string[][] {
  const sections: string[][] = [];
  if (patch.length === 0) return sections;

  const lines = patch.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();

  let current: string[] | undefined;
  let remainingOld = 0;
  let remainingNew = 0;
  let nextNewLine = 0;
  for (const line of lines) {
    // Content lines are counted from the hunk header, so a changed line that
    // happens to read `diff --git` never starts a new section. They are not
    // kept, because only the hunk headers carry line numbers, except that a
    // blank added line leaves a marker with its number.
    if (remainingOld > 0 || remainingNew > 0) {
      if (line.startsWith('-')) remainingOld--;
      else if (line.startsWith('+')) {
        if (BLANK_ADDED_LINE.test(line)) current?.push(`${BLANK_MARKER}${nextNewLine}`);
        nextNewLine++;
        remainingNew--;
      }
      continue;
    }
    if (line.startsWith('diff --git ')) {
      current = [line];
      sections.push(current);
      continue;
    }
    if (!current) throw new Error(`unexpected line before the first diff header: ${JSON.stringify(line)}`);
    current.push(line);
    const hunk = parseHunkHeader(line);
    if (hunk) {
      remainingOld = hunk.oldCount;
      remainingNew = hunk.newCount;
      nextNewLine = hunk.newStart;
    }
  }
  return sections;
}

/** An added line with nothing but spaces, tabs and the `\r` of a CRLF line. */
const BLANK_ADDED_LINE = /^\+[ \t\r]*$/;

/**
 * Starts the marker of a blank added line in a section's line list. Git
 * treats content with a NUL byte as binary, so no line of a text patch starts with one.
 */
const BLANK_MARKER = '\0';

interface HunkHeader {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function parseHunkHeader(line: string): HunkHeader | undefined {
  const match = HUNK_HEADER.exec(line);
  if (!match) return undefined;
  return {
    oldStart: Number(match[1]),
    oldCount: match[2] === undefined ? 1 : Number(match[2]),
    newStart: Number(match[3]),
    newCount: match[4] === undefined ? 1 : Number(match[4]),
  };
}

const STATUS_BY_LETTER: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'typeChanged',
};

function buildFileChange(entry: RawEntry, section: string[]): FileChange {
  const status = STATUS_BY_LETTER[entry.statusLetter];
  if (!status) {
    throw new Error(`unsupported diff status ${JSON.stringify(entry.statusLetter)} for ${entry.path}`);
  }

  const change: FileChange = {
    path: entry.path,
    status,
    oldMode: entry.oldMode,
    newMode: entry.newMode,
    binary: false,
    addedLines: [],
    deletedRanges: [],
  };
  if (entry.oldPath !== undefined) change.oldPath = entry.oldPath;
  if ((status === 'renamed' || status === 'copied') && entry.score !== undefined) {
    change.similarity = entry.score;
  }

  collectHunks(section, change);
  return change;
}

/** Fills the binary flag and the changed lines from one patch section. */
function collectHunks(section: string[], change: FileChange): void {
  let inHeader = true;
  for (const line of section) {
    if (line.startsWith(BLANK_MARKER)) {
      (change.blankLines ??= []).push(Number(line.slice(BLANK_MARKER.length)));
      continue;
    }
    const hunk = parseHunkHeader(line);
    if (hunk) {
      inHeader = false;
      addHunk(hunk, change);
      continue;
    }
    if (inHeader && line.startsWith('Binary files ') && line.endsWith(' differ')) {
      change.binary = true;
    }
  }
}

function addHunk(hunk: HunkHeader, change: FileChange): void {
  if (hunk.oldCount > 0) {
    change.deletedRanges.push({ start: hunk.oldStart, count: hunk.oldCount });
  }
  for (let offset = 0; offset < hunk.newCount; offset++) {
    change.addedLines.push(hunk.newStart + offset);
  }
}
