/** Formats benchmark results as a Markdown table and judges TestMaster's rows against the targets. */
import type { InputFormat } from './inputs.js';
import type { ToolRole } from './tools.js';

export interface ResultRow {
  input: string;
  format: InputFormat;
  bytes: number;
  /** True for the deliberately truncated copy, where only the rejection is judged. */
  truncated: boolean;
  tool: string;
  role: ToolRole;
  runs: number;
  /** Median over the runs. */
  seconds: number;
  /** Median peak resident set size over the runs, in bytes. */
  maxRssBytes: number;
  ok: boolean;
  status: string;
}

/** Highest time of the library path as a multiple of the floor on the same bytes. */
const TIME_TARGET: Record<InputFormat, number> = {
  'istanbul-json': 0.5,
  lcov: 0.5,
  cobertura: 1.25,
  jacoco: 1.25,
};

/** Highest peak resident set size as a multiple of the input size. */
const MEMORY_TARGET = 1.5;

const MIB = 2 ** 20;

function floorOf(rows: ResultRow[], row: ResultRow, role: 'floor' | 'read'): ResultRow | undefined {
  return rows.find((other) => other.input === row.input && other.role === role && other.ok);
}

function ratio(value: number, reference: ResultRow | undefined): string {
  return reference ? `${(value / reference.seconds).toFixed(2)}x` : 'n/a';
}

/** Peak memory above the plain streamed read, which is Node's own footprint plus one read chunk. */
function aboveRead(rows: ResultRow[], row: ResultRow): string {
  const read = rows.find((other) => other.bytes === row.bytes && other.format === row.format && other.role === 'read');
  return read ? ((row.maxRssBytes - read.maxRssBytes) / MIB).toFixed(0) : 'n/a';
}

/** PASS/MISS for TestMaster's rows: time (library path only), memory and correct totals. */
function targets(rows: ResultRow[], row: ResultRow): string {
  if (row.role !== 'ours') return '';
  if (row.truncated) return `result ${row.ok ? 'PASS' : 'MISS'}`;
  const checks: string[] = [];
  const floor = floorOf(rows, row, 'floor');
  if (row.tool === 'testmaster' && floor) {
    const limit = TIME_TARGET[row.format];
    checks.push(`time ${row.seconds <= limit * floor.seconds ? 'PASS' : 'MISS'} (<= ${limit}x)`);
  }
  const memory = row.maxRssBytes / row.bytes;
  checks.push(`memory ${memory <= MEMORY_TARGET ? 'PASS' : 'MISS'}`);
  checks.push(`result ${row.ok ? 'PASS' : 'MISS'}`);
  return checks.join(', ');
}

export function formatTable(rows: ResultRow[]): string {
  const header = ['input', 'MiB', 'tool', 'role', 'runs', 'median s', 'x floor', 'x read', 'peak RSS MiB', 'RSS above read MiB', 'RSS / input', 'result', 'targets'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const cells = [
      row.input,
      (row.bytes / MIB).toFixed(0),
      row.tool,
      row.role,
      String(row.runs),
      row.seconds.toFixed(2),
      row.role === 'floor' ? '1.00x' : ratio(row.seconds, floorOf(rows, row, 'floor')),
      ratio(row.seconds, floorOf(rows, row, 'read')),
      (row.maxRssBytes / MIB).toFixed(0),
      aboveRead(rows, row),
      `${(row.maxRssBytes / row.bytes).toFixed(2)}x`,
      `${row.ok ? 'ok' : 'FAILED'}: ${row.status}`,
      targets(rows, row),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
