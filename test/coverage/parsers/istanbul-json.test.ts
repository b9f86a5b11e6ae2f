import { readFileSync } from 'node:fs';
import libCoverage from 'istanbul-lib-coverage';
import { describe, expect, it } from 'vitest';
import { withRecordObjects } from '../../support/coverage-records.js';
import { hasSharedFixtures } from '../../support/shared-fixtures.js';
import { sumTotals } from '../../../src/coverage/totals.js';
import { parseIstanbulJson } from '../../../src/coverage/parsers/istanbul-json.js';
import { ReportError } from '../../../src/errors.js';
import { parseChunked, parseError } from './parse-chunked.js';

const REAL = new URL('../../../../shared/fixtures/real/istanbul/vitest-coverage-final.json', import.meta.url);

function position(line: number, column: number) {
  return { line, column };
}

function range(line: number, column: number, endLine = line, endColumn: number | null = column + 10) {
  return { start: position(line, column), end: { line: endLine, column: endColumn } };
}

/** A file with two statements on line 2 (hit 0 and 3), one on line 5 never hit, two functions and an if/else. */
function sampleFile(path: string) {
  return {
    path,
    statementMap: { '0': range(1, 0), '1': range(2, 2), '2': range(2, 20), '3': range(5, 4, 6, null) },
    fnMap: {
      '0': { name: 'run', decl: range(1, 9), loc: range(1, 0, 7, 1), line: 1 },
      '1': { name: 'later', loc: range(5, 0), line: 5 },
    },
    branchMap: {
      '0': { loc: range(3, 2, 4, 3), type: 'if', locations: [range(3, 2), range(3, 2)], line: 3 },
      '1': { loc: range(5, 4), type: 'cond-expr', locations: [range(5, 4), range(5, 8), range(5, 12)] },
    },
    s: { '0': 1, '1': 0, '2': 3, '3': 0 },
    f: { '0': 1, '1': 0 },
    b: { '0': [2, 0], '1': [0, 0, 1] },
    _coverageSchema: 'x',
    hash: 'y',
  };
}

const sampleMap = { '/repo/src/a.ts': sampleFile('/repo/src/a.ts'), '/repo/src/b.ts': sampleFile('/repo/src/b.ts') };

/** Totals istanbul-lib-coverage computes for a coverage map. */
function istanbulTotals(map: object) {
  const summary = libCoverage.createCoverageMap(JSON.parse(JSON.stringify(map))).getCoverageSummary();
  const pick = (name: 'lines' | 'statements' | 'functions' | 'branches') => ({ covered: summary[name].covered, total: summary[name].total });
  return { lines: pick('lines'), statements: pick('statements'), functions: pick('functions'), branches: pick('branches') };
}

const totalsCases: { name: string; content: string; expectedFrom: object }[] = [
  { name: 'compact coverage-final.json', content: JSON.stringify(sampleMap), expectedFrom: sampleMap },
  { name: 'tab-indented coverage-final.json', content: JSON.stringify(sampleMap, null, '\t'), expectedFrom: sampleMap },
  {
    name: 'statement in s without statementMap entry',
    content: JSON.stringify({ 'x.js': { ...sampleFile('x.js'), s: { '0': 1, '1': 0, '2': 3, '3': 0, '4': 7 } } }),
    expectedFrom: { 'x.js': { ...sampleFile('x.js'), s: { '0': 1, '1': 0, '2': 3, '3': 0, '4': 7 } } },
  },
  {
    name: 'empty file coverage',
    content: JSON.stringify({ 'e.js': { path: 'e.js', statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} }, ...sampleMap }),
    expectedFrom: { 'e.js': { path: 'e.js', statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} }, ...sampleMap },
  },
  ...(hasSharedFixtures
    ? [{ name: 'real vitest report', content: readFileSync(REAL, 'utf8'), expectedFrom: JSON.parse(readFileSync(REAL, 'utf8')) as object }]
    : []),
];

describe('parseIstanbulJson totals', () => {
  it.each(totalsCases)('$name matches istanbul-lib-coverage', async ({ content, expectedFrom }) => {
    const report = await parseChunked(parseIstanbulJson, 'coverage-final.json', content);
    const totals = sumTotals(report.files);
    const expected = istanbulTotals(expectedFrom);
    expect(totals.lines).toEqual(expected.lines);
    expect(totals.statements).toEqual(expected.statements);
    expect(totals.lines).toEqual(expected.lines);
    expect(totals.functions).toEqual(expected.functions);
    expect(totals.branches).toEqual(expected.branches);
  });
});

