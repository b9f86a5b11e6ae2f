import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAtomicWrite, writeFileAtomically } from '../../src/run/atomic-write.js';
import { temporaryFolder } from '../support/temporary-folder.js';

describe('startAtomicWrite', () => {
  it('writes parts in order', () => {
    const root = temporaryFolder('atomic-write-');
    const path = join(root, 'a', 'out.bin');

    startAtomicWrite(path).finish(['head ', Buffer.from('body'), new Uint8Array([0x21])]);

    expect(readFileSync(path, 'latin1')).toBe('head body!');
    expect(readdirSync(join(root, 'a'))).toEqual(['out.bin']);
  });

  it.runIf(process.platform !== 'win32')('applies file and folder modes', () => {
    const root = temporaryFolder('atomic-write-');
    const path = join(root, 'private', 'out.bin');

    startAtomicWrite(path, { file: 0o600, folder: 0o700 }).finish(['x']);

    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'private')).mode & 0o777).toBe(0o700);
  });

  it('removes an abandoned file', () => {
    const root = temporaryFolder('atomic-write-');
    const path = join(root, 'out.bin');
    writeFileSync(path, 'old');

    startAtomicWrite(path).abandon();

    expect(readdirSync(root)).toEqual(['out.bin']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('throws where no folder can be made', () => {
    const root = temporaryFolder('atomic-write-');
    writeFileSync(join(root, 'file'), 'not a folder');

    expect(() => startAtomicWrite(join(root, 'file', 'out.bin'))).toThrow(/ENOTDIR|EEXIST/);
  });

  it.runIf(existsSync('/proc/self'))('fails at once under /proc', () => {
    expect(() => startAtomicWrite('/proc/testmaster-missing/out.bin')).toThrow(/ENOENT|EACCES|EPERM/);
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file whole', () => {
    const root = temporaryFolder('atomic-write-');
    const path = join(root, 'out.json');
    writeFileSync(path, 'old content');

    writeFileAtomically(path, '{"new":true}');

    expect(readFileSync(path, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(root)).toEqual(['out.json']);
  });
});
