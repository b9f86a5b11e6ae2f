/**
 * Lists and reads the files that the benchmark scans: every file under a
 * folder whose extension the scanner reads, outside `node_modules` and `.git`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { findScriptBlocks } from '../../src/impact/scan/script-blocks.js';

const SCANNED = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface SourceFile {
  /** Path relative to the scanned folder. */
  path: string;
  text: string;
  /**
   * The text that tools without Vue and Svelte support get: the file itself,
   * or for a component its script blocks, each with a `.ts` or `.js` name.
   */
  scripts: { path: string; text: string }[];
}

/** Returns the scanned files under `root`, sorted by path so that every measuring process reads them in the same order. */
export function readSourceFiles(root: string): SourceFile[] {
  const paths: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (entry.isFile() && SCANNED.test(entry.name)) {
        paths.push(path);
      }
    }
  };
  walk(root);
  paths.sort();
  return paths.map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path: relative(root, path), text, scripts: scriptsOf(path, text) };
  });
}

function scriptsOf(path: string, text: string): { path: string; text: string }[] {
  if (!/\.(?:vue|svelte)$/.test(path)) return [{ path, text }];
  return findScriptBlocks(text).blocks.map((block, index) => ({
    path: `${path}.${index}.${block.language.jsx ? 'js' : 'ts'}`,
    text: block.content,
  }));
}
