/**
 * Writes Cobertura (in the layout of coverage.py and coverlet) and JaCoCo XML
 * reports, and counts their totals from the detail elements.
 */
import { BatchedWriter, SeededRandom, TotalsCounter, word, writeExpectedTotals } from './report-writer.js';

/** Line numbers and hits of one source file. */
interface SourceLines {
  numbers: number[];
  hits: number[];
}

function layOutLines(random: SeededRandom): SourceLines {
  const count = random.int(40, 600);
  const numbers: number[] = [];
  const hits: number[] = [];
  let line = 0;
  for (let i = 0; i < count; i++) {
    line += random.int(1, 3);
    numbers.push(line);
    hits.push(random.hits(0.2));
  }
  return { numbers, hits };
}

function writeCoberturaMethods(out: BatchedWriter, random: SeededRandom, source: SourceLines, totals: TotalsCounter): void {
  const parts: string[] = ['<methods>'];
  const methods = Math.max(1, Math.floor(source.numbers.length / 12));
  for (let m = 0; m < methods; m++) {
    const first = random.int(0, source.numbers.length - 1);
    const last = Math.min(source.numbers.length - 1, first + random.int(0, 3));
    let ran = false;
    parts.push(`<method name="${word(random)}_${m}" signature="(I)V" line-rate="1" branch-rate="1" complexity="1"><lines>`);
    for (let i = first; i <= last; i++) {
      if (source.hits[i]! > 0) ran = true;
      parts.push(`<line number="${source.numbers[i]}" hits="${source.hits[i]}"/>`);
    }
    parts.push('</lines></method>');
    totals.add('functions', ran);
  }
  parts.push('</methods>');
  out.write(parts.join(''));
}

function writeCoberturaLines(out: BatchedWriter, random: SeededRandom, source: SourceLines, totals: TotalsCounter): void {
  const parts: string[] = ['<lines>'];
  for (let i = 0; i < source.numbers.length; i++) {
    const hits = source.hits[i]!;
    totals.add('lines', hits > 0);
    if (random.chance(0.15)) {
      const total = random.chance(0.8) ? 2 : 4;
      const covered = hits === 0 ? 0 : random.int(0, total);
      totals.add('branches', covered, total);
      const percent = Math.round((100 * covered) / total);
      parts.push(`<line number="${source.numbers[i]}" hits="${hits}" branch="true" condition-coverage="${percent}% (${covered}/${total})"/>`);
    } else {
      parts.push(`<line number="${source.numbers[i]}" hits="${hits}" branch="false"/>`);
    }
  }
  parts.push('</lines>');
  out.write(parts.join(''));
}

/** Writes a Cobertura report of at least `targetBytes` bytes to `path` and its expected totals beside it. */
export function generateCobertura(path: string, targetBytes: number, seed: number): void {
  const random = new SeededRandom(seed);
  const totals = new TotalsCounter(['lines', 'branches', 'functions']);
  const out = new BatchedWriter(path);
  out.write('<?xml version="1.0" ?>\n<coverage version="7.6.1" timestamp="1733300000000" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n');
  out.write('\t<sources>\n\t\t<source>/home/runner/work/app/app</source>\n\t</sources>\n\t<packages>\n');
  for (let fileIndex = 0; out.bytes < targetBytes; fileIndex++) {
    const packageName = `${word(random)}${fileIndex}`;
    const fileName = `${word(random)}_${fileIndex}.py`;
    const source = layOutLines(random);
    out.write(`\t\t<package name="${packageName}" line-rate="0.8" branch-rate="0.7" complexity="0">\n\t\t\t<classes>\n`);
    out.write(`\t\t\t\t<class name="${fileName}" filename="src/${packageName}/${fileName}" complexity="0" line-rate="0.8" branch-rate="0.7">\n`);
    writeCoberturaMethods(out, random, source, totals);
    out.write('\n');
    writeCoberturaLines(out, random, source, totals);
    out.write('\n\t\t\t\t</class>\n\t\t\t</classes>\n\t\t</package>\n');
  }
  out.write('\t</packages>\n</coverage>\n');
  out.close();
  writeExpectedTotals(path, totals.totals, out.bytes);
}

