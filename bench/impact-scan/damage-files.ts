/**
 * Writes damaged copies of the scanned files under a folder, so that a
 * comparison of two scanners also covers unterminated literals and
 * comments, unbalanced brackets and broken JSX, which real repositories
 * rarely contain.
 *
 *   npx tsx bench/impact-scan/damage-files.ts DIR OUT [--seed N]
 *
 * Each file gives two copies cut at 31 % and 67 % of its length. Each
 * `.tsx`, `.jsx`, `.js`, `.vue` and `.svelte` file of 50 characters or more
 * also gives two copies with three random edits each: a deletion of 1 to 30
 * characters, or an insertion of a bracket, quote, slash or tag. The edits
 * depend only on the seed and the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';

import { readSourceFiles } from './files.js';
import { seededRandom } from '../seeded-random.js';

const CUT_FRACTIONS = [0.31, 0.67];
const EDITED_EXTENSIONS = new Set(['.tsx', '.jsx', '.js', '.vue', '.svelte']);
const EDITED_COPIES = 2;
const EDITS_PER_COPY = 3;
const MIN_EDITED_LENGTH = 50;
const MAX_DELETION = 30;
const INSERTIONS = ['<', '</', '{', '}', '`', '/', '"', "'", '>', '(', '<div>'];


function editText(text: string, random: () => number): string {
  let edited = text;
  for (let i = 0; i < EDITS_PER_COPY; i++) {
    const at = Math.floor(random() * edited.length);
    if (random() < 0.6) {
      const length = 1 + Math.floor(random() * MAX_DELETION);
      edited = edited.slice(0, at) + edited.slice(at + length);
    } else {
      edited = edited.slice(0, at) + INSERTIONS[Math.floor(random() * INSERTIONS.length)]! + edited.slice(at);
    }
  }
  return edited;
}

function writeCopy(out: string, path: string, tag: string, text: string): void {
  const extension = extname(path);
  const target = join(out, `${path.slice(0, path.length - extension.length)}.${tag}${extension}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: '7' } } });
  const [root, out] = positionals;
  if (root === undefined || out === undefined) throw new Error('Missing the folder or the output folder. Usage: npx tsx bench/impact-scan/damage-files.ts DIR OUT [--seed N]');
  const random = seededRandom(Number(values.seed));

  let written = 0;
  for (const file of readSourceFiles(root)) {
    for (const fraction of CUT_FRACTIONS) {
      writeCopy(out, file.path, `cut${Math.round(fraction * 100)}`, file.text.slice(0, Math.floor(file.text.length * fraction)));
      written++;
    }
    if (!EDITED_EXTENSIONS.has(extname(file.path)) || file.text.length < MIN_EDITED_LENGTH) continue;
    for (let copy = 0; copy < EDITED_COPIES; copy++) {
      writeCopy(out, file.path, `edit${copy}`, editText(file.text, random));
      written++;
    }
  }
  console.log(`${written} damaged copies written to ${out}.`);
}

main();
