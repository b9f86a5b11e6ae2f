import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildModuleGraph,
  parseScanCache,
  SCAN_CACHE_FORMAT,
  SCANNER_VERSION,
  scanCacheKey,
  serializeScanCache,
  type ScanCache,
} from '../../../src/impact/graph/index.js';
import { readScanCacheFile, writeScanCacheFile } from '../../../src/impact/graph/scan-cache-file.js';
import { createGraphFixture, removeGraphFixtures, stageAndRead } from './fixture.js';

const folders: string[] = [];
afterAll(() => {
  removeGraphFixtures();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function scratchFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'testmaster-scan-cache-'));
  folders.push(folder);
  return folder;
}

const SOURCES = {
  'src/a.ts': "import { b } from './b';\nimport type { T } from './types';\n",
  'src/b.ts': "export const b = import(`./locales/${lang}.json`);\n",
  'src/types.d.ts': 'export type T = string;\n',
  'src/broken.ts': "import { b } from './b';\nconst text = 'unterminated\n",
  'src/locales/en.json': '{}',
};

describe('scan cache reuse', () => {
  it('second build reuses every scan', () => {
    const fixture = createGraphFixture(SOURCES);
    const first = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    expect(first.scanned).toBe(4);
    expect(first.reused).toBe(0);

    const second = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes, cache: first.cache });
    expect(second.scanned).toBe(0);
    expect(second.reused).toBe(4);
    expect(second.graph.edges).toEqual(first.graph.edges);
    expect(second.warnings).toEqual(first.warnings);
  });

  it('changed file is scanned again', () => {
    const fixture = createGraphFixture(SOURCES);
    const first = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });

    fixture.repo.write('src/b.ts', "import { a } from './a';\n");
    const changed = stageAndRead(fixture.repo);
    const second = buildModuleGraph({ view: changed.view, blobHashes: changed.blobHashes, cache: first.cache });
    expect(second.scanned).toBe(1);
    expect(second.reused).toBe(3);
    expect(second.graph.importsOf('src/b.ts').map((edge) => edge.to)).toEqual(['src/a.ts']);
  });

  it('cache holds only current contents', () => {
    const fixture = createGraphFixture(SOURCES);
    const first = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    const oldKey = scanCacheKey(fixture.blobHashes.get('src/b.ts')!, 'script');
    expect(first.cache.has(oldKey)).toBe(true);

    fixture.repo.write('src/b.ts', '// rewritten\n');
    const changed = stageAndRead(fixture.repo);
    const second = buildModuleGraph({ view: changed.view, blobHashes: changed.blobHashes, cache: first.cache });
    expect(second.cache.has(oldKey)).toBe(false);
    expect(second.cache.size).toBe(4);
  });

  it('files without blob SHA rescanned', () => {
    const fixture = createGraphFixture(SOURCES);
    const first = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    const second = buildModuleGraph({ view: fixture.view, cache: first.cache });
    expect(second.scanned).toBe(4);
    expect(second.reused).toBe(0);
    expect(second.cache.size).toBe(0);
  });

  it('same content, other extension', () => {
    const text = "import { x } from './x';\n";
    const fixture = createGraphFixture({ 'src/plain.ts': text, 'src/types.d.ts': text, 'src/x.ts': '' });
    const build = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    const again = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes, cache: build.cache });
    expect(again.reused).toBe(3);
    expect(again.graph.importsOf('src/plain.ts')[0]?.typeOnly).toBe(false);
    expect(again.graph.importsOf('src/types.d.ts')[0]?.typeOnly).toBe(true);
  });

  it('errors keep their own path', () => {
    // The `require` on the next line puts the scan limit past the string (see reference-limit.ts).
    const text = "const text = 'unterminated\nrequire;\n";
    const fixture = createGraphFixture({ 'src/one.ts': text, 'src/two.ts': text });
    const build = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    expect(build.scanned).toBe(2);
    const again = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes, cache: build.cache });
    expect(again.warnings.messages).toEqual(['src/one.ts:1: Unterminated string literal.', 'src/two.ts:1: Unterminated string literal.']);
  });
});

