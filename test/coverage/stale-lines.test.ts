import { describe, expect, it } from 'vitest';
import { NOT_INSTRUMENTED, type FileCoverage } from '../../src/coverage/model.js';
import { findStaleFiles, staleLinesWarning } from '../../src/coverage/stale-lines.js';

/** A file with counts on `lines` (1-based) and nothing else. */
function fileWith(path: string, lines: number[]): FileCoverage {
  const values = new Float64Array(Math.max(0, ...lines) + 1).fill(NOT_INSTRUMENTED);
  for (const line of lines) values[line] = 1;
  return { path, lines: values };
}

describe('findStaleFiles', () => {
  it.each([
    ['inside the file', [1, 24], 24, false],
    ['one line past the end', [1, 25], 24, false],
    ['two lines past the end', [1, 26], 24, true],
    ['far past the end', [2, 99999], 24, true],
  ])('%s', (_case, lines, lineCount, stale) => {
    const found = findStaleFiles([fileWith('src/a.js', lines)], new Map([['src/a.js', lineCount]]));

    expect(found.length > 0).toBe(stale);
  });

  it('names the highest reported line', () => {
    expect(findStaleFiles([fileWith('src/a.js', [3, 40])], new Map([['src/a.js', 10]]))).toEqual([{ path: 'src/a.js', reportedLine: 40, lineCount: 10 }]);
  });

  it('skips files without a line count', () => {
    expect(findStaleFiles([fileWith('src/a.js', [500])], new Map())).toEqual([]);
  });

  it('skips files without line coverage', () => {
    expect(findStaleFiles([{ path: 'src/a.js' }], new Map([['src/a.js', 1]]))).toEqual([]);
  });
});

describe('staleLinesWarning', () => {
  it('is null without stale files', () => {
    expect(staleLinesWarning([])).toBeNull();
  });

  it('names one file with its line and length', () => {
    expect(staleLinesWarning([{ path: 'src/math.js', reportedLine: 99999, lineCount: 24 }])).toBe(
      'The coverage report counts line 99,999 of src/math.js, which has 24 lines. ' +
        'The report is likely older than the file, and the line still counts in the totals. Run the tests again to write a fresh report',
    );
  });

  it('lists five files and counts the rest', () => {
    const stale = Array.from({ length: 7 }, (_, index) => ({ path: `f${index}.js`, reportedLine: 30, lineCount: 10 }));

    const warning = staleLinesWarning(stale);

    expect(warning).toContain('past the end of 7 files: f0.js (line 30 of 10), f1.js (line 30 of 10), f2.js (line 30 of 10), f3.js (line 30 of 10), f4.js (line 30 of 10), and 2 more.');
  });
});
