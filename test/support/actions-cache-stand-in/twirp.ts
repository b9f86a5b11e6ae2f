/**
 * The three Twirp JSON methods of `github.actions.results.api.v1.CacheService`
 * that @actions/cache 6.3 calls for cache service v2. Request fields use the
 * protobuf field names (snake_case), because the client serializes with
 * `useProtoFieldName`, and int64 fields arrive as decimal strings.
 */
import { keyProblem, MAX_RESTORE_KEYS, type CacheEntries, type CacheEntry } from './state.js';
import { jsonReply, rejectTwirp, twirpError, type Outcome } from './reply.js';

export const TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';
export const TWIRP_METHODS = ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'] as const;
export type TwirpMethod = (typeof TWIRP_METHODS)[number];

export interface TwirpContext {
  entries: CacheEntries;
  /** The signed blob URL of an entry, with write (`upload`) or read (`download`) permission. */
  signedUrl(entry: CacheEntry, permission: 'upload' | 'download'): string;
}

/** Fields each request may carry. `metadata` is left out: @actions/cache never sends it. */
const REQUEST_FIELDS: Record<TwirpMethod, readonly string[]> = {
  CreateCacheEntry: ['key', 'version'],
  FinalizeCacheEntryUpload: ['key', 'size_bytes', 'version'],
  GetCacheEntryDownloadURL: ['key', 'restore_keys', 'version'],
};

/** The version @actions/cache computes: a SHA-256 hex digest of the paths and the compression method. */
const VERSION_PATTERN = /^[0-9a-f]{64}$/;

export function handleTwirp(method: TwirpMethod, body: unknown, context: TwirpContext): Outcome {
  const problem = shapeProblem(method, body);
  if (problem) return rejectTwirp('invalid_argument', `${method}: ${problem}`);
  const fields = body as Record<string, unknown>;
  switch (method) {
    case 'CreateCacheEntry':
      return createCacheEntry(fields, context);
    case 'FinalizeCacheEntryUpload':
      return finalizeCacheEntryUpload(fields, context);
    case 'GetCacheEntryDownloadURL':
      return getCacheEntryDownloadUrl(fields, context);
  }
}

function shapeProblem(method: TwirpMethod, body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object';
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((name) => !REQUEST_FIELDS[method].includes(name));
  if (unknown.length > 0) return `unexpected fields ${unknown.join(', ')}; expected only ${REQUEST_FIELDS[method].join(', ')}`;

  const problems = [keyProblem(fields.key, 'key')];
  if (typeof fields.version !== 'string' || !VERSION_PATTERN.test(fields.version)) {
    problems.push(`version must be a 64-digit lowercase SHA-256 hex string, got ${JSON.stringify(fields.version)}`);
  }
  if (method === 'FinalizeCacheEntryUpload' && (typeof fields.size_bytes !== 'string' || !/^\d+$/.test(fields.size_bytes))) {
    problems.push(`size_bytes must be an int64 as a decimal string, got ${JSON.stringify(fields.size_bytes)}`);
  }
  if (method === 'GetCacheEntryDownloadURL' && fields.restore_keys !== undefined) {
    problems.push(...restoreKeysProblems(fields.restore_keys));
  }
  return problems.filter((problem) => problem !== undefined).join('; ') || undefined;
}

function restoreKeysProblems(restoreKeys: unknown): string[] {
  // With emitDefaultValues off, the client leaves an empty list out, so a present list has members.
  if (!Array.isArray(restoreKeys) || restoreKeys.length === 0) return ['restore_keys must be a non-empty array when present'];
  const problems = restoreKeys.map((key, index) => keyProblem(key, `restore_keys[${index}]`));
  if (restoreKeys.length + 1 > MAX_RESTORE_KEYS) {
    problems.push(`key and restore_keys name ${restoreKeys.length + 1} keys; the maximum is ${MAX_RESTORE_KEYS}`);
  }
  return problems.filter((problem): problem is string => problem !== undefined);
}

function createCacheEntry(fields: Record<string, unknown>, context: TwirpContext): Outcome {
  const key = fields.key as string;
  const version = fields.version as string;
  const entry = context.entries.reserve(key, version);
  if (!entry) {
    // The real service sends this to a second writer, and the client logs it and skips the save.
    return { reply: twirpError('already_exists', `cache entry with key ${key} and version ${version} already exists`) };
  }
  return { reply: jsonReply({ ok: true, signed_upload_url: context.signedUrl(entry, 'upload'), message: '' }) };
}

function finalizeCacheEntryUpload(fields: Record<string, unknown>, context: TwirpContext): Outcome {
  const key = fields.key as string;
  const entry = context.entries.find(key, fields.version as string);
  if (!entry) return rejectTwirp('not_found', `FinalizeCacheEntryUpload: no cache entry with key ${key} was created`);
  if (entry.status === 'finalized') return rejectTwirp('already_exists', `FinalizeCacheEntryUpload: cache entry ${key} is already finalized`);
  if (entry.content === undefined) {
    return rejectTwirp('failed_precondition', `FinalizeCacheEntryUpload: nothing was uploaded for cache entry ${key}`);
  }
  const sizeBytes = Number(fields.size_bytes);
  if (sizeBytes !== entry.content.length) {
    return rejectTwirp(
      'invalid_argument',
      `FinalizeCacheEntryUpload: size_bytes is ${sizeBytes} but ${entry.content.length} bytes were uploaded for ${key}`,
    );
  }
  entry.status = 'finalized';
  entry.sizeBytes = sizeBytes;
  return { reply: jsonReply({ ok: true, entry_id: String(entry.id), message: '' }) };
}

function getCacheEntryDownloadUrl(fields: Record<string, unknown>, context: TwirpContext): Outcome {
  const restoreKeys = (fields.restore_keys as string[] | undefined) ?? [];
  const entry = context.entries.match(fields.key as string, restoreKeys, fields.version as string);
  // A miss is a successful call with ok false; @actions/cache then reports "not found" without a warning.
  if (!entry) return { reply: jsonReply({ ok: false, signed_download_url: '', matched_key: '' }) };
  return { reply: jsonReply({ ok: true, signed_download_url: context.signedUrl(entry, 'download'), matched_key: entry.key }) };
}
