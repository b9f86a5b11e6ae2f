import { describe, expect, it } from 'vitest';

import { PARSERS } from '../../../src/coverage/load-report.js';
import { MAX_LINE_NUMBER, type ParsedReport, type ReportFormat } from '../../../src/coverage/model.js';
import { inputFromBuffer } from '../../../src/coverage/parsers/types.js';
import { EXIT, formatPosition, ReportError } from '../../../src/errors.js';
import { parseChunked, parseError } from './parse-chunked.js';
import { withRecordObjects } from '../../support/coverage-records.js';

type Format = ReportFormat;

const SOURCE = 'report.file';
const MAX_SAFE = String(Number.MAX_SAFE_INTEGER);
const ABOVE_SAFE = '9007199254740992';

function istanbulFile(members: string): string {
  return `{"a.js":{"path":"a.js",${members}}}`;
}

const ISTANBUL_MAPS = '"fnMap":{},"f":{},"branchMap":{},"b":{}';

function istanbulStatement(line: string, hits: string): string {
  return istanbulFile(`"statementMap":{"0":{"start":{"line":${line},"column":0},"end":{"line":1,"column":5}}},"s":{"0":${hits}},${ISTANBUL_MAPS}`);
}

function summary(total: string, covered: string): string {
  return `{"total":{"lines":{"total":1,"covered":1}},"a.js":{"lines":{"total":${total},"covered":${covered},"pct":100}}}`;
}

function cobertura(lines: string): string {
  return `<?xml version="1.0"?>\n<coverage><packages><package><classes><class filename="a.py"><lines>\n${lines}\n</lines></class></classes></package></packages></coverage>\n`;
}

function clover(lines: string): string {
  return `<?xml version="1.0"?>\n<coverage><project><file name="a.php">\n${lines}\n</file></project></coverage>\n`;
}

function jacoco(content: string): string {
  return `<?xml version="1.0"?>\n<report name="r"><package name="p"><sourcefile name="A.java">\n${content}\n</sourcefile></package></report>\n`;
}

function goProfile(block: string): string {
  return `mode: set\nexample.com/m/a.go:${block}\n`;
}

interface RejectCase {
  name: string;
  format: Format;
  input: string;
  /** The position as the message prints it. */
  position: string;
  /** The offending value, as the report wrote it. */
  value: string;
}

async function expectRejected({ format, input, position, value }: RejectCase): Promise<void> {
  const error = await parseError(PARSERS[format], SOURCE, input);
  expect(error).toBeInstanceOf(ReportError);
  const reportError = error as ReportError;
  expect(reportError.exitCode).toBe(EXIT.invalidInput);
  expect(reportError.file).toBe(SOURCE);
  expect(reportError.position).toBeDefined();
  expect(formatPosition(reportError.position!)).toBe(position);
  expect(reportError.message).toContain(`${SOURCE} at ${position}: `);
  expect(reportError.message).toContain(value);
}

