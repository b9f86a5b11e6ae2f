import { mkdtempSync, rmSync, writeFileSync, mkdirSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/coverage/load-report.js';
import { sumTotals } from '../../src/coverage/totals.js';
import { EXIT, ReportError } from '../../src/errors.js';

const folder = mkdtempSync(join(tmpdir(), 'load-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('loadReport', () => {
  it.each([
    ['lcov', 'lcov.info', 'SF:a.c\nDA:1,1\nDA:2,0\nend_of_record\n'],
    ['go', 'cover.out', 'mode: set\nx.go:1.1,1.2 1 1\nx.go:3.1,3.2 1 0\n'],
    ['istanbul-summary', 'summary.json', '{"total":{},"a.js":{"lines":{"total":2,"covered":1}}}'],
    ['istanbul-json', 'final.json', '{"a.js":{"statementMap":{"0":{"start":{"line":1,"column":0}},"1":{"start":{"line":2,"column":0}}},"s":{"0":1,"1":0},"fnMap":{},"f":{},"branchMap":{},"b":{}}}'],
  ])('detects and parses %s', async (format, name, content) => {
    const report = await loadReport(write(name, content), 'auto');
    expect(report.format).toBe(format);
    expect(report.source).toBe(join(folder, name));
    expect(sumTotals(report.files).lines).toEqual({ covered: 1, total: 2 });
  });

  it('uses the format it is given', async () => {
    const error = await loadReport(write('given.txt', 'SF:a.c\nDA:1,1\nend_of_record\n'), 'go').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as Error).message).toContain('the Go cover profile has no "mode:" line');
  });

  it('streams a report larger than the detection head', async () => {
    const path = join(folder, 'large.info');
    const out = createWriteStream(path);
    const files = 3000;
    for (let file = 0; file < files; file++) {
      let record = `SF:src/file${file}.c\n`;
      for (let line = 1; line <= 200; line++) record += `DA:${line},${line % 4}\n`;
      out.write(`${record}end_of_record\n`);
    }
    await new Promise((resolve) => out.end(resolve));
    const report = await loadReport(path, 'auto');
    expect(report.files).toHaveLength(files);
    expect(sumTotals(report.files).lines).toEqual({ covered: files * 150, total: files * 200 });
  });

  it.each([
    ['a missing file', () => join(folder, 'missing.info'), 'the coverage report was not found'],
    ['a folder', () => (mkdirSync(join(folder, 'dir'), { recursive: true }), join(folder, 'dir')), 'the path is a folder'],
    ['an empty file', () => write('empty.info', ''), 'the file is empty'],
    ['an unknown format', () => write('notes.txt', 'just notes\n'), 'the coverage report format is not recognised'],
  ])('rejects %s with the path', async (_name, makePath, message) => {
    const path = makePath();
    const error = await loadReport(path, 'auto').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as Error).message).toContain(`${path}: ${message}`);
  });
});

describe('loadReport limits', () => {
  it.each([
    ['lcov', 'huge.info', 'SF:src/math.js\nDA:2000000000,1\nend_of_record\n', 'line 2', 'line number 2000000000 is above the maximum 10000000'],
    [
      'istanbul-json',
      'huge-final.json',
      '{"a.js":{"statementMap":{"0":{"start":{"line":1e15,"column":0}}},"s":{"0":1},"fnMap":{},"f":{},"branchMap":{},"b":{}}}',
      'byte 46',
      'the line number is 1e15',
    ],
    ['istanbul-summary', 'huge-summary.json', '{"total":{},"a.js":{"lines":{"total":1e300,"covered":1}}}', 'byte 37', '"total" of the lines counter of "a.js" is 1e300'],
    [
      'cobertura',
      'huge-cobertura.xml',
      '<?xml version="1.0"?>\n<coverage><packages><package><classes><class filename="a.py"><lines><line number="99999999999" hits="1"/></lines></class></classes></package></packages></coverage>\n',
      'line 2, column 105',
      'number="99999999999"',
    ],
    ['clover', 'huge-clover.xml', '<?xml version="1.0"?>\n<coverage><project><file name="a.php"><line num="4000000000" type="stmt" count="1"/></file></project></coverage>\n', 'line 2, column 84', 'num="4000000000"'],
    [
      'jacoco',
      'huge-jacoco.xml',
      '<?xml version="1.0"?>\n<report name="r"><package name="p"><sourcefile name="A.java"><line nr="3000000000" mi="0" ci="1"/></sourcefile></package></report>\n',
      'line 2, column 98',
      'nr="3000000000"',
    ],
    ['go', 'huge.out', 'mode: set\nexample.com/m/a.go:3.24,4000000000.2 1 1\n', 'line 2', 'line number 4000000000 is above the maximum 10000000'],
    ['go', 'stmt.out', 'mode: set\nexample.com/m/a.go:3.24,4.2 9007199254740992 0\nexample.com/m/a.go:5.1,6.2 1 1\n', 'line 2', 'statement count 9007199254740992'],
  ])('rejects a %s report that exceeds a limit (%s)', async (_format, name, content, position, value) => {
    const path = write(name, content);
    const error = await loadReport(path, 'auto').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).exitCode).toBe(EXIT.invalidInput);
    expect((error as Error).message).toContain(`${path} at ${position}: `);
    expect((error as Error).message).toContain(value);
  });

  it.each([
    ['lcov', 'bom.info', '\uFEFFTN:\nSF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n'],
    ['go', 'bom.out', '\uFEFFmode: set\nexample.com/m/a.go:1.1,1.9 1 1\nexample.com/m/a.go:2.1,2.9 1 0\n'],
  ])('reads a %s report that starts with a byte order mark', async (format, name, content) => {
    const report = await loadReport(write(name, content), 'auto');
    expect(report.format).toBe(format);
    expect(sumTotals(report.files).lines).toEqual({ covered: 1, total: 2 });
  });
});
