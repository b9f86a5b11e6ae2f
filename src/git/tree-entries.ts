/** Lists a commit's files with the blob SHA of each, without a checkout. */
import { assertSafeRef } from './git.js';
import { decodeGitPath, splitNulFields } from './git-path.js';
import { runGitChecked } from './run-git.js';

export interface TreeEntry {
  path: string;
  /** Git blob SHA of the file's content; a submodule entry has its commit SHA here. */
  blob: string;
  /** True for a submodule, whose content is not a file of this repository. */
  submodule: boolean;
}

/** Reads `git ls-tree -r -z --full-tree` records, `<mode> <type> <sha>\t<path>`. */
export async function listTreeEntries(cwd: string, revision: string): Promise<TreeEntry[]> {
  assertSafeRef(revision, 'revision');
  const output = await runGitChecked(cwd, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', revision]);
  const entries: TreeEntry[] = [];
  for (const record of splitNulFields(output)) {
    const tab = record.indexOf(0x09);
    const [, type, blob] = record.toString('latin1', 0, tab).split(' ');
    if (tab < 0 || !type || !blob) throw new Error(`unexpected git ls-tree record: ${JSON.stringify(record.toString('utf8'))}`);
    entries.push({ path: decodeGitPath(record.subarray(tab + 1)), blob, submodule: type === 'commit' });
  }
  return entries;
}
