import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { withRecordObjects } from '../../support/coverage-records.js';
import { hasSharedFixtures } from '../../support/shared-fixtures.js';

import { NOT_INSTRUMENTED, type FileCoverage } from '../../../src/coverage/model.js';
import { parseCobertura } from '../../../src/coverage/parsers/cobertura.js';
import { fileTotals, sumTotals } from '../../../src/coverage/totals.js';
import { errorInChunks, parseInChunks } from './xml-chunks.js';

const FIXTURES = join(import.meta.dirname, '../../../../shared/fixtures/real/cobertura');
const _ = NOT_INSTRUMENTED;

function file(files: FileCoverage[], path: string): FileCoverage {
  const found = files.find((candidate) => candidate.path === path);
  expect(found, path).toBeDefined();
  return found!;
}

describe('parseCobertura dialects', () => {
  it('reads coverage.py branches without functions', async () => {
    const report = await parseInChunks(
      parseCobertura,
      `<?xml version="1.0" ?>
<coverage version="7.6.1" line-rate="1" lines-covered="99" lines-valid="99">
	<sources>
		<source>/home/runner/project</source>
		<source>/home/runner/project/lib</source>
	</sources>
	<packages><package name="src"><classes>
		<class filename="src/a.py" name="a.py">
			<methods/>
			<lines>
				<line hits="1" number="1"/>
				<line branch="true" condition-coverage="50% (1/2)" hits="1" missing-branches="6" number="3"/>
				<line hits="0" number="6"/>
			</lines>
		</class>
		<class filename="src/b.py" name="b.py"><methods/><lines><line hits="2" number="2"/></lines></class>
	</classes></package></packages>
</coverage>`,
    );
    expect(report.format).toBe('cobertura');
    expect(report.roots).toEqual(['/home/runner/project', '/home/runner/project/lib']);
    expect(report.files.map((entry) => entry.path)).toEqual(['src/a.py', 'src/b.py']);
    expect(withRecordObjects(file(report.files, 'src/a.py')).lines).toEqual([_, 1, _, 1, _, _, 0]);
    expect(withRecordObjects(file(report.files, 'src/a.py')).branches).toEqual([{ line: 3, covered: 1, total: 2, taken: null }]);
    expect(withRecordObjects(file(report.files, 'src/b.py')).branches).toEqual([]);
    expect(file(report.files, 'src/a.py').functions).toBeUndefined();
    expect(file(report.files, 'src/a.py').statements).toBeUndefined();
    expect(file(report.files, 'src/a.py').classes).toBeUndefined();
    expect(sumTotals(report.files)).toEqual({
      lines: { covered: 3, total: 4 },
      branches: { covered: 1, total: 2 },
      functions: null,
      statements: null,
      classes: null,
    });
  });

  it('leaves branches out when no line has branch="true"', async () => {
    const report = await parseInChunks(
      parseCobertura,
      '<coverage><packages><package><classes><class filename="a.c"><lines><line number="1" hits="1" branch="false"/></lines></class></classes></package></packages></coverage>',
    );
    expect(report.files[0]!.branches).toBeUndefined();
    expect(sumTotals(report.files).branches).toBeNull();
  });

  it('merges coverlet classes of one file', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const document = `<?xml version="1.0" encoding="utf-8"?>
<coverage line-rate="0.5" version="1.9">
  <sources>
    <source>D:\\Dev\\Lib\\src\\</source>
  </sources>
  <packages>
    <package name="Lib">
      <classes>
        <class name="Lib.Client" filename="Lib\\Client.cs">
          <methods>
            <method name=".ctor" signature="(System.String)">
              <lines>
                <line number="10" hits="0" branch="False" />
                <line number="11" hits="0" branch="False" />
              </lines>
            </method>
            <method name="Get" signature="()">
              <lines>
                <line number="20" hits="3" branch="True" condition-coverage="50% (1/2)" />
              </lines>
            </method>
            <method name=".cctor" signature="()">
              <lines />
            </method>
          </methods>
          <lines>
            <line number="10" hits="0" branch="False" />
            <line number="11" hits="0" branch="False" />
            <line number="20" hits="3" branch="True" condition-coverage="50% (1/2)">
              <conditions><condition number="7" type="jump" coverage="50%" /></conditions>
            </line>
          </lines>
        </class>
        <class name="Lib.Client/&lt;GetAsync&gt;d__5" filename="Lib\\Client.cs">
          <methods>
            <method name="MoveNext" signature="()">
              <lines><line number="11" hits="4" branch="False" /></lines>
            </method>
          </methods>
          <lines>
            <line number="11" hits="4" branch="False" />
            <line number="20" hits="1" branch="True" condition-coverage="100% (2/2)" />
            <line number="21" hits="0" branch="False" />
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>`;
    const report = await parseInChunks(parseCobertura, Buffer.concat([bom, Buffer.from(document)]));
    expect(report.roots).toEqual(['D:\\Dev\\Lib\\src\\']);
    expect(report.files).toHaveLength(1);
    const client = report.files[0]!;
    expect(client.path).toBe('Lib\\Client.cs');
    expect(withRecordObjects(client).lines!.slice(10, 22)).toEqual([0, 4, _, _, _, _, _, _, _, _, 4, 0]);
    expect(withRecordObjects(client).branches).toEqual([{ line: 20, covered: 3, total: 4, taken: null }]);
    expect(withRecordObjects(client).functions).toEqual([
      { name: '.ctor', line: 10, hits: 0 },
      { name: 'Get', line: 20, hits: 3 },
      { name: 'MoveNext', line: 11, hits: 4 },
    ]);
    expect(fileTotals(client).lines).toEqual({ covered: 2, total: 4 });
  });

  it('reads Istanbul methods and roots', async () => {
    const report = await parseInChunks(
      parseCobertura,
      `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage lines-valid="3" lines-covered="2" line-rate="0.6666" branches-valid="2" branches-covered="1" branch-rate="0.5" timestamp="1" complexity="0" version="0.1">
  <sources>
    <source>/repo</source>
  </sources>
  <packages>
    <package name="src" line-rate="0.6666" branch-rate="0.5">
      <classes>
        <class name="math.ts" filename="src/math.ts" line-rate="0.6666" branch-rate="0.5">
          <methods>
            <method name="add" hits="2" signature="()V">
              <lines><line number="1" hits="2"/></lines>
            </method>
            <method name="(anonymous_1)" hits="0" signature="()V">
              <lines><line number="5" hits="0"/></lines>
            </method>
          </methods>
          <lines>
            <line number="1" hits="2" branch="false"/>
            <line number="2" hits="2" branch="true" condition-coverage="50% (1/2)"/>
            <line number="5" hits="0" branch="false"/>
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>`,
    );
    expect(report.roots).toEqual(['/repo']);
    expect(withRecordObjects(report.files[0]!).functions).toEqual([
      { name: 'add', line: 1, hits: 2 },
      { name: '(anonymous_1)', line: 5, hits: 0 },
    ]);
    expect(sumTotals(report.files)).toMatchObject({
      lines: { covered: 2, total: 3 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 2 },
    });
  });

  it('reads gcovr conditions and an empty package name', async () => {
    const report = await parseInChunks(
      parseCobertura,
      `<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>
<coverage line-rate="0.5" version="gcovr 5.0">
  <sources>
    <source>src/</source>
  </sources>
  <packages>
    <package name="" line-rate="0.5">
      <classes>
        <class name="main_c" filename="main.c" line-rate="0.5">
          <methods/>
          <lines>
            <line number="44" hits="68" branch="false"/>
            <line number="48" hits="0" branch="true" condition-coverage="0% (0/4)">
              <conditions>
                <condition number="0" type="jump" coverage="0%"/>
              </conditions>
            </line>
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>`,
    );
    expect(withRecordObjects(report.files[0]!).branches).toEqual([{ line: 48, covered: 0, total: 4, taken: null }]);
    expect(fileTotals(report.files[0]!).lines).toEqual({ covered: 1, total: 2 });
  });

  it('reads simplecov output', async () => {
    const report = await parseInChunks(
      parseCobertura,
      `<?xml version="1.0"?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.67" branch-rate="0.5" lines-covered="2" lines-valid="3" branches-covered="1" branches-valid="2" complexity="0" version="0" timestamp="1700000000">
  <sources>
    <source>/home/runner/work/app</source>
  </sources>
  <packages>
    <package name="lib" line-rate="0.67" branch-rate="0.5" complexity="0">
      <classes>
        <class name="calculator" filename="lib/calculator.rb" line-rate="0.67" branch-rate="0.5" complexity="0">
          <methods/>
          <lines>
            <line number="1" branch="false" hits="1"/>
            <line number="3" branch="true" hits="1" condition-coverage="50% (1/2)"/>
            <line number="4" branch="false" hits="0"/>
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>`,
    );
    expect(report.files[0]!.path).toBe('lib/calculator.rb');
    expect(sumTotals(report.files)).toMatchObject({ lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 }, functions: null });
  });

  it('warns about a branch line without condition-coverage', async () => {
    const report = await parseInChunks(
      parseCobertura,
      '<coverage><packages><package><classes><class filename="a.c"><lines>\n<line number="7" hits="1" branch="true"/></lines></class></classes></package></packages></coverage>',
    );
    expect(report.warnings).toEqual([
      'report.xml at line 2, column 41: <line number="7"> has branch="true" but no condition-coverage attribute, so its branches are left out',
    ]);
    expect(report.files[0]!.branches).toBeUndefined();
  });
});

