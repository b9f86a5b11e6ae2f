/**
 * The GitHub REST client: Octokit with the throttling and retry plugins,
 * configured from plain options so tests can point it at a local stand-in and
 * shorten every wait.
 *
 * Retries follow GitHub's REST API rate-limit documentation: a primary rate
 * limit waits until `x-ratelimit-reset`, a secondary one waits `retry-after`
 * seconds (60 when the header is absent), and both give up once the wait would
 * exceed `maxRateLimitWaitSeconds`. 5xx responses are retried with quadratic backoff.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import { isUnreachable, type HttpErrorShape } from './errors.js';

interface ServerErrorLogOptions {
  log: (message: string) => void;
  attempts: number;
}

/**
 * Logs every 5xx attempt. Octokit runs the hooks of the first plugin
 * innermost, so this plugin comes before the retry plugin to see each
 * attempt, not only the error that remains after the last retry.
 */
function serverErrorLog(octokit: Pick<Octokit, 'hook'>, octokitOptions: Record<string, unknown>): void {
  const settings = octokitOptions.serverErrorLog as ServerErrorLogOptions | undefined;
  if (!settings) return;
  octokit.hook.error('request', (error, request) => {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 500) {
      // The retry plugin sets request.retryCount before each retry; the first attempt has none.
      const attempt = Number(request.request?.retryCount ?? 0) + 1;
      const outcome = isUnreachable(error as HttpErrorShape) ? `could not be sent (${(error as Error).message})` : `got HTTP ${status}`;
      settings.log(`GitHub API request ${request.method} ${request.url} ${outcome} (attempt ${attempt} of ${settings.attempts}).`);
    }
    throw error;
  });
}

const PluggedOctokit = Octokit.plugin(serverErrorLog, throttling, retry);

export type GitHubClient = InstanceType<typeof PluggedOctokit>;

export interface RetryPolicy {
  /** Retries of a 5xx response before the error is raised. */
  maxServerErrorRetries: number;
  /** Backoff unit in milliseconds for 5xx retries; the n-th retry waits n² units. */
  serverErrorBackoffMs: number;
  /** Retries after a primary or secondary rate limit before the error is raised. */
  maxRateLimitRetries: number;
  /** Maximum rate-limit wait, in seconds; a longer wait makes the request fail at once. */
  maxRateLimitWaitSeconds: number;
  /** Wait, in seconds, after a secondary rate limit without `retry-after` (GitHub documents one minute). */
  secondaryRateLimitFallbackSeconds: number;
  /** Milliseconds per second of rate-limit wait; 1000 in production, smaller in tests. */
  millisecondsPerSecond: number;
  /** Minimum milliseconds between two write requests (GitHub's best practices request at least one second). */
  writeIntervalMs: number;
  /** Minimum milliseconds between two writes that notify users, such as new comments. */
  notificationIntervalMs: number;
}

export interface ClientOptions {
  token: string;
  /** REST API root, for example `https://api.github.com` or the value of `GITHUB_API_URL`. */
  baseUrl: string;
  userAgent?: string;
  retry?: Partial<RetryPolicy>;
  /** Receives one line per retry and per give-up; tokens never appear in it. */
  log?: (message: string) => void;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxServerErrorRetries: 3,
  serverErrorBackoffMs: 1000,
  maxRateLimitRetries: 3,
  maxRateLimitWaitSeconds: 300,
  secondaryRateLimitFallbackSeconds: 60,
  millisecondsPerSecond: 1000,
  writeIntervalMs: 1000,
  notificationIntervalMs: 3000,
};

/** Status codes that are never retried by the retry plugin; rate limits (403, 429) go to the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

/** Creates a client with its own rate limiters, so two clients in one process never share a queue. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const log = options.log ?? (() => undefined);

  const client = new PluggedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'testmaster',
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    serverErrorLog: { log, attempts: policy.maxServerErrorRetries + 1 },
    retry: {
      retries: policy.maxServerErrorRetries,
      retryAfterBaseValue: policy.serverErrorBackoffMs,
      doNotRetry: DO_NOT_RETRY,
    },
    throttle: {
      ...createLimiterGroups(policy),
      retryAfterBaseValue: policy.millisecondsPerSecond,
      fallbackSecondaryRateRetryAfter: policy.secondaryRateLimitFallbackSeconds,
      onRateLimit: (retryAfter, request, _octokit, retryCount) =>
        decideRateLimitRetry('primary', policy, log, { retryAfter, method: request.method, url: request.url, retryCount }),
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) =>
        decideRateLimitRetry('secondary', policy, log, { retryAfter, method: request.method, url: request.url, retryCount }),
    },
  });
  // The retry plugin counts retries in options.request, and every request of the client
  // shares that object unless the caller passes its own. Without a copy, the backoff and
  // the attempt numbers of one request would continue from the previous retried request.
  // Every hook of one call receives the same options object, so the copy is assigned in place.
  client.hook.wrap('request', (request, requestOptions) => {
    requestOptions.request = { ...requestOptions.request };
    return request(requestOptions);
  });
  return client;
}

/**
 * Creates rate limiters for one client. The throttling plugin's own limiters
 * are module-level groups shared by every client of the process, with a fixed
 * one-second gap between writes, so each client gets its own, configurable ones.
 */
function createLimiterGroups(policy: RetryPolicy): Record<string, Bottleneck.Group> {
  return {
    global: new Bottleneck.Group({ maxConcurrent: 10 }),
    auth: new Bottleneck.Group({ maxConcurrent: 1 }),
    search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2000 }),
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: policy.writeIntervalMs }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: policy.notificationIntervalMs }),
  };
}

interface RateLimitEvent {
  retryAfter: number;
  method: string;
  url: string;
  retryCount: number;
}

/** Returns true to retry after `retryAfter` seconds, false to raise the rate-limit error. */
export function decideRateLimitRetry(
  kind: 'primary' | 'secondary',
  policy: RetryPolicy,
  log: (message: string) => void,
  event: RateLimitEvent,
): boolean {
  const request = `${event.method} ${event.url}`;
  if (event.retryAfter > policy.maxRateLimitWaitSeconds) {
    log(
      `GitHub ${kind} rate limit on ${request}: the wait of ${event.retryAfter} s exceeds the maximum of ` +
        `${policy.maxRateLimitWaitSeconds} s, so the request fails.`,
    );
    return false;
  }
  if (event.retryCount >= policy.maxRateLimitRetries) {
    log(`GitHub ${kind} rate limit on ${request}: giving up after ${event.retryCount} retries.`);
    return false;
  }
  log(`GitHub ${kind} rate limit on ${request}: retry ${event.retryCount + 1} in ${event.retryAfter} s.`);
  return true;
}
