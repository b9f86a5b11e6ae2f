/**
 * A local GitHub REST API stand-in on 127.0.0.1. Every request is matched
 * against GitHub's OpenAPI description and validated. A mismatch gets the
 * status GitHub would send (404 or 422) and is recorded as a violation for tests to assert on.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultList, type FaultRule } from './faults.js';
import { errorReply, handlers, type Reply } from './handlers.js';
import { describeAjvError, validateRequest } from './request-validation.js';
import { buildInstance } from './schema-instance.js';
import { loadOpenApiIndex, type OpenApiIndex, type RouteMatch } from './spec.js';
import { StandInState, type PullRequestSeed, type TokenIdentity } from './state.js';

export interface StandInOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  pulls?: PullRequestSeed[];
  /** Known tokens and who they authenticate as; any other token gets 401. */
  tokens?: Record<string, TokenIdentity>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The matched OpenAPI path template, when one matched. */
  route?: string;
  query: Record<string, string>;
  body: unknown;
  login?: string;
  status: number;
}

export interface Violation {
  method: string;
  path: string;
  reason: string;
}

export interface StandIn {
  url: string;
  state: StandInState;
  requests: RecordedRequest[];
  /** Requests that GitHub's description does not allow. */
  violations: Violation[];
  /** Responses of the stand-in that do not match GitHub's response schemas. */
  responseViolations: Violation[];
  inject(rule: FaultRule): void;
  /** Counts recorded requests by method and OpenAPI path template. */
  count(method: string, route: string): number;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'stand-in-token';

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-github-media-type': 'github.v3; format=json',
  'x-ratelimit-limit': '5000',
  'x-ratelimit-remaining': '4999',
  'x-ratelimit-used': '1',
  'x-ratelimit-resource': 'core',
};

