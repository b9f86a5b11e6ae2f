/**
 * Saves the import scanner's output for every scanned file under a folder,
 * or checks the current scanner against a saved copy. It shows whether a
 * change to the scanner changed any reference or syntax error on real code.
 *
 *   npx tsx bench/impact-scan/snapshot.ts DIR --write FILE
 *   npx tsx bench/impact-scan/snapshot.ts DIR --check FILE
 *
 * FILE holds one JSON line per file: its path, references and errors.
 * `--check` prints every file whose output differs and exits with 1 when
 * one does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { scanModuleReferences } from '../../src/impact/scan/index.js';
import { readSourceFiles } from './files.js';

const USAGE = 'usage: npx tsx bench/impact-scan/snapshot.ts DIR (--write FILE | --check FILE)';

/** One line of a snapshot file. */
interface FileScan {
  path: string;
  references: ReturnType<typeof scanModuleReferences>['references'];
  errors: string[];
}

function scanFolder(root: string): FileScan[] {
  return readSourceFiles(root).map((file) => ({ path: file.path, ...scanModuleReferences(file.path, file.text) }));
}

function readSnapshot(path: string): Map<string, string> {
  const saved = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const scan = JSON.parse(line) as FileScan;
    saved.set(scan.path, line);
  }
  return saved;
}

/** Prints the files whose scan differs from the snapshot and returns how many differ. */
function check(scans: FileScan[], saved: Map<string, string>): number {
  let differing = 0;
  let references = 0;
  for (const scan of scans) {
    references += scan.references.length;
    const line = JSON.stringify(scan);
    const before = saved.get(scan.path);
    saved.delete(scan.path);
    if (before === line) continue;
    differing++;
    console.log(`${scan.path}: differs`);
    console.log(`  saved:   ${before ?? '(not in the snapshot)'}`);
    console.log(`  current: ${line}`);
  }
  for (const path of saved.keys()) {
    differing++;
    console.log(`${path}: in the snapshot but not scanned now`);
  }
  console.log(`${scans.length} files compared, ${references} references, ${differing} files differ.`);
  return differing;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { write: { type: 'string' }, check: { type: 'string' } },
  });
  const root = positionals[0];
  if (root === undefined || (values.write === undefined) === (values.check === undefined)) throw new Error(`Missing the folder or the mode. Usage: ${USAGE.replace('usage: ', '')}`);

  const scans = scanFolder(root);
  if (values.write !== undefined) {
    writeFileSync(values.write, scans.map((scan) => `${JSON.stringify(scan)}\n`).join(''));
    console.log(`${scans.length} files written to ${values.write}.`);
    return;
  }
  if (check(scans, readSnapshot(values.check!)) > 0) process.exitCode = 1;
}

main();
