import { describe, expect, it } from 'vitest';
import { displayText, quoteName } from '../../src/impact/display-text.js';
import { matchExplainPath } from '../../src/impact/stage/explain-paths.js';

describe('displayText', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['src/we\\ird.ts', 'src/we\\ird.ts'],
    ['src/quo"te.ts', 'src/quo"te.ts'],
    ['src/tab\tname.ts', 'src/tab\u2409name.ts'],
    ['src/new\nline.ts', 'src/new\u240aline.ts'],
    ['src/cr\r.ts', 'src/cr\u240d.ts'],
    ['src/del\u007f.ts', 'src/del\u2421.ts'],
    ['src/lat\udce9.ts', 'src/lat\ufffd.ts'],
    ['src/emoji\ud83d\ude00.ts', 'src/emoji\ud83d\ude00.ts'],
  ])('shows %j as %j', (path, shown) => {
    expect(displayText(path)).toBe(shown);
  });

  it('quotes without escaping', () => {
    expect(quoteName('src/we\\ird "x".ts')).toBe('"src/we\\ird "x".ts"');
  });
});

describe('matchExplainPath', () => {
  const paths = ['src/lat\udce9.ts', 'src/two\udce9\udc80.ts', 'src/a.ts', 'src/x\udce9.ts', 'src/x\udce8.ts'];

  it('keeps a tracked path', () => {
    expect(matchExplainPath('src/a.ts', paths)).toBe('src/a.ts');
  });

  it('matches one replaced byte', () => {
    expect(matchExplainPath('src/lat\ufffd.ts', paths)).toBe('src/lat\udce9.ts');
  });

  it('matches a replaced byte sequence', () => {
    expect(matchExplainPath('src/two\ufffd.ts', paths)).toBe('src/two\udce9\udc80.ts');
  });

  it('matches a path listed twice', () => {
    expect(matchExplainPath('src/lat\ufffd.ts', [...paths, 'src/lat\udce9.ts'])).toBe('src/lat\udce9.ts');
  });

  it('keeps an ambiguous argument', () => {
    expect(matchExplainPath('src/x\ufffd.ts', paths)).toBe('src/x\ufffd.ts');
  });

  it('keeps an argument without a match', () => {
    expect(matchExplainPath('src/none\ufffd.ts', paths)).toBe('src/none\ufffd.ts');
  });
});
