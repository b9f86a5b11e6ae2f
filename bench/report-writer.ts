/**
 * Seeded random numbers, a batched file writer and the coverage totals that
 * the generators count as they write, shared by the report generators.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

import type { Totals } from '../src/coverage/model.js';

/** Mulberry32: small, fast and deterministic for a given seed, which is all a benchmark input needs. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Returns a hit count: 0 with probability `missRate`, else mostly small with a long tail. */
  hits(missRate: number): number {
    if (this.next() < missRate) return 0;
    const roll = this.next();
    if (roll < 0.6) return this.int(1, 9);
    if (roll < 0.95) return this.int(10, 999);
    return this.int(1000, 250000);
  }
}

/** Appends text and writes it to the file in batches of about 4 MiB. */
export class BatchedWriter {
  private readonly fd: number;
  private parts: string[] = [];
  private pendingLength = 0;
  /** Bytes written so far, counting pending text as ASCII; the generators write only ASCII. */
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.pendingLength += text.length;
    this.bytes += text.length;
    if (this.pendingLength >= 4 * 1024 * 1024) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.pendingLength = 0;
  }
}

/** Running totals with the same `null` for metrics the format does not carry as `sumTotals` returns. */
export class TotalsCounter {
  readonly totals: Totals;

  constructor(carried: readonly (keyof Totals)[]) {
    this.totals = { lines: null, branches: null, functions: null, statements: null, classes: null };
    for (const metric of carried) this.totals[metric] = { covered: 0, total: 0 };
  }

  add(metric: keyof Totals, covered: boolean | number, total = 1): void {
    const counter = this.totals[metric]!;
    counter.total += total;
    if (typeof covered === 'number') counter.covered += covered;
    else if (covered) counter.covered++;
  }
}

/** Writes `<report>.expected.json`, which the benchmark compares with the totals the parsers compute. */
export function writeExpectedTotals(reportPath: string, totals: Totals, bytes: number): void {
  writeFileSync(`${reportPath}.expected.json`, `${JSON.stringify({ bytes, totals }, null, 2)}\n`);
}

/** Identifier-like names for modules, files and functions. */
const WORDS = ['auth', 'cart', 'order', 'user', 'parser', 'render', 'client', 'store', 'queue', 'cache', 'index', 'report', 'schema', 'router', 'billing', 'search'];

export function word(random: SeededRandom): string {
  return WORDS[random.int(0, WORDS.length - 1)]!;
}
