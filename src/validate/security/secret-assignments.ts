/**
 * Generic secrets: a value assigned to a name that says password, secret,
 * token, API key or credential, when the value has high entropy.
 *
 * `name = value`, `name: value`, `name := value` and `name => value` are
 * recognized, with the name optionally quoted (JSON, YAML, .env, INI, TOML
 * and most programming languages). In script files the value must be
 * quoted, so that `token = getToken()` is no candidate. In other files a
 * bare value counts too, unless it contains brackets, as code in Markdown does.
 */
import { characterClassCount, placeholderReason, shannonEntropy } from './secret-entropy.js';

/** Minimum length of a generic secret value. */
export const MIN_GENERIC_LENGTH = 12;

/**
 * Minimum Shannon entropy in bits per character for values of two or more
 * character classes. Random strings of 20 to 50 characters from base62 or
 * base64 score about 3.9 to 5, while readable words and identifiers mostly
 * score below 3.5. Shorter values cannot reach it, because n characters
 * score at most log2(n), so the bar is 75% of that maximum when lower.
 */
export const MIN_GENERIC_ENTROPY = 3.5;

/** Values of a single character class, such as long lower-case words, need more. */
export const MIN_SINGLE_CLASS_ENTROPY = 4.0;

/** Hex strings draw on 16 symbols, so random ones of 32 to 64 characters score only about 3.6 to 3.9. */
export const MIN_HEX_ENTROPY = 3.0;

function minimumEntropy(value: string): number {
  if (/^[0-9a-f]+$/i.test(value) && /[0-9]/.test(value) && /[a-f]/i.test(value)) return MIN_HEX_ENTROPY;
  if (characterClassCount(value) < 2) return MIN_SINGLE_CLASS_ENTROPY;
  return Math.min(MIN_GENERIC_ENTROPY, 0.75 * Math.log2(value.length));
}

const SECRET_NAME = String.raw`(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|encryption[_-]?key|signing[_-]?key|credentials?)`;

const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?<name>[A-Za-z0-9_.-]{0,40}${SECRET_NAME}[A-Za-z0-9_.-]{0,40})["']?[ \t]*(?::=|=>|=|:)[ \t]*(?<quote>["'\x60]?)(?<value>[^\s"'\x60,;]{1,500})\k<quote>`,
  'gi',
);

/** Last words of a name that say the value is about the secret rather than the secret: `token_url`, `passwordField`. */
const DESCRIPTIVE_SUFFIXES = new Set([
  'url', 'uri', 'endpoint', 'file', 'path', 'dir', 'name', 'env', 'type', 'length', 'len', 'field', 'header', 'prefix',
  'suffix', 'format', 'id', 'label', 'placeholder', 'hint', 'regex', 'pattern', 'policy', 'count', 'ttl', 'expiry',
  'expires', 'timeout', 'key', 'ref', 'arn', 'version', 'mode', 'kind', 'hash', 'digest', 'input', 'required',
]);

/** Files whose values are code, so a bare value is an expression, not a string. */
const SCRIPT_EXTENSIONS = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|lua|dart|groovy|gradle)$/i;

export interface GenericSecret {
  name: string;
  start: number;
  end: number;
  entropy: number;
}

export function findGenericSecrets(path: string, text: string): GenericSecret[] {
  const requireQuotes = SCRIPT_EXTENSIONS.test(path);
  const secrets: GenericSecret[] = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    const { name, quote, value } = match.groups as { name: string; quote: string; value: string };
    if (quote === '' && (requireQuotes || /[(){}[\]<>]/.test(value))) continue;
    if (!isSecretName(name)) continue;
    const entropy = shannonEntropy(value);
    if (!looksGenerated(value, entropy)) continue;
    const start = match.index + match[0].length - quote.length - value.length;
    secrets.push({ name, start, end: start + value.length, entropy });
  }
  return secrets;
}

function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
  const last = words[words.length - 1]?.toLowerCase();
  // `api_key` and `private_key` end in `key` but are secrets themselves.
  if (last === 'key') return /(?:api|access|auth|private|secret|encryption|signing)[_.-]?key$/i.test(name);
  return last === undefined || !DESCRIPTIVE_SUFFIXES.has(last);
}

function looksGenerated(value: string, entropy: number): boolean {
  if (value.length < MIN_GENERIC_LENGTH) return false;
  // Generated secrets are printable ASCII; other characters mark templates such as `⟦slot⟧` or prose.
  if (!/^[\x21-\x7e]+$/.test(value)) return false;
  if (placeholderReason(value) !== null) return false;
  // References and readable names: `process.env.TOKEN`, `$TOKEN`, `/run/secrets/x`, `https://…`, `SOME_CONSTANT`, `refresh-token-v2`.
  if (/^[$\\/.~]/.test(value) || value.includes('://')) return false;
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return false;
  if (/^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(value)) return false;
  if (/^[a-z][a-z0-9]*(?:[-_.][a-z][a-z0-9]*)+$/.test(value)) return false;
  // Lower-case paths and ids such as `security/hardcoded-secret` or `team/app-name`.
  if (/^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_.][a-z0-9]+)*)+$/.test(value)) return false;
  // camelCase and PascalCase words, perhaps ending in an acronym, also behind one punctuation character: `passwordInput`, `?InterpolationInJSX`.
  if (/^[^A-Za-z0-9]?(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)*(?:[A-Z][a-z]+|[A-Z]{2,6})$/.test(value)) return false;
  return entropy >= minimumEntropy(value);
}
