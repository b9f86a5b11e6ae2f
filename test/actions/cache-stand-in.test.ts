/**
 * Tests of the Actions cache service stand-in itself: raw HTTP for the Twirp
 * API, so that no client hides its behaviour, and @azure/storage-blob for the
 * block upload that @actions/cache only uses for archives over 128 MiB.
 */
import { BlockBlobClient } from '@azure/storage-blob';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCacheStandIn, type CacheStandIn } from '../support/actions-cache-stand-in/index.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService';
const VERSION = 'a'.repeat(64);
const OTHER_VERSION = 'b'.repeat(64);

let cacheService: CacheStandIn;

beforeEach(async () => {
  cacheService = await startCacheStandIn();
});

afterEach(async () => {
  await cacheService.close();
});

interface CallOptions {
  method?: string;
  token?: string | null;
  contentType?: string;
  rawBody?: string;
}

async function callTwirp(name: string, body: unknown, options: CallOptions = {}): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  const token = options.token === undefined ? cacheService.token : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const method = options.method ?? 'POST';
  const response = await fetch(new URL(`${SERVICE}/${name}`, cacheService.url), {
    method,
    headers,
    body: method === 'GET' ? undefined : (options.rawBody ?? JSON.stringify(body)),
  });
  return { status: response.status, json: JSON.parse(await response.text()) };
}

/** Creates, uploads and finalizes an entry the way @actions/cache does for a small archive. */
async function saveEntry(key: string, content: string, version = VERSION): Promise<void> {
  const created = await callTwirp('CreateCacheEntry', { key, version });
  expect(created.status).toBe(200);
  const upload = await fetch(created.json.signed_upload_url, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2025-11-05' },
    body: content,
  });
  expect(upload.status).toBe(201);
  const finalized = await callTwirp('FinalizeCacheEntryUpload', { key, version, size_bytes: String(Buffer.byteLength(content)) });
  expect(finalized.json).toEqual({ ok: true, entry_id: expect.stringMatching(/^\d+$/), message: '' });
}

async function restoredContent(key: string, restoreKeys: string[] = [], version = VERSION): Promise<string | undefined> {
  const body = restoreKeys.length > 0 ? { key, restore_keys: restoreKeys, version } : { key, version };
  const { json } = await callTwirp('GetCacheEntryDownloadURL', body);
  if (!json.ok) return undefined;
  const download = await fetch(json.signed_download_url);
  expect(download.status).toBe(200);
  return download.text();
}

