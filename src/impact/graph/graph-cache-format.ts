/**
 * The resolved-graph cache: the head graph of the last run with everything
 * later steps need from the resolver and the test discovery, so that a run
 * over the same files needs neither. Its JSON form names each repository
 * path once, in `paths`, and refers to it by index elsewhere:
 *
 *     { "format": 3, "kind": "resolved-graph", "version": "0.1.0+scanner-4+graph-1",
 *       "settings": "<JSON>", "paths": [path, …], "blobs": "<blob SHAs of paths, concatenated>" | [sha, …],
 *       "reads": [path, …], "realPaths": [[path, real|null], …], "folders": [[path, bool], …],
 *       "resolverWarnings": [text, …], "lateWarnings": bool,
 *       "workspaces": [[name, folder, manifest], …],
 *       "edgeCounts": [count, …], "otherNodes": [path, …],
 *       "to": [node, …], "traits": [number, …], "lines": [line, …],
 *       "specifiers": [index, …], "specifierTexts": [text, …], "vias": [index, …], "viaTexts": [text, …],
 *       "notes": [[file, [error, …], [unresolved, …], unreadable], …],
 *       "tests": [file, …], "setupFiles": [[path, option, config], …], "entryPoints": [path, …],
 *       "importedFromOutside": [file, …],
 *       "verdicts": [[key, "comments"|"types"|"none"], …],
 *       "removedExports": [[key, [name, …], [specifier, …]], …] }
 *
 * The edges are columns of numbers, one entry per edge, as in `EdgeTable`.
 * So `JSON.parse` makes one array per column instead of one object per
 * edge, and the parser copies each into a typed array. Edges are
 * grouped by importer in the order of `paths`, so `edgeCounts` (one count
 * per path) replaces a column of importers. A node id below the number of
 * paths is a path's index, and a larger one indexes `otherNodes`, the edge
 * targets outside the paths. Specifiers and resolver rules repeat over
 * thousands of edges, so each is stored once in `specifierTexts` or
 * `viaTexts`. `notes` holds the scan errors, unresolved references and
 * unreadable flags of the files that have any. The blob SHAs are one
 * string, split on first use. A document of another format or version, or
 * one that fails any check, is discarded whole.
 */
import { TOOL_VERSION } from '../../version.js';
import type { RuntimeEquivalence } from '../model.js';
import type { ViewReads } from '../resolve/recording-view.js';
import { SCANNER_REVISION } from '../scan/scanner-revision.js';
import type { RemovedExports } from '../risk/deleted-exports.js';
import type { EdgeTable } from './edge-table.js';
import type { FileNote } from './file-records.js';
import { readEdgeColumns, stringList, writeEdgeColumns } from './graph-cache-edges.js';

/** Version of the JSON layout. Raise it whenever the layout changes. */
export const GRAPH_CACHE_FORMAT = 3;

/**
 * Revision of what the graph contains. Raise it with any change to the
 * resolver, the graph build, the test discovery or the equivalence check
 * that can change their output for the same files.
 *
 * NOTE: like the scanner revision, it is raised by hand. A resolver change
 * that does not raise it, made without a new TestMaster release, keeps
 * serving the graphs of the resolver before it.
 */
const GRAPH_REVISION = 1;
export const GRAPH_CACHE_VERSION = `${TOOL_VERSION}+scanner-${SCANNER_REVISION}+graph-${GRAPH_REVISION}`;

/** Verdict of the equivalence check on one pair of versions; `none` when the change can alter what runs. */
export type EquivalenceVerdict = RuntimeEquivalence | 'none';

export interface ResolvedGraphEntry {
  /** The settings that shape the graph and the test discovery, as canonical JSON. */
  settings: string;
  /** Every file of the head view, in view order. */
  paths: string[];
  /** Blob SHA of each of `paths`, split on first call. */
  blobs: () => string[];
  /** The blob SHAs concatenated, as the cache file stores them. */
  joinedBlobs: () => string;
  /** What the resolver and the test discovery read of the view. */
  reads: ViewReads;
  /** The resolver's warnings after the build. */
  resolverWarnings: string[];
  /** True when resolving references added resolver warnings, whose order depends on which file read a config first. */
  lateWarnings: boolean;
  workspaces: { name: string; folder: string; manifest: string }[];
  /** The graph's edges over `paths`, grouped by importer in the order of `paths`. */
  edges: EdgeTable;
  /** The scan errors, unresolved references and unreadable flags of the files that have any, in file order. */
  notes: FileNote[];
  testFiles: string[];
  setupFiles: { path: string; option: string; config: string }[];
  /** Files that the workspace package names resolve to. */
  entryPoints: string[];
  /** Files that a file of another workspace package imports. */
  importedFromOutside: string[];
  /** Verdicts of the equivalence check by `verdictKey`. */
  verdicts: Map<string, EquivalenceVerdict>;
  /** Exports that changed public modules lost, by `removedExportsKey`. */
  removedExports: Map<string, RemovedExports>;
}

