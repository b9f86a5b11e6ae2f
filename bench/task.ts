/**
 * One timed benchmark run, in a process of its own so that its peak memory is
 * its own. The runner bundles this file with esbuild and starts it as
 *
 *   node bench/out/task.mjs TOOL REPORT
 *
 * It prints one JSON line: the seconds the work took (after module loading),
 * and for tools that compute totals, whether they equal the generator's.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

import type { Totals } from '../src/coverage/model.js';

// Each tool imports its modules when it runs, so that one tool's peak memory
// does not include the modules of the others.

/** Read size of the streamed floors, the same as `loadReport` uses. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface TaskResult {
  seconds: number;
  /** Totals the tool computed, for the runner to compare with the expected ones; absent for floors. */
  totals?: Partial<Totals>;
  note?: string;
}

type Task = (path: string) => Promise<Omit<TaskResult, 'seconds'>> | Omit<TaskResult, 'seconds'>;

async function streamRead(path: string): Promise<Omit<TaskResult, 'seconds'>> {
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) bytes += (chunk as Buffer).length;
  return { note: `${bytes} bytes` };
}

function jsonParse(path: string): Omit<TaskResult, 'seconds'> {
  const value = JSON.parse(readFileSync(path).toString()) as object;
  return { note: `${Object.keys(value).length} keys` };
}

function lineSplit(path: string): Omit<TaskResult, 'seconds'> {
  const lines = readFileSync(path).toString().split('\n');
  return { note: `${lines.length} lines` };
}

/** Streams the report through saxes with no handlers. With `position: false` it is the `saxes-bare-nopos` row. */
async function saxesBare(path: string, position = true): Promise<Omit<TaskResult, 'seconds'>> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ position });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) parser.write(decoder.write(chunk as Buffer));
  parser.write(decoder.end());
  parser.close();
  return {};
}

async function istanbulLibCoverage(path: string): Promise<Omit<TaskResult, 'seconds'>> {
  const { default: libCoverage } = await import('istanbul-lib-coverage');
  const summary = libCoverage.createCoverageMap(JSON.parse(readFileSync(path).toString())).getCoverageSummary();
  const counter = (metric: 'lines' | 'statements' | 'functions' | 'branches') => ({ covered: summary[metric].covered, total: summary[metric].total });
  return { totals: { lines: counter('lines'), statements: counter('statements'), functions: counter('functions'), branches: counter('branches') } };
}

interface LcovParseEntry {
  lines: { found: number; hit: number };
  functions: { found: number; hit: number };
  branches: { found: number; hit: number };
}

/** lcov-parse returns the LF/LH, FNF/FNH and BRF/BRH summary lines, which the generator writes correctly. */
async function lcovParsePeer(path: string): Promise<Omit<TaskResult, 'seconds'>> {
  const { default: lcovParse } = await import('lcov-parse');
  return new Promise((resolve, reject) => {
    lcovParse(path, (error, entries) => {
      const data = entries as LcovParseEntry[] | undefined;
      if (error || !data) {
        reject(new Error(`lcov-parse failed: ${error}`));
        return;
      }
      const totals = { lines: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
      for (const entry of data) {
        for (const metric of ['lines', 'functions', 'branches'] as const) {
          totals[metric].covered += entry[metric].hit;
          totals[metric].total += entry[metric].found;
        }
      }
      resolve({ totals });
    });
  });
}

async function fastXmlParser(path: string): Promise<Omit<TaskResult, 'seconds'>> {
  const { XMLParser } = await import('fast-xml-parser');
  const parser = new XMLParser({ ignoreAttributes: false });
  const document = parser.parse(readFileSync(path).toString()) as object;
  return { note: `${Object.keys(document).length} root nodes` };
}

/** TestMaster's library path: parse, add up, and check lines against 80 %. */
async function testmaster(path: string): Promise<Omit<TaskResult, 'seconds'>> {
  const { loadReport } = await import('../src/coverage/load-report.js');
  const { sumTotals } = await import('../src/coverage/totals.js');
  const { meetsThreshold } = await import('../src/coverage/gate/percent.js');
  const report = await loadReport(path, 'auto');
  const totals = sumTotals(report.files);
  const passed = totals.lines ? meetsThreshold(totals.lines, 80) : false;
  return { totals, note: `${report.files.length} files, lines gate ${passed ? 'passed' : 'failed'}` };
}

const TASKS: Record<string, Task> = {
  'stream-read': streamRead,
  'json-parse': jsonParse,
  'line-split': lineSplit,
  'saxes-bare': (path) => saxesBare(path),
  'saxes-bare-nopos': (path) => saxesBare(path, false),
  'istanbul-lib-coverage': istanbulLibCoverage,
  'lcov-parse': lcovParsePeer,
  'lcov-least-work': async (path) => (await import('./lcov-least-work.js')).lcovLeastWork(path),
  'fast-xml-parser': fastXmlParser,
  testmaster,
};

const [toolName, reportPath] = process.argv.slice(2);
const task = toolName ? TASKS[toolName] : undefined;
if (!task || !reportPath) {
  console.error(`Usage: node task.mjs TOOL REPORT, where TOOL is one of ${Object.keys(TASKS).join(', ')}`);
  process.exit(2);
}
const started = performance.now();
const result = await task(reportPath);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, ...result } satisfies TaskResult));
