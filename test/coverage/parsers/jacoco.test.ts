import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { withRecordObjects } from '../../support/coverage-records.js';
import { hasSharedFixtures } from '../../support/shared-fixtures.js';

import { NOT_INSTRUMENTED, type FileCoverage } from '../../../src/coverage/model.js';
import { parseJacoco } from '../../../src/coverage/parsers/jacoco.js';
import { fileTotals, sumTotals } from '../../../src/coverage/totals.js';
import { errorInChunks, parseInChunks } from './xml-chunks.js';

const FIXTURES = join(import.meta.dirname, '../../../../shared/fixtures/real/jacoco');
const _ = NOT_INSTRUMENTED;

function file(files: FileCoverage[], path: string): FileCoverage {
  const found = files.find((candidate) => candidate.path === path);
  expect(found, path).toBeDefined();
  return found!;
}

const AGGREGATE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="aggregate">
  <sessioninfo id="host-1" start="1" dump="2"/>
  <group name="app">
    <group name="core">
      <package name="com/example">
        <class name="com/example/Greeter" sourcefilename="Greeter.java">
          <method name="&lt;init&gt;" desc="()V" line="3">
            <counter type="INSTRUCTION" missed="0" covered="3"/>
            <counter type="LINE" missed="0" covered="1"/>
            <counter type="METHOD" missed="0" covered="1"/>
          </method>
          <method name="greet" desc="(Ljava/lang/String;)Ljava/lang/String;" line="6">
            <counter type="INSTRUCTION" missed="5" covered="9"/>
            <counter type="BRANCH" missed="1" covered="1"/>
            <counter type="LINE" missed="1" covered="2"/>
            <counter type="METHOD" missed="0" covered="1"/>
          </method>
          <counter type="METHOD" missed="0" covered="2"/>
          <counter type="CLASS" missed="0" covered="1"/>
        </class>
        <class name="com/example/Greeter$Unused" sourcefilename="Greeter.java">
          <method name="run" desc="()V" line="12">
            <counter type="INSTRUCTION" missed="4" covered="0"/>
            <counter type="LINE" missed="1" covered="0"/>
            <counter type="METHOD" missed="1" covered="0"/>
          </method>
          <counter type="CLASS" missed="1" covered="0"/>
        </class>
        <class name="com/example/Named" sourcefilename="Named.java"/>
        <sourcefile name="Greeter.java">
          <line nr="3" mi="0" ci="3" mb="0" cb="0"/>
          <line nr="6" mi="0" ci="4" mb="1" cb="1"/>
          <line nr="7" mi="2" ci="5" mb="0" cb="0"/>
          <line nr="9" mi="3" ci="0" mb="0" cb="0"/>
          <line nr="12" mi="4" ci="0" mb="0" cb="0"/>
          <counter type="LINE" missed="2" covered="3"/>
        </sourcefile>
        <sourcefile name="Named.java"/>
      </package>
    </group>
  </group>
  <group name="tools">
    <package name="">
      <class name="Main" sourcefilename="Main.java">
        <method name="main" desc="([Ljava/lang/String;)V" line="2">
          <counter type="INSTRUCTION" missed="0" covered="2"/>
        </method>
      </class>
      <sourcefile name="Main.java">
        <line nr="2" mi="0" ci="2"/>
      </sourcefile>
    </package>
  </group>
  <counter type="LINE" missed="2" covered="4"/>
