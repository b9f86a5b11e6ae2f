/**
 * Times one candidate in a process of its own, so that its heap and resident
 * memory are not mixed with another candidate's. Prints one JSON line.
 *
 *   node --expose-gc bench/out/impact-scan/measure-candidate.mjs NAME DIR ROUNDS
 *
 * run.ts builds that bundle from this file.
 */
import { containsJsx, findCandidate } from './candidates.js';
import { readSourceFiles } from './files.js';

export interface CandidateMeasurement {
  candidate: string;
  files: number;
  /** Files the candidate threw on, split by whether the file contains JSX. */
  failedWithJsx: number;
  failedOther: number;
  firstFailure?: string;
  references: number;
  /** Seconds of each pass over all files; the first pass includes JIT warm-up, as a CLI run does. */
  roundSeconds: number[];
  /**
   * CPU seconds (user and system, all threads) of each pass. On a machine
   * that other jobs share, they vary less than wall time.
   */
  roundCpuSeconds: number[];
  /** V8 heap in use after the files were read and before scanning. */
  baselineHeapBytes: number;
  /** Largest V8 heap in use, sampled after every file of an extra, untimed pass. */
  peakHeapBytes: number;
  /** Peak resident set size of the whole process, from `process.resourceUsage()`. */
  maxRssBytes: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function main(): Promise<void> {
  const [name, root, roundsText] = process.argv.slice(2);
  if (name === undefined || root === undefined) throw new Error('Missing candidate name or folder; usage: measure-candidate.mjs NAME DIR [ROUNDS]');
  const rounds = Number(roundsText ?? '5');
  const candidate = findCandidate(name);
  const scan = await candidate.load();
  const files = readSourceFiles(root);

  collectGarbage();
  const baselineHeapBytes = process.memoryUsage().heapUsed;
  const failed = new Set<number>();
  let firstFailure: string | undefined;
  let references = 0;
  const roundSeconds: number[] = [];
  const roundCpuSeconds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    references = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < files.length; i++) {
      try {
        references += scan(files[i]!);
      } catch (error) {
        failed.add(i);
        firstFailure ??= `${files[i]!.path}: ${String((error as Error).message ?? error).split('\n')[0]}`;
      }
    }
    roundSeconds.push((performance.now() - start) / 1000);
    const cpu = process.cpuUsage(cpuStart);
    roundCpuSeconds.push((cpu.user + cpu.system) / 1e6);
  }

  collectGarbage();
  let peakHeapBytes = process.memoryUsage().heapUsed;
  for (const file of files) {
    try {
      scan(file);
    } catch {
      // Counted in the timed passes.
    }
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
  }

  let failedWithJsx = 0;
  for (const index of failed) if (containsJsx(files[index]!.path, files[index]!.text)) failedWithJsx++;
  const measurement: CandidateMeasurement = {
    candidate: name,
    files: files.length,
    failedWithJsx,
    failedOther: failed.size - failedWithJsx,
    references,
    roundSeconds,
    roundCpuSeconds,
    baselineHeapBytes,
    peakHeapBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  if (firstFailure !== undefined) measurement.firstFailure = firstFailure;
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

await main();