describe('parseIstanbulJson detail', () => {
  it('derives lines, statements, functions and branches', async () => {
    const report = await parseChunked(parseIstanbulJson, 'c.json', JSON.stringify(sampleMap));
    const file = report.files[0]!;
    expect(report.format).toBe('istanbul-json');
    expect(file.path).toBe('/repo/src/a.ts');
    expect(withRecordObjects(file).lines).toEqual([-1, 1, 3, -1, -1, 0]);
    expect(withRecordObjects(file).statements).toEqual([
      { line: 1, column: 0, hits: 1, weight: 1 },
      { line: 2, column: 2, hits: 0, weight: 1 },
      { line: 2, column: 20, hits: 3, weight: 1 },
      { line: 5, column: 4, hits: 0, weight: 1 },
    ]);
    expect(withRecordObjects(file).functions).toEqual([
      { name: 'run', line: 1, hits: 1 },
      { name: 'later', line: 5, hits: 0 },
    ]);
    expect(withRecordObjects(file).branches).toEqual([
      { line: 3, covered: 1, total: 2, taken: [2, 0] },
      { line: 5, covered: 1, total: 3, taken: [0, 0, 1] },
    ]);
  });

  it('reads the coverageMap of jest --json output', async () => {
    const jest = {
      numFailedTestSuites: 0,
      numTotalTests: 3,
      snapshot: { added: 0, files: { '/x': {} } },
      success: true,
      testResults: [{ name: '/repo/a.test.ts', assertionResults: [{ title: 'has } and ] in a "title"' }] }],
      coverageMap: sampleMap,
      wasInterrupted: false,
    };
    const report = await parseChunked(parseIstanbulJson, 'jest.json', JSON.stringify(jest, null, 2));
    expect(report.files.map((file) => file.path)).toEqual(['/repo/src/a.ts', '/repo/src/b.ts']);
    expect(sumTotals(report.files).statements).toEqual({ covered: 4, total: 8 });
  });

  it('skips a byte order mark', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(sampleMap))]);
    const report = await parseChunked(parseIstanbulJson, 'bom.json', text);
    expect(sumTotals(report.files).statements).toEqual({ covered: 4, total: 8 });
  });

  it('unwraps the data object of serialized FileCoverage', async () => {
    const wrapped = { '/repo/src/a.ts': { data: sampleFile('/repo/src/a.ts') } };
    const report = await parseChunked(parseIstanbulJson, 'c.json', JSON.stringify(wrapped));
    expect(sumTotals(report.files).lines).toEqual({ covered: 2, total: 3 });
  });

  it('reads negative counts as istanbul-lib-coverage does', async () => {
    const file = { ...sampleFile('/repo/src/a.ts'), b: { '0': [6, -4], '1': [0, 0, 1] }, s: { '0': 1, '1': -2, '2': 3, '3': 0 } };
    const map = { '/repo/src/a.ts': file };
    const report = await parseChunked(parseIstanbulJson, 'c.json', JSON.stringify(map));
    const totals = sumTotals(report.files);
    const expected = istanbulTotals(map);
    expect(totals.branches).toEqual(expected.branches);
    expect(totals.statements).toEqual(expected.statements);
    expect(report.warnings).toEqual([
      '2 hit counts are negative (the hit count of s["1"] of "/repo/src/a.ts"). V8 coverage converted by v8-to-istanbul can write these. They count as Istanbul\'s own summary counts them: statements and functions as covered, branches as not covered.',
    ]);
  });

  it('uses the map key when path is missing and decodes escapes', async () => {
    const { path: _path, ...withoutPath } = sampleFile('unused');
    const report = await parseChunked(parseIstanbulJson, 'c.json', JSON.stringify({ 'src/\u00e9t\u00e9 "q".ts': withoutPath }));
    expect(report.files[0]!.path).toBe('src/été "q".ts');
  });
});

const errorCases: { name: string; content: string; message: string }[] = [
  { name: 'empty file', content: '', message: 'c.json: the file is empty' },
  { name: 'JSON that ends early', content: JSON.stringify(sampleMap).slice(0, 200), message: 'c.json at byte 200: the JSON ends early' },
  { name: 'empty map', content: '{}', message: 'c.json: the Istanbul report covers no files' },
  { name: 'array root', content: '[]', message: 'c.json at byte 0: expected a JSON object' },
  {
    name: 'invalid hit count',
    content: '{"a.js":{"statementMap":{},"s":{"0":x}}}',
    message: 'c.json at byte 36: expected a number but found "x"',
  },
  {
    name: 'summary passed as final',
    content: '{"a.js":{"lines":{"total":1,"covered":1}}}',
    message: 'c.json at byte 8: the entry "a.js" has no statementMap, s, fnMap, f, branchMap, b',
  },
  { name: 'fractional hit count', content: '{"a.js":{"statementMap":{},"s":{"0":-1.5}}}', message: 'the hit count of s["0"] is -1.5, but a count must be a non-negative integer' },
  { name: 'non-numeric id', content: '{"a.js":{"s":{"first":1}}}', message: 'c.json at byte 15: s has the key "first"' },
  { name: 'Jest output without coverage', content: '{"numFailedTestSuites":0,"testResults":[]}', message: 'c.json: the Jest JSON output has no coverageMap' },
  { name: 'two concatenated reports', content: `${JSON.stringify(sampleMap)} {}`, message: 'unexpected content after the end of the JSON object' },
];

describe('parseIstanbulJson errors', () => {
  it.each(errorCases)('$name', async ({ content, message }) => {
    const error = await parseError(parseIstanbulJson, 'c.json', content);
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toContain(message);
  });
});
