import { describe, expect, it } from 'vitest';
import { ReportError } from '../../../src/errors.js';
import { decodeGitPath, encodeGitPath } from '../../../src/git/git-path.js';
import { fileTotals, sumTotals } from '../../../src/coverage/totals.js';
import { parseLcov } from '../../../src/coverage/parsers/lcov.js';
import { parseChunked, parseError } from './parse-chunked.js';
import { withRecordObjects, withTables } from '../../support/coverage-records.js';

interface Case {
  name: string;
  input: string;
  lines: { covered: number; total: number };
  /** `null` when the report has no record of the metric. */
  branches: { covered: number; total: number } | null;
  functions: { covered: number; total: number } | null;
  /** [line, hits] pairs to check in the first file. */
  lineHits?: [number, number][];
  fileCount?: number;
  check?: (report: Awaited<ReturnType<typeof parseLcov>>) => void;
}

const cases: Case[] = [
  {
    name: 'every record type of lcov 1',
    input: [
      'TN:unit',
      'SF:src/a.c',
      'FN:3,main',
      'FN:9,helper',
      'FNDA:4,main',
      'FNDA:0,helper',
      'FNF:2',
      'FNH:1',
      'BRDA:4,0,0,3',
      'BRDA:4,0,1,0',
      'BRF:2',
      'BRH:1',
      'DA:3,4',
      'DA:4,4',
      'DA:9,0',
      'LF:3',
      'LH:2',
      'end_of_record',
      '',
    ].join('\n'),
    lines: { covered: 2, total: 3 },
    branches: { covered: 1, total: 2 },
    functions: { covered: 1, total: 2 },
    lineHits: [[3, 4], [9, 0], [5, -1]],
  },
  {
    name: 'lcov 2 FNL and FNA aliases',
    input: [
      'VER:2.0',
      'SF:src/t.cpp',
      'FNL:0,3,4',
      'FNA:0,1,_Z3addii',
      'FNA:0,2,_Z3addll',
      'FNL:1,7,12',
      'FNA:1,0,_Z3divdd',
      'FNF:2',
      'FNH:1',
      'DA:3,3',
      'DA:7,0',
      'end_of_record',
      '',
    ].join('\n'),
    lines: { covered: 1, total: 2 },
    branches: null,
    functions: { covered: 1, total: 2 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: '_Z3addii', line: 3, hits: 3 },
        { name: '_Z3divdd', line: 7, hits: 0 },
      ]);
    },
  },
  {
    name: 'lcov 2 FN with end line',
    input: 'SF:a.c\nFN:3,8,main\nFNDA:1,main\nDA:3,1\nend_of_record\n',
    lines: { covered: 1, total: 1 },
    branches: null,
    functions: { covered: 1, total: 1 },
    check: (report) => expect(withRecordObjects(report.files[0]!).functions).toEqual([{ name: 'main', line: 3, hits: 1 }]),
  },
  {
    name: 'BRDA taken "-" counts as not taken',
    input: 'SF:a.c\nDA:5,0\nBRDA:5,0,0,-\nBRDA:5,0,1,-\nBRDA:6,0,0,2\nend_of_record\n',
    lines: { covered: 0, total: 1 },
    branches: { covered: 1, total: 3 },
    functions: null,
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 5, covered: 0, total: 2, taken: [0, 0] },
        { line: 6, covered: 1, total: 1, taken: [2] },
      ]);
    },
  },
  {
    name: 'two functions with one name',
    input: 'SF:shapes.js\nFN:11,area\nFN:25,area\nFNDA:2,area\nFNDA:0,area\nDA:11,2\nend_of_record\n',
    lines: { covered: 1, total: 1 },
    branches: null,
    functions: { covered: 1, total: 2 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'area', line: 11, hits: 2 },
        { name: 'area', line: 25, hits: 0 },
      ]);
    },
  },
  {
    name: 'BRDA on line 0 from coverage.py',
    input: 'SF:a.py\nDA:1,1\nBRDA:0,3,0,-\nBRDA:0,3,1,1\nend_of_record\n',
    lines: { covered: 1, total: 1 },
    branches: { covered: 1, total: 2 },
    functions: null,
  },
  {
    name: 'BRDA without any DA',
    input: 'SF:a.c\nBRDA:7,0,0,1\nBRDA:7,0,1,0\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: { covered: 1, total: 2 },
    functions: null,
  },
  {
    name: 'BRDA with an expression branch',
    input: 'SF:a.c\nBRDA:7,e0,(a, b) == 1,4\nBRDA:7,e0,(a, b) == 2,0\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: { covered: 1, total: 2 },
    functions: null,
  },
  {
    name: 'same SF in several records merges',
    input: [
      'SF:a.c', 'FN:1,f', 'FNDA:0,f', 'DA:1,0', 'DA:2,3', 'BRDA:2,0,0,0', 'BRDA:2,0,1,1', 'end_of_record',
      'SF:b.c', 'DA:1,1', 'end_of_record',
      'SF:a.c', 'FN:1,f', 'FNDA:2,f', 'DA:1,5', 'DA:4,0', 'BRDA:2,0,0,6', 'BRDA:2,0,1,0', 'end_of_record', '',
    ].join('\n'),
    fileCount: 2,
    lines: { covered: 3, total: 4 },
    branches: { covered: 2, total: 2 },
    functions: { covered: 1, total: 1 },
    lineHits: [[1, 5], [2, 3], [4, 0]],
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([{ line: 2, covered: 2, total: 2, taken: [6, 1] }]);
      expect(withRecordObjects(report.files[0]!).functions).toEqual([{ name: 'f', line: 1, hits: 2 }]);
    },
  },
  {
    name: 'same SF again with two blocks on a line and an expression branch',
    input: [
      'SF:a.c', 'BRDA:3,0,0,1', 'BRDA:3,0,1,0', 'BRDA:3,2,0,0', 'BRDA:5,0,0,1', 'BRDA:5,0,1,0', 'BRDA:8,e1,x > 0,1', 'end_of_record',
      'SF:a.c', 'BRDA:3,2,0,4', 'BRDA:3,0,1,2', 'BRDA:5,0,1,3', 'BRDA:8,e1,x > 0,1', 'BRDA:8,e1,x <= 0,0', 'end_of_record',
      'SF:b.c', 'BRDA:4,7,0,1', 'BRDA:4,7,2,0', 'end_of_record',
      'SF:b.c', 'BRDA:4,7,2,5', 'BRDA:4,7,1,0', 'end_of_record', '',
    ].join('\n'),
    fileCount: 2,
    lines: { covered: 0, total: 0 },
    branches: { covered: 8, total: 10 },
    functions: null,
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 3, covered: 3, total: 3, taken: [1, 2, 4] },
        { line: 5, covered: 2, total: 2, taken: [1, 3] },
        { line: 8, covered: 1, total: 2, taken: [2, 0] },
      ]);
      expect(withRecordObjects(report.files[1]!).branches).toEqual([{ line: 4, covered: 2, total: 3, taken: [1, 5, 0] }]);
    },
  },
  {
    name: 'same SF again keeps function hits and namesakes',
    input: 'SF:a.c\nFNDA:1,f\nFN:3,g\nFN:9,g\nFNDA:2,g\nend_of_record\nSF:a.c\nFN:6,f\nFNDA:4,g\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: null,
    functions: { covered: 2, total: 3 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'f', line: 6, hits: 1 },
        { name: 'g', line: 3, hits: 6 },
        { name: 'g', line: 9, hits: 0 },
      ]);
    },
  },
  {
    name: 'namesake after several names',
    input: 'SF:a.c\nFN:1,a\nFN:2,b\nFN:2,b\nFN:3,c\nFN:7,b\nFNDA:1,a\nFNDA:2,b\nFNDA:3,b\nFNDA:4,b\nFNDA:5,c\nFN:9,d\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: null,
    functions: { covered: 4, total: 5 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'a', line: 1, hits: 1 },
        { name: 'b', line: 2, hits: 2 },
        { name: 'b', line: 7, hits: 7 },
        { name: 'c', line: 3, hits: 5 },
        { name: 'd', line: 9, hits: 0 },
      ]);
    },
  },
  {
    name: 'FNDA lines in and out of FN order',
    input: 'SF:a.c\nFN:1,a\nFN:2,b\nFN:3,c\nFN:8,b\nFNDA:1,a\nFNDA:0,c\nFNDA:3,b\nFNDA:4,b\nFNDA:5,a\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: null,
    functions: { covered: 3, total: 4 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'a', line: 1, hits: 6 },
        { name: 'b', line: 2, hits: 3 },
        { name: 'b', line: 8, hits: 4 },
        { name: 'c', line: 3, hits: 0 },
      ]);
    },
  },
  {
    name: 'unusual lines inside runs',
    input: [
      'SF:a.c', 'FN:1,f', 'FN:3,8,main', 'FN:9,g', 'FNDA:1,main', 'FNDA:2,f', 'FNDA:0,g',
      'BRDA:3,0,0,1', 'BRDA:3,e1,x > 0,2', 'BRDA:3,0,1,0', 'DA:1,1', 'DA:2,0,abc', 'DA:3,4', 'end_of_record', '',
    ].join('\n'),
    lines: { covered: 2, total: 3 },
    branches: { covered: 2, total: 3 },
    functions: { covered: 2, total: 3 },
    lineHits: [[1, 1], [2, 0], [3, 4]],
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'f', line: 1, hits: 2 },
        { name: 'main', line: 3, hits: 1 },
        { name: 'g', line: 9, hits: 0 },
      ]);
      expect(withRecordObjects(report.files[0]!).branches).toEqual([{ line: 3, covered: 2, total: 3, taken: [1, 2, 0] }]);
    },
  },
  {
    name: 'FNDA names that prefix each other',
    input: 'SF:a.c\r\nFN:1,ab\r\nFN:2,a\r\nFN:3,abc\r\nFNDA:1,a\r\nFNDA:2,abc\r\nFNDA:4,ab\r\nFNDA:8,ab\r\nend_of_record\r\n',
    lines: { covered: 0, total: 0 },
    branches: null,
    functions: { covered: 3, total: 3 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'ab', line: 1, hits: 12 },
        { name: 'a', line: 2, hits: 1 },
        { name: 'abc', line: 3, hits: 2 },
      ]);
    },
  },
  {
    name: 'counts above 2^31 and keys out of order',
    input: [
      'SF:a.c', 'FN:2,f', 'FN:7,g', 'FNDA:4294967296,f', 'FNDA:0,g', 'BRDA:2,0,0,0', 'BRDA:2,0,1,3000000000', 'BRDA:4,0,0,5', 'end_of_record',
      'SF:b.c', 'BRDA:2,0,1,7', 'BRDA:2,0,0,0', 'BRDA:4,0,0,1', 'end_of_record', '',
    ].join('\n'),
    fileCount: 2,
    lines: { covered: 0, total: 0 },
    branches: { covered: 4, total: 6 },
    functions: { covered: 1, total: 2 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 2, covered: 1, total: 2, taken: [0, 3000000000] },
        { line: 4, covered: 1, total: 1, taken: [5] },
      ]);
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'f', line: 2, hits: 4294967296 },
        { name: 'g', line: 7, hits: 0 },
      ]);
      expect(withRecordObjects(report.files[1]!).branches).toEqual([
        { line: 2, covered: 1, total: 2, taken: [7, 0] },
        { line: 4, covered: 1, total: 1, taken: [1] },
      ]);
    },
  },
  {
    name: 'BRDA keys above 2^32, then same SF again',
    input: 'SF:a.c\nBRDA:1,0,0,1\nBRDA:3,5000,0,1\nBRDA:3,5000,1,0\nBRDA:8,4294967,0,0\nend_of_record\nSF:a.c\nBRDA:1,0,0,3\nBRDA:3,5000,1,2\nBRDA:8,4294967,0,7\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: { covered: 4, total: 4 },
    functions: null,
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 1, covered: 1, total: 1, taken: [4] },
        { line: 3, covered: 2, total: 2, taken: [1, 2] },
        { line: 8, covered: 1, total: 1, taken: [7] },
      ]);
    },
  },
  {
    name: 'expression branches out of line order',
    input: 'SF:a.c\nBRDA:9,e0,x > 0,1\nBRDA:3,e1,y > 0,0\nBRDA:9,e0,x <= 0,2\nend_of_record\n',
    lines: { covered: 0, total: 0 },
    branches: { covered: 2, total: 3 },
    functions: null,
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 3, covered: 0, total: 1, taken: [0] },
        { line: 9, covered: 2, total: 2, taken: [1, 2] },
      ]);
    },
  },
  {
    name: 'line order broken after several groups',
    input: [
      'SF:a.c', 'BRDA:2,0,0,1', 'BRDA:2,0,1,0', 'BRDA:5,1,0,3', 'BRDA:5,1,1,4', 'BRDA:5,1,2,0',
      'BRDA:7,2,0,3000000000', 'BRDA:7,2,1,1', 'BRDA:3,3,0,2', 'BRDA:5,1,1,6', 'end_of_record', '',
    ].join('\n'),
    lines: { covered: 0, total: 0 },
    branches: { covered: 6, total: 8 },
    functions: null,
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 2, covered: 1, total: 2, taken: [1, 0] },
        { line: 3, covered: 1, total: 1, taken: [2] },
        { line: 5, covered: 2, total: 3, taken: [3, 10, 0] },
        { line: 7, covered: 2, total: 2, taken: [3000000000, 1] },
      ]);
    },
  },
  {
    name: 'key gap after several groups, then same SF again',
    input: [
      'SF:a.c', 'BRDA:2,0,0,1', 'BRDA:2,0,1,0', 'BRDA:4,1,0,1', 'BRDA:4,1,2,5', 'end_of_record',
      'SF:a.c', 'BRDA:4,1,2,1', 'BRDA:2,0,0,1', 'end_of_record', '',
    ].join('\n'),
    lines: { covered: 0, total: 0 },
    branches: { covered: 3, total: 4 },
    functions: null,
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).branches).toEqual([
        { line: 2, covered: 1, total: 2, taken: [2, 0] },
        { line: 4, covered: 2, total: 2, taken: [1, 6] },
      ]);
    },
  },
  {
    name: 'missing final end_of_record',
    input: 'SF:a.c\nDA:1,1\nDA:2,0\n',
    lines: { covered: 1, total: 2 },
    branches: null,
    functions: null,
    check: (report) => expect(report.warnings).toEqual(['a.lcov: the last record has no end_of_record line; it was read up to the end of the file']),
  },
  {
    name: 'CRLF line ends, blank lines and DA checksums',
    input: '\r\nTN:\r\nSF:src\\win.c\r\n\r\nDA:1,2,abc123\r\nDA:2,0\r\nend_of_record \r\n',
    lines: { covered: 1, total: 2 },
    branches: null,
    functions: null,
    lineHits: [[1, 2], [2, 0]],
    check: (report) => expect(report.files[0]!.path).toBe('src\\win.c'),
  },
  {
    name: 'wrong LF and LH are ignored',
    input: 'SF:a.py\nDA:1,1\nDA:2,0\nLF:9\nLH:9\nBRF:4\nBRH:4\nFNF:3\nFNH:3\nend_of_record\n',
    lines: { covered: 1, total: 2 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
  },
  {
    name: 'FNDA before FN and a UTF-8 path',
    input: 'SF:src/naïve/ünï.ts\nFNDA:2,(anonymous_0)\nFN:4,(anonymous_0)\nDA:4,2\nend_of_record\n',
    lines: { covered: 1, total: 1 },
    branches: null,
    functions: { covered: 1, total: 1 },
    check: (report) => {
      expect(report.files[0]!.path).toBe('src/naïve/ünï.ts');
      expect(withRecordObjects(report.files[0]!).functions).toEqual([{ name: '(anonymous_0)', line: 4, hits: 2 }]);
    },
  },
  {
    // Names outside ASCII are looked up by their UTF-8 key in FN, FNDA and FNA lines and when a record names a file
    // again, where ASCII names keep the hash of their bytes.
    name: 'names outside ASCII in FN, FNDA and FNA lines, and a file named again',
    input: [
      'SF:src/ünï.ts',
      'FN:2,größe',
      'FN:4,área',
      'FN:8,plain',
      'FNDA:0,área',
      'FNDA:3,größe',
      'FNDA:0,plain',
      'FNL:0,9',
      'FNA:0,1,größe2',
      'FNA:0,2,größe2',
      'DA:2,1',
      'end_of_record',
      'SF:src/b.ts',
      'DA:1,0',
      'end_of_record',
      'SF:src/ünï.ts',
      'FN:2,größe',
      'FNDA:2,größe',
      'FN:6,naïve',
      'FNDA:1,naïve',
      'FNDA:5,área',
      'FNDA:4,plain',
      'DA:2,1',
      'end_of_record',
      '',
    ].join('\n'),
    lines: { covered: 1, total: 2 },
    branches: null,
    functions: { covered: 5, total: 5 },
    lineHits: [[2, 2]],
    fileCount: 2,
    check: (report) => {
      expect(report.files.map((file) => file.path)).toEqual(['src/ünï.ts', 'src/b.ts']);
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'größe', line: 2, hits: 5 },
        { name: 'área', line: 4, hits: 5 },
        { name: 'plain', line: 8, hits: 4 },
        { name: 'größe2', line: 9, hits: 3 },
        { name: 'naïve', line: 6, hits: 1 },
      ]);
    },
  },
  {
    // FNDA names compare two bytes per pass, so these differ from the expected next name at odd and even positions.
    name: 'FNDA names of 1 to 5 bytes',
    input: 'SF:a.c\nFN:1,a\nFN:2,ab\nFN:3,abc\nFN:4,abcd\nFN:5,abcde\nFNDA:1,a\nFNDA:3,abc\nFNDA:6,abce\nFNDA:4,abcd\nFNDA:2,ab\nFNDA:5,abcdf\nFNDA:0,abcde\nDA:1,1\nend_of_record\n',
    lines: { covered: 1, total: 1 },
    branches: null,
    functions: { covered: 6, total: 7 },
    check: (report) => {
      expect(withRecordObjects(report.files[0]!).functions).toEqual([
        { name: 'a', line: 1, hits: 1 },
        { name: 'ab', line: 2, hits: 2 },
        { name: 'abc', line: 3, hits: 3 },
        { name: 'abcd', line: 4, hits: 4 },
        { name: 'abcde', line: 5, hits: 0 },
        { name: 'abce', line: 0, hits: 6 },
        { name: 'abcdf', line: 0, hits: 5 },
      ]);
    },
  },
  {
    // The fast paths read two digits per pass, so odd and even lengths end a number at different steps.
    name: 'numbers of 1 to 11 digits in every field',
    input: [
      'SF:a.c',
      ...['1', '22', '333', '4444', '55555', '666666', '7777777'].map((line, i) => `FN:${line},f${i}`),
      ...['1', '22', '333', '0', '55555', '666666', '77777777777'].map((hits, i) => `FNDA:${hits},f${i}`),
      ...['1,1', '22,22', '333,0', '4444,-', '55555,55555', '666666,666666'].map((fields) => {
        const [number, taken] = fields.split(',');
        return `BRDA:${number},${number},${number},${taken}`;
      }),
      // The fast path reads branch numbers below 1,000,000, so the last line has a short one.
      'BRDA:7777777,7777777,7,77777777777',
      ...['1,1', '22,22', '333,0', '4444,4444', '55555,55555', '6,666666', '7,7777777', '8,88888888888'].map((fields) => `DA:${fields}`),
      'end_of_record',
      '',
    ].join('\n'),
    lines: { covered: 7, total: 8 },
    branches: { covered: 5, total: 7 },
    functions: { covered: 6, total: 7 },
    lineHits: [
      [1, 1],
      [22, 22],
      [333, 0],
      [4444, 4444],
      [55555, 55555],
      [6, 666666],
      [7, 7777777],
      [8, 88888888888],
    ],
    check: (report) => {
      const file = withRecordObjects(report.files[0]!);
      expect(file.functions!.map((f) => [f.line, f.hits])).toEqual([
        [1, 1],
        [22, 22],
        [333, 333],
        [4444, 0],
        [55555, 55555],
        [666666, 666666],
        [7777777, 77777777777],
      ]);
      expect(file.branches!.map((group) => [group.line, group.taken![0]])).toEqual([
        [1, 1],
        [22, 22],
        [333, 0],
        [4444, 0],
        [55555, 55555],
        [666666, 666666],
        [7777777, 77777777777],
      ]);
    },
  },
];

