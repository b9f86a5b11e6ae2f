/**
 * Writes an lcov tracefile with FN, FNDA, FNF, FNH, BRDA, BRF, BRH, DA, LF
 * and LH records per file, and counts its totals from the detail records.
 */
import { BatchedWriter, SeededRandom, TotalsCounter, word, writeExpectedTotals } from './report-writer.js';

function writeFunctions(out: BatchedWriter, random: SeededRandom, lineCount: number, totals: TotalsCounter): void {
  const count = Math.max(1, Math.floor(lineCount / 10));
  const names: string[] = [];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${word(random)}_${i}`;
    names.push(name);
    parts.push(`FN:${random.int(1, lineCount)},${name}\n`);
  }
  let hit = 0;
  for (const name of names) {
    const hits = random.hits(0.25);
    if (hits > 0) hit++;
    parts.push(`FNDA:${hits},${name}\n`);
  }
  parts.push(`FNF:${count}\nFNH:${hit}\n`);
  totals.add('functions', hit, count);
  out.write(parts.join(''));
}

function writeBranches(out: BatchedWriter, random: SeededRandom, lineCount: number, totals: TotalsCounter): void {
  const groups = Math.floor(lineCount / 6);
  const parts: string[] = [];
  let found = 0;
  let hit = 0;
  let line = 1;
  for (let block = 0; block < groups; block++) {
    line += random.int(1, 6);
    const outcomes = random.chance(0.85) ? 2 : random.int(3, 6);
    // A block that never ran writes "-" for every outcome.
    const notReached = random.chance(0.1);
    for (let branch = 0; branch < outcomes; branch++) {
      const taken = notReached ? 0 : random.hits(0.3);
      found++;
      if (taken > 0) hit++;
      parts.push(`BRDA:${line},${block},${branch},${notReached ? '-' : taken}\n`);
    }
  }
  parts.push(`BRF:${found}\nBRH:${hit}\n`);
  totals.add('branches', hit, found);
  out.write(parts.join(''));
}

function writeLines(out: BatchedWriter, random: SeededRandom, lineCount: number, totals: TotalsCounter): void {
  const parts: string[] = [];
  let found = 0;
  let hit = 0;
  for (let line = 1; line <= lineCount; line++) {
    // About a third of source lines carry no code and have no DA record.
    if (random.chance(0.33)) continue;
    const hits = random.hits(0.25);
    found++;
    if (hits > 0) hit++;
    parts.push(`DA:${line},${hits}\n`);
  }
  parts.push(`LF:${found}\nLH:${hit}\n`);
  totals.add('lines', hit, found);
  out.write(parts.join(''));
}

/** Writes an lcov tracefile of at least `targetBytes` bytes to `path` and its expected totals beside it. */
export function generateLcov(path: string, targetBytes: number, seed: number): void {
  const random = new SeededRandom(seed);
  const totals = new TotalsCounter(['lines', 'branches', 'functions']);
  const out = new BatchedWriter(path);
  for (let fileIndex = 0; out.bytes < targetBytes; fileIndex++) {
    const lineCount = random.int(60, 900);
    out.write(`TN:\nSF:packages/${word(random)}-${fileIndex % 97}/src/${word(random)}/${word(random)}-${fileIndex}.ts\n`);
    writeFunctions(out, random, lineCount, totals);
    writeBranches(out, random, lineCount, totals);
    writeLines(out, random, lineCount, totals);
    out.write('end_of_record\n');
  }
  out.close();
  writeExpectedTotals(path, totals.totals, out.bytes);
}
