/**
 * The least work any import graph tool does: walk the folder, read every
 * TypeScript and JavaScript file, and find import specifiers with one
 * regular expression. Nothing is resolved. Prints `{ files, specifiers }`.
 *
 *   node floor.mjs DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT_FILE = /\.[cm]?[jt]sx?$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** `from 'x'`, `import 'x'`, `import('x')` and `require('x')`; a regular expression, so strings and comments also match. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

function* scriptFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* scriptFiles(join(folder, entry.name));
    } else if (entry.isFile() && SCRIPT_FILE.test(entry.name)) {
      yield join(folder, entry.name);
    }
  }
}

const root = process.argv[2];
if (!root) throw new Error('Missing folder argument: node floor.mjs DIR');
let files = 0;
let specifiers = 0;
for (const path of scriptFiles(root)) {
  files++;
  for (const _match of readFileSync(path, 'utf8').matchAll(SPECIFIER)) specifiers++;
}
console.log(JSON.stringify({ files, specifiers }));
