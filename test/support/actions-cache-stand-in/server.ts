/**
 * A local stand-in of the GitHub Actions cache service v2 on 127.0.0.1: the
 * Twirp JSON API under `/twirp/` and the blob storage behind its signed URLs,
 * with in-memory state. Every request is recorded. A request the real service
 * would not get from @actions/cache gets a 4xx response and is also recorded
 * as a rejection, so tests can assert that none was made.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobOperation, handleBlob, signedBlobUrl, STORAGE_ACCOUNT, unsupportedBlobRequest, type BlobOperation } from './blob-storage.js';
import { rejectTwirp, storageError, twirpError, type Outcome, type Reply } from './reply.js';
import { CacheEntries } from './state.js';
import { handleTwirp, TWIRP_METHODS, TWIRP_SERVICE, type TwirpMethod } from './twirp.js';

export type CacheOperation = TwirpMethod | BlobOperation;

export interface RecordedCacheRequest {
  method: string;
  path: string;
  /** The operation the request was routed to; undefined when none matched. */
  operation: CacheOperation | undefined;
  /** The `key` field of a Twirp request. */
  key: string | undefined;
  status: number;
  /** Why the request was rejected as one @actions/cache would not send; undefined for accepted requests. */
  rejection: string | undefined;
}

/** A fault: the next `times` requests of the listed operations get `status` (a Twirp `internal` or a storage error). */
export interface CacheFault {
  operations: readonly CacheOperation[];
  status: number;
  times: number;
}

export interface CacheStandIn {
  /** `ACTIONS_RESULTS_URL`, with the trailing slash the runner writes. */
  url: string;
  /** `ACTIONS_RUNTIME_TOKEN`; a Twirp request with any other bearer token gets 401. */
  token: string;
  entries: CacheEntries;
  requests: RecordedCacheRequest[];
  /** The recorded requests that were rejected. */
  rejections(): RecordedCacheRequest[];
  /** Each request as `OPERATION key` (Twirp) or `OPERATION` (blob), in order, for asserting the exact sequence. */
  operations(): string[];
  inject(fault: CacheFault): void;
  /** The variables a runner sets so that @actions/cache uses this service as v2. */
  environment(): Record<string, string>;
  close(): Promise<void>;
}

export const DEFAULT_CACHE_TOKEN = 'cache-stand-in-runtime-token';

/** Starts the stand-in on a random port of 127.0.0.1. */
export async function startCacheStandIn(options: { token?: string } = {}): Promise<CacheStandIn> {
  const token = options.token ?? DEFAULT_CACHE_TOKEN;
  const entries = new CacheEntries();
  const requests: RecordedCacheRequest[] = [];
  const faults: CacheFault[] = [];
  let baseUrl = '';

  const server = createServer((request, response) => {
    void readBody(request).then(
      (body) => {
        const { outcome, record } = route(request, body, { token, entries, faults, baseUrl });
        requests.push({ ...record, status: outcome.reply.status, rejection: outcome.rejection });
        response.writeHead(outcome.reply.status, outcome.reply.headers);
        response.end(outcome.reply.body);
      },
      (error: unknown) => response.destroy(error instanceof Error ? error : undefined),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: baseUrl,
    token,
    entries,
    requests,
    rejections: () => requests.filter((entry) => entry.rejection !== undefined),
    operations: () => requests.map((entry) => [entry.operation ?? `${entry.method} ${entry.path}`, entry.key].filter(Boolean).join(' ')),
    inject: (fault) => faults.push({ ...fault }),
    environment: () => ({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: baseUrl, ACTIONS_RUNTIME_TOKEN: token }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface RouteContext {
  token: string;
  entries: CacheEntries;
  faults: CacheFault[];
  baseUrl: string;
}

type PartialRecord = Omit<RecordedCacheRequest, 'status' | 'rejection'>;

function route(request: IncomingMessage, body: Buffer, context: RouteContext): { outcome: Outcome; record: PartialRecord } {
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', context.baseUrl);
  const record: PartialRecord = { method, path: url.pathname, operation: undefined, key: undefined };

  if (url.pathname.startsWith('/twirp/')) {
    const parsed = parseJson(body);
    record.operation = twirpMethodOf(url.pathname);
    record.key = typeof parsed.value?.key === 'string' ? parsed.value.key : undefined;
    return { outcome: routeTwirp(method, url, request, parsed, context, record.operation), record };
  }
  if (url.pathname.startsWith(`/${STORAGE_ACCOUNT}/`)) {
    record.operation = blobOperation(method, url.searchParams);
    if (!record.operation) return { outcome: unsupportedBlobRequest(method, url), record };
    const fault = takeFault(context.faults, record.operation);
    if (fault) return { outcome: { reply: storageError(fault, 'InternalError', 'Injected fault of the stand-in') }, record };
    return { outcome: handleBlob(record.operation, { method, url, headers: request.headers, body }, context.entries), record };
  }
  return { outcome: rejectTwirp('bad_route', `no route for ${method} ${url.pathname}`), record };
}

function routeTwirp(
  method: string,
  url: URL,
  request: IncomingMessage,
  parsed: ParsedJson,
  context: RouteContext,
  twirpMethod: TwirpMethod | undefined,
): Outcome {
  if (!twirpMethod) return rejectTwirp('bad_route', `no method ${url.pathname} in ${TWIRP_SERVICE}`);
  if (method !== 'POST') return rejectTwirp('bad_route', `${twirpMethod} accepts POST only, got ${method}`);
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/.test(contentType)) {
    return rejectTwirp('bad_route', `${twirpMethod}: this stand-in speaks Twirp JSON only, got Content-Type ${JSON.stringify(contentType)}`);
  }
  if (request.headers.authorization !== `Bearer ${context.token}`) {
    return rejectTwirp('unauthenticated', `${twirpMethod}: the Authorization header must be Bearer and the runtime token`);
  }
  if (parsed.error) return rejectTwirp('malformed', `${twirpMethod}: the body is not JSON: ${parsed.error}`);

  const fault = takeFault(context.faults, twirpMethod);
  if (fault) return { reply: faultReply(fault) };
  return handleTwirp(twirpMethod, parsed.value, {
    entries: context.entries,
    signedUrl: (entry, permission) => signedBlobUrl(context.baseUrl, entry, permission),
  });
}

function twirpMethodOf(path: string): TwirpMethod | undefined {
  const prefix = `/twirp/${TWIRP_SERVICE}/`;
  if (!path.startsWith(prefix)) return undefined;
  const name = path.slice(prefix.length);
  return TWIRP_METHODS.find((method) => method === name);
}

/** Returns the status of the first fault that covers the operation, and uses up one of its times. */
function takeFault(faults: CacheFault[], operation: CacheOperation): number | undefined {
  const fault = faults.find((candidate) => candidate.times > 0 && candidate.operations.includes(operation));
  if (!fault) return undefined;
  fault.times -= 1;
  return fault.status;
}

function faultReply(status: number): Reply {
  return { ...twirpError('internal', 'Injected fault of the stand-in'), status };
}

interface ParsedJson {
  value: Record<string, unknown> | undefined;
  error?: string;
}

function parseJson(body: Buffer): ParsedJson {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return { value: typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined };
  } catch (error) {
    return { value: undefined, error: (error as Error).message };
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
