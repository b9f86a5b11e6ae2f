import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/coverage/parsers/detect.js';
import { ReportError } from '../../../src/errors.js';

const cases: { name: string; head: string; format: string }[] = [
  { name: 'lcov starting with TN', head: 'TN:\nSF:a.c\nDA:1,1\n', format: 'lcov' },
  { name: 'lcov starting with SF after a BOM', head: '\uFEFFSF:a.c\nDA:1,1\n', format: 'lcov' },
  { name: 'lcov 2 starting with VER', head: '\n  VER:2.0\nSF:a.c\n', format: 'lcov' },
  { name: 'Istanbul coverage-final.json', head: '{"/a.js":{"path":"/a.js","statementMap":{"0":{}}', format: 'istanbul-json' },
  { name: 'Istanbul JSON with data wrapper', head: '{ "/a.js": { "data": { "path": "/a.js", "statementMap": {', format: 'istanbul-json' },
  { name: 'Istanbul summary', head: '{"total": {"lines":{"total":1,"covered":1', format: 'istanbul-summary' },
  { name: 'Istanbul summary without total first', head: '{\n\t"/a.js": {\n\t\t"lines": {\n\t\t\t"total": 2,', format: 'istanbul-summary' },
  { name: 'Jest --json output', head: '{"numFailedTestSuites":0,"numFailedTests":0', format: 'istanbul-json' },
  { name: 'Go profile', head: 'mode: atomic\nexample.com/m/a.go:1.1,1.9 1 1\n', format: 'go' },
  { name: 'Go profile with CRLF', head: 'mode: set\r\nx.go:1.1,1.9 1 1\r\n', format: 'go' },
  { name: 'Cobertura with line-rate', head: '<?xml version="1.0" ?>\n<coverage line-rate="0.5" branch-rate="0">', format: 'cobertura' },
  {
    name: 'Cobertura with DOCTYPE and comment',
    head: '<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<!-- generated -->\n<coverage timestamp="1"><sources>',
    format: 'cobertura',
  },
  { name: 'Cobertura with BOM and packages', head: '\uFEFF<coverage version="1">\n<packages>', format: 'cobertura' },
  { name: 'Clover', head: '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1">\n  <project timestamp="1">', format: 'clover' },
  { name: 'JaCoCo with DOCTYPE', head: '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">', format: 'jacoco' },
  { name: 'JaCoCo without DOCTYPE', head: '<report name="x"><sessioninfo', format: 'jacoco' },
];

describe('detectFormat', () => {
  it.each(cases)('$name', ({ head, format }) => {
    expect(detectFormat(Buffer.from(head, 'utf8'), 'report')).toBe(format);
  });

  it.each([
    ['plain text', 'hello world\n', 'coverage/out.txt: the coverage report format is not recognised'],
    ['unknown JSON', '{"name":"pkg","version":"1.0.0"}', 'coverage/out.txt: the coverage report format is not recognised'],
    ['unknown XML root', '<?xml version="1.0"?><testsuites>', 'coverage/out.txt: the coverage report format is not recognised'],
    ['empty file', '', 'coverage/out.txt: the file is empty'],
  ])('rejects %s', (_name, head, message) => {
    let error: unknown;
    try {
      detectFormat(Buffer.from(head), 'coverage/out.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as Error).message).toContain(message);
  });

  it('lists the formats and the --format flag', () => {
    expect(() => detectFormat(Buffer.from('???'), 'x')).toThrow(
      'Supported formats are lcov, istanbul-json, istanbul-summary, cobertura, clover, jacoco, go; if the file is one of them, name it with --format <format>',
    );
  });
});

describe('detectFormat with an internal DTD subset', () => {
  it('looks past the subset to the root element', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE coverage [\n  <!ELEMENT coverage ANY>\n  <!ENTITY x "y">\n]>\n<coverage line-rate="1"><packages/></coverage>';
    expect(detectFormat(Buffer.from(xml), 'c.xml')).toBe('cobertura');
  });
});