describe('parseLcov', () => {
  it.each(cases)('$name', async (testCase) => {
    const report = await parseChunked(parseLcov, 'a.lcov', testCase.input);
    const totals = sumTotals(report.files);
    expect(report.format).toBe('lcov');
    expect(report.files).toHaveLength(testCase.fileCount ?? 1);
    expect(totals.lines).toEqual(testCase.lines);
    expect(totals.branches).toEqual(testCase.branches);
    expect(totals.functions).toEqual(testCase.functions);
    expect(totals.statements).toBeNull();
    // Totals from the counts the parser stored equal a count over the columns.
    expect(sumTotals(report.files.map((file) => withTables(withRecordObjects(file))))).toEqual(totals);
    for (const [line, hits] of testCase.lineHits ?? []) {
      expect(report.files[0]!.lines![line] ?? -1, `hits of line ${line}`).toBe(hits);
    }
    testCase.check?.(report);
  });

  it('leaves metrics without records absent', async () => {
    const report = await parseChunked(parseLcov, 'a.lcov', 'SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nFNF:0\nDA:1,0\nend_of_record\n');
    const totals = sumTotals(report.files);
    expect(totals.branches).toBeNull();
    expect(totals.functions).toEqual({ covered: 0, total: 0 });
    expect(report.files[0]!.branches).toBeUndefined();
    expect(withRecordObjects(report.files[0]!).functions).toEqual([]);
  });

  it('parses a file without a final line break after end_of_record', async () => {
    const report = await parseChunked(parseLcov, 'a.lcov', 'SF:a.c\nDA:1,1\nend_of_record');
    expect(fileTotals(report.files[0]!).lines).toEqual({ covered: 1, total: 1 });
    expect(report.warnings).toEqual([]);
  });

  it('matches function names by their decoded text', async () => {
    // Both invalid UTF-8 sequences decode to U+FFFD, so they name one function.
    const input = Buffer.concat([Buffer.from('SF:a.c\nFN:2,'), Buffer.from([0xff]), Buffer.from('x\nFNDA:3,'), Buffer.from([0xfe]), Buffer.from('x\nFN:5,é\nFNDA:1,é\nend_of_record\n')]);
    const report = await parseChunked(parseLcov, 'a.lcov', input);
    expect(withRecordObjects(report.files[0]!).functions).toEqual([
      { name: '\ufffdx', line: 2, hits: 3 },
      { name: 'é', line: 5, hits: 1 },
    ]);
  });

  it('decodes a non-UTF-8 SF path', async () => {
    // Latin-1 "café.ts": the byte 0xe9 alone is not UTF-8, so it stays a distinct, exact path.
    const path = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x73]);
    const input = Buffer.concat([Buffer.from('SF:'), path, Buffer.from('\nDA:1,1\nend_of_record\nSF:caf\ufffd.ts\nDA:1,0\nend_of_record\n')]);
    const report = await parseChunked(parseLcov, 'a.lcov', input);
    expect(report.files.map((file) => file.path)).toEqual([decodeGitPath(path), 'caf\ufffd.ts']);
    expect(encodeGitPath(report.files[0]!.path)).toEqual(path);
  });

  it('groups many outcomes on one line', async () => {
    const outcomes = Array.from({ length: 40 }, (_, branch) => `BRDA:3,0,${branch},${branch % 2}`);
    // The last line repeats the key of the first outcome of line 5, so its count adds to it.
    const input = ['SF:a.c', ...outcomes, ...outcomes.map((line) => line.replace('BRDA:3', 'BRDA:5')), 'BRDA:5,0,0,7', 'end_of_record', ''].join('\n');
    const report = await parseChunked(parseLcov, 'a.lcov', input);
    const groups = withRecordObjects(report.files[0]!).branches!;
    expect(groups.map((group) => [group.line, group.covered, group.total])).toEqual([[3, 20, 40], [5, 21, 40]]);
    expect(groups[1]!.taken![0]).toBe(7);
  });

  it('warns once per unknown record type', async () => {
    const report = await parseChunked(parseLcov, 'a.lcov', 'SF:a.c\nXYZ:1\nXYZ:2\nDA:1,1\nend_of_record\n');
    expect(report.warnings).toEqual(['a.lcov at line 2: unknown lcov record type "XYZ" was ignored']);
  });

  it('warns on long unknown record types', async () => {
    const report = await parseChunked(parseLcov, 'a.lcov', 'SF:a.c\nBOGUS:1\nMCDC:1,0,t,1\nCUSTOM_TAG_2:x\nDA:1,1\nend_of_record\n');
    expect(report.warnings).toEqual([
      'a.lcov at line 2: unknown lcov record type "BOGUS" was ignored',
      'a.lcov at line 3: unknown lcov record type "MCDC" was ignored',
      'a.lcov at line 4: unknown lcov record type "CUSTOM_TAG_2" was ignored',
    ]);
  });
});

