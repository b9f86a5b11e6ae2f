import { describe, expect, it } from 'vitest';
import {
  GRAPH_CACHE_FORMAT,
  GRAPH_CACHE_VERSION,
  parseGraphCache,
  serializeGraphCache,
  type ResolvedGraphEntry,
} from '../../../src/impact/graph/graph-cache-format.js';
import { removedExportsKey, verdictKey } from '../../../src/impact/graph/graph-cache-key.js';
import { EdgeTableBuilder, edgeAt } from '../../../src/impact/graph/edge-table.js';
import { splitRecords, type FileRecord } from '../../../src/impact/graph/file-records.js';

const PATHS = ['package.json', 'src/a.ts', 'src/b.ts', 'src/c.ts'];
const BLOBS = ['1'.repeat(40), '2'.repeat(40), '3'.repeat(40), '4'.repeat(40)];
const VIA = 'workspace package @acme/b exports "." (mapped to the same-name file src/b.ts)';

const RECORDS: FileRecord[] = [
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
  { path: 'src/b.ts', edges: [], errors: [], unresolved: [], unreadable: false },
  {
    path: 'src/c.ts',
    edges: [{ from: 'src/c.ts', to: 'src/a.ts', kind: 're-export', typeOnly: false, approximate: false, specifier: './a', line: 7, via: 'relative' }],
    errors: [],
    unresolved: [],
    unreadable: true,
  },
];

function entry(): ResolvedGraphEntry {
  const { table, notes } = splitRecords(PATHS, RECORDS);
  return {
    settings: '{}',
    paths: PATHS,
    blobs: () => BLOBS,
    joinedBlobs: () => BLOBS.join(''),
    reads: { texts: new Set(['package.json', 'tsconfig.json']), realPaths: new Map([['node_modules/@acme/b', 'src']]), folders: new Map([['node_modules', false]]) },
    resolverWarnings: ['package.json: a warning'],
    lateWarnings: false,
    workspaces: [{ name: '@acme/b', folder: 'src', manifest: 'src/package.json' }],
    edges: table,
    notes,
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
    const { blobs, joinedBlobs, ...rest } = parsed.entry!;
    const { blobs: expectedBlobs, joinedBlobs: expectedJoined, ...expected } = entry();
    expect(rest).toEqual(expected);
    expect(blobs()).toEqual(expectedBlobs());
    expect(joinedBlobs()).toBe(expectedJoined());
  });

  it('round-trips blobs of mixed width', () => {
    // A SHA-256 repository keys a symlink by the SHA-1 of its target's text.
    const mixed = ['a'.repeat(64), 'b'.repeat(40), 'c'.repeat(64), 'd'.repeat(64)];
    const stored = serializeGraphCache({ ...entry(), blobs: () => mixed, joinedBlobs: () => mixed.join('') });
    const parsed = parseGraphCache(stored);

    expect(parsed.note).toBeUndefined();
    expect(parsed.entry!.blobs()).toEqual(mixed);
    expect(parsed.entry!.joinedBlobs()).toBe(mixed.join(''));
  });

  it('keeps every edge', () => {
    const parsed = parseGraphCache(serializeGraphCache(entry())).entry!;

    const edges = Array.from({ length: parsed.edges.edgeCount }, (_, id) => edgeAt(parsed.edges, id));
    expect(edges).toEqual(RECORDS.flatMap((record) => record.edges));
  });

  it('leaves out files without notes', () => {
    const parsed = parseGraphCache(serializeGraphCache(entry()));

    expect(parsed.entry?.notes.map((note) => note.path)).toEqual(['src/a.ts', 'src/c.ts']);
  });

  it('drops texts no edge names', () => {
    const stored = entry();
    // An update that drops the glob edge of src/a.ts keeps its texts and node in the builder's lists.
    const builder = new EdgeTableBuilder(PATHS, stored.edges);
    builder.copy(0, 1);
    builder.copy(2, 3);
    const updated = builder.finish();

    const document = JSON.parse(serializeGraphCache({ ...stored, edges: updated })) as Record<string, unknown>;

    expect(updated.specifierTexts).toContain('./*');
    expect(document['specifierTexts']).toEqual(['@acme/b', './a']);
    expect(document['viaTexts']).toEqual([VIA, 'relative']);
    expect(document['otherNodes']).toEqual([]);
    expect(document['edgeCounts']).toEqual([0, 1, 0, 1]);
  });

  it('rejects edges out of file order', () => {
    const stored = entry();
    const builder = new EdgeTableBuilder(PATHS, stored.edges);
    builder.copy(2, 3);
    builder.copy(0, 1);

    expect(() => serializeGraphCache({ ...stored, edges: builder.finish() })).toThrow(/not grouped by importer in file order/);
  });

  it.each<[string, (document: Record<string, unknown>) => void, RegExp]>([
    ['another version', (document) => (document['version'] = '0.0.0'), /written by version "0\.0\.0"/],
    ['another format', (document) => (document['format'] = 2), /in format 2/],
    ['another kind', (document) => (document['kind'] = 'scans'), /not a resolved-graph cache/],
    ['edge to a missing node', (document) => ((document['to'] as number[])[0] = 99), /field "to"/],
    ['unknown via', (document) => ((document['vias'] as number[])[0] = 9), /field "vias"/],
    ['unknown specifier', (document) => ((document['specifiers'] as number[])[0] = -1), /field "specifiers"/],
    ['unknown kind', (document) => ((document['traits'] as number[])[0] = 32), /field "traits"/],
    ['line zero', (document) => ((document['lines'] as number[])[0] = 0), /field "lines"/],
    ['fractional line', (document) => ((document['lines'] as number[])[0] = 1.5), /field "lines"/],
    ['column cut short', (document) => (document['lines'] as number[]).pop(), /field "lines"/],
    ['edge counts over the edges', (document) => ((document['edgeCounts'] as number[])[0] = 1e12), /field "edgeCounts"/],
    ['edge count per missing path', (document) => (document['edgeCounts'] as number[]).pop(), /field "edgeCounts"/],
    ['note with a bad flag', (document) => ((document['notes'] as unknown[][])[0]![3] = 2), /field "notes"/],
    ['short blobs', (document) => (document['blobs'] = 'abc'), /field "blobs"/],
    ['a blob list of another length', (document) => (document['blobs'] = ['1'.repeat(40)]), /field "blobs"/],
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
