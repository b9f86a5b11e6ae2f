/**
 * Writes a file so that a reader sees the old content or the new one, never
 * a partial write: the text goes to a temporary file in the same folder,
 * which is then renamed over the target.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomHex } from './crypto-on-demand.js';
import { makeParentFolders } from './output-folder.js';

/** Writes `text` to `path`, creating its folder. Errors are thrown after the temporary file is removed. */
export function writeFileAtomically(path: string, text: string): void {
  makeParentFolders(path);
  const temporary = `${path}.${process.pid}.${randomHex(4)}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