describe('parseCobertura errors', () => {
  const wrap = (lines: string): string =>
    `<coverage>\n<packages><package><classes><class filename="a.py"><lines>\n${lines}\n</lines></class></classes></package></packages></coverage>`;

  const cases: { name: string; document: string; expected: string }[] = [
    {
      name: 'line without number',
      document: wrap('<line hits="1"/>'),
      expected: 'report.xml at line 3, column 16: <line> is missing the required attribute "number". Regenerate the report',
    },
    {
      name: 'line without hits',
      document: wrap('  <line number="4"/>'),
      expected: 'report.xml at line 3, column 20: <line> is missing the required attribute "hits"',
    },
    {
      name: 'negative hits',
      document: wrap('<line number="4" hits="-1"/>'),
      expected: 'report.xml at line 3, column 28: <line> has hits="-1", which is not a non-negative number',
    },
    {
      name: 'line number zero',
      document: wrap('<line number="0" hits="1"/>'),
      expected: 'report.xml at line 3, column 27: <line> has number="0", but a line number must be an integer of 1 or more',
    },
    {
      name: 'malformed condition coverage',
      document: wrap('<line number="2" hits="1" branch="true" condition-coverage="50%"/>'),
      expected: 'report.xml at line 3, column 66: <line number="2"> has condition-coverage="50%", but the expected form is "50% (1/2)"',
    },
    {
      name: 'class without filename',
      document: '<coverage>\n<packages><package><classes><class name="x"></class></classes></package></packages></coverage>',
      expected: 'report.xml at line 2, column 44: <class> is missing the required attribute "filename"',
    },
    {
      name: 'line outside a class',
      document: '<coverage>\n<line number="1" hits="1"/></coverage>',
      expected: 'report.xml at line 2, column 27: <line> appears outside a <class> element',
    },
    {
      name: 'no classes',
      document: '<coverage line-rate="1">\n<sources/><packages/>\n</coverage>\n',
      expected: 'report.xml at line 4, column 1: the Cobertura report lists no source files (no <class> elements). Check that the tests ran with coverage enabled',
    },
    {
      name: 'wrong root',
      document: '<report name="x"/>',
      expected: 'report.xml at line 1, column 18: the root element is <report>, but a Cobertura report starts with <coverage>',
    },
    {
      name: 'Clover report',
      document: '<coverage generated="1">\n  <project timestamp="1">',
      expected: 'report.xml at line 2, column 25: the report has a <project> element, which Clover reports have and Cobertura reports do not. Set the format of this report to clover',
    },
    {
      name: 'truncated report',
      document: wrap('<line number="1" hits="1"/>').slice(0, 120),
      expected: 'report.xml at line 4, column 22: the report is truncated, because it ends before its root element closes (unclosed tag: classes). Check that the coverage step finished',
    },
  ];

  for (const { name, document, expected } of cases) {
    it(`rejects ${name}`, async () => {
      const message = await errorInChunks(parseCobertura, document);
      expect(message.startsWith(expected), message).toBe(true);
    });
  }
});

