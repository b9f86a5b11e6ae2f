import { describe, expect, it } from 'vitest';
import {
  GRAPH_CACHE_FORMAT,
  GRAPH_CACHE_VERSION,
  parseGraphCache,
  serializeGraphCache,
  type ResolvedGraphEntry,
} from '../../../src/impact/graph/graph-cache-format.js';
import { removedExportsKey, verdictKey } from '../../../src/impact/graph/graph-cache-key.js';

const PATHS = ['package.json', 'src/a.ts', 'src/b.ts', 'src/c.ts'];
const BLOBS = ['1'.repeat(40), '2'.repeat(40), '3'.repeat(40), '4'.repeat(40)];
const VIA = 'workspace package @acme/b exports "." (mapped to the same-name file src/b.ts)';

function entry(): ResolvedGraphEntry {
  return {
    settings: '{}',
    paths: PATHS,
    blobs: () => BLOBS,
    reads: { texts: new Set(['package.json', 'tsconfig.json']), realPaths: new Map([['node_modules/@acme/b', 'src']]), folders: new Map([['node_modules', false]]) },
    resolverWarnings: ['package.json: a warning'],
    lateWarnings: false,
    workspaces: [{ name: '@acme/b', folder: 'src', manifest: 'src/package.json' }],
    records: [
      {
        path: 'src/a.ts',
        edges: [
          { from: 'src/a.ts', to: 'src/b.ts', kind: 'import', typeOnly: true, approximate: false, specifier: '@acme/b', line: 1, via: VIA },
          { from: 'src/a.ts', to: 'outside/d.ts', kind: 'glob', typeOnly: false, approximate: true, specifier: './*', line: 3, via: 'glob' },
        ],
        errors: ['src/a.ts:2: unexpected token'],
        unresolved: ['src/a.ts:4: unresolved import "x": not found'],
        unreadable: false,
      },
      { path: 'src/c.ts', edges: [], errors: [], unresolved: [], unreadable: true },
    ],
    testFiles: ['src/c.ts'],
    setupFiles: [{ path: 'src/a.ts', option: 'test.setupFiles', config: 'vitest.config.ts' }],
    entryPoints: ['src/b.ts'],
    importedFromOutside: ['src/b.ts'],
    verdicts: new Map([[verdictKey('src/a.ts', 'a', 'b'), 'comments']]),
    removedExports: new Map([[removedExportsKey('src/b.ts', 'export const x = 1;', null), { names: ['x'], wildcards: [] }]]),
  };
}

describe('graph cache format', () => {
  it('round-trips an entry', () => {
    const parsed = parseGraphCache(serializeGraphCache(entry()));

    expect(parsed.note).toBeUndefined();
    const { blobs, ...rest } = parsed.entry!;
    const { blobs: expectedBlobs, ...expected } = entry();
    expect(rest).toEqual(expected);
    expect(blobs()).toEqual(expectedBlobs());
  });

  it('leaves out empty records', () => {
    const withEmpty = entry();
    withEmpty.records.push({ path: 'src/b.ts', edges: [], errors: [], unresolved: [], unreadable: false });

    const parsed = parseGraphCache(serializeGraphCache(withEmpty));

    expect(parsed.entry?.records.map((record) => record.path)).toEqual(['src/a.ts', 'src/c.ts']);
  });

  it.each<[string, (document: Record<string, unknown>) => void, RegExp]>([
    ['another version', (document) => (document['version'] = '0.0.0'), /written by version "0\.0\.0"/],
    ['another format', (document) => (document['format'] = 1), /in format 1/],
    ['another kind', (document) => (document['kind'] = 'scans'), /not a resolved-graph cache/],
    ['edge to a missing index', (document) => ((document['records'] as unknown[][])[0]![1] = [99, 0, 0, 'x', 1, 0]), /field "records"/],
    ['unknown via', (document) => ((document['records'] as unknown[][])[0]![1] = [1, 0, 0, 'x', 1, 9]), /field "records"/],
    ['line zero', (document) => ((document['records'] as unknown[][])[0]![1] = [1, 0, 0, 'x', 0, 0]), /field "records"/],
    ['edge items cut short', (document) => ((document['records'] as unknown[][])[0]![1] = [1, 0, 0, 'x', 1]), /field "records"/],
    ['short blobs', (document) => (document['blobs'] = 'abc'), /field "blobs"/],
    ['unknown verdict', (document) => (document['verdicts'] = [['k', 'maybe']]), /field "verdicts"/],
    ['missing settings', (document) => delete document['settings'], /field "settings"/],
    ['removed export that is no string', (document) => (document['removedExports'] = [['k', [1], []]]), /field "removedExports"/],
  ])('rejects %s', (_name, damage, reason) => {
    const document = JSON.parse(serializeGraphCache(entry())) as Record<string, unknown>;
    damage(document);

    const parsed = parseGraphCache(JSON.stringify(document));

    expect(parsed.entry).toBeUndefined();
    expect(parsed.note).toMatch(reason);
  });

  it('rejects text that is not JSON', () => {
    expect(parseGraphCache('{"format":1,').note).toMatch(/^The resolved-graph cache was discarded because it is not valid JSON/);
  });

  it('names its version', () => {
    expect(JSON.parse(serializeGraphCache(entry()))).toMatchObject({ format: GRAPH_CACHE_FORMAT, kind: 'resolved-graph', version: GRAPH_CACHE_VERSION });
  });
});
