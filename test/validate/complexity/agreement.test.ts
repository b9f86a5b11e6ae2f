import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureComplexity } from '../../../src/validate/complexity/measure.js';
import { parseScript } from '../../../src/validate/parse/parse-source.js';
import { compareWithReference, referenceComplexity } from '../../../bench/complexity-agreement/eslint-reference.js';

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(): string[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => relative(ROOT, join(ROOT, 'src', name)).split('\\').join('/'))
    .sort();
}

describe('complexity agreement with ESLint', () => {
  // ESLint parses and analyses scopes and code paths of ~300 files, which takes
  // a few seconds on an idle machine and more on a busy one.
  it('matches every function under src', { timeout: 180_000 }, () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);

    let units = 0;
    const disagreements: string[] = [];
    for (const path of files) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      const parsed = parseScript({ path, text });
      if (!parsed.ok) throw new Error(`${path} does not parse: ${parsed.error.message}`);
      const reference = referenceComplexity(text, path);
      if (!reference.ok) throw new Error(`ESLint failed on ${path}: ${reference.message}`);
      units += reference.units.length;
      for (const { line, name, metric, ours, reference: theirs } of compareWithReference(
        measureComplexity(parsed.script),
        reference.units,
      )) {
        disagreements.push(`${path}:${line} ${name} ${metric}: ours ${ours}, ESLint ${theirs}`);
      }
    }

    expect(units).toBeGreaterThan(500);
    expect(disagreements).toEqual([]);
  });
});