describe('parseCobertura real reports', () => {
  const reports: { file: string; lines: [number, number]; branches: [number, number] | null }[] = [
    { file: 'coveragepy-conditions.xml', lines: [5, 6], branches: [4, 9] },
    { file: 'coverlet.xml', lines: [1212, 1460], branches: [262, 378] },
    { file: 'gcovr.xml', lines: [345, 572], branches: [100, 252] },
    // Its header says branches-valid="0", and no line has branch="true".
    { file: 'dotnet-bom.xml', lines: [9, 12], branches: null },
  ];

  for (const { file: name, lines, branches } of reports) {
    it.skipIf(!hasSharedFixtures)(`matches the header counters of ${name}`, async () => {
      const report = await parseInChunks(parseCobertura, await readFile(join(FIXTURES, name)), name);
      const totals = sumTotals(report.files);
      expect(totals.lines).toEqual({ covered: lines[0], total: lines[1] });
      const expectedBranches = branches ? { covered: branches[0], total: branches[1] } : null;
      expect(totals.branches).toEqual(expectedBranches);
      expect(report.warnings).toEqual([]);
    });
  }

  it.skipIf(!hasSharedFixtures)('reads coverlet paths, roots and methods', async () => {
    const report = await parseInChunks(parseCobertura, await readFile(join(FIXTURES, 'coverlet.xml')));
    expect(report.roots).toEqual(['D:\\Dev\\Csharp\\EDlib\\src\\']);
    expect(report.files).toHaveLength(39);
    expect(report.files[0]!.path).toBe('EDlib\\Exceptions\\APIException.cs');
    expect(sumTotals(report.files).functions).toEqual({ covered: 320, total: 348 });
  });

  it.skipIf(!hasSharedFixtures)('trims the padded roots of dotnet-bom.xml', async () => {
    const report = await parseInChunks(parseCobertura, await readFile(join(FIXTURES, 'dotnet-bom.xml')));
    expect(report.roots).toEqual(['--source', '/code/samplediff/SampleApp']);
    // The .ctor method lists no lines, so only DoSomething and DoSomethingNew count.
    expect(sumTotals(report.files).functions).toEqual({ covered: 1, total: 2 });
  });

  it.skipIf(!hasSharedFixtures)('rejects the malformed scoverage report at line 781', async () => {
    const message = await errorInChunks(parseCobertura, await readFile(join(FIXTURES, 'cobertura-basic.xml')), 'cobertura.xml');
    expect(message).toMatch(/^cobertura\.xml at line 781, column \d+: the report is not well-formed XML: unexpected close tag\./);
  });
});

