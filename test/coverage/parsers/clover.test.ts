import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { withRecordObjects } from '../../support/coverage-records.js';
import { hasSharedFixtures } from '../../support/shared-fixtures.js';

import { NOT_INSTRUMENTED } from '../../../src/coverage/model.js';
import { parseClover } from '../../../src/coverage/parsers/clover.js';
import { fileTotals, sumTotals } from '../../../src/coverage/totals.js';
import { errorInChunks, parseInChunks } from './xml-chunks.js';

const FIXTURES = join(import.meta.dirname, '../../../../shared/fixtures/real');
const _ = NOT_INSTRUMENTED;

const require = createRequire(import.meta.url);
const libCoverage = require('istanbul-lib-coverage') as typeof import('istanbul-lib-coverage');
const libReport = require('istanbul-lib-report') as typeof import('istanbul-lib-report');
const reports = require('istanbul-reports') as typeof import('istanbul-reports');

/** Writes `data` (Istanbul coverage JSON) with the istanbul-reports clover reporter and returns the XML. */
async function istanbulClover(data: object): Promise<{ xml: Buffer; map: ReturnType<typeof libCoverage.createCoverageMap> }> {
  const map = libCoverage.createCoverageMap(data as never);
  const dir = await mkdtemp(join(tmpdir(), 'clover-'));
  try {
    reports.create('clover').execute(libReport.createContext({ dir, coverageMap: map }));
    return { xml: await readFile(join(dir, 'clover.xml')), map };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('parseClover dialects', () => {
  it('reads PHPUnit statements and methods', async () => {
    const report = await parseInChunks(
      parseClover,
      `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1693391816">
  <project timestamp="1693391816">
    <file name="/home/yu/src/Sniff.php">
      <class name="Sniff" namespace="global">
        <metrics complexity="4" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="3" coveredstatements="2" elements="5" coveredelements="3"/>
      </class>
      <line num="3" type="method" name="process" visibility="public" complexity="2" crap="2" count="4"/>
      <line num="4" type="stmt" count="4"/>
      <line num="5" type="stmt" count="1"/>
      <line num="9" type="method" name="unused" visibility="public" complexity="1" crap="2" count="0"/>
      <line num="10" type="stmt" count="0"/>
      <metrics loc="12" ncloc="10" classes="1" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="3" coveredstatements="2" elements="5" coveredelements="3"/>
    </file>
    <metrics files="1" loc="12" ncloc="10" classes="1" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="3" coveredstatements="2" elements="5" coveredelements="3"/>
  </project>
</coverage>`,
    );
    expect(report.format).toBe('clover');
    const sniff = report.files[0]!;
    expect(sniff.path).toBe('/home/yu/src/Sniff.php');
    expect(withRecordObjects(sniff).lines).toEqual([_, _, _, _, 4, 1, _, _, _, _, 0]);
    expect(withRecordObjects(sniff).functions).toEqual([
      { name: 'process', line: 3, hits: 4 },
      { name: 'unused', line: 9, hits: 0 },
    ]);
    expect(withRecordObjects(sniff).statements).toEqual([
      { line: 4, column: 0, hits: 4, weight: 1 },
      { line: 5, column: 0, hits: 1, weight: 1 },
      { line: 10, column: 0, hits: 0, weight: 1 },
    ]);
    expect(sumTotals(report.files)).toEqual({
      lines: { covered: 2, total: 3 },
      branches: null,
      functions: { covered: 1, total: 2 },
      statements: { covered: 2, total: 3 },
      classes: null,
    });
  });

  it('reads OpenClover conditions as two outcomes', async () => {
    const report = await parseInChunks(
      parseClover,
      `<coverage generated="1" clover="4.4.1">
  <project name="app" timestamp="1">
    <package name="com.example">
      <file name="Main.java" path="/src/com/example/Main.java">
        <class name="Main"><metrics methods="1" coveredmethods="1" conditionals="4" coveredconditionals="3" statements="2" coveredstatements="2"/></class>
        <line num="5" count="1" type="method" signature="main(String[]) : void"/>
        <line num="6" count="1" type="stmt"/>
        <line num="6" truecount="3" falsecount="0" type="cond"/>
        <line num="7" count="2" type="stmt"/>
        <line num="8" truecount="1" falsecount="5" type="cond"/>
        <metrics methods="1" coveredmethods="1" conditionals="4" coveredconditionals="3" statements="2" coveredstatements="2"/>
      </file>
    </package>
  </project>
</coverage>`,
    );
    const main = report.files[0]!;
    expect(main.path).toBe('/src/com/example/Main.java');
    expect(withRecordObjects(main).branches).toEqual([
      { line: 6, covered: 1, total: 2, taken: [3, 0] },
      { line: 8, covered: 2, total: 2, taken: [1, 5] },
    ]);
    expect(withRecordObjects(main).functions).toEqual([{ name: 'main(String[]) : void', line: 5, hits: 1 }]);
    expect(fileTotals(main)).toEqual({
      lines: { covered: 3, total: 3 },
      branches: { covered: 3, total: 4 },
      functions: { covered: 1, total: 1 },
      statements: { covered: 2, total: 2 },
      classes: null,
    });
  });

  it('reads Istanbul conditions as covered and missed branches', async () => {
    const { xml, map } = await istanbulClover({
      '/repo/src/pick.js': {
        path: '/repo/src/pick.js',
        statementMap: {
          '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 20 } },
          '1': { start: { line: 2, column: 2 }, end: { line: 2, column: 30 } },
          '2': { start: { line: 3, column: 2 }, end: { line: 3, column: 10 } },
        },
        fnMap: {
          '0': { name: 'pick', decl: { start: { line: 1, column: 9 }, end: { line: 1, column: 13 } }, loc: { start: { line: 1, column: 0 }, end: { line: 4, column: 1 } }, line: 1 },
          '1': { name: 'never', decl: { start: { line: 5, column: 9 }, end: { line: 5, column: 14 } }, loc: { start: { line: 5, column: 0 }, end: { line: 5, column: 20 } }, line: 5 },
        },
        branchMap: {
          '0': {
            type: 'switch',
            line: 2,
            loc: { start: { line: 2, column: 2 }, end: { line: 2, column: 30 } },
            locations: [
              { start: { line: 2, column: 2 }, end: { line: 2, column: 10 } },
              { start: { line: 2, column: 11 }, end: { line: 2, column: 20 } },
              { start: { line: 2, column: 21 }, end: { line: 2, column: 30 } },
            ],
          },
        },
        s: { '0': 4, '1': 4, '2': 0 },
        f: { '0': 4, '1': 0 },
        b: { '0': [3, 1, 0] },
      },
    });
    const report = await parseInChunks(parseClover, xml);
    const summary = map.getCoverageSummary();
    const pick = report.files[0]!;
    expect(pick.path).toBe('/repo/src/pick.js');
    expect(withRecordObjects(pick).branches).toEqual([{ line: 2, covered: 2, total: 3, taken: null }]);
    expect(pick.functions).toBeUndefined();
    expect(pick.summary).toEqual({ functions: { covered: 1, total: 2 } });
    expect(sumTotals(report.files)).toEqual({
      lines: { covered: summary.lines.covered, total: summary.lines.total },
      branches: { covered: summary.branches.covered, total: summary.branches.total },
      functions: { covered: summary.functions.covered, total: summary.functions.total },
      statements: { covered: summary.lines.covered, total: summary.lines.total },
      classes: null,
    });
  });

  it.skipIf(!hasSharedFixtures)('matches istanbul-reports on the vitest fixture', async () => {
    const data = JSON.parse(await readFile(join(FIXTURES, 'istanbul/vitest-coverage-final.json'), 'utf8'));
    const { xml, map } = await istanbulClover(data);
    const report = await parseInChunks(parseClover, xml);
    const summary = map.getCoverageSummary();
    expect(report.files).toHaveLength(map.files().length);
    expect(sumTotals(report.files)).toEqual({
      lines: { covered: summary.lines.covered, total: summary.lines.total },
      branches: { covered: summary.branches.covered, total: summary.branches.total },
      functions: { covered: summary.functions.covered, total: summary.functions.total },
      // Istanbul's clover reporter writes its line counts into the statement counters.
      statements: { covered: summary.lines.covered, total: summary.lines.total },
      classes: null,
    });
  });

  it('warns once per unknown line type', async () => {
    const report = await parseInChunks(
      parseClover,
      '<coverage><project><file name="a.php">\n<line num="1" type="stmt" count="1"/><line num="2" type="expr" count="1"/><line num="3" type="expr" count="1"/></file></project></coverage>',
    );
    expect(report.warnings).toEqual([
      'report.xml at line 2, column 74: <line> has type="expr", which is not stmt, cond or method, so lines of this type are left out',
    ]);
    expect(withRecordObjects(report.files[0]!).lines).toEqual([_, 1]);
  });
});

describe('parseClover real reports', () => {
  it.skipIf(!hasSharedFixtures)('matches the file counters of the PHPUnit report', async () => {
    const report = await parseInChunks(parseClover, await readFile(join(FIXTURES, 'clover/phpunit-phpcsutils.xml')));
    expect(report.files.map((entry) => entry.path)).toEqual([
      '/home/yu/projects/PHPCSUtils/PHPCSUtils/AbstractSniffs/AbstractArrayDeclarationSniff.php',
      '/home/yu/projects/PHPCSUtils/PHPCSUtils/BackCompat/BCFile.php',
    ]);
    // The first file keeps all its lines: statements="79" coveredstatements="79" methods="3" coveredmethods="3".
    expect(fileTotals(report.files[0]!)).toEqual({
      lines: { covered: 79, total: 79 },
      branches: null,
      functions: { covered: 3, total: 3 },
      statements: { covered: 79, total: 79 },
      classes: null,
    });
    // The fixture was cut down from 37 files, and BCFile.php keeps one method line of the 13 its counters name.
    expect(fileTotals(report.files[1]!).functions).toEqual({ covered: 1, total: 1 });
  });
});

describe('parseClover errors', () => {
  const cases: { name: string; document: string; expected: string }[] = [
    {
      name: 'line without num',
      document: '<coverage><project><file name="a.php">\n<line type="stmt" count="1"/></file></project></coverage>',
      expected: 'report.xml at line 2, column 29: <line> is missing the required attribute "num"',
    },
    {
      name: 'line without type',
      document: '<coverage><project><file name="a.php">\n<line num="3" count="1"/></file></project></coverage>',
      expected: 'report.xml at line 2, column 25: <line> is missing the required attribute "type"',
    },
    {
      name: 'statement without count',
      document: '<coverage><project><file name="a.php">\n<line num="3" type="stmt"/></file></project></coverage>',
      expected: 'report.xml at line 2, column 27: <line> is missing the required attribute "count"',
    },
    {
      name: 'file without name or path',
      document: '<coverage><project>\n<file></file></project></coverage>',
      expected: 'report.xml at line 2, column 6: <file> is missing the required attribute "name"',
    },
    {
      name: 'line outside a file',
      document: '<coverage><project>\n<line num="1" type="stmt" count="1"/></project></coverage>',
      expected: 'report.xml at line 2, column 37: <line> appears outside a <file> element',
    },
    {
      name: 'no files',
      document: '<coverage generated="1">\n<project timestamp="1"><metrics files="0"/></project>\n</coverage>',
      expected: 'report.xml at line 3, column 11: the Clover report lists no source files (no <file> elements)',
    },
    {
      name: 'Cobertura report',
      document: '<coverage line-rate="1">\n<packages>',
      expected: 'report.xml at line 2, column 10: the report has a <packages> element, which Cobertura reports have and Clover reports do not. Set the format of this report to cobertura',
    },
    {
      name: 'truncated report',
      document: '<coverage><project><file name="a.php">\n<line num="1" type="stmt" count="1"/>',
      expected: 'report.xml at line 2, column 37: the report is truncated, because it ends before its root element closes (unclosed tag: file)',
    },
  ];

  for (const { name, document, expected } of cases) {
    it(`rejects ${name}`, async () => {
      const message = await errorInChunks(parseClover, document);
      expect(message.startsWith(expected), message).toBe(true);
    });
  }
});