const lineNumberCases: RejectCase[] = [
  { name: 'lcov DA', format: 'lcov', input: 'SF:src/math.js\nDA:2000000000,1\nend_of_record\n', position: 'line 2', value: 'line number 2000000000 is above the maximum 10000000' },
  { name: 'lcov DA one past the maximum', format: 'lcov', input: 'SF:a.js\nDA:10000001,1\nend_of_record\n', position: 'line 2', value: 'line number 10000001' },
  { name: 'lcov DA with 30 digits', format: 'lcov', input: `SF:a.js\nDA:${'9'.repeat(30)},1\nend_of_record\n`, position: 'line 2', value: `line number ${'9'.repeat(30)}` },
  { name: 'lcov BRDA', format: 'lcov', input: 'SF:a.js\nDA:1,1\nBRDA:20000000,0,0,1\nend_of_record\n', position: 'line 3', value: 'line number 20000000' },
  { name: 'lcov FN', format: 'lcov', input: 'SF:a.js\nFN:20000000,f\nend_of_record\n', position: 'line 2', value: 'line number 20000000' },
  { name: 'lcov FNL', format: 'lcov', input: 'SF:a.js\nFNL:0,20000000,20000001\nend_of_record\n', position: 'line 2', value: 'line number 20000000' },
  { name: 'istanbul-json statement in exponent notation', format: 'istanbul-json', input: istanbulStatement('1e15', '1'), position: 'byte 60', value: 'the line number is 1e15' },
  { name: 'istanbul-json statement above the maximum', format: 'istanbul-json', input: istanbulStatement('20000000', '1'), position: 'byte 60', value: 'the line number is 20000000, which is above the maximum 10000000' },
  { name: 'istanbul-json negative line', format: 'istanbul-json', input: istanbulStatement('-1', '1'), position: 'byte 60', value: 'the line number is -1' },
  { name: 'istanbul-json fractional line', format: 'istanbul-json', input: istanbulStatement('1.5', '1'), position: 'byte 60', value: 'the line number is 1.5' },
  {
    name: 'istanbul-json function declaration',
    format: 'istanbul-json',
    input: istanbulFile('"statementMap":{},"s":{},"fnMap":{"0":{"name":"f","decl":{"start":{"line":30000000,"column":0}}}},"f":{"0":1},"branchMap":{},"b":{}'),
    position: 'byte 97',
    value: 'the line number is 30000000',
  },
  {
    name: 'istanbul-json branch line',
    format: 'istanbul-json',
    input: istanbulFile('"statementMap":{},"s":{},"fnMap":{},"f":{},"branchMap":{"0":{"line":30000000,"type":"if"}},"b":{"0":[1,0]}'),
    position: 'byte 91',
    value: 'the line number is 30000000',
  },
  { name: 'cobertura class line', format: 'cobertura', input: cobertura('<line number="99999999999" hits="1"/>'), position: 'line 3, column 37', value: 'number="99999999999", which is above the maximum line number 10000000' },
  {
    name: 'cobertura method line',
    format: 'cobertura',
    input: cobertura('<line number="1" hits="1"/></lines><methods><method name="f"><lines><line number="20000000" hits="1"/></lines></method></methods><lines>'),
    position: 'line 3, column 102',
    value: 'number="20000000"',
  },
  { name: 'clover line', format: 'clover', input: clover('<line num="4000000000" type="stmt" count="1"/>'), position: 'line 3, column 46', value: 'num="4000000000", which is above the maximum line number 10000000' },
  { name: 'jacoco line', format: 'jacoco', input: jacoco('<line nr="3000000000" mi="0" ci="1" mb="0" cb="0"/>'), position: 'line 3, column 51', value: 'nr="3000000000", which is above the maximum line number 10000000' },
  {
    name: 'jacoco method line',
    format: 'jacoco',
    input: `<?xml version="1.0"?>\n<report name="r"><package name="p"><class name="p/A" sourcefilename="A.java">\n<method name="f" desc="()V" line="3000000000"/>\n</class><sourcefile name="A.java"><line nr="1" mi="0" ci="1"/></sourcefile></package></report>\n`,
    position: 'line 3, column 47',
    value: 'line="3000000000"',
  },
  { name: 'go end line', format: 'go', input: goProfile('3.24,4000000000.2 1 1'), position: 'line 2', value: 'line number 4000000000 is above the maximum 10000000' },
  { name: 'go start line', format: 'go', input: goProfile('4000000000.1,4000000001.2 1 1'), position: 'line 2', value: 'line number 4000000000 is above the maximum 10000000' },
];

describe('line number above the maximum', () => {
  it.each(lineNumberCases)('rejects $name', expectRejected);
});

describe('Istanbul id above the maximum', () => {
  it('rejects an id of 4000000000', async () => {
    await expectRejected({
      name: 'istanbul-json id',
      format: 'istanbul-json',
      input: istanbulFile(`"statementMap":{},"s":{"4000000000":1},${ISTANBUL_MAPS}`),
      position: 'byte 47',
      value: 's has the id 4000000000, which is above the maximum id 10000000',
    });
  });
});

/** Reads the report once, because a file of MAX_LINE_NUMBER lines takes 80 MB per copy. */
async function parseOnce(format: Format, input: string): Promise<ParsedReport> {
  return PARSERS[format](inputFromBuffer(SOURCE, input));
}

