import { describe, expect, it } from 'vitest';
import { BATCH_FORMAT, batchInput, parseBatchOutput } from '../../../src/git/cat-file-batch.js';
import { decodeGitPath, decodeNulFields, encodeGitPath, quoteGitPath, splitNulFields } from '../../../src/git/git-path.js';

describe('decodeGitPath', () => {
  it.each([
    ['ASCII', Buffer.from('src/app.ts'), 'src/app.ts'],
    ['UTF-8', Buffer.from('docs/résumé 日本.md'), 'docs/résumé 日本.md'],
    ['an astral character', Buffer.from('emoji/😀.txt'), 'emoji/😀.txt'],
    ['a byte order mark', Buffer.from('\ufeffbom.txt'), '\ufeffbom.txt'],
    ['a Latin-1 byte', Buffer.from([0x63, 0xe9, 0x2e, 0x74]), 'c\udce9.t'],
    ['a truncated sequence', Buffer.from([0x61, 0xe6, 0x97, 0x62]), 'a\udce6\udc97b'],
    ['an overlong slash', Buffer.from([0xc0, 0xaf]), '\udcc0\udcaf'],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), '\udced\udca0\udc80'],
    ['valid text after an invalid byte', Buffer.from([0xff, 0xc3, 0xa9]), '\udcffé'],
  ])('decodes %s', (_case, bytes, expected) => {
    expect(decodeGitPath(bytes)).toBe(expected);
  });

  it.each([
    Buffer.from('plain/path.ts'),
    Buffer.from('mixed 日本 😀'),
    Buffer.from([0x80, 0xff, 0xfe, 0x00, 0x41]),
    Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f]),
    Buffer.from([0xed, 0xb2, 0x80]),
  ])('round-trips %o', (bytes) => {
    expect(encodeGitPath(decodeGitPath(bytes))).toEqual(bytes);
  });

  it('keeps distinct bytes distinct', () => {
    const utf8 = decodeGitPath(Buffer.from('café'));
    const latin1 = decodeGitPath(Buffer.from([0x63, 0x61, 0x66, 0xe9]));

    expect(utf8).not.toBe(latin1);
  });
});

describe('quoteGitPath', () => {
  it('escapes quotes, controls and bytes above ASCII', () => {
    expect(quoteGitPath('a"b\\c\nd\té')).toBe('"a\\"b\\\\c\\012d\\011\\303\\251"');
  });

  it('writes escaped bytes back as octal', () => {
    expect(quoteGitPath('caf\udce9')).toBe('"caf\\351"');
  });
});

describe('splitNulFields', () => {
  it('drops only the final terminator', () => {
    expect(splitNulFields(Buffer.from('a\0\0b\0')).map(String)).toEqual(['a', '', 'b']);
  });

  it('keeps an unterminated last field', () => {
    expect(splitNulFields(Buffer.from('a\0b')).map(String)).toEqual(['a', 'b']);
  });
});

describe('decodeNulFields', () => {
  it.each([
    ['empty output', Buffer.alloc(0)],
    ['one terminated field', Buffer.from('a\0')],
    ['empty fields in between', Buffer.from('a\0\0b\0')],
    ['an unterminated last field', Buffer.from('a\0b')],
    ['only a terminator', Buffer.from('\0')],
    ['UTF-8 and a byte order mark', Buffer.from('\ufeffbom\0résumé 日本\0😀\0')],
    ['one field that is not UTF-8', Buffer.concat([Buffer.from('ok\0'), Buffer.from([0x63, 0xe9]), Buffer.from('\0after\0')])],
    ['a sequence cut by a NUL', Buffer.from([0x61, 0xe6, 0x00, 0x97, 0x62, 0x00])],
  ])('decodes %s as splitNulFields and decodeGitPath do', (_case, output) => {
    expect(decodeNulFields(output)).toEqual(splitNulFields(output).map(decodeGitPath));
  });
});

describe('parseBatchOutput', () => {
  const sha = 'a'.repeat(40);
  const requests = [`${sha}:one`, `${sha}:new\nline`, `${sha}:two`].map((request) => Buffer.from(request));

  it('pairs objects and missing entries', () => {
    const output = Buffer.concat([
      Buffer.from(`${'b'.repeat(40)} blob 3\nabc\n`),
      Buffer.from(`${sha}:new\nline missing\n`),
      Buffer.from(`${'c'.repeat(40)} blob 4\n\n\0\n!\n`),
    ]);

    const objects = parseBatchOutput(output, requests);

    expect(objects.map((object) => object?.content.toString() ?? null)).toEqual(['abc', null, '\n\0\n!']);
    expect(objects[0]?.type).toBe('blob');
  });

  it('rejects truncated output', () => {
    const output = Buffer.from(`${'b'.repeat(40)} blob 30\nabc\n`);

    expect(() => parseBatchOutput(output, requests.slice(0, 1))).toThrow(/truncated/);
  });

  it('builds NUL-terminated input', () => {
    expect(batchInput(requests.slice(0, 2)).toString()).toBe(`${sha}:one\0${sha}:new\nline\0`);
    expect(BATCH_FORMAT).toContain('%(objectsize)');
  });
});