describe('requests the service rejects', () => {
  it.each([
    ['wrong token', 'CreateCacheEntry', { key: 'k', version: VERSION }, { token: 'other' }, 401, 'unauthenticated'],
    ['no token', 'CreateCacheEntry', { key: 'k', version: VERSION }, { token: null }, 401, 'unauthenticated'],
    ['GET method', 'CreateCacheEntry', undefined, { method: 'GET' }, 404, 'bad_route'],
    ['unknown method', 'DeleteCacheEntry', { key: 'k' }, {}, 404, 'bad_route'],
    ['protobuf body', 'CreateCacheEntry', { key: 'k', version: VERSION }, { contentType: 'application/protobuf' }, 404, 'bad_route'],
    ['body not JSON', 'CreateCacheEntry', undefined, { rawBody: '{"key":' }, 400, 'malformed'],
    ['unknown field', 'CreateCacheEntry', { key: 'k', version: VERSION, metadata: {} }, {}, 400, 'invalid_argument'],
    ['camelCase field', 'FinalizeCacheEntryUpload', { key: 'k', version: VERSION, sizeBytes: '1' }, {}, 400, 'invalid_argument'],
    ['key with comma', 'CreateCacheEntry', { key: 'a,b', version: VERSION }, {}, 400, 'invalid_argument'],
    ['key too long', 'CreateCacheEntry', { key: 'k'.repeat(513), version: VERSION }, {}, 400, 'invalid_argument'],
    ['empty key', 'CreateCacheEntry', { key: '', version: VERSION }, {}, 400, 'invalid_argument'],
    ['version not SHA-256', 'CreateCacheEntry', { key: 'k', version: '1' }, {}, 400, 'invalid_argument'],
    ['size as number', 'FinalizeCacheEntryUpload', { key: 'k', version: VERSION, size_bytes: 1 }, {}, 400, 'invalid_argument'],
    ['eleven keys', 'GetCacheEntryDownloadURL', { key: 'k', version: VERSION, restore_keys: Array(10).fill('p') }, {}, 400, 'invalid_argument'],
    ['empty restore keys', 'GetCacheEntryDownloadURL', { key: 'k', version: VERSION, restore_keys: [] }, {}, 400, 'invalid_argument'],
    ['finalize unknown entry', 'FinalizeCacheEntryUpload', { key: 'k', version: VERSION, size_bytes: '1' }, {}, 404, 'not_found'],
  ] as const)('%s', async (_case, name, body, options, status, code) => {
    const response = await callTwirp(name, body, options);

    expect(response.status).toBe(status);
    expect(response.json.code).toBe(code);
    expect(cacheService.rejections()).toHaveLength(1);
    expect(cacheService.rejections()[0]!.rejection).toBe(response.json.msg);
  });

  it('unknown path', async () => {
    const response = await fetch(new URL('/_apis/artifactcache/cache', cacheService.url));

    expect(response.status).toBe(404);
    expect(cacheService.rejections()[0]!.rejection).toBe('no route for GET /_apis/artifactcache/cache');
  });

  it('finalize before upload', async () => {
    await callTwirp('CreateCacheEntry', { key: 'k', version: VERSION });
    const response = await callTwirp('FinalizeCacheEntryUpload', { key: 'k', version: VERSION, size_bytes: '1' });

    expect(response.status).toBe(412);
    expect(response.json.code).toBe('failed_precondition');
  });

  it('finalize with a wrong size', async () => {
    const created = await callTwirp('CreateCacheEntry', { key: 'k', version: VERSION });
    await fetch(created.json.signed_upload_url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2025-11-05' }, body: 'abc' });
    const response = await callTwirp('FinalizeCacheEntryUpload', { key: 'k', version: VERSION, size_bytes: '4' });

    expect(response.json).toEqual({ code: 'invalid_argument', msg: 'FinalizeCacheEntryUpload: size_bytes is 4 but 3 bytes were uploaded for k' });
  });
});

describe('signed blob URLs', () => {
  async function reservedUrls(): Promise<{ upload: string; download: string }> {
    await saveEntry('done', 'content');
    const { json: created } = await callTwirp('CreateCacheEntry', { key: 'pending', version: VERSION });
    const { json: found } = await callTwirp('GetCacheEntryDownloadURL', { key: 'done', version: VERSION });
    return { upload: created.signed_upload_url, download: found.signed_download_url };
  }

  it.each([
    ['PUT to a download URL', 'download', 'PUT', 403, 'AuthenticationFailed'],
    ['GET from an upload URL', 'upload', 'GET', 403, 'AuthenticationFailed'],
    ['HEAD for properties', 'download', 'HEAD', 400, 'UnsupportedHttpVerb'],
  ] as const)('%s', async (_case, which, method, status, code) => {
    const urls = await reservedUrls();
    const response = await fetch(urls[which], {
      method,
      headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2025-11-05' },
      ...(method === 'PUT' ? { body: 'x' } : {}),
    });

    expect(response.status).toBe(status);
    expect(response.headers.get('x-ms-error-code')).toBe(code);
    expect(cacheService.rejections()).toHaveLength(1);
  });

  it('Put Blob without x-ms-blob-type', async () => {
    const { upload } = await reservedUrls();
    const response = await fetch(upload, { method: 'PUT', headers: { 'x-ms-version': '2025-11-05' }, body: 'x' });

    expect(response.status).toBe(400);
    expect(response.headers.get('x-ms-error-code')).toBe('MissingRequiredHeader');
  });

  it('block upload through the Azure SDK', async () => {
    const content = Buffer.from(Array.from({ length: 3000 }, (_, index) => index % 251));
    const { json: created } = await callTwirp('CreateCacheEntry', { key: 'large', version: VERSION });
    const client = new BlockBlobClient(created.signed_upload_url);
    await client.uploadData(content, { blockSize: 1024, maxSingleShotSize: 1024, concurrency: 1 });
    const finalized = await callTwirp('FinalizeCacheEntryUpload', { key: 'large', version: VERSION, size_bytes: '3000' });
    const { json: found } = await callTwirp('GetCacheEntryDownloadURL', { key: 'large', version: VERSION });
    const downloaded = Buffer.from(await (await fetch(found.signed_download_url)).arrayBuffer());

    expect(finalized.json.ok).toBe(true);
    expect(downloaded.equals(content)).toBe(true);
    expect(cacheService.operations()).toEqual([
      'CreateCacheEntry large',
      'PutBlock',
      'PutBlock',
      'PutBlock',
      'PutBlockList',
      'FinalizeCacheEntryUpload large',
      'GetCacheEntryDownloadURL large',
      'GetBlob',
    ]);
    expect(cacheService.rejections()).toEqual([]);
  });
});

describe('key rules', () => {
  it('writes a key once', async () => {
    await saveEntry('k', 'first');
    const second = await callTwirp('CreateCacheEntry', { key: 'k', version: VERSION });

    expect(second.status).toBe(409);
    expect(second.json.code).toBe('already_exists');
    expect(cacheService.rejections()).toEqual([]);
  });

  it('keeps versions apart', async () => {
    await saveEntry('k', 'first');
    await saveEntry('k', 'other version', OTHER_VERSION);

    expect(await restoredContent('k')).toBe('first');
    expect(await restoredContent('k', [], OTHER_VERSION)).toBe('other version');
    expect(await restoredContent('k', [], 'c'.repeat(64))).toBeUndefined();
  });

  it('hides entries until finalized', async () => {
    await callTwirp('CreateCacheEntry', { key: 'pending', version: VERSION });

    const { status, json } = await callTwirp('GetCacheEntryDownloadURL', { key: 'pending', version: VERSION });

    expect(status).toBe(200);
    expect(json).toEqual({ ok: false, signed_download_url: '', matched_key: '' });
  });

  it.each([
    ['exact key before a newer prefix match', 'deps-1', [], 'exact'],
    ['newest entry with the key as prefix', 'deps-', [], 'newer'],
    ['restore keys in their order', 'none', ['tools-', 'deps-'], 'tools'],
    ['newest entry of a restore key', 'none', ['deps-1'], 'newer'],
    ['miss', 'none', ['other-'], undefined],
  ])('restore: %s', async (_case, key, restoreKeys, expected) => {
    await saveEntry('deps-1', 'exact');
    await saveEntry('tools-1', 'tools');
    await saveEntry('deps-10', 'newer');

    expect(await restoredContent(key, restoreKeys)).toBe(expected);
  });
});

describe('faults', () => {
  it('answers injected errors, then recovers', async () => {
    cacheService.inject({ operations: ['GetCacheEntryDownloadURL'], status: 500, times: 1 });

    const failed = await callTwirp('GetCacheEntryDownloadURL', { key: 'k', version: VERSION });
    const recovered = await callTwirp('GetCacheEntryDownloadURL', { key: 'k', version: VERSION });

    expect(failed).toEqual({ status: 500, json: { code: 'internal', msg: 'Injected fault of the stand-in' } });
    expect(recovered.status).toBe(200);
    expect(cacheService.rejections()).toEqual([]);
  });
});