function counter(type: string, missed: number, covered: number): string {
  return `<counter type="${type}" missed="${missed}" covered="${covered}"/>`;
}

/** Writes one class with its methods; a class covers when any of its methods ran. */
function writeJacocoClass(out: BatchedWriter, random: SeededRandom, className: string, fileName: string, source: SourceLines, totals: TotalsCounter): void {
  const parts: string[] = [`<class name="${className}" sourcefilename="${fileName}">`];
  const methods = Math.max(1, Math.floor(source.numbers.length / 10));
  let anyRan = false;
  for (let m = 0; m < methods; m++) {
    const index = random.int(0, source.numbers.length - 1);
    const ran = source.hits[index]! > 0;
    if (ran) anyRan = true;
    totals.add('functions', ran);
    const instructions = random.int(3, 40);
    const covered = ran ? random.int(1, instructions) : 0;
    parts.push(
      `<method name="${word(random)}${m}" desc="(Ljava/lang/String;)V" line="${source.numbers[index]}">`,
      counter('INSTRUCTION', instructions - covered, covered),
      counter('LINE', ran ? 0 : 1, ran ? 1 : 0),
      counter('METHOD', ran ? 0 : 1, ran ? 1 : 0),
      '</method>',
    );
  }
  totals.add('classes', anyRan);
  parts.push(counter('METHOD', 0, methods), counter('CLASS', anyRan ? 0 : 1, anyRan ? 1 : 0), '</class>');
  out.write(parts.join(''));
}

function writeJacocoSourceFile(out: BatchedWriter, random: SeededRandom, fileName: string, source: SourceLines, totals: TotalsCounter): void {
  const parts: string[] = [`<sourcefile name="${fileName}">`];
  for (let i = 0; i < source.numbers.length; i++) {
    // JaCoCo counts instructions, not hits: a line either ran or did not.
    const ran = source.hits[i]! > 0;
    const instructions = random.int(1, 12);
    const covered = ran ? random.int(1, instructions) : 0;
    totals.add('lines', ran);
    let branchAttributes = 'mb="0" cb="0"';
    if (random.chance(0.15)) {
      const total = random.chance(0.8) ? 2 : 4;
      const coveredBranches = ran ? random.int(0, total) : 0;
      totals.add('branches', coveredBranches, total);
      branchAttributes = `mb="${total - coveredBranches}" cb="${coveredBranches}"`;
    }
    parts.push(`<line nr="${source.numbers[i]}" mi="${instructions - covered}" ci="${covered}" ${branchAttributes}/>`);
  }
  parts.push(counter('LINE', 0, 0), '</sourcefile>');
  out.write(parts.join(''));
}

/** Writes a JaCoCo report of at least `targetBytes` bytes to `path` and its expected totals beside it. */
export function generateJacoco(path: string, targetBytes: number, seed: number): void {
  const random = new SeededRandom(seed);
  const totals = new TotalsCounter(['lines', 'branches', 'functions', 'classes']);
  const out = new BatchedWriter(path);
  out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">');
  out.write('<report name="app"><sessioninfo id="runner-1" start="1733300000000" dump="1733300060000"/>');
  for (let packageIndex = 0; out.bytes < targetBytes; packageIndex++) {
    const packageName = `com/example/${word(random)}${packageIndex}`;
    out.write(`<package name="${packageName}">`);
    const fileCount = random.int(1, 8);
    const sources: [string, SourceLines][] = [];
    for (let f = 0; f < fileCount; f++) {
      const simpleName = `${word(random)}${f}`.replace(/^./, (c) => c.toUpperCase());
      const source = layOutLines(random);
      sources.push([`${simpleName}.java`, source]);
      writeJacocoClass(out, random, `${packageName}/${simpleName}`, `${simpleName}.java`, source, totals);
    }
    for (const [fileName, source] of sources) writeJacocoSourceFile(out, random, fileName, source, totals);
    out.write(`${counter('CLASS', 0, fileCount)}</package>`);
  }
  out.write('</report>\n');
  out.close();
  writeExpectedTotals(path, totals.totals, out.bytes);
}