describe('line number at the maximum', () => {
  const max = String(MAX_LINE_NUMBER);
  const cases: [Format, string][] = [
    ['lcov', `SF:a.js\nDA:${max},1\nend_of_record\n`],
    ['istanbul-json', istanbulStatement(max, '1')],
    ['cobertura', cobertura(`<line number="${max}" hits="1"/>`)],
    ['clover', clover(`<line num="${max}" type="stmt" count="1"/>`)],
    ['jacoco', jacoco(`<line nr="${max}" mi="0" ci="1"/>`)],
    ['go', goProfile(`${max}.1,${max}.2 1 1`)],
  ];
  it.each(cases)('accepts %s', async (format, input) => {
    const report = await parseOnce(format, input);
    const lines = report.files[0]!.lines!;
    expect(lines.length).toBe(MAX_LINE_NUMBER + 1);
    expect(lines[MAX_LINE_NUMBER]).toBe(1);
  });

  it('accepts lcov BRDA on line 0', async () => {
    const report = await parseChunked(PARSERS.lcov, SOURCE, 'SF:a.py\nDA:1,1\nBRDA:0,0,0,1\nBRDA:0,0,1,0\nend_of_record\n');
    expect(withRecordObjects(report.files[0]!).branches).toEqual([{ line: 0, covered: 1, total: 2, taken: [1, 0] }]);
  });
});

