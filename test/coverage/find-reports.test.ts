import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReports, unmatchedReasons } from '../../src/coverage/find-reports.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'find-reports-'));
  outside = mkdtempSync(join(tmpdir(), 'find-reports-outside-'));
  for (const file of ['coverage/lcov.info', 'packages/a/coverage/lcov.info', 'packages/b/coverage/lcov.info', 'node_modules/x/coverage/lcov.info']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'TN:\n');
  }
  writeFileSync(join(outside, 'secret.info'), 'TN:\n');
  symlinkSync(join(outside, 'secret.info'), join(root, 'linked.info'));
  symlinkSync(outside, join(root, 'linked-folder'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('findReports', () => {
  it('finds a plain path', async () => {
    expect(await findReports(root, ['coverage/lcov.info'])).toEqual({ files: ['coverage/lcov.info'], unmatched: [] });
  });

  it('expands globs without node_modules', async () => {
    const found = await findReports(root, ['**/coverage/lcov.info']);
    expect(found.files).toEqual(['coverage/lcov.info', 'packages/a/coverage/lcov.info', 'packages/b/coverage/lcov.info']);
  });

  it('lists patterns that matched nothing', async () => {
    const found = await findReports(root, ['coverage/lcov.info', 'missing.xml']);
    expect(found.unmatched).toEqual(['missing.xml']);
  });

  it('skips links that leave the repository', async () => {
    expect((await findReports(root, ['linked.info'])).files).toEqual([]);
    expect((await findReports(root, ['linked-folder/**'])).files).toEqual([]);
  });

  it('rejects paths outside the repository', async () => {
    await expect(findReports(root, ['../x.info'])).rejects.toThrow(/contains ".."/);
    await expect(findReports(root, [join(outside, 'secret.info')])).rejects.toThrow(/is outside the repository/);
  });

  it('reads outside paths the user typed', async () => {
    const path = join(outside, 'secret.info');
    expect((await findReports(root, [path], { allowOutside: true })).files).toEqual([path]);
  });
});

describe('unmatchedReasons', () => {
  it.each([
    ['a folder', ['coverage'], ['Coverage report coverage is a folder. Name the report file in it, such as coverage/lcov.info, or a glob such as coverage/**/lcov.info.']],
    ['standard input', ['-'], ['A report cannot be read from standard input ("-"). Write the report to a file and name that file.']],
    ['a missing file or a glob', ['missing.info', 'coverage/*.xml'], []],
  ])('explains %s', async (_case, patterns, reasons) => {
    expect(await unmatchedReasons(root, patterns)).toEqual(reasons);
  });
});
