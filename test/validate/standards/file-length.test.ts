import { describe, expect, it } from 'vitest';
import { fileLengthFinding } from '../../../src/validate/standards/file-length.js';
import { STANDARDS_RULES } from '../../../src/validate/standards/rules.js';
import { check, summary } from './fixture.js';

const cases: { name: string; text: string; lines: number | null; range?: [number, number, number, number] }[] = [
  { name: 'empty file', text: '', lines: null },
  { name: 'two lines with final break', text: 'a\nb\n', lines: null },
  { name: 'two lines without final break', text: 'a\nb', lines: null },
  { name: 'three lines', text: 'a\nb\nccc\n', lines: 3, range: [3, 1, 3, 4] },
  { name: 'blank third line', text: 'a\nb\n\n', lines: 3, range: [3, 1, 3, 1] },
  { name: 'CRLF without final break', text: 'a\r\nb\r\nccc\r\ndd', lines: 4, range: [3, 1, 4, 3] },
  { name: 'lone CR and U+2028', text: 'a\rb\u2028c', lines: 3, range: [3, 1, 3, 2] },
];

describe('standards/max-file-lines', () => {
  it.each(cases)('$name', ({ text, lines, range }) => {
    const finding = fileLengthFinding({ path: 'config.yml', text }, { maxFileLines: 2 });

    if (lines === null) {
      expect(finding).toBeNull();
      return;
    }
    const [startLine, startColumn, endLine, endColumn] = range!;
    expect(finding && summary(finding)).toEqual({
      ruleId: 'standards/max-file-lines',
      message: `The file has ${lines} lines, more than the maximum of 2.`,
      range: { startLine, startColumn, endLine, endColumn },
    });
    expect(finding?.properties).toEqual({ lines, max: 2 });
  });

  it('is off when null', () => {
    expect(fileLengthFinding({ path: 'a.yml', text: 'a\nb\nc\n' }, { maxFileLines: null })).toBeNull();
  });

  it('runs on scripts', () => {
    const findings = check('// one\n// two\nexport {};\n', { maxFileLines: 2 });

    expect(findings.map((finding) => finding.ruleId)).toEqual(['standards/max-file-lines']);
  });
});

describe('STANDARDS_RULES', () => {
  it('lists every rule once', () => {
    const ids = STANDARDS_RULES.map((rule) => rule.id);

    expect(ids).toEqual([
      'standards/max-file-lines',
      'standards/max-function-lines',
      'standards/max-parameters',
      'standards/naming',
      'standards/banned-import',
    ]);
  });
});
