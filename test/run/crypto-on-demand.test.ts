import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UNREADABLE_LINK_KEY } from '../../src/impact/stage/working-tree.js';
import { randomHex, randomUuid, sha1Hex, sha256Hex } from '../../src/run/crypto-on-demand.js';

describe('crypto on demand', () => {
  it('hashes as node:crypto does', () => {
    expect(sha256Hex('ä text')).toBe(createHash('sha256').update('ä text', 'utf8').digest('hex'));
    expect(sha1Hex('one', Buffer.from([0, 1, 2]), 'two')).toBe(createHash('sha1').update('one').update(Buffer.from([0, 1, 2])).update('two').digest('hex'));
  });

  it('gives a blob SHA equal to git hash-object', () => {
    const text = 'export const a = 1;\n';
    const bytes = Buffer.from(text, 'utf8');
    const git = execFileSync('git', ['hash-object', '--stdin'], { input: bytes, encoding: 'utf8' }).trim();
    expect(sha1Hex(`blob ${bytes.length}\0`, bytes)).toBe(git);
  });

  it('makes random names of the asked length', () => {
    expect(randomHex(4)).toMatch(/^[0-9a-f]{8}$/);
    expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUuid()).not.toBe(randomUuid());
  });

  it('keeps the unreadable link key equal to the SHA-1 it stands for', () => {
    expect(UNREADABLE_LINK_KEY).toBe(createHash('sha1').update('testmaster: unreadable link target').digest('hex'));
  });
});
