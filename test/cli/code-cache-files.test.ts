import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder, readCodeCache, startCacheWrite } from '../../src/cli/code-cache/cache-files.js';

const BUNDLE = '/opt/testmaster/dist/cli';
const RUNTIME = `${process.version}-${process.arch}`;

describe('codeCacheFolder', () => {
  it('defaults to the user cache folder', () => {
    const folder = codeCacheFolder({}, BUNDLE);

    expect(folder).toMatch(new RegExp(`^${join(homedir(), '.cache', 'testmaster', 'code-cache', RUNTIME)}/[0-9a-f]{8}$`));
    expect(codeCacheFolder({}, '/other/dist/cli')).not.toBe(folder);
  });

  it('follows an absolute XDG_CACHE_HOME only', () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/var/cache/me' }, BUNDLE)).toMatch(/^\/var\/cache\/me\/testmaster\/code-cache\//);
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'relative' }, BUNDLE)).toBe(codeCacheFolder({}, BUNDLE));
  });

  it('takes an absolute TESTMASTER_CODE_CACHE', () => {
    expect(codeCacheFolder({ TESTMASTER_CODE_CACHE: '/srv/cache' }, BUNDLE)).toMatch(new RegExp(`^/srv/cache/${RUNTIME}/`));
  });

  it.each([
    [{ TESTMASTER_CODE_CACHE: 'off' }],
    [{ TESTMASTER_CODE_CACHE: ' OFF ' }],
    [{ TESTMASTER_CODE_CACHE: '0' }],
    [{ TESTMASTER_CODE_CACHE: 'false' }],
    [{ TESTMASTER_CODE_CACHE: 'true' }],
    [{ TESTMASTER_CODE_CACHE: '1' }],
    [{ TESTMASTER_CODE_CACHE: 'my-cache' }],
    [{ TESTMASTER_CODE_CACHE: '~/cache' }],
    [{ NODE_DISABLE_COMPILE_CACHE: '1' }],
    [{ NODE_DISABLE_COMPILE_CACHE: '0' }],
    [{ NODE_DISABLE_COMPILE_CACHE: 'true', TESTMASTER_CODE_CACHE: '/tmp/cache' }],
  ])('is off with %j', (env) => {
    expect(codeCacheFolder(env, BUNDLE)).toBeUndefined();
  });

  it('stays on with NODE_DISABLE_COMPILE_CACHE empty', () => {
    expect(codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '' }, BUNDLE)).toBeDefined();
  });
});

describe('readCodeCache and startCacheWrite', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'code-cache-'));
  });
  afterEach(() => {
    chmodSync(folder, 0o700);
    rmSync(folder, { recursive: true, force: true });
  });

  const chunk = Buffer.from('export const id = 1;\nexport const ids = [1];\nexport const modules = {};\n');
  const data = Buffer.from([1, 2, 3, 4, 5]);

  function write(file: string): void {
    const started = startCacheWrite(file);
    expect(started).toBeDefined();
    expect(started!.finish(chunk, data)).toBe(true);
  }

  it('reads back a written cache', () => {
    const file = join(folder, 'a', 'b', '1.index.js.default.v8');
    write(file);

    expect(readCodeCache(file, chunk)).toEqual(data);
    expect(readdirSync(join(folder, 'a', 'b'))).toEqual(['1.index.js.default.v8']);
  });

  it('removes an abandoned write', () => {
    startCacheWrite(join(folder, '1.v8'))!.abandon();

    expect(readdirSync(folder)).toEqual([]);
  });

  it('rejects other bytes of equal length', () => {
    const file = join(folder, '1.v8');
    write(file);
    const rebuilt = Buffer.from(chunk);
    rebuilt[rebuilt.length - 3] = 0x5b;

    expect(rebuilt.length).toBe(chunk.length);
    expect(readCodeCache(file, rebuilt)).toBeUndefined();
  });

  it('rejects missing, truncated or foreign files', () => {
    const file = join(folder, '1.v8');
    expect(readCodeCache(file, chunk)).toBeUndefined();

    write(file);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, 8 + chunk.length));
    expect(readCodeCache(file, chunk)).toBeUndefined();

    const foreign = Buffer.from(whole);
    foreign.write('XXXX', 0, 'latin1');
    writeFileSync(file, foreign);
    expect(readCodeCache(file, chunk)).toBeUndefined();
  });

  it.runIf(process.platform !== 'win32')('rejects a file others may write', () => {
    const file = join(folder, '1.v8');
    write(file);
    chmodSync(file, 0o620);

    expect(readCodeCache(file, chunk)).toBeUndefined();
  });

  it('rejects a folder in place of the file', () => {
    const file = join(folder, '1.v8');
    mkdirSync(file);

    expect(readCodeCache(file, chunk)).toBeUndefined();
  });

  it.runIf(process.platform !== 'win32')('rejects a FIFO without blocking', () => {
    const file = join(folder, '1.v8');
    execFileSync('mkfifo', [file]);

    expect(readCodeCache(file, chunk)).toBeUndefined();
  });

  it.runIf(existsSync('/proc/self'))('gives up at once under /proc', () => {
    expect(startCacheWrite('/proc/testmaster-missing/cache/1.v8')).toBeUndefined();
  });

  it('gives up where it cannot write', () => {
    const blocker = join(folder, 'file');
    writeFileSync(blocker, 'not a folder');

    expect(startCacheWrite(join(blocker, '1.v8'))).toBeUndefined();
  });
});
