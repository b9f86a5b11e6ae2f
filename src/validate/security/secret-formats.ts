/**
 * Token formats that issuers document or that their tokens visibly follow,
 * each with a pattern and the part of a match that must look generated.
 */

export interface SecretFormat {
  /** Kind of secret, for the message: `GitHub token`. */
  kind: string;
  /** Global pattern; the `secret` group, when present, is the reported part. */
  pattern: RegExp;
  /** The random part of the match, checked against placeholders and minimum entropy. */
  randomPart: (secret: string) => string;
  /** Extra test on the matched secret, such as decoding a JWT header. */
  accept?: (secret: string) => boolean;
}

/** Everything after the first `_` or `-`, as in `ghp_<random>`. */
const afterPrefix = (secret: string): string => secret.slice(secret.search(/[_-]/) + 1);

/** Everything after the last `_` or `-`, as in `xoxb-<team>-<bot>-<random>`. */
const afterLastSeparator = (secret: string): string => secret.slice(Math.max(secret.lastIndexOf('-'), secret.lastIndexOf('_')) + 1);

export const SECRET_FORMATS: readonly SecretFormat[] = [
  {
    // Classic and app tokens: ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh; 36 base62 characters follow.
    kind: 'GitHub token',
    pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    randomPart: afterPrefix,
  },
  {
    kind: 'GitHub fine-grained personal access token',
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    randomPart: afterLastSeparator,
  },
  {
    // AKIA is a long-term access key id, ASIA a temporary one from STS.
    kind: 'AWS access key id',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    randomPart: (secret) => secret.slice(4),
  },
  {
    // A secret access key is 40 base64 characters with no prefix, so only a nearby name identifies it.
    kind: 'AWS secret access key',
    pattern:
      /(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)["']?\s*(?:=|:|=>)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    randomPart: (secret) => secret,
  },
  {
    // b bot, a app-level, p user, r refresh, s workspace; the numeric team and user ids come first.
    kind: 'Slack token',
    pattern: /(?<![A-Za-z0-9])xox[baprs]-[0-9]{8,}-[0-9A-Za-z-]{8,}(?![A-Za-z0-9-])/g,
    randomPart: afterLastSeparator,
  },
  {
    kind: 'Stripe live secret key',
    pattern: /(?<![A-Za-z0-9])[sr]k_live_[0-9A-Za-z]{24,247}(?![A-Za-z0-9])/g,
    randomPart: (secret) => secret.slice('sk_live_'.length),
  },
  {
    kind: 'Google API key',
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    randomPart: (secret) => secret.slice(4),
  },
  {
    kind: 'npm access token',
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    randomPart: afterPrefix,
  },
  {
    // PyPI API tokens are macaroons: `pypi-` and base64 that always starts with `AgE` (version and location fields).
    kind: 'PyPI API token',
    pattern: /(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{60,}(?![A-Za-z0-9_-])/g,
    randomPart: (secret) => secret.slice(-40),
  },
  {
    kind: 'JSON Web Token',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g,
    randomPart: (secret) => secret.slice(secret.lastIndexOf('.') + 1),
    accept: isSignedJwt,
  },
];

/** True when the header decodes to JSON with an `alg` other than `none`, and the payload is not jwt.io's published sample. */
function isSignedJwt(token: string): boolean {
  const [header, payload] = token.split('.');
  const headerJson = decodeBase64UrlJson(header ?? '');
  const payloadJson = decodeBase64UrlJson(payload ?? '');
  if (!headerJson || typeof headerJson.alg !== 'string' || headerJson.alg.toLowerCase() === 'none') return false;
  return !(payloadJson?.sub === '1234567890' && payloadJson.name === 'John Doe');
}

function decodeBase64UrlJson(part: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * PEM private keys. The block counts only when its body holds at least 64
 * base64 characters, so `-----BEGIN PRIVATE KEY-----\n...\n` in docs passes.
 * Inside JSON or a string literal the line breaks may be written as `\n`.
 */
export const PRIVATE_KEY_PATTERN =
  /-----BEGIN (?<label>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<body>[\s\S]{0,20000}?)-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;

export const MIN_PRIVATE_KEY_BODY = 64;

/** Extracts the base64 characters of a PEM body, dropping headers such as `Proc-Type:` and written `\n` escapes. */
export function pemBase64(body: string): string {
  return body
    .replace(/\\[nr]/g, '\n')
    .split(/\r?\n/)
    .filter((line) => !line.includes(':'))
    .join('')
    .replace(/[^A-Za-z0-9+/=]/g, '');
}