/** Starts the stand-in on a random port of 127.0.0.1. */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const index = loadOpenApiIndex();
  const state = new StandInState({
    owner: options.owner ?? 'octo-org',
    repo: options.repo ?? 'octo-repo',
    defaultBranch: options.defaultBranch ?? 'main',
    pulls: options.pulls ?? [{ number: 1, headSha: 'a'.repeat(40) }],
  });
  const tokens = options.tokens ?? { [DEFAULT_TOKEN]: { login: 'testmaster-user' } };
  const faults = new FaultList();
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const responseViolations: Violation[] = [];
  let requestCounter = 0;

  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      requestCounter += 1;
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const exchange = new Exchange(index, state, tokens, faults, baseUrl);
      const result = exchange.handle(request.method ?? 'GET', request.url ?? '/', request.headers.authorization, raw);
      requests.push(result.record);
      violations.push(...result.violations);
      responseViolations.push(...result.responseViolations);
      send(response, result.reply, requestCounter);
    }, (error: unknown) => {
      // The client aborted while sending its body, so no response can be sent.
      response.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    state,
    requests,
    violations,
    responseViolations,
    inject: (rule) => faults.add(rule),
    count: (method, route) =>
      requests.filter((entry) => entry.method === method.toUpperCase() && entry.route === route).length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface ExchangeResult {
  reply: Reply;
  record: RecordedRequest;
  violations: Violation[];
  responseViolations: Violation[];
}

/** One request and its response, split into named steps. */
class Exchange {
  private readonly violations: Violation[] = [];
  private readonly responseViolations: Violation[] = [];

  constructor(
    private readonly index: OpenApiIndex,
    private readonly state: StandInState,
    private readonly tokens: Record<string, TokenIdentity>,
    private readonly faults: FaultList,
    private readonly baseUrl: string,
  ) {}

  handle(method: string, rawUrl: string, authorization: string | undefined, rawBody: string): ExchangeResult {
    const parsed = new URL(rawUrl, this.baseUrl);
    const path = parsed.pathname;
    const { body, hasBody, parseError } = parseJson(rawBody);
    const match = this.index.match(method, path);
    const identity = identify(authorization, this.tokens);
    const record: RecordedRequest = {
      method: method.toUpperCase(),
      path,
      route: match?.template,
      query: Object.fromEntries(parsed.searchParams),
      body,
      login: identity?.login,
      status: 0,
    };

    const reply = this.answer({ method, path, match, query: parsed.searchParams, body, hasBody, parseError, identity });
    record.status = reply.status;
    return { reply, record, violations: this.violations, responseViolations: this.responseViolations };
  }

  private answer(request: {
    method: string;
    path: string;
    match: RouteMatch | undefined;
    query: URLSearchParams;
    body: unknown;
    hasBody: boolean;
    parseError: string | undefined;
    identity: TokenIdentity | undefined;
  }): Reply {
    const { method, path, match } = request;
    const violate = (reason: string): void => {
      this.violations.push({ method: method.toUpperCase(), path, reason });
    };

    if (!match) {
      violate(`no operation in GitHub's OpenAPI description matches ${method.toUpperCase()} ${path}`);
      return errorReply(404, 'Not Found');
    }
    if (request.parseError) {
      violate(`request body is not valid JSON: ${request.parseError}`);
      return errorReply(400, 'Problems parsing JSON');
    }
    const problems = validateRequest(this.index, {
      match,
      query: request.query,
      body: request.body,
      hasBody: request.hasBody,
    });
    if (problems.length > 0) {
      for (const problem of problems) violate(`${match.operation.operationId}: ${problem}`);
      return errorReply(422, `Invalid request.\n\n${problems.join('\n')}`);
    }
    if (!request.identity) return errorReply(401, 'Bad credentials');

    const fault = this.faults.take(method, match.template, new Date());
    if (fault) return { status: fault.status, headers: fault.headers, body: fault.body, isError: true };

    const isWrite = !['GET', 'HEAD'].includes(method.toUpperCase());
    if (isWrite && request.identity.readOnly) return errorReply(403, 'Resource not accessible by integration');

    const handler = handlers[match.operation.operationId];
    if (!handler) {
      violate(`the stand-in does not implement ${match.operation.operationId}`);
      return errorReply(501, `Not implemented by the stand-in: ${match.operation.operationId}`);
    }
    const reply = handler({
      state: this.state,
      identity: request.identity,
      pathParams: match.pathParams,
      query: request.query,
      body: (request.body ?? {}) as Record<string, unknown>,
      baseUrl: this.baseUrl,
    });
    return this.completeBody(match, reply, method, path);
  }

  /** Fills required fields from the response schema and checks the result against it. */
  private completeBody(match: RouteMatch, reply: Reply, method: string, path: string): Reply {
    if (reply.body === undefined || reply.isError) return reply;
    const schema = match.operation.responses[String(reply.status)]?.content?.['application/json']?.schema;
    if (!schema) return reply;
    const body = buildInstance(schema, reply.body);
    const key = `${match.operation.operationId}:response:${reply.status}`;
    for (const error of this.index.validate(key, schema, body, false)) {
      this.responseViolations.push({
        method: method.toUpperCase(),
        path,
        reason: `${match.operation.operationId} ${reply.status} response ${describeAjvError(error).replace(/^body/, '')}`,
      });
    }
    return { ...reply, body };
  }
}

function identify(authorization: string | undefined, tokens: Record<string, TokenIdentity>): TokenIdentity | undefined {
  const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1];
  return token === undefined ? undefined : tokens[token];
}

function parseJson(raw: string): { body: unknown; hasBody: boolean; parseError?: string } {
  if (raw.trim() === '') return { body: undefined, hasBody: false };
  try {
    return { body: JSON.parse(raw) as unknown, hasBody: true };
  } catch (error) {
    return { body: raw, hasBody: true, parseError: (error as Error).message };
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, reply: Reply, requestNumber: number): void {
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-github-request-id': `STAND-IN:${requestNumber}`,
    ...reply.headers,
  };
  if (reply.body === undefined) {
    delete headers['content-type'];
    response.writeHead(reply.status, headers);
    response.end();
    return;
  }
  response.writeHead(reply.status, headers);
  response.end(JSON.stringify(reply.body));
}
