/**
 * The file-system side of project discovery: reads files and lists the
 * folders that hold a tsconfig.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectTree } from './project-discovery.js';

/** Folders deeper than this below the root are not searched for workspace tsconfig files. */
const MAX_DEPTH = 8;

/** Creates a tree over the folder `root`. Folders named node_modules and dot-folders are skipped. */
export function fileSystemProjectTree(root: string): ProjectTree {
  return {
    readText: (path) => readTextOrNull(join(root, path)),
    tsconfigFolders: () => listTsconfigFolders(root),
  };
}

function readTextOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

function listTsconfigFolders(root: string): string[] {
  const folders: string[] = [];
  const visit = (folder: string, depth: number): void => {
    const entries = readdirSync(join(root, folder), { withFileTypes: true });
    if (entries.some((entry) => entry.isFile() && entry.name === 'tsconfig.json')) folders.push(folder);
    if (depth >= MAX_DEPTH) return;
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      visit(folder === '' ? entry.name : `${folder}/${entry.name}`, depth + 1);
    }
  };
  visit('', 0);
  return folders;
}
