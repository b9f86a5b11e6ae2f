/**
 * Writes a file so that a reader sees the old content or the new one, never
 * a partial write: the text goes to a temporary file in the same folder,
 * which is then renamed over the target.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { makeParentFolders } from './output-folder.js';

/** Writes `text` to `path`, creating its folder. Errors are thrown after the temporary file is removed. */
export function writeFileAtomically(path: string, text: string): void {
  makeParentFolders(path);
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
