/**
 * Copies the script, config and `.gitignore` files of a commit in a bare
 * mirror into a folder, without a work tree of the mirror. Mirrors may lack
 * some large blobs, which makes `git archive` fail. This reads blobs through
 * `git cat-file --batch` and skips the missing ones, listing them on stderr.
 *
 *   npx tsx bench/validate-speed/extract.ts MIRROR_GIT_DIR REVISION TARGET_DIR
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files the validators and the peers read, plus `.gitignore` so that `node_modules` stays untracked. */
const EXTRACTED = /(\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|json|jsonc|yml|yaml)|(^|\/)\.gitignore)$/;

interface TreeEntry {
  objectId: string;
  path: string;
}

const [gitDir, revision, target] = process.argv.slice(2);
if (!gitDir || !revision || !target) {
  process.stderr.write('usage: extract.ts MIRROR_GIT_DIR REVISION TARGET_DIR\n');
  process.exit(2);
}

const entries = listRegularFiles(gitDir, revision).filter((entry) => EXTRACTED.test(entry.path));
const written = writeBlobs(gitDir, entries, target);
process.stdout.write(`Extracted ${written} of ${entries.length} files from ${revision} into ${target}.\n`);

/** Lists the regular files of the commit's tree. Symbolic links (mode 120000) and submodules are left out. */
function listRegularFiles(directory: string, commit: string): TreeEntry[] {
  const output = execFileSync('git', [`--git-dir=${directory}`, 'ls-tree', '-r', '-z', commit], { maxBuffer: 256 * 1024 * 1024 });
  const entries: TreeEntry[] = [];
  for (const record of output.toString('utf8').split('\0')) {
    const match = /^(100644|100755) blob ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (match) entries.push({ objectId: match[2]!, path: match[3]! });
  }
  return entries;
}

/** Writes each blob under `targetDir` and returns how many were present in the mirror. */
function writeBlobs(directory: string, files: readonly TreeEntry[], targetDir: string): number {
  const input = files.map((file) => file.objectId).join('\n') + '\n';
  const output = execFileSync('git', [`--git-dir=${directory}`, 'cat-file', '--batch'], { input, maxBuffer: 1024 * 1024 * 1024 });
  let offset = 0;
  let written = 0;
  for (const file of files) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    if (header.endsWith(' missing')) {
      process.stderr.write(`Skipped ${file.path}: blob ${file.objectId} is missing from the mirror.\n`);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    const destination = join(targetDir, file.path);
    mkdirSync(dirname(destination), { recursive: true });
    writeFileSync(destination, output.subarray(offset, offset + size));
    // Each blob's content is followed by a newline.
    offset += size + 1;
    written += 1;
  }
  return written;
}
