/**
 * Compares TestMaster's complexity numbers with ESLint's `complexity` rule
 * and eslint-plugin-sonarjs's `cognitive-complexity` rule on every script of
 * the given folders, and prints each disagreement and the totals.
 *
 * Usage: npx tsx bench/complexity-agreement/run.ts FOLDER [FOLDER ...]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureComplexity } from '../../src/validate/complexity/measure.js';
import { parseScript } from '../../src/validate/parse/parse-source.js';
import { compareWithReference, referenceComplexity, type Disagreement } from './eslint-reference.js';

const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git']);
const MAX_FILE_BYTES = 1024 * 1024;

interface Totals {
  files: number;
  units: number;
  skippedOurParse: number;
  skippedEslintParse: number;
  disagreements: Record<Disagreement['metric'], number>;
}

function listScripts(folder: string): string[] {
  const scripts: string[] = [];
  const pending = [folder];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && isMeasuredScript(entry.name) && statSync(path).size <= MAX_FILE_BYTES) {
        scripts.push(path);
      }
    }
  }
  return scripts.sort();
}

function isMeasuredScript(name: string): boolean {
  if (name.endsWith('.d.ts')) return false;
  return SCRIPT_EXTENSIONS.some((extension) => name.endsWith(extension));
}

function compareFolder(folder: string, totals: Totals): void {
  for (const file of listScripts(folder)) {
    const path = relative(folder, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    const parsed = parseScript({ path, text });
    if (!parsed.ok) {
      totals.skippedOurParse++;
      console.log(`${folder}/${path}: parseScript failed: ${parsed.error.message.split('\n')[0]}`);
      continue;
    }
    const reference = referenceComplexity(text, path);
    if (!reference.ok) {
      totals.skippedEslintParse++;
      console.log(`${folder}/${path}: ESLint failed: ${reference.message}`);
      continue;
    }
    const ours = measureComplexity(parsed.script);
    totals.files++;
    totals.units += reference.units.filter((unit) => !unit.wrapsFunction).length;
    for (const disagreement of compareWithReference(ours, reference.units)) {
      totals.disagreements[disagreement.metric]++;
      const { line, name, metric, ours: our, reference: theirs } = disagreement;
      console.log(`${folder}/${path}:${line} ${name} ${metric}: ours ${our ?? '-'}, ESLint ${theirs ?? '-'}`);
    }
  }
}

function main(folders: string[]): void {
  if (folders.length === 0) {
    console.error('Usage: npx tsx bench/complexity-agreement/run.ts FOLDER [FOLDER ...]');
    process.exitCode = 2;
    return;
  }
  for (const folder of folders) {
    const totals: Totals = {
      files: 0,
      units: 0,
      skippedOurParse: 0,
      skippedEslintParse: 0,
      disagreements: { cyclomatic: 0, cognitive: 0, unit: 0 },
    };
    const started = performance.now();
    compareFolder(folder, totals);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { cyclomatic, cognitive, unit } = totals.disagreements;
    console.log(
      `${folder}: ${totals.files} files, ${totals.units} units compared in ${seconds} s; ` +
        `disagreements: cyclomatic ${cyclomatic}, cognitive ${cognitive}, unmatched units ${unit}; ` +
        `skipped: ${totals.skippedOurParse} files our parser rejected, ${totals.skippedEslintParse} files ESLint rejected`,
    );
  }
}

main(process.argv.slice(2));