const countCases: RejectCase[] = [
  { name: 'go statement count 2^53', format: 'go', input: goProfile(`3.24,4.2 ${ABOVE_SAFE} 0`), position: 'line 2', value: `statement count ${ABOVE_SAFE} is above the maximum ${MAX_SAFE}` },
  { name: 'go statement count of 23 digits', format: 'go', input: goProfile('3.24,4.2 99999999999999999999999 1'), position: 'line 2', value: 'statement count 99999999999999999999999' },
  { name: 'go execution count 2^53', format: 'go', input: goProfile(`3.24,4.2 1 ${ABOVE_SAFE}`), position: 'line 2', value: `execution count ${ABOVE_SAFE}` },
  {
    name: 'go statement counts that add up past 2^53 - 1',
    format: 'go',
    input: `mode: set\nexample.com/m/a.go:1.1,1.2 ${MAX_SAFE} 1\nexample.com/m/b.go:1.1,1.2 1 0\n`,
    position: 'line 3',
    value: `add up to more than ${MAX_SAFE}`,
  },
  { name: 'go negative count', format: 'go', input: goProfile('3.24,4.2 1 -1'), position: 'line 2', value: '3.24,4.2 1 -1"' },
  { name: 'go count in exponent notation', format: 'go', input: goProfile('3.24,4.2 1 1e3'), position: 'line 2', value: '3.24,4.2 1 1e3"' },
  { name: 'istanbul-json fractional statement hits', format: 'istanbul-json', input: istanbulStatement('1', '1.5'), position: 'byte 113', value: 'the hit count of s["0"] is 1.5' },
  // A negative integer is read (v8-to-istanbul writes them); a negative fraction is not a count.
  { name: 'istanbul-json negative fractional statement hits', format: 'istanbul-json', input: istanbulStatement('1', '-1.5'), position: 'byte 113', value: 'the hit count of s["0"] is -1.5' },
  { name: 'istanbul-json statement hits in exponent notation', format: 'istanbul-json', input: istanbulStatement('1', '1e3'), position: 'byte 113', value: 'the hit count of s["0"] is 1e3' },
  { name: 'istanbul-json statement hits of 2^53', format: 'istanbul-json', input: istanbulStatement('1', ABOVE_SAFE), position: 'byte 113', value: `the hit count of s["0"] is ${ABOVE_SAFE}, which is above the maximum ${MAX_SAFE}` },
  {
    name: 'istanbul-json fractional function hits',
    format: 'istanbul-json',
    input: istanbulFile('"statementMap":{},"s":{},"fnMap":{"0":{"name":"f","line":1}},"f":{"0":0.5},"branchMap":{},"b":{}'),
    position: 'byte 93',
    value: 'the hit count of f["0"] is 0.5',
  },
  {
    name: 'istanbul-json fractional branch hits',
    format: 'istanbul-json',
    input: istanbulFile('"statementMap":{},"s":{},"fnMap":{},"f":{},"branchMap":{"0":{"line":1}},"b":{"0":[1,2.5]}'),
    position: 'byte 107',
    value: 'the hit count of b["0"][1] is 2.5',
  },
  { name: 'istanbul-summary total in exponent notation', format: 'istanbul-summary', input: summary('1e300', '1'), position: 'byte 68', value: '"total" of the lines counter of "a.js" is 1e300' },
  { name: 'istanbul-summary total of 2^53', format: 'istanbul-summary', input: summary(ABOVE_SAFE, '1'), position: 'byte 68', value: `is ${ABOVE_SAFE}, which is above the maximum ${MAX_SAFE}` },
  { name: 'istanbul-summary fractional covered', format: 'istanbul-summary', input: summary('2', '1.5'), position: 'byte 80', value: '"covered" of the lines counter of "a.js" is 1.5' },
  { name: 'istanbul-summary negative covered', format: 'istanbul-summary', input: summary('2', '-1'), position: 'byte 80', value: 'is -1' },
  { name: 'cobertura fractional hits', format: 'cobertura', input: cobertura('<line number="1" hits="1.5"/>'), position: 'line 3, column 29', value: 'hits="1.5", which is not an integer in plain digits' },
  { name: 'cobertura hits in exponent notation', format: 'cobertura', input: cobertura('<line number="1" hits="1e3"/>'), position: 'line 3, column 29', value: 'hits="1e3"' },
  { name: 'cobertura hits of 2^53', format: 'cobertura', input: cobertura(`<line number="1" hits="${ABOVE_SAFE}"/>`), position: 'line 3, column 42', value: `hits="${ABOVE_SAFE}", which is above the maximum count ${MAX_SAFE}` },
  { name: 'cobertura negative hits', format: 'cobertura', input: cobertura('<line number="1" hits="-1"/>'), position: 'line 3, column 28', value: 'hits="-1"' },
  { name: 'clover fractional count', format: 'clover', input: clover('<line num="1" type="stmt" count="1.5"/>'), position: 'line 3, column 39', value: 'count="1.5", which is not an integer in plain digits' },
  { name: 'clover count of 2^53', format: 'clover', input: clover(`<line num="1" type="stmt" count="${ABOVE_SAFE}"/>`), position: 'line 3, column 52', value: `count="${ABOVE_SAFE}", which is above the maximum count` },
  { name: 'clover truecount in exponent notation', format: 'clover', input: clover('<line num="1" type="cond" truecount="1e2" falsecount="0"/>'), position: 'line 3, column 58', value: 'truecount="1e2"' },
  {
    name: 'clover methods counter',
    format: 'clover',
    input: clover('<metrics methods="1e300" coveredmethods="0" statements="1"/><line num="1" type="stmt" count="1"/>'),
    position: 'line 3, column 60',
    value: 'methods="1e300"',
  },
  { name: 'jacoco fractional ci', format: 'jacoco', input: jacoco('<line nr="1" mi="0" ci="1.5"/>'), position: 'line 3, column 30', value: 'ci="1.5", which is not an integer in plain digits' },
  { name: 'jacoco cb of 2^53', format: 'jacoco', input: jacoco(`<line nr="1" mi="0" ci="1" mb="0" cb="${ABOVE_SAFE}"/>`), position: 'line 3, column 57', value: `cb="${ABOVE_SAFE}", which is above the maximum count` },
  {
    name: 'jacoco method counter in exponent notation',
    format: 'jacoco',
    input: `<?xml version="1.0"?>\n<report name="r"><package name="p"><class name="p/A" sourcefilename="A.java"><method name="f" desc="()V" line="1">\n<counter type="METHOD" missed="0" covered="2e3"/>\n</method></class><sourcefile name="A.java"><line nr="1" mi="0" ci="1"/></sourcefile></package></report>\n`,
    position: 'line 3, column 49',
    value: 'covered="2e3"',
  },
  { name: 'lcov fractional DA hits', format: 'lcov', input: 'SF:a.js\nDA:1,1.5\nend_of_record\n', position: 'line 2', value: 'invalid DA record "DA:1,1.5"' },
  { name: 'lcov DA hits in exponent notation', format: 'lcov', input: 'SF:a.js\nDA:1,1e3\nend_of_record\n', position: 'line 2', value: 'invalid DA record "DA:1,1e3"' },
  { name: 'lcov negative FNDA hits', format: 'lcov', input: 'SF:a.js\nFN:1,f\nFNDA:-1,f\nend_of_record\n', position: 'line 3', value: 'invalid FNDA record "FNDA:-1,f"' },
];

