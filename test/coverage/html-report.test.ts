import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIstanbulData, writeHtmlReport } from '../../src/coverage/html-report.js';
import type { FileCoverage } from '../../src/coverage/model.js';
import libCoverage from 'istanbul-lib-coverage';
import { withTables } from '../support/coverage-records.js';
import { temporaryFolder } from '../support/temporary-folder.js';

const file: FileCoverage = withTables({
  path: 'src/a.js',
  lines: [-1, 1, 0, -1, 3],
  branches: [{ line: 2, covered: 1, total: 2, taken: null }],
  functions: [{ name: 'f', line: 1, hits: 1 }],
});

describe('toIstanbulData', () => {
  it('keeps the counts of every metric', () => {
    const summary = libCoverage.createFileCoverage(toIstanbulData(file, '/repo/src/a.js')).toSummary();
    expect(summary.lines.covered).toBe(2);
    expect(summary.lines.total).toBe(3);
    expect(summary.branches.covered).toBe(1);
    expect(summary.branches.total).toBe(2);
    expect(summary.functions.covered).toBe(1);
    expect(summary.functions.total).toBe(1);
  });
});

describe('writeHtmlReport', () => {
  it('writes pages with the source', () => {
    const root = temporaryFolder('html-report-');
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.js'), 'function f() {\n  return 1;\n}\nf();\n');
    writeHtmlReport(root, [file], join(root, 'html'));
    expect(existsSync(join(root, 'html/index.html'))).toBe(true);
    expect(readFileSync(join(root, 'html/a.js.html'), 'utf8')).toContain('return 1;');
  });

  it('leaves out sources behind links', () => {
    const root = temporaryFolder('html-report-');
    const outside = temporaryFolder('html-outside-');
    writeFileSync(join(outside, 'secret.js'), 'TOP SECRET\n');
    mkdirSync(join(root, 'src'));
    symlinkSync(join(outside, 'secret.js'), join(root, 'src/a.js'));
    writeHtmlReport(root, [file], join(root, 'html'));
    expect(readFileSync(join(root, 'html/a.js.html'), 'utf8')).not.toContain('TOP SECRET');
  });
});
