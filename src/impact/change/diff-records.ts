/**
 * Parses the output of `git diff --no-renames --raw --numstat -z` into changed
 * files. Git writes every raw record, then every numstat record, with no
 * separator between the two sections:
 *
 *   raw:     `:<old mode> <new mode> <old sha> <new sha> <status>` NUL `<path>` NUL
 *   numstat: `<added>` TAB `<deleted>` TAB `<path>` NUL, with `-` for both counts of a binary file
 *
 * With `-z` git writes paths unquoted, so a path may contain tabs, newlines
 * and quotes. Only a raw header starts with `:`, and the path after it is
 * read as its own field, so the two record kinds cannot be confused.
 */
import type { ChangedFile, ChangeStatus } from '../model.js';
import { decodeGitPath, splitNulFields } from '../../git/git-path.js';

interface RawRecord {
  path: string;
  statusLetter: string;
  /** True when either side is a gitlink (mode 160000): a submodule's commit. */
  submodule: boolean;
}

interface LineCounts {
  binary: boolean;
  addedLines: number;
  deletedLines: number;
}

/**
 * Returns one changed file per raw record, in git's order. A raw record
 * without a numstat record is left out: git writes one for a working tree
 * file whose timestamp changed but whose content and mode did not, when the
 * index is not refreshed. A mode-only change has a numstat record of `0 0`.
 */
export function parseDiffRecords(output: Buffer): ChangedFile[] {
  const raw: RawRecord[] = [];
  const counts = new Map<string, LineCounts>();
  const fields = splitNulFields(output);

  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!;
    if (field[0] === COLON) {
      const path = fields[++index];
      if (path === undefined) throw malformed('a raw record has no path');
      raw.push({ path: decodeGitPath(path), statusLetter: statusLetterOf(field), submodule: isGitlink(field) });
    } else {
      const { path, lineCounts } = parseNumstat(field);
      counts.set(path, lineCounts);
    }
  }

  const files: ChangedFile[] = [];
  for (const record of raw) {
    const lineCounts = counts.get(record.path);
    if (lineCounts) files.push({ path: record.path, status: statusOf(record), ...lineCounts, ...(record.submodule ? { submodule: true } : {}) });
  }
  return files;
}

const COLON = 0x3a;
const TAB = 0x09;

/** Status letter of a raw header `:100644 100644 abc123 def456 M`; unmerged paths read `U`. */
function statusLetterOf(header: Buffer): string {
  const parts = header.toString('latin1').split(' ');
  const letter = parts[4]?.[0];
  if (parts.length !== 5 || letter === undefined) throw malformed(`unexpected raw header ${JSON.stringify(header.toString('latin1'))}`);
  return letter;
}

/** Checks whether a raw header `:<old mode> <new mode> ...` has a gitlink on either side. */
function isGitlink(header: Buffer): boolean {
  const [oldMode, newMode] = header.toString('latin1').slice(1).split(' ');
  return oldMode === GITLINK_MODE || newMode === GITLINK_MODE;
}

const GITLINK_MODE = '160000';

/**
 * Maps git's status letters to the model's statuses. A type change (a file
 * that became a symlink or a submodule) and an unmerged path are
 * modifications. Renames and copies cannot occur because of `--no-renames`.
 */
function statusOf(record: RawRecord): ChangeStatus {
  switch (record.statusLetter) {
    case 'A':
      return 'added';
    case 'D':
      return 'deleted';
    case 'M':
    case 'T':
    case 'U':
      return 'modified';
    default:
      throw malformed(`unexpected status ${JSON.stringify(record.statusLetter)} for ${JSON.stringify(record.path)}`);
  }
}

function parseNumstat(field: Buffer): { path: string; lineCounts: LineCounts } {
  const firstTab = field.indexOf(TAB);
  const secondTab = firstTab < 0 ? -1 : field.indexOf(TAB, firstTab + 1);
  if (secondTab < 0) throw malformed(`unexpected numstat record ${JSON.stringify(field.toString('utf8'))}`);

  const added = field.toString('latin1', 0, firstTab);
  const deleted = field.toString('latin1', firstTab + 1, secondTab);
  const path = decodeGitPath(field.subarray(secondTab + 1));
  if (added === '-' && deleted === '-') {
    return { path, lineCounts: { binary: true, addedLines: 0, deletedLines: 0 } };
  }
  if (!/^\d+$/.test(added) || !/^\d+$/.test(deleted)) {
    throw malformed(`unexpected line counts ${JSON.stringify(`${added} ${deleted}`)} for ${JSON.stringify(path)}`);
  }
  return { path, lineCounts: { binary: false, addedLines: Number(added), deletedLines: Number(deleted) } };
}

function malformed(problem: string): Error {
  return new Error(`unexpected git diff --raw --numstat output: ${problem}`);
}