describe('count that is not a safe integer', () => {
  it.each(countCases)('rejects $name', expectRejected);

  it('accepts 2^53 - 1 as a Go statement count', async () => {
    const report = await parseChunked(PARSERS.go, SOURCE, goProfile(`3.24,4.2 ${MAX_SAFE} 1`));
    expect(withRecordObjects(report.files[0]!).statements).toEqual([{ line: 3, column: 23, hits: 1, weight: Number.MAX_SAFE_INTEGER }]);
  });

  it('accepts 2^53 - 1 and null as Istanbul hit counts', async () => {
    const input = istanbulFile(
      `"statementMap":{"0":{"start":{"line":1,"column":0}},"1":{"start":{"line":2,"column":0}}},"s":{"0":${MAX_SAFE},"1":null},${ISTANBUL_MAPS}`,
    );
    const report = await parseChunked(PARSERS['istanbul-json'], SOURCE, input);
    expect(withRecordObjects(report.files[0]!).statements!.map((statement) => statement.hits)).toEqual([Number.MAX_SAFE_INTEGER, 0]);
  });

  it('accepts "2.0" as a Cobertura hit count', async () => {
    const report = await parseChunked(PARSERS.cobertura, SOURCE, cobertura('<line number="1" hits="2.0"/>'));
    expect(withRecordObjects(report.files[0]!).lines).toEqual([-1, 2]);
  });

  // lcov keeps such counts, because real tracefiles contain 2^64 - 1.
  it('lowers lcov hit counts above 2^53 - 1', async () => {
    const input = 'SF:a.js\nFN:1,f\nFNDA:18446744073709551615,f\nDA:1,18446744073709551615\nDA:2,0\nBRDA:1,0,0,99999999999999999999\nBRDA:1,0,1,0\nend_of_record\n';
    const report = await parseChunked(PARSERS.lcov, SOURCE, input);
    const file = report.files[0]!;
    expect(withRecordObjects(file).lines).toEqual([-1, Number.MAX_SAFE_INTEGER, 0]);
    expect(withRecordObjects(file).functions).toEqual([{ name: 'f', line: 1, hits: Number.MAX_SAFE_INTEGER }]);
    expect(withRecordObjects(file).branches).toEqual([{ line: 1, covered: 1, total: 2, taken: [Number.MAX_SAFE_INTEGER, 0] }]);
    expect(report.warnings).toEqual([
      `${SOURCE} at line 3: the hit count 18446744073709551615 is above 2^53 - 1 and was read as ${MAX_SAFE}; later such counts are lowered without a warning`,
    ]);
  });
});

describe('byte order mark', () => {
  const BOM = '\uFEFF';
  const cases: [Format, string][] = [
    ['lcov', `${BOM}TN:\nSF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n`],
    ['lcov', `${BOM}SF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n`],
    ['go', `${BOM}mode: set\nexample.com/m/a.go:1.1,1.9 1 1\nexample.com/m/a.go:2.1,2.9 1 0\n`],
  ];
  it.each(cases)('is stripped from the start of %s', async (format, input) => {
    const report = await parseChunked(PARSERS[format], SOURCE, input);
    expect(report.files).toHaveLength(1);
    expect(withRecordObjects(report.files[0]!).lines).toEqual([-1, 1, 0]);
  });

  it('is still rejected inside lcov', async () => {
    const error = await parseError(PARSERS.lcov, SOURCE, `SF:a.js\n${BOM}DA:1,1\nend_of_record\n`);
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toContain(`${SOURCE} at line 2: line is not an lcov record`);
  });
});