export interface ParsedGraphCache {
  entry?: ResolvedGraphEntry;
  /** Reason the stored entry was discarded, or undefined when it was used or absent. */
  note?: string;
}

const VERDICTS: readonly string[] = ['comments', 'types', 'none'];

export function serializeGraphCache(entry: ResolvedGraphEntry): string {
  const indexOf = new Map(entry.paths.map((path, index) => [path, index]));
  const fileRef = (path: string): number | string => indexOf.get(path) ?? path;
  return JSON.stringify({
    format: GRAPH_CACHE_FORMAT,
    kind: 'resolved-graph',
    version: GRAPH_CACHE_VERSION,
    settings: entry.settings,
    paths: entry.paths,
    blobs: blobsField(entry),
    reads: [...entry.reads.texts].sort(),
    realPaths: [...entry.reads.realPaths].sort(byFirst),
    folders: [...entry.reads.folders].sort(byFirst),
    resolverWarnings: entry.resolverWarnings,
    lateWarnings: entry.lateWarnings,
    workspaces: entry.workspaces.map(({ name, folder, manifest }) => [name, folder, manifest]),
    ...writeEdgeColumns(entry.edges),
    notes: entry.notes.map((note) => [fileRef(note.path), note.errors, note.unresolved, note.unreadable ? 1 : 0]),
    tests: entry.testFiles.map(fileRef),
    setupFiles: entry.setupFiles.map(({ path, option, config }) => [path, option, config]),
    entryPoints: [...entry.entryPoints].sort(),
    importedFromOutside: entry.importedFromOutside.map(fileRef),
    verdicts: [...entry.verdicts].sort(byFirst),
    removedExports: [...entry.removedExports].sort(byFirst).map(([key, { names, wildcards }]) => [key, names, wildcards]),
  });
}

/** Thrown inside `parseGraphCache` at the first check that fails. */
class MalformedEntry extends Error {}

/**
 * Reads a document written by `serializeGraphCache`. Returns no entry, with
 * a note, when the text is not JSON, has another format or version, or
 * fails a check.
 */
