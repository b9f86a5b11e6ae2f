/**
 * The JSON form of a `ScanCache`. Each reference is a tuple rather than an
 * object, so the field names are not repeated for every reference:
 *
 *     { "format": 1, "scanner": "0.1.0+scanner-2",
 *       "scans": { "<blob sha>:<flavor>": [[[kind, specifier, line, flags, suffix?], …], [error, …]?] } }
 *
 * `kind` is the index in `REFERENCE_KINDS`, and `flags` adds 1 for a
 * type-only reference and 2 for an approximate one. A cache written by another format or
 * scanner version, or one that fails any check, is discarded whole, because
 * a wrong reference would silently drop tests from the selection.
 */
import { TOOL_VERSION } from '../../version.js';
import type { ModuleReference, ReferenceKind } from '../scan/index.js';
import { SCANNER_REVISION } from '../scan/scanner-revision.js';
import type { CachedScan, ScanCache } from './scan-cache.js';

/** Version of the JSON layout. Raise it whenever the layout changes. */
export const SCAN_CACHE_FORMAT = 1;

/**
 * Version of the scanner that wrote the entries: the TestMaster version
 * plus the scanner's own output revision.
 *
 * NOTE: the revision is raised by hand. A scanner change that does not raise
 * it, made without a new TestMaster release, keeps serving the entries of
 * the scanner before it.
 */
export const SCANNER_VERSION = `${TOOL_VERSION}+scanner-${SCANNER_REVISION}`;

/** Reference kinds by their number in the JSON form. New kinds go at the end, so old numbers keep their meaning. */
const REFERENCE_KINDS: readonly ReferenceKind[] = [
  'import',
  'side-effect',
  're-export',
  'require',
  'dynamic',
  'dynamic-pattern',
  'glob',
  'reference',
];

const TYPE_ONLY = 1;
const APPROXIMATE = 2;
const KEY = /^(?:[0-9a-f]{40}|[0-9a-f]{64}):[a-z-]+$/;

type ReferenceTuple = [number, string, number, number] | [number, string, number, number, string];

export interface ParsedScanCache {
  cache: ScanCache;
  /** Reason the stored cache was discarded, or undefined when it was used. */
  note?: string;
}

/** Writes `cache` as compact JSON, with keys sorted so that equal caches give equal text. */
export function serializeScanCache(cache: ReadonlyMap<string, CachedScan>): string {
  const scans: Record<string, unknown[]> = {};
  for (const key of [...cache.keys()].sort()) {
    const entry = cache.get(key)!;
    const references = entry.references.map(toTuple);
    scans[key] = entry.errors.length > 0 ? [references, entry.errors] : [references];
  }
  return JSON.stringify({ format: SCAN_CACHE_FORMAT, scanner: SCANNER_VERSION, scans });
}

/**
 * Reads a cache written by `serializeScanCache`. Returns an empty cache with
 * a note when the text is not JSON, was written by another format or
 * scanner version, or has a malformed entry.
 */
export function parseScanCache(text: string): ParsedScanCache {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return discarded(`it is not valid JSON (${message})`);
  }
  if (!isRecord(document)) return discarded('its top level is not a JSON object');
  if (document['format'] !== SCAN_CACHE_FORMAT) {
    return discarded(`it has format ${JSON.stringify(document['format'])}, and this version reads format ${SCAN_CACHE_FORMAT}`);
  }
  if (document['scanner'] !== SCANNER_VERSION) {
    return discarded(`it was written by scanner ${JSON.stringify(document['scanner'])}, and this is scanner ${SCANNER_VERSION}`);
  }
  const scans = document['scans'];
  if (!isRecord(scans)) return discarded('"scans" is not a JSON object');

  const cache: ScanCache = new Map();
  for (const [key, value] of Object.entries(scans)) {
    const entry = KEY.test(key) ? toEntry(value) : undefined;
    if (entry === undefined) return discarded(`its entry ${JSON.stringify(key)} is malformed`);
    cache.set(key, entry);
  }
  return { cache };
}

function discarded(reason: string): ParsedScanCache {
  return { cache: new Map(), note: `The scan cache was discarded because ${reason}; every file is scanned again.` };
}

function toTuple(reference: ModuleReference): ReferenceTuple {
  const flags = (reference.typeOnly ? TYPE_ONLY : 0) | (reference.approximate ? APPROXIMATE : 0);
  const tuple: ReferenceTuple = [REFERENCE_KINDS.indexOf(reference.kind), reference.specifier, reference.line, flags];
  return reference.suffix === undefined ? tuple : [...tuple, reference.suffix];
}

function toEntry(value: unknown): CachedScan | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > 2) return undefined;
  const [tuples, errors = []] = value as unknown[];
  if (!Array.isArray(tuples) || !Array.isArray(errors) || !errors.every((error) => typeof error === 'string')) return undefined;

  const references: ModuleReference[] = [];
  for (const tuple of tuples) {
    const reference = toReference(tuple);
    if (reference === undefined) return undefined;
    references.push(reference);
  }
  return { references, errors: errors as string[] };
}

function toReference(tuple: unknown): ModuleReference | undefined {
  if (!Array.isArray(tuple) || tuple.length < 4 || tuple.length > 5) return undefined;
  const [kindIndex, specifier, line, flags, suffix] = tuple as unknown[];
  const kind = typeof kindIndex === 'number' ? REFERENCE_KINDS[kindIndex] : undefined;
  if (kind === undefined || typeof specifier !== 'string') return undefined;
  if (!Number.isInteger(line) || (line as number) < 1) return undefined;
  if (!Number.isInteger(flags) || (flags as number) < 0 || (flags as number) > (TYPE_ONLY | APPROXIMATE)) return undefined;
  if (suffix !== undefined && (typeof suffix !== 'string' || kind !== 'dynamic-pattern')) return undefined;

  const reference: ModuleReference = {
    specifier,
    kind,
    typeOnly: ((flags as number) & TYPE_ONLY) !== 0,
    approximate: ((flags as number) & APPROXIMATE) !== 0,
    line: line as number,
  };
  if (suffix !== undefined) reference.suffix = suffix;
  return reference;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
