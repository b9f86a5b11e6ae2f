/**
 * Writes a file so that a reader sees the old content or the new one, never
 * a partial write: the content goes to a temporary file in the same folder,
 * which is then renamed over the target.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomHex } from './crypto-on-demand.js';
import { makeParentFolders } from './output-folder.js';

/** Permissions of the file and of the folders that a write creates. Unset, they are Node.js's defaults. */
export interface AtomicWriteModes {
  file?: number;
  folder?: number;
}

/** A write in progress: the temporary file is open. */
export interface AtomicWrite {
  /** Writes `parts` one after the other and renames the file over the target. Errors are thrown after the temporary file is removed. */
  finish(parts: readonly (string | Uint8Array)[]): void;
  /** Removes the temporary file without writing. */
  abandon(): void;
}

/**
 * Creates the folder of `path` and opens a temporary file beside it, which
 * throws when the folder cannot take one. A caller that must compute the
 * content at some cost opens the file first, and so learns of a folder that
 * cannot be written before it pays for the content.
 */
export function startAtomicWrite(path: string, modes: AtomicWriteModes = {}): AtomicWrite {
  makeParentFolders(path, modes.folder);
  const temporary = `${path}.${process.pid}.${randomHex(4)}.tmp`;
  // 'wx' creates the file or fails, so the write never follows a link someone left at that name.
  const descriptor = openSync(temporary, 'wx', modes.file);
  let open = true;
  const abandon = (): void => {
    if (open) closeSync(descriptor);
    open = false;
    rmSync(temporary, { force: true });
  };
  const finish = (parts: readonly (string | Uint8Array)[]): void => {
    try {
      for (const part of parts) writeAll(descriptor, typeof part === 'string' ? Buffer.from(part) : part);
      open = false;
      closeSync(descriptor);
      renameSync(temporary, path);
    } catch (error) {
      abandon();
      throw error;
    }
  };
  return { finish, abandon };
}

/** Writes `text` to `path`, creating its folder. Errors are thrown after the temporary file is removed. */
export function writeFileAtomically(path: string, text: string): void {
  startAtomicWrite(path).finish([text]);
}

function writeAll(descriptor: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
}
