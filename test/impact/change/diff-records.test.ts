import { describe, expect, it } from 'vitest';
import { parseDiffRecords } from '../../../src/impact/change/diff-records.js';
import { changed } from './fixture.js';

const SHA_A = '7898192';
const SHA_B = '0000000';

/** Joins raw headers, paths and numstat records the way `git diff --raw --numstat -z` writes them. */
function output(...fields: (string | Buffer)[]): Buffer {
  return Buffer.concat(fields.flatMap((field) => [Buffer.from(field), Buffer.of(0)]));
}

describe('parseDiffRecords', () => {
  it('maps the status letters', () => {
    const parsed = parseDiffRecords(
      output(
        `:000000 100644 ${SHA_B} ${SHA_A} A`, 'added.ts',
        `:100644 000000 ${SHA_A} ${SHA_B} D`, 'deleted.ts',
        `:100644 120000 ${SHA_A} ${SHA_B} T`, 'now-a-link',
        `:100644 100644 ${SHA_A} ${SHA_B} U`, 'conflicted.ts',
        '3\t0\tadded.ts', '0\t2\tdeleted.ts', '1\t1\tnow-a-link', '4\t1\tconflicted.ts',
      ),
    );

    expect(parsed).toEqual([
      changed('added.ts', 'added', 3, 0),
      changed('deleted.ts', 'deleted', 0, 2),
      changed('now-a-link', 'modified', 1, 1),
      changed('conflicted.ts', 'modified', 4, 1),
    ]);
  });

  it('reads paths with tabs, newlines and a leading colon', () => {
    const odd = ':odd\tname\nwith "quotes"';

    const parsed = parseDiffRecords(output(`:100644 100644 ${SHA_A} ${SHA_B} M`, odd, `2\t5\t${odd}`));

    expect(parsed).toEqual([changed(odd, 'modified', 2, 5)]);
  });

  it('flags binary counts', () => {
    const parsed = parseDiffRecords(output(`:100644 100644 ${SHA_A} ${SHA_B} M`, 'logo.png', '-\t-\tlogo.png'));

    expect(parsed).toEqual([changed('logo.png', 'modified', 0, 0, true)]);
  });

  it('drops a timestamp-only record', () => {
    const parsed = parseDiffRecords(output(`:100644 100644 ${SHA_A} ${SHA_B} M`, 'touched.ts'));

    expect(parsed).toEqual([]);
  });

  it('returns nothing for empty output', () => {
    expect(parseDiffRecords(Buffer.alloc(0))).toEqual([]);
  });

  it.each([
    ['an unknown status', output(`:100644 100644 ${SHA_A} ${SHA_B} X`, 'a.ts', '1\t1\ta.ts'), /unexpected status "X"/],
    ['a rename record', output(`:100644 100644 ${SHA_A} ${SHA_B} R100`, 'old.ts', 'new.ts', '0\t0\tnew.ts'), /unexpected numstat record "new.ts"/],
    ['a malformed count', output(`:100644 100644 ${SHA_A} ${SHA_B} M`, 'a.ts', 'x\t1\ta.ts'), /unexpected line counts/],
    ['a header without a path', Buffer.from(`:100644 100644 ${SHA_A} ${SHA_B} M\0`), /has no path/],
  ])('rejects %s', (_case, text, problem) => {
    expect(() => parseDiffRecords(text)).toThrow(problem);
  });
});
