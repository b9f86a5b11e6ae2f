/**
 * Times every tool on every input in separate processes and prints a
 * Markdown table with the targets. Run it through bench/run.sh, which writes
 * the inputs and the bundles it needs first.
 *
 *   npx tsx bench/parse.ts [--size MB] [--large MB] [--runs N] [--out DIR] [--tools a,b] [--formats a,b]
 */
import { existsSync, linkSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, truncateSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

import type { Totals } from '../src/coverage/model.js';
import { inputsFor, type BenchInput } from './inputs.js';
import { measure, median, untimedVariablesNote } from './measure.js';
import { formatTable, type ResultRow } from './results-table.js';
import { TOOLS, type RunInput, type Tool } from './tools.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    large: { type: 'string', default: '600' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/out' },
    tools: { type: 'string' },
    formats: { type: 'string' },
  },
});

const runs = Number(values.runs);
const toolFilter = values.tools?.split(',');
const formatFilter = values.formats?.split(',');

/** Links the Istanbul report into a `.nyc_output` folder beside it, where `nyc check-coverage` reads it. */
function prepareNycFolder(reportPath: string): void {
  const folder = join(dirname(reportPath), '.nyc_output');
  mkdirSync(folder, { recursive: true });
  const link = join(folder, basename(reportPath));
  rmSync(link, { force: true });
  linkSync(reportPath, link);
}

/** Copies the first half of an Istanbul report into a folder of its own, as a report cut off mid-write. */
function makeTruncatedCopy(source: string, outFolder: string): RunInput {
  const path = join(outFolder, 'istanbul-truncated', 'coverage-final.json');
  mkdirSync(dirname(path), { recursive: true });
  copyFileSync(source, path);
  const bytes = Math.floor(statSync(source).size / 2);
  truncateSync(path, bytes);
  prepareNycFolder(path);
  return { format: 'istanbul-json', path, bytes, expected: null, label: `${basename(dirname(source))} cut in half` };
}

function toRunInput(input: BenchInput): RunInput {
  const expectedPath = `${input.path}.expected.json`;
  if (!existsSync(input.path) || !existsSync(expectedPath)) {
    throw new Error(`Missing benchmark input ${input.path}: run "npx tsx bench/generate.ts" with the same --size and --large first`);
  }
  const expected = (JSON.parse(readFileSync(expectedPath, 'utf8')) as { totals: Totals }).totals;
  if (input.format === 'istanbul-json') prepareNycFolder(input.path);
  const label = input.format === 'istanbul-json' ? basename(dirname(input.path)) : basename(input.path);
  return { format: input.format, path: input.path, bytes: statSync(input.path).size, expected, label };
}

function toolsFor(input: RunInput): Tool[] {
  const kind = input.expected === null ? 'truncated' : input.format;
  return TOOLS.filter((tool) => tool.formats.includes(kind) && (!toolFilter || toolFilter.includes(tool.name)));
}

/** Runs a tool up to `runs` times; a failed run is not repeated, because failures here are deterministic. */
function runTool(tool: Tool, input: RunInput, scratch: string): ResultRow {
  const seconds: number[] = [];
  const rss: number[] = [];
  let status = '';
  let ok = true;
  for (let run = 0; run < runs; run++) {
    const { command, args } = tool.command(input);
    const measurement = measure(command, args, scratch);
    const verdict = tool.judge(measurement, input);
    seconds.push(verdict.seconds);
    rss.push(measurement.maxRssBytes);
    status = verdict.status;
    ok = verdict.ok;
    if (!ok) break;
  }
  return { input: input.label, format: input.format, bytes: input.bytes, truncated: input.expected === null, tool: tool.name, role: tool.role, runs: seconds.length, seconds: median(seconds), maxRssBytes: median(rss), ok, status };
}

const selected = inputsFor(values.out, Number(values.size), Number(values.large)).filter((input) => !formatFilter || formatFilter.includes(input.format));
const inputs = selected.map(toRunInput);
const mainIstanbul = inputs.find((input) => input.format === 'istanbul-json');
if (mainIstanbul && (!formatFilter || formatFilter.includes('truncated'))) inputs.splice(1, 0, makeTruncatedCopy(mainIstanbul.path, values.out));

const scratch = join(values.out, 'stdout.tmp');
closeSync(openSync(scratch, 'w'));
const rows: ResultRow[] = [];
if (untimedVariablesNote() !== '') console.error(untimedVariablesNote());
for (const input of inputs) {
  for (const tool of toolsFor(input)) {
    const row = runTool(tool, input, scratch);
    rows.push(row);
    console.error(`${row.input.padEnd(24)} ${row.tool.padEnd(24)} ${row.seconds.toFixed(2).padStart(7)} s ${(row.maxRssBytes / 2 ** 20).toFixed(0).padStart(6)} MiB  ${row.status}`);
  }
}
writeFileSync(join(values.out, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(formatTable(rows));
