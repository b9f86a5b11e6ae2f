/**
 * Creates the missing folders above an output file one level at a time.
 * Node 20's `mkdirSync(path, { recursive: true })` never returns for a
 * missing folder under `/proc` (seen on Node 20.20 on Linux), so a user's
 * `--sarif /proc/x/out.sarif` would hang the run instead of failing with a
 * message.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates the folder that will contain `file`, and the folders above it,
 * where they are missing, with the permissions `mode` when given.
 */
export function makeParentFolders(file: string, mode?: number): void {
  const missing: string[] = [];
  for (let folder = dirname(file); !existsSync(folder); folder = dirname(folder)) {
    missing.push(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) mkdirSync(folder, mode === undefined ? undefined : { mode });
}
