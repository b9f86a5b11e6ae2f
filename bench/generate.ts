/**
 * Writes the benchmark inputs into bench/out/ (or --out), each with a
 * `.expected.json` of the totals it contains. The same sizes and seed give
 * byte-identical files.
 *
 *   npx tsx bench/generate.ts [--size MB] [--large MB] [--seed N] [--out DIR] [--force]
 *
 * --size sets the size of the Istanbul JSON, lcov, Cobertura and JaCoCo
 * reports (100 MB by default). --large sets the size of the extra lcov and
 * Istanbul JSON reports meant to exceed Node's maximum string length (600 MB
 * by default, 0 to skip them).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

import { generateIstanbulJson } from './generate-istanbul.js';
import { generateLcov } from './generate-lcov.js';
import { generateCobertura, generateJacoco } from './generate-xml.js';
import { inputsFor } from './inputs.js';

const GENERATORS = {
  'istanbul-json': generateIstanbulJson,
  lcov: generateLcov,
  cobertura: generateCobertura,
  jacoco: generateJacoco,
} as const;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    large: { type: 'string', default: '600' },
    seed: { type: 'string', default: '20261204' },
    out: { type: 'string', default: 'bench/out' },
    force: { type: 'boolean', default: false },
  },
});

const size = Number(values.size);
const large = Number(values.large);
const seed = Number(values.seed);
if (!(size > 0) || !(large >= 0) || !Number.isInteger(seed)) {
  console.error('Invalid arguments: --size must be a positive number of MB, --large a number of MB (0 skips), --seed an integer');
  process.exit(2);
}

mkdirSync(values.out, { recursive: true });
for (const input of inputsFor(values.out, size, large)) {
  const expectedPath = `${input.path}.expected.json`;
  if (!values.force && existsSync(input.path) && existsSync(expectedPath)) {
    console.log(`kept      ${input.path} (${(statSync(input.path).size / 2 ** 20).toFixed(0)} MiB); pass --force to rewrite it`);
    continue;
  }
  mkdirSync(dirname(input.path), { recursive: true });
  const started = performance.now();
  // Each input gets its own seed, so adding an input does not change the others.
  GENERATORS[input.format](input.path, input.megabytes * 1e6, seed + input.megabytes * 7 + input.format.length);
  const seconds = (performance.now() - started) / 1000;
  console.log(`generated ${input.path} (${(statSync(input.path).size / 2 ** 20).toFixed(0)} MiB) in ${seconds.toFixed(1)} s`);
}