describe('parseCobertura Istanbul reporter', () => {
  it.skipIf(!hasSharedFixtures)('matches istanbul-reports on the vitest fixture', async () => {
    const require = createRequire(import.meta.url);
    const libCoverage = require('istanbul-lib-coverage') as typeof import('istanbul-lib-coverage');
    const libReport = require('istanbul-lib-report') as typeof import('istanbul-lib-report');
    const reports = require('istanbul-reports') as typeof import('istanbul-reports');

    const data = JSON.parse(await readFile(join(FIXTURES, '../istanbul/vitest-coverage-final.json'), 'utf8'));
    const map = libCoverage.createCoverageMap(data);
    const dir = await mkdtemp(join(tmpdir(), 'cobertura-'));
    try {
      const context = libReport.createContext({ dir, coverageMap: map });
      reports.create('cobertura').execute(context);
      const report = await parseInChunks(parseCobertura, await readFile(join(dir, 'cobertura-coverage.xml')));
      const summary = map.getCoverageSummary();
      const totals = sumTotals(report.files);
      expect(report.files).toHaveLength(map.files().length);
      expect(totals.lines).toEqual({ covered: summary.lines.covered, total: summary.lines.total });
      expect(totals.branches).toEqual({ covered: summary.branches.covered, total: summary.branches.total });
      expect(totals.functions).toEqual({ covered: summary.functions.covered, total: summary.functions.total });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
