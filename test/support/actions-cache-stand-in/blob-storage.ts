/**
 * The Azure Blob Storage operations that the signed URLs of the cache service
 * receive: Put Blob, Put Block and Put Block List from @azure/storage-blob's
 * BlockBlobClient.uploadFile when @actions/cache saves, and a plain Get Blob
 * from @actions/http-client when it restores from a host outside
 * `*.blob.core.windows.net`. The URLs are path-style, as for an IP host:
 * `/<account>/<container>/<blob>?sv=…&sp=…&se=…&sig=…`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { CacheEntries, CacheEntry } from './state.js';
import { rejectStorage, type Outcome, type Reply } from './reply.js';

export const STORAGE_ACCOUNT = 'actionscache';
export const STORAGE_CONTAINER = 'cache-entries';
/** The service version the stand-in reports; @azure/storage-blob 12.31 sends a version of its own, which is accepted. */
const STORAGE_VERSION = '2025-11-05';

export type BlobOperation = 'PutBlob' | 'PutBlock' | 'PutBlockList' | 'GetBlob';

export interface BlobRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Returns the blob path of an entry, under which its signed URLs point. */
export function blobPath(entry: CacheEntry): string {
  return `/${STORAGE_ACCOUNT}/${STORAGE_CONTAINER}/${entry.id}.tzst`;
}