export function parseGraphCache(text: string): ParsedGraphCache {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return discarded(`it is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(document) || document['kind'] !== 'resolved-graph') return discarded('it is not a resolved-graph cache');
  if (document['format'] !== GRAPH_CACHE_FORMAT || document['version'] !== GRAPH_CACHE_VERSION) {
    return discarded(`it was written by version ${JSON.stringify(document['version'])} in format ${JSON.stringify(document['format'])}, and this is version ${GRAPH_CACHE_VERSION} in format ${GRAPH_CACHE_FORMAT}`);
  }
  try {
    return { entry: toEntry(document) };
  } catch (error) {
    if (error instanceof MalformedEntry) return discarded(`its field "${error.message}" is malformed`);
    throw error;
  }
}

function toEntry(document: Record<string, unknown>): ResolvedGraphEntry {
  const malformed = (field: string) => new MalformedEntry(field);
  const paths = stringList(document, 'paths', malformed);
  const { blobs, joinedBlobs } = readBlobsField(document.blobs, paths.length);
  const pathAt = (value: unknown, field: string): string => {
    if (typeof value === 'string') return value;
    if (Number.isInteger(value) && (value as number) >= 0 && (value as number) < paths.length) return paths[value as number]!;
    throw new MalformedEntry(field);
  };
  return {
    settings: stringField(document, 'settings'),
    paths,
    blobs,
    joinedBlobs,
    reads: {
      texts: new Set(listOf(document, 'reads', (value) => stringOf(value, 'reads'))),
      realPaths: new Map(listOf(document, 'realPaths', (value) => tupleOf(value, 2, (item, index) => typeof item === 'string' || (index === 1 && item === null)) as [string, string | null])),
      folders: new Map(listOf(document, 'folders', (value) => tupleOf(value, 2, (item, index) => (index === 0 ? typeof item === 'string' : typeof item === 'boolean')) as [string, boolean])),
    },
    resolverWarnings: listOf(document, 'resolverWarnings', (value) => stringOf(value, 'resolverWarnings')),
    lateWarnings: booleanField(document, 'lateWarnings'),
    workspaces: listOf(document, 'workspaces', (value) => {
      const [name, folder, manifest] = tupleOf(value, 3, (item) => typeof item === 'string') as string[];
      return { name: name!, folder: folder!, manifest: manifest! };
    }),
    edges: readEdgeColumns(document, paths, malformed),
    notes: listOf(document, 'notes', (value) => toNote(value, pathAt)),
    testFiles: listOf(document, 'tests', (value) => pathAt(value, 'tests')),
    setupFiles: listOf(document, 'setupFiles', (value) => {
      const [path, option, config] = tupleOf(value, 3, (item) => typeof item === 'string') as string[];
      return { path: path!, option: option!, config: config! };
    }),
    entryPoints: listOf(document, 'entryPoints', (value) => stringOf(value, 'entryPoints')),
    importedFromOutside: listOf(document, 'importedFromOutside', (value) => pathAt(value, 'importedFromOutside')),
    verdicts: new Map(listOf(document, 'verdicts', (value) => tupleOf(value, 2, (item, index) => typeof item === 'string' && (index === 0 || VERDICTS.includes(item))) as [string, EquivalenceVerdict])),
    removedExports: new Map(
      listOf(document, 'removedExports', (value) => {
        const [key, names, wildcards] = tupleOf(value, 3, (item, index) => (index === 0 ? typeof item === 'string' : Array.isArray(item)));
        return [key as string, { names: stringsOf(names, 'removedExports'), wildcards: stringsOf(wildcards, 'removedExports') }] as const;
      }),
    ),
  };
}

/**
 * Returns the blob SHAs as one string when they all have the width of a
 * SHA-1 or SHA-256 object name, which reads fastest, else as a list. A
 * SHA-256 repository's symlinks are keyed by SHA-1 digests of their
 * targets, so its keys can differ in width.
 */
function blobsField(entry: ResolvedGraphEntry): string | string[] {
  const blobs = entry.blobs();
  const width = blobs[0]?.length ?? 40;
  return (width === 40 || width === 64) && blobs.every((blob) => blob.length === width) ? entry.joinedBlobs() : [...blobs];
}

/** Reads the `blobs` field that `blobsField` wrote, for `count` paths. */
function readBlobsField(value: unknown, count: number): { blobs: () => string[]; joinedBlobs: () => string } {
  if (Array.isArray(value)) {
    if (value.length !== count || !value.every((blob) => typeof blob === 'string')) throw new MalformedEntry('blobs');
    const list = value as string[];
    return { blobs: () => list, joinedBlobs: () => list.join('') };
  }
  if (typeof value !== 'string') throw new MalformedEntry('blobs');
  return { blobs: splitBlobs(value, count), joinedBlobs: () => value };
}

/** Returns a function that splits the concatenated blob SHAs of `count` files, all of one length (40 hex digits for SHA-1, 64 for SHA-256). */
function splitBlobs(text: string, count: number): () => string[] {
  const width = count === 0 ? 0 : text.length / count;
  if (count === 0 ? text.length !== 0 : width !== 40 && width !== 64) throw new MalformedEntry('blobs');
  let blobs: string[] | undefined;
  return () => {
    if (blobs) return blobs;
    blobs = [];
    for (let offset = 0; offset < text.length; offset += width) blobs.push(text.slice(offset, offset + width));
    return blobs;
  };
}

function toNote(value: unknown, pathAt: (value: unknown, field: string) => string): FileNote {
  if (!Array.isArray(value) || value.length !== 4) throw new MalformedEntry('notes');
  const [file, errors, unresolved, unreadable] = value as unknown[];
  if (unreadable !== 0 && unreadable !== 1) throw new MalformedEntry('notes');
  return { path: pathAt(file, 'notes'), errors: stringsOf(errors, 'notes'), unresolved: stringsOf(unresolved, 'notes'), unreadable: unreadable === 1 };
}

function listOf<T>(document: Record<string, unknown>, field: string, item: (value: unknown) => T): T[] {
  const value = document[field];
  if (!Array.isArray(value)) throw new MalformedEntry(field);
  try {
    return value.map(item);
  } catch (error) {
    if (error instanceof MalformedEntry) throw new MalformedEntry(field);
    throw error;
  }
}

function tupleOf(value: unknown, length: number, valid: (item: unknown, index: number) => boolean): unknown[] {
  if (!Array.isArray(value) || value.length !== length || !value.every(valid)) throw new MalformedEntry('');
  return value;
}

function stringOf(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new MalformedEntry(field);
  return value;
}

function stringsOf(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new MalformedEntry(field);
  return value.map((item) => stringOf(item, field));
}

function stringField(document: Record<string, unknown>, field: string): string {
  return stringOf(document[field], field);
}

function booleanField(document: Record<string, unknown>, field: string): boolean {
  const value = document[field];
  if (typeof value !== 'boolean') throw new MalformedEntry(field);
  return value;
}

function byFirst(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function discarded(reason: string): ParsedGraphCache {
  return { note: `The resolved-graph cache was discarded because ${reason}; the graph is built again.` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
