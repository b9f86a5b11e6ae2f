/**
 * The in-memory cache entries of the stand-in and the service's key rules:
 * an entry is identified by key and version, is written once, and becomes
 * visible to restores only after its upload is finalized.
 */
import { randomBytes } from 'node:crypto';

export type EntryStatus = 'reserved' | 'finalized';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  status: EntryStatus;
  /** Order of creation; a larger number is newer. */
  createdOrder: number;
  /** The signature of the upload URL (write permission). */
  uploadSignature: string;
  /** The signature of the download URL (read permission). */
  downloadSignature: string;
  /** Staged blocks by block ID, before Put Block List commits them. */
  uncommittedBlocks: Map<string, Buffer>;
  /** The committed blob, after Put Blob or Put Block List. */
  content: Buffer | undefined;
  /** `size_bytes` of FinalizeCacheEntryUpload. */
  sizeBytes: number | undefined;
}

/** Maximum key length in characters (GitHub's dependency caching reference). */
export const MAX_KEY_LENGTH = 512;
/** Maximum number of keys (key plus restore keys) in one restore, as @actions/cache 6.3 enforces. */
export const MAX_RESTORE_KEYS = 10;

/** Returns why a key is invalid, or undefined for a valid key. */
export function keyProblem(key: unknown, field: string): string | undefined {
  if (typeof key !== 'string' || key === '') return `${field} must be a non-empty string`;
  if (key.length > MAX_KEY_LENGTH) return `${field} is ${key.length} characters long; the maximum is ${MAX_KEY_LENGTH}`;
  if (key.includes(',')) return `${field} ${JSON.stringify(key)} contains a comma, which keys may not contain`;
  return undefined;
}

export class CacheEntries {
  private readonly entries: CacheEntry[] = [];
  private nextId = 1;

  /** Returns every entry, reserved or finalized, oldest first. */
  all(): readonly CacheEntry[] {
    return this.entries;
  }

  find(key: string, version: string): CacheEntry | undefined {
    return this.entries.find((entry) => entry.key === key && entry.version === version);
  }

  findById(id: number): CacheEntry | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  /** Reserves a key for one upload; returns undefined when the key and version are taken, reserved or finalized. */
  reserve(key: string, version: string): CacheEntry | undefined {
    if (this.find(key, version)) return undefined;
    const entry: CacheEntry = {
      id: this.nextId,
      key,
      version,
      status: 'reserved',
      createdOrder: this.nextId,
      uploadSignature: randomBytes(16).toString('hex'),
      downloadSignature: randomBytes(16).toString('hex'),
      uncommittedBlocks: new Map(),
      content: undefined,
      sizeBytes: undefined,
    };
    this.nextId += 1;
    this.entries.push(entry);
    return entry;
  }

  /**
   * Finds the entry a restore gets, in the order GitHub documents for the
   * cache action. An exact match of the key comes first. Next is the newest
   * entry whose key starts with the key, then the newest entry for each
   * restore key as a prefix, in turn. Only finalized entries of the same
   * version match.
   */
  match(key: string, restoreKeys: readonly string[], version: string): CacheEntry | undefined {
    const candidates = this.entries.filter((entry) => entry.status === 'finalized' && entry.version === version);
    const exact = candidates.find((entry) => entry.key === key);
    if (exact) return exact;
    for (const prefix of [key, ...restoreKeys]) {
      const newest = candidates
        .filter((entry) => entry.key.startsWith(prefix))
        .sort((left, right) => right.createdOrder - left.createdOrder)[0];
      if (newest) return newest;
    }
    return undefined;
  }
}
