import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_TEXT_BYTES, readRevisionTexts, readWorkingTreeTexts } from '../../../src/validate/stage/file-texts.js';
import { TestRepo } from '../../git/fixture.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

describe('decodeText', () => {
  it.each([
    { name: 'plain UTF-8', bytes: Buffer.from('const a = "é";\n'), expected: 'const a = "é";\n' },
    { name: 'byte order mark dropped', bytes: Buffer.from('\ufeffx = 1\n'), expected: 'x = 1\n' },
    { name: 'NUL byte', bytes: Buffer.from([0x61, 0x00, 0x62]), expected: { skip: 'binary' } },
    { name: 'invalid UTF-8', bytes: Buffer.from([0x61, 0xc3, 0x28]), expected: { skip: 'not-utf8' } },
    { name: 'above the limit', bytes: Buffer.alloc(MAX_TEXT_BYTES + 1, 0x61), expected: { skip: 'too-large' } },
  ])('$name', ({ bytes, expected }) => {
    expect(decodeText(bytes)).toEqual(expected);
  });
});

describe('readWorkingTreeTexts', () => {
  it('reads files and skips links and missing paths', () => {
    const root = temporaryFolder('testmaster-texts-');
    const outside = temporaryFolder('testmaster-outside-');
    writeFileSync(join(outside, 'secret.txt'), 'outside the repository\n');
    writeFileSync(join(root, 'a.ts'), 'export const a = 1;\n');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.ts'));

    const read = readWorkingTreeTexts(root, ['a.ts', 'link.ts', 'gone.ts']);

    expect([...read.texts]).toEqual([['a.ts', 'export const a = 1;\n']]);
    expect(read.skipped.get('link.ts')).toBe('symlink');
    expect(read.skipped.get('gone.ts')).toBe('missing');
  });

  it('skips files reached through a link to a folder outside the repository', () => {
    const root = temporaryFolder('testmaster-texts-');
    const outside = temporaryFolder('testmaster-outside-');
    writeFileSync(join(outside, 'secret.ts'), 'outside the repository\n');
    mkdirSync(join(root, 'inner'));
    writeFileSync(join(root, 'inner', 'b.ts'), 'export const b = 1;\n');
    symlinkSync(outside, join(root, 'ext'));
    symlinkSync(join(root, 'inner'), join(root, 'alias'));

    const read = readWorkingTreeTexts(root, ['ext/secret.ts', 'alias/b.ts']);

    expect([...read.texts]).toEqual([['alias/b.ts', 'export const b = 1;\n']]);
    expect(read.skipped.get('ext/secret.ts')).toBe('symlink');
  });
});

describe('readRevisionTexts', () => {
  it('reads blobs of a commit', async () => {
    const repo = TestRepo.create('testmaster-texts-repo-');
    try {
      repo.write('src/a.ts', 'let a = 1;\n');
      const first = repo.commit('first');
      repo.write('src/a.ts', 'let a = 2;\n');
      repo.commit('second');

      const read = await readRevisionTexts(repo.dir, first, ['src/a.ts', 'src/none.ts']);

      expect(read.texts.get('src/a.ts')).toBe('let a = 1;\n');
      expect(read.skipped.get('src/none.ts')).toBe('missing');
    } finally {
      repo.remove();
    }
  });
});