/** 100 records of 4 lines each, more lines and runs than the reader reads in one call of its loop. */
const manyRecords = Array.from({ length: 100 }, (_, i) => `SF:f${i}.c\nDA:1,1\nBRDA:1,0,0,1\nend_of_record\n`).join('');

const errorCases: { name: string; input: string; message: string }[] = [
  { name: 'empty file', input: '', message: 'a.lcov: the file is empty' },
  { name: 'only blank lines', input: '\n\n', message: 'a.lcov: the lcov report contains no SF records' },
  { name: 'record cut inside a number', input: 'SF:a.c\nDA:1,1\nDA:2,1', message: 'a.lcov at line 3: the file ends in the middle of a record' },
  { name: 'DA after a run of DA lines', input: 'SF:a.c\nDA:1,1\nDA:2,0\nDA:3,x\nend_of_record\n', message: 'a.lcov at line 4: invalid DA record "DA:3,x"' },
  { name: 'BRDA after a run of BRDA lines', input: 'SF:a.c\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nBRDA:2,0\nend_of_record\n', message: 'a.lcov at line 4: invalid BRDA record' },
  { name: 'FNDA after a run of FN and FNDA lines', input: 'SF:a.c\nFN:1,f\nFN:2,g\nFNDA:1,f\nFNDA:x,g\nend_of_record\n', message: 'a.lcov at line 5: invalid FNDA record' },
  {
    name: 'line after runs of every type',
    input: 'SF:a.c\nDA:1,1\nDA:2,1\nBRDA:1,0,0,1\nFN:1,f\nFNDA:1,f\nDA:3,1\nBAD LINE\n',
    message: 'a.lcov at line 8: line is not an lcov record',
  },
  { name: 'invalid line after many records', input: `${manyRecords}SF:a.c\nDA:1,1\nDA:x\n`, message: 'a.lcov at line 403: invalid DA record "DA:x"' },
  { name: 'truncated after many records', input: `${manyRecords}SF:a.c\nDA:1,1`, message: 'a.lcov at line 402: the file ends in the middle of a record' },
  { name: 'DA with letters', input: 'SF:a.c\nDA:1,x\nend_of_record\n', message: 'a.lcov at line 2: invalid DA record "DA:1,x"' },
  { name: 'DA with negative hits', input: 'SF:a.c\nDA:3,-1\nend_of_record\n', message: 'a.lcov at line 2: invalid DA record "DA:3,-1"' },
  { name: 'DA for line 0', input: 'SF:a.c\nDA:0,1\nend_of_record\n', message: 'a.lcov at line 2: invalid DA record' },
  { name: 'DA before SF', input: 'TN:\nDA:1,1\n', message: 'a.lcov at line 2: record before any SF line' },
  { name: 'BRDA with three fields', input: 'SF:a.c\nBRDA:1,0,1\nend_of_record\n', message: 'a.lcov at line 2: invalid BRDA record' },
  { name: 'FNA without FNL', input: 'SF:a.c\nFNA:0,1,f\nend_of_record\n', message: 'a.lcov at line 2: FNA record for function index 0 without an FNL line' },
  { name: 'line that is no record', input: 'SF:a.c\nhello world\n', message: 'a.lcov at line 2: line is not an lcov record' },
  { name: 'tag with a space', input: 'SF:a.c\nBAD TAG:1\n', message: 'a.lcov at line 2: line is not an lcov record' },
  { name: 'invalid summary count', input: 'SF:a.c\nLF:ten\nend_of_record\n', message: 'a.lcov at line 2: invalid summary count' },
];

describe('parseLcov errors', () => {
  it.each(errorCases)('$name', async ({ input, message }) => {
    const error = await parseError(parseLcov, 'a.lcov', input);
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toContain(message);
  });
});