</report>`;

describe('parseJacoco', () => {
  it('reads nested groups and packages', async () => {
    const report = await parseInChunks(parseJacoco, AGGREGATE);
    expect(report.format).toBe('jacoco');
    expect(report.roots).toEqual([]);
    expect(report.files.map((entry) => entry.path)).toEqual(['com/example/Greeter.java', 'com/example/Named.java', 'Main.java']);

    const greeter = file(report.files, 'com/example/Greeter.java');
    expect(withRecordObjects(greeter).lines).toEqual([_, _, _, 1, _, _, 1, 1, _, 0, _, _, 0]);
    expect(withRecordObjects(greeter).branches).toEqual([{ line: 6, covered: 1, total: 2, taken: null }]);
    expect(withRecordObjects(greeter).functions).toEqual([
      { name: 'Greeter.<init>()V', line: 3, hits: 1 },
      { name: 'Greeter.greet(Ljava/lang/String;)Ljava/lang/String;', line: 6, hits: 1 },
      { name: 'Greeter$Unused.run()V', line: 12, hits: 0 },
    ]);
    expect(greeter.classes).toEqual([
      { name: 'com/example/Greeter', covered: true },
      { name: 'com/example/Greeter$Unused', covered: false },
    ]);
    expect(greeter.statements).toBeUndefined();
  });

  it('leaves classes without code out', async () => {
    const report = await parseInChunks(parseJacoco, AGGREGATE);
    const named = file(report.files, 'com/example/Named.java');
    expect(named.classes).toEqual([]);
    expect(withRecordObjects(named).lines).toEqual([]);
    expect(withRecordObjects(named).branches).toEqual([]);
  });

  it('falls back to the INSTRUCTION counter', async () => {
    const report = await parseInChunks(parseJacoco, AGGREGATE);
    const main = file(report.files, 'Main.java');
    expect(withRecordObjects(main).functions).toEqual([{ name: 'Main.main([Ljava/lang/String;)V', line: 2, hits: 1 }]);
    expect(main.classes).toEqual([{ name: 'Main', covered: true }]);
  });

  it('adds up to the report counters', async () => {
    const report = await parseInChunks(parseJacoco, AGGREGATE);
    expect(sumTotals(report.files)).toEqual({
      lines: { covered: 4, total: 6 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 3, total: 4 },
      statements: null,
      classes: { covered: 2, total: 3 },
    });
  });

  it('leaves branches out when no line has any', async () => {
    const report = await parseInChunks(
      parseJacoco,
      '<report name="r"><package name="p"><sourcefile name="A.java"><line nr="1" mi="1" ci="0" mb="0" cb="0"/></sourcefile></package></report>',
    );
    expect(report.files[0]!.branches).toBeUndefined();
    expect(sumTotals(report.files).branches).toBeNull();
  });

  it('keeps a class without source file name', async () => {
    const report = await parseInChunks(
      parseJacoco,
      '<report name="r"><package name="p">\n<class name="p/Gen"><method name="run" desc="()V"><counter type="METHOD" missed="1" covered="0"/></method></class></package></report>',
    );
    expect(report.files.map((entry) => entry.path)).toEqual(['p/Gen.class']);
    expect(withRecordObjects(report.files[0]!).functions).toEqual([{ name: 'Gen.run()V', line: 0, hits: 0 }]);
    expect(report.warnings).toEqual([
      'report.xml at line 2, column 20: <class name="p/Gen"> has no sourcefilename (compiled without debug information), so it is reported as p/Gen.class',
    ]);
  });
});

describe('parseJacoco real reports', () => {
  // Report-level counters of multi-module-app.xml. In aggregate-groups.xml and
  // multiple-packages.xml the report-level counters were left from another
  // report when the fixtures were edited, so those expectations are the sums of
  // the package counters, which every class and source file counter agrees with.
  const reports: { file: string; lines: [number, number]; branches: [number, number] | null; methods: [number, number]; classes: [number, number] }[] = [
    { file: 'multi-module-app.xml', lines: [2, 21], branches: [0, 2], methods: [2, 11], classes: [1, 5] },
    { file: 'aggregate-groups.xml', lines: [10, 28], branches: null, methods: [10, 19], classes: [3, 6] },
    { file: 'multiple-packages.xml', lines: [10, 12], branches: [4, 8], methods: [4, 4], classes: [2, 2] },
  ];

  for (const { file: name, lines, branches, methods, classes } of reports) {
    it.skipIf(!hasSharedFixtures)(`matches the counters of ${name}`, async () => {
      const report = await parseInChunks(parseJacoco, await readFile(join(FIXTURES, name)), name);
      expect(sumTotals(report.files)).toEqual({
        lines: { covered: lines[0], total: lines[1] },
        branches: branches && { covered: branches[0], total: branches[1] },
        functions: { covered: methods[0], total: methods[1] },
        statements: null,
        classes: { covered: classes[0], total: classes[1] },
      });
      expect(report.warnings).toEqual([]);
    });
  }

  it.skipIf(!hasSharedFixtures)('matches per-file counters of multiple-packages.xml', async () => {
    const report = await parseInChunks(parseJacoco, await readFile(join(FIXTURES, 'multiple-packages.xml')));
    const builder = file(report.files, 'com/proj1/MessageBuilder.java');
    expect(fileTotals(builder)).toEqual({
      lines: { covered: 5, total: 6 },
      branches: { covered: 2, total: 4 },
      functions: { covered: 2, total: 2 },
      statements: null,
      classes: { covered: 1, total: 1 },
    });
  });
});

describe('parseJacoco errors', () => {
  const cases: { name: string; document: string; expected: string }[] = [
    {
      name: 'entity declaration',
      document: '<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<report name="&x;"/>',
      expected: 'report.xml at line 2, column 59: the DOCTYPE declares entities (<!ENTITY ...>), which TestMaster rejects and never expands. Remove the entity declarations',
    },
    {
      name: 'line without nr',
      document: '<report name="r"><package name="p"><sourcefile name="A.java">\n<line mi="1" ci="0"/></sourcefile></package></report>',
      expected: 'report.xml at line 2, column 21: <line> is missing the required attribute "nr"',
    },
    {
      name: 'invalid instruction count',
      document: '<report name="r"><package name="p"><sourcefile name="A.java">\n<line nr="1" mi="x" ci="0"/></sourcefile></package></report>',
      expected: 'report.xml at line 2, column 28: <line> has mi="x", which is not a non-negative number',
    },
    {
      name: 'package without name',
      document: '<report name="r">\n<package><sourcefile name="A.java"/></package></report>',
      expected: 'report.xml at line 2, column 9: <package> is missing the required attribute "name"',
    },
    {
      name: 'line outside a source file',
      document: '<report name="r"><package name="p">\n<line nr="1" mi="1" ci="0"/></package></report>',
      expected: 'report.xml at line 2, column 28: <line> appears outside a <sourcefile> element',
    },
    {
      name: 'no source files',
      document: '<report name="r">\n<sessioninfo id="a" start="1" dump="2"/>\n</report>',
      expected: 'report.xml at line 3, column 9: the JaCoCo report lists no source files (no <sourcefile> elements)',
    },
    {
      name: 'Cobertura report',
      document: '<?xml version="1.0"?>\n<coverage line-rate="1">',
      expected: 'report.xml at line 2, column 24: the root element is <coverage>, but a JaCoCo report starts with <report>',
    },
    {
      name: 'truncated report',
      document: AGGREGATE.slice(0, 2000),
      expected: 'report.xml at line 39, column 2: the report is truncated, because it ends before its root element closes (unclosed tag: package)',
    },
  ];

  for (const { name, document, expected } of cases) {
    it(`rejects ${name}`, async () => {
      const message = await errorInChunks(parseJacoco, document);
      expect(message.startsWith(expected), message).toBe(true);
    });
  }
});
