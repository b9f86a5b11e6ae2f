/**
 * Injected failures: the next N requests that match a route get an error
 * response shaped like GitHub's, before the stand-in touches its state.
 */

export type FaultKind =
  /** A 5xx response: 502 unless `status` is set. */
  | 'server-error'
  /** 403 with `retry-after` and GitHub's secondary rate limit message. */
  | 'secondary-rate-limit'
  /** 403 (or `status: 429`) with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`. */
  | 'primary-rate-limit'
  /** Any status with a GitHub-style `{ message }` body. */
  | 'error';

export interface FaultRule {
  kind: FaultKind;
  /** HTTP method to match, for example `POST`; any method when absent. */
  method?: string;
  /** OpenAPI path template to match, for example `/repos/{owner}/{repo}/check-runs`; any route when absent. */
  route?: string;
  /** How many matching requests fail; 1 when absent. */
  times?: number;
  status?: number;
  message?: string;
  /** Seconds for `retry-after`; the header is left out when this is `null`. Defaults to 1. */
  retryAfterSeconds?: number | null;
  /** Seconds from now until `x-ratelimit-reset`. Defaults to 1. */
  resetInSeconds?: number;
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: { message: string; documentation_url: string };
}

/** GitHub's documented message for a secondary rate limit. */
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.';

const RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

export class FaultList {
  private readonly rules: { rule: FaultRule; remaining: number }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, remaining: rule.times ?? 1 });
  }

  /** Consumes one matching rule and returns its response, or `undefined` when none matches. */
  take(method: string, route: string, now: Date): FaultResponse | undefined {
    const entry = this.rules.find(
      ({ rule, remaining }) =>
        remaining > 0 &&
        (rule.method === undefined || rule.method.toUpperCase() === method.toUpperCase()) &&
        (rule.route === undefined || rule.route === route),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    return faultResponse(entry.rule, now);
  }

  pending(): number {
    return this.rules.reduce((sum, entry) => sum + entry.remaining, 0);
  }
}

function faultResponse(rule: FaultRule, now: Date): FaultResponse {
  switch (rule.kind) {
    case 'server-error':
      return {
        status: rule.status ?? 502,
        headers: {},
        body: { message: rule.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest' },
      };
    case 'secondary-rate-limit': {
      const retryAfter = rule.retryAfterSeconds === undefined ? 1 : rule.retryAfterSeconds;
      return {
        status: rule.status ?? 403,
        headers: retryAfter === null ? {} : { 'retry-after': String(retryAfter) },
        body: { message: rule.message ?? SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: RATE_LIMIT_DOCS },
      };
    }
    case 'primary-rate-limit': {
      const reset = Math.ceil(now.getTime() / 1000) + (rule.resetInSeconds ?? 1);
      return {
        status: rule.status ?? 403,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-resource': 'core',
        },
        body: { message: rule.message ?? 'API rate limit exceeded for installation.', documentation_url: RATE_LIMIT_DOCS },
      };
    }
    case 'error':
      return {
        status: rule.status ?? 500,
        headers: {},
        body: { message: rule.message ?? 'Error', documentation_url: 'https://docs.github.com/rest' },
      };
  }
}