/** Builds a signed URL; `sp` is the permission: create and write for uploads, read for downloads. */
export function signedBlobUrl(baseUrl: string, entry: CacheEntry, permission: 'upload' | 'download'): string {
  const url = new URL(blobPath(entry), baseUrl);
  url.searchParams.set('sv', STORAGE_VERSION);
  url.searchParams.set('sr', 'b');
  url.searchParams.set('sp', permission === 'upload' ? 'cw' : 'r');
  url.searchParams.set('se', new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'));
  url.searchParams.set('sig', permission === 'upload' ? entry.uploadSignature : entry.downloadSignature);
  return url.href;
}

/** Names the blob operation of a request, or returns undefined for one the stand-in does not implement. */
export function blobOperation(method: string, query: URLSearchParams): BlobOperation | undefined {
  const comp = query.get('comp');
  if (method === 'PUT' && comp === null) return 'PutBlob';
  if (method === 'PUT' && comp === 'block') return 'PutBlock';
  if (method === 'PUT' && comp === 'blocklist') return 'PutBlockList';
  if (method === 'GET' && comp === null) return 'GetBlob';
  return undefined;
}

export function handleBlob(operation: BlobOperation, request: BlobRequest, entries: CacheEntries): Outcome {
  const found = authorizedEntry(operation, request.url, entries);
  if ('reply' in found) return found;
  const { entry } = found;

  if (operation === 'GetBlob') return getBlob(entry, request.headers);
  if (entry.status !== 'reserved') {
    return rejectStorage(403, 'AuthorizationPermissionMismatch', `cache entry ${entry.key} is finalized, so its blob no longer accepts writes`);
  }
  if (request.headers['x-ms-version'] === undefined) {
    return rejectStorage(400, 'MissingRequiredHeader', `${operation} needs the x-ms-version header`);
  }
  const declaredLength = Number(request.headers['content-length']);
  if (declaredLength !== request.body.length) {
    return rejectStorage(400, 'InvalidHeaderValue', `${operation}: Content-Length ${request.headers['content-length']} does not match the ${request.body.length} bytes received`);
  }
  switch (operation) {
    case 'PutBlob':
      return putBlob(entry, request);
    case 'PutBlock':
      return putBlock(entry, request);
    case 'PutBlockList':
      return putBlockList(entry, request);
  }
}

/** Finds the entry a signed URL belongs to and checks its signature and permission. */
function authorizedEntry(operation: BlobOperation, url: URL, entries: CacheEntries): { entry: CacheEntry } | Outcome {
  const match = new RegExp(`^/${STORAGE_ACCOUNT}/${STORAGE_CONTAINER}/(\\d+)\\.tzst$`).exec(url.pathname);
  const entry = match ? entries.findById(Number(match[1])) : undefined;
  if (!entry) return rejectStorage(404, 'BlobNotFound', `${operation}: no cache entry has the blob ${url.pathname}`);

  const wantsWrite = operation !== 'GetBlob';
  const signature = wantsWrite ? entry.uploadSignature : entry.downloadSignature;
  const permission = wantsWrite ? 'cw' : 'r';
  if (url.searchParams.get('sig') !== signature || url.searchParams.get('sp') !== permission) {
    return rejectStorage(403, 'AuthenticationFailed', `${operation}: ${url.pathname} needs the signed ${wantsWrite ? 'upload' : 'download'} URL of its entry`);
  }
  if (!wantsWrite && entry.status !== 'finalized') {
    return rejectStorage(404, 'BlobNotFound', `GetBlob: cache entry ${entry.key} was never finalized`);
  }
  return { entry };
}

function putBlob(entry: CacheEntry, request: BlobRequest): Outcome {
  if (request.headers['x-ms-blob-type'] !== 'BlockBlob') {
    return rejectStorage(400, 'MissingRequiredHeader', `PutBlob needs x-ms-blob-type: BlockBlob, got ${String(request.headers['x-ms-blob-type'])}`);
  }
  entry.content = request.body;
  entry.uncommittedBlocks.clear();
  return { reply: created({ 'content-md5': md5(request.body) }) };
}

function putBlock(entry: CacheEntry, request: BlobRequest): Outcome {
  const blockId = request.url.searchParams.get('blockid');
  if (!blockId || !isBase64(blockId)) {
    return rejectStorage(400, 'InvalidQueryParameterValue', `PutBlock needs a Base64 blockid, got ${JSON.stringify(blockId)}`);
  }
  entry.uncommittedBlocks.set(blockId, request.body);
  return { reply: created({ 'content-md5': md5(request.body) }) };
}

/** Commits the listed blocks in order. Only `Latest` and `Uncommitted` are accepted, because nothing is committed before. */
function putBlockList(entry: CacheEntry, request: BlobRequest): Outcome {
  const xml = request.body.toString('utf8');
  const list = /<BlockList>([\s\S]*)<\/BlockList>/.exec(xml)?.[1];
  if (list === undefined) return rejectStorage(400, 'InvalidXmlDocument', 'PutBlockList: the body has no <BlockList> element');

  const blockIds: string[] = [];
  const leftover = list.replace(/<(Latest|Uncommitted)>([^<]*)<\/\1>/g, (_all, _tag: string, id: string) => {
    blockIds.push(id);
    return '';
  });
  if (leftover.trim() !== '') return rejectStorage(400, 'InvalidXmlDocument', `PutBlockList: unexpected content ${JSON.stringify(leftover.trim())}`);
  const missing = blockIds.filter((id) => !entry.uncommittedBlocks.has(id));
  if (missing.length > 0) return rejectStorage(400, 'InvalidBlockList', `PutBlockList: blocks ${missing.join(', ')} were never staged`);

  entry.content = Buffer.concat(blockIds.map((id) => entry.uncommittedBlocks.get(id)!));
  entry.uncommittedBlocks.clear();
  return { reply: created({}) };
}

function getBlob(entry: CacheEntry, headers: IncomingHttpHeaders): Outcome {
  if (headers.range !== undefined || headers['x-ms-range'] !== undefined) {
    // @actions/http-client downloads the whole blob; ranges come only from the Azure SDK, which @actions/cache uses for Azure hosts.
    return rejectStorage(400, 'UnsupportedHeader', 'GetBlob: the stand-in serves whole blobs only, without Range');
  }
  const content = entry.content!;
  return {
    reply: {
      status: 200,
      headers: {
        ...commonHeaders(),
        'content-type': 'application/octet-stream',
        'content-length': String(content.length),
        'content-md5': md5(content),
        'x-ms-blob-type': 'BlockBlob',
        'accept-ranges': 'bytes',
      },
      body: content,
    },
  };
}

function created(extra: Record<string, string>): Reply {
  return { status: 201, headers: { ...commonHeaders(), 'x-ms-request-server-encrypted': 'true', ...extra }, body: '' };
}

function commonHeaders(): Record<string, string> {
  const now = new Date().toUTCString();
  return {
    etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`,
    'last-modified': now,
    date: now,
    'x-ms-request-id': randomUUID(),
    'x-ms-version': STORAGE_VERSION,
  };
}

function md5(content: Buffer): string {
  return createHash('md5').update(content).digest('base64');
}

function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0;
}

/** Rejects a blob request that no operation matches, such as HEAD (Get Blob Properties). */
export function unsupportedBlobRequest(method: string, url: URL): Outcome {
  const query = [...url.searchParams.keys()].join(', ') || 'none';
  return rejectStorage(400, 'UnsupportedHttpVerb', `${method} ${url.pathname} with query parameters ${query} is not implemented by the stand-in`);
}