describe('scan cache JSON', () => {
  it('round trip', () => {
    const fixture = createGraphFixture(SOURCES);
    const { cache } = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    const parsed = parseScanCache(serializeScanCache(cache));
    expect(parsed.note).toBeUndefined();
    expect(parsed.cache).toEqual(cache);
  });

  it('compact layout', () => {
    const sha = 'a'.repeat(40);
    const cache: ScanCache = new Map([
      [
        `${sha}:script`,
        {
          references: [
            { specifier: './a', kind: 'import', typeOnly: true, approximate: false, line: 3 },
            { specifier: './locales/', kind: 'dynamic-pattern', typeOnly: false, approximate: true, suffix: '.json', line: 4 },
          ],
          errors: [':9: Unterminated string literal.'],
        },
      ],
    ]);
    expect(JSON.parse(serializeScanCache(cache))).toEqual({
      format: SCAN_CACHE_FORMAT,
      scanner: SCANNER_VERSION,
      scans: {
        [`${sha}:script`]: [
          [
            [0, './a', 3, 1],
            [5, './locales/', 4, 2, '.json'],
          ],
          [':9: Unterminated string literal.'],
        ],
      },
    });
  });

  it('other scanner version is discarded', () => {
    const text = JSON.stringify({ format: SCAN_CACHE_FORMAT, scanner: '0.0.1+typescript-5.0.0', scans: {} });
    const parsed = parseScanCache(text);
    expect(parsed.cache.size).toBe(0);
    expect(parsed.note).toBe(
      `The scan cache was discarded because it was written by scanner "0.0.1+typescript-5.0.0", and this is scanner ${SCANNER_VERSION}; every file is scanned again.`,
    );
  });

  it('other format is discarded', () => {
    const parsed = parseScanCache(JSON.stringify({ format: 0, scanner: SCANNER_VERSION, scans: {} }));
    expect(parsed.note).toMatch(/it has format 0, and this version reads format 1/);
  });

  it.each([
    ['truncated JSON', '{"format":1,"scanner":', /is not valid JSON/],
    ['array at top level', '[]', /top level is not a JSON object/],
    ['bad key', JSON.stringify({ format: 1, scanner: SCANNER_VERSION, scans: { 'not-a-sha:script': [[]] } }), /entry "not-a-sha:script" is malformed/],
    ['unknown kind', cacheWith([[[99, './a', 1, 0]]]), /is malformed/],
    ['line zero', cacheWith([[[0, './a', 0, 0]]]), /is malformed/],
    ['bad flags', cacheWith([[[0, './a', 1, 7]]]), /is malformed/],
    ['suffix on an import', cacheWith([[[0, './a', 1, 0, '.ts']]]), /is malformed/],
    ['errors not strings', cacheWith([[], [1]]), /is malformed/],
  ])('corrupt cache: %s', (_name, text, note) => {
    const parsed = parseScanCache(text);
    expect(parsed.cache.size).toBe(0);
    expect(parsed.note).toMatch(note);
  });
});

/** Cache text with one entry whose value is `entry`. */
function cacheWith(entry: unknown): string {
  return JSON.stringify({ format: SCAN_CACHE_FORMAT, scanner: SCANNER_VERSION, scans: { [`${'b'.repeat(40)}:script`]: entry } });
}

describe('scan cache file', () => {
  it('write then read', () => {
    const fixture = createGraphFixture(SOURCES);
    const { cache } = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes });
    const path = join(scratchFolder(), 'nested', 'scan-cache.json');
    writeScanCacheFile(path, cache);

    const read = readScanCacheFile(path);
    expect(read.note).toBeUndefined();
    expect(read.cache).toEqual(cache);
    expect(readdirSync(join(path, '..'))).toEqual(['scan-cache.json']);
  });

  it('missing file is a first run', () => {
    const read = readScanCacheFile(join(scratchFolder(), 'absent.json'));
    expect(read).toEqual({ cache: new Map() });
  });

  it('corrupt file discarded with note', () => {
    const path = join(scratchFolder(), 'scan-cache.json');
    writeFileSync(path, '{"format":1,"scanner":"');
    const read = readScanCacheFile(path);
    expect(read.cache.size).toBe(0);
    expect(read.note).toMatch(new RegExp(`^${path.replaceAll('.', '\\.')}: The scan cache was discarded because it is not valid JSON`));
  });

  it('cache from a corrupt file rescans', () => {
    const fixture = createGraphFixture(SOURCES);
    const path = join(scratchFolder(), 'scan-cache.json');
    writeFileSync(path, 'garbage');
    const { cache } = readScanCacheFile(path);
    const build = buildModuleGraph({ view: fixture.view, blobHashes: fixture.blobHashes, cache });
    expect(build.scanned).toBe(4);
    expect(build.reused).toBe(0);
  });

  it('rewrite replaces the file', () => {
    const path = join(scratchFolder(), 'scan-cache.json');
    writeScanCacheFile(path, new Map([[`${'c'.repeat(40)}:script`, { references: [], errors: [] }]]));
    writeScanCacheFile(path, new Map());
    expect(JSON.parse(readFileSync(path, 'utf8')).scans).toEqual({});
    expect(existsSync(path)).toBe(true);
  });

  it('unwritable target leaves no temporary file', () => {
    const folder = scratchFolder();
    const path = join(folder, 'taken');
    // A folder at the target path makes the rename fail.
    writeScanCacheFile(join(path, 'inner.json'), new Map());
    expect(() => writeScanCacheFile(path, new Map())).toThrow();
    expect(readdirSync(folder)).toEqual(['taken']);
  });
});
