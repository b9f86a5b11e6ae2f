/**
 * Writes an Istanbul `coverage-final.json` as one line without indentation,
 * and counts the totals the way `istanbul-lib-coverage` 3.2 does: a
 * line's hits are the maximum over the statements that start on it.
 */
import { BatchedWriter, SeededRandom, TotalsCounter, word, writeExpectedTotals } from './report-writer.js';

function position(line: number, column: number): string {
  return `{"line":${line},"column":${column}}`;
}

function location(line: number, column: number, width: number): string {
  return `{"start":${position(line, column)},"end":${position(line, column + width)}}`;
}

/** Start line and column of each statement of one file. */
interface StatementLayout {
  lines: number[];
  columns: number[];
}

function layOutStatements(random: SeededRandom): StatementLayout {
  const count = random.int(80, 400);
  const lines: number[] = [];
  const columns: number[] = [];
  let line = random.int(1, 5);
  for (let i = 0; i < count; i++) {
    // About one statement in seven shares its line with the previous one.
    if (i > 0 && random.chance(0.85)) line += random.int(1, 3);
    lines.push(line);
    columns.push(random.int(0, 40));
  }
  return { lines, columns };
}

function writeStatements(out: BatchedWriter, random: SeededRandom, layout: StatementLayout, totals: TotalsCounter): string {
  const map: string[] = [];
  const hits: string[] = [];
  let lastLine = -1;
  let lineMax = 0;
  for (let id = 0; id < layout.lines.length; id++) {
    const line = layout.lines[id]!;
    const count = random.hits(0.25);
    map.push(`"${id}":${location(line, layout.columns[id]!, random.int(5, 60))}`);
    hits.push(`"${id}":${count}`);
    totals.add('statements', count > 0);
    if (line !== lastLine) {
      if (lastLine >= 0) totals.add('lines', lineMax > 0);
      lastLine = line;
      lineMax = count;
    } else if (count > lineMax) {
      lineMax = count;
    }
  }
  if (lastLine >= 0) totals.add('lines', lineMax > 0);
  out.write(`"statementMap":{${map.join(',')}},`);
  return `"s":{${hits.join(',')}}`;
}

function writeFunctions(out: BatchedWriter, random: SeededRandom, layout: StatementLayout, totals: TotalsCounter): string {
  const count = Math.max(1, Math.floor(layout.lines.length / 10));
  const map: string[] = [];
  const hits: string[] = [];
  for (let id = 0; id < count; id++) {
    const line = layout.lines[random.int(0, layout.lines.length - 1)]!;
    const name = `${word(random)}${id}`;
    const hitCount = random.hits(0.25);
    map.push(`"${id}":{"name":"${name}","decl":${location(line, 9, name.length)},"loc":${location(line, 0, 80)},"line":${line}}`);
    hits.push(`"${id}":${hitCount}`);
    totals.add('functions', hitCount > 0);
  }
  out.write(`"fnMap":{${map.join(',')}},`);
  return `"f":{${hits.join(',')}}`;
}

const BRANCH_TYPES = ['if', 'cond-expr', 'binary-expr', 'switch', 'default-arg'];

function writeBranches(out: BatchedWriter, random: SeededRandom, layout: StatementLayout, totals: TotalsCounter): string {
  const count = Math.floor(layout.lines.length / 5);
  const map: string[] = [];
  const hits: string[] = [];
  for (let id = 0; id < count; id++) {
    const line = layout.lines[random.int(0, layout.lines.length - 1)]!;
    const type = BRANCH_TYPES[random.int(0, BRANCH_TYPES.length - 1)]!;
    const outcomes = type === 'switch' ? random.int(2, 6) : type === 'default-arg' ? 1 : 2;
    const locations: string[] = [];
    const taken: number[] = [];
    for (let i = 0; i < outcomes; i++) {
      locations.push(location(line, 4 + 10 * i, 8));
      const hitCount = random.hits(0.3);
      taken.push(hitCount);
      totals.add('branches', hitCount > 0);
    }
    map.push(`"${id}":{"loc":${location(line, 0, 60)},"type":"${type}","locations":[${locations.join(',')}],"line":${line}}`);
    hits.push(`"${id}":[${taken.join(',')}]`);
  }
  out.write(`"branchMap":{${map.join(',')}},`);
  return `"b":{${hits.join(',')}}`;
}

/** Writes Istanbul JSON of at least `targetBytes` bytes to `path` and its expected totals beside it. */
export function generateIstanbulJson(path: string, targetBytes: number, seed: number): void {
  const random = new SeededRandom(seed);
  const totals = new TotalsCounter(['lines', 'branches', 'functions', 'statements']);
  const out = new BatchedWriter(path);
  out.write('{');
  for (let fileIndex = 0; out.bytes < targetBytes; fileIndex++) {
    const filePath = `/home/runner/work/app/app/packages/${word(random)}-${fileIndex % 97}/src/${word(random)}/${word(random)}-${fileIndex}.ts`;
    const layout = layOutStatements(random);
    out.write(`${fileIndex > 0 ? ',' : ''}"${filePath}":{"path":"${filePath}",`);
    const statementHits = writeStatements(out, random, layout, totals);
    const functionHits = writeFunctions(out, random, layout, totals);
    const branchHits = writeBranches(out, random, layout, totals);
    out.write(`${statementHits},${functionHits},${branchHits},"_coverageSchema":"1a1c01bbd47fc00a2c39e90264f33305f2e0e597","hash":"${fileIndex.toString(16).padStart(40, '0')}"}`);
  }
  out.write('}\n');
  out.close();
  writeExpectedTotals(path, totals.totals, out.bytes);
}
