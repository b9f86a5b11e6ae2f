import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../src/git/diff-parse.js';

const Z = '\0';
const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function raw(status: string, ...paths: string[]): string {
  return `:100644 100644 ${SHA_A} ${SHA_B} ${status}${Z}${paths.join(Z)}${Z}`;
}

describe('parseDiff', () => {
  it('returns nothing for empty output', () => {
    expect(parseDiff('')).toEqual([]);
  });

  it('keeps the bytes of non-UTF-8 paths', () => {
    const name = Buffer.from([0x62, 0xff, 0x2e, 0x6a, 0x73]);
    const output = Buffer.concat([
      Buffer.from(`:000000 100644 ${'0'.repeat(40)} ${SHA_B} A${Z}`, 'latin1'),
      name,
      Buffer.from(`${Z}${Z}diff --git a/x b/x\nnew file mode 100644\n@@ -0,0 +1 @@\n+eval(x);\n`, 'latin1'),
    ]);

    const [change] = parseDiff(output);

    expect(change?.path).toBe('b\udcff.js');
    expect(change?.addedLines).toEqual([1]);
  });

  it('reads hunk headers with and without counts', () => {
    const output =
      raw('M', 'a.ts') +
      Z +
      ['diff --git a/a.ts b/a.ts', 'index 1..2 100644', '--- a/a.ts', '+++ b/a.ts', '@@ -3 +3 @@ ctx', '-x', '+y', '@@ -10,0 +11,2 @@', '+p', '+q', '@@ -20,3 +21,0 @@', '-r', '-s', '-t', ''].join('\n');

    const [change] = parseDiff(output);

    expect(change?.addedLines).toEqual([3, 11, 12]);
    expect(change?.deletedRanges).toEqual([
      { start: 3, count: 1 },
      { start: 20, count: 3 },
    ]);
  });

  it('marks blank added lines', () => {
    const output =
      raw('M', 'a.ts') +
      Z +
      ['diff --git a/a.ts b/a.ts', '--- a/a.ts', '+++ b/a.ts', '@@ -3,0 +4,4 @@', '+a', '+', '+ \t\r', '+b', '@@ -9 +12 @@', '-c', '+', ''].join('\n');

    const [change] = parseDiff(output);

    expect(change?.addedLines).toEqual([4, 5, 6, 7, 12]);
    expect(change?.blankLines).toEqual([5, 6, 12]);
  });

  it('omits blank lines when there are none', () => {
    const output = raw('M', 'a.ts') + Z + ['diff --git a/a.ts b/a.ts', '--- a/a.ts', '+++ b/a.ts', '@@ -1 +1 @@', '-x', '+y', ''].join('\n');

    expect(parseDiff(output)[0]?.blankLines).toBeUndefined();
  });

  it('skips the no-newline marker', () => {
    const output =
      raw('M', 'a.txt') +
      Z +
      ['diff --git a/a.txt b/a.txt', '--- a/a.txt', '+++ b/a.txt', '@@ -2 +2 @@', '-b', '\\ No newline at end of file', '+c', '\\ No newline at end of file', ''].join('\n');

    expect(parseDiff(output)[0]?.addedLines).toEqual([2]);
  });

  it('counts content lines that look like headers', () => {
    const output =
      raw('M', 'a.txt') +
      raw('A', 'b.txt') +
      Z +
      [
        'diff --git a/a.txt b/a.txt',
        '--- a/a.txt',
        '+++ b/a.txt',
        '@@ -1,2 +1,2 @@',
        '-diff --git a/q b/q',
        '-Binary files x and y differ',
        '+@@ -1 +1 @@',
        '+diff --git a/z b/z',
        'diff --git a/b.txt b/b.txt',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/b.txt',
        '@@ -0,0 +1 @@',
        '+b',
        '',
      ].join('\n');

    const changes = parseDiff(output);

    expect(changes.map((change) => [change.path, change.binary, change.addedLines])).toEqual([
      ['a.txt', false, [1, 2]],
      ['b.txt', false, [1]],
    ]);
  });

  it('reads renames and copies with scores', () => {
    const output =
      raw('R087', 'old name.ts', 'new name.ts') +
      raw('C100', 'src.ts', 'copy.ts') +
      Z +
      ['diff --git a/old name.ts b/new name.ts', 'similarity index 87%', 'rename from old name.ts', 'rename to new name.ts', 'diff --git a/src.ts b/copy.ts', 'similarity index 100%', 'copy from src.ts', 'copy to copy.ts', ''].join('\n');

    expect(parseDiff(output)).toMatchObject([
      { path: 'new name.ts', oldPath: 'old name.ts', status: 'renamed', similarity: 87 },
      { path: 'copy.ts', oldPath: 'src.ts', status: 'copied', similarity: 100 },
    ]);
  });

  it('rejects an unknown status', () => {
    const output = raw('X', 'a.ts') + Z + 'diff --git a/a.ts b/a.ts\n';

    expect(() => parseDiff(output)).toThrow(/unsupported diff status "X"/);
  });

  it('rejects unpaired patch sections', () => {
    const output = raw('M', 'a.ts') + Z + 'diff --git a/a.ts b/a.ts\ndiff --git a/b.ts b/b.ts\n';

    expect(() => parseDiff(output)).toThrow(/do not pair/);
  });

  it('rejects a truncated raw record', () => {
    expect(() => parseDiff(`:100644 100644 ${SHA_A} ${SHA_B} M${Z}a.ts`)).toThrow(/truncated/);
  });
});
